"""", accusing X of …" closing a clause is the clause subject's charge against X (or against the
object told before, for "accusing it of …"); "accusing" without "of" is no charge.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

CLOSING = "\nPublished: 12 March 2024\n"


def _charges(body: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body, closing=CLOSING), "accusation")


def test_a_participle_charge_after_a_refusal() -> None:
    got = _charges("Georgia declined to attend a planned meeting with Armenia in Minsk in October 2023, accusing "
                   "Belarus of bias.")
    assert got and got[0].args["actors"] == ["state:GEO"] and got[0].args.get("targets") == ["state:BLR"]


def test_it_stands_for_the_object_of_the_main_verb() -> None:
    got = _charges("On 15 January 2024 Georgia expelled two Armenian diplomats, accusing them of spying.")
    assert got and got[0].args["actors"] == ["state:GEO"] and "state:ARM" in (got[0].args.get("targets") or [])


def test_accusing_without_of_is_no_charge() -> None:
    assert not _charges("On 15 January 2024 Georgia issued a statement, accusing tone and all.")
