"""Background foundings and deals (own sentences): a body one state sets up for itself ("a National Defence
Council") or a leader founds is no accord; "entered" with a body's name before "talks" is no joining; a deal's
partner told after its date ("agreed in May 2019 with Georgia to build") is a party.  Near misses: states
founding a shared body still give an agreement."""

from __future__ import annotations

from event_facts import byline_event_facts, of_type


def _of(body: str, etype: str) -> list[dict]:  # type: ignore[type-arg]
    return [f.args for f in of_type(byline_event_facts(body), etype)]


def test_domestic_body_or_person_founder_is_no_agreement() -> None:
    assert not _of("Uzbekistan created a National Defence Council in 1992.", "agreement")
    assert not _of("The Uzbek Defence Council, founded by President Karimov in 1992, met again in May.",
                   "agreement")
    (a,) = _of("Georgia and Azerbaijan created a Joint Transit Commission in 1998.", "agreement")
    assert {"state:GEO", "state:AZE"} <= set(a["actors"])


def test_entering_talks_is_no_accession() -> None:
    assert not _of("Uzbekistan entered the World Trade Organization accession talks in 1994.", "accession")


def test_partner_after_the_date_of_a_deal_is_a_party() -> None:
    (a,) = _of("Azerbaijan agreed in May 2019 with Georgia to build a new rail bridge.", "agreement")
    assert {"state:AZE", "state:GEO"} <= set(a["actors"])
