"""Event precision across constructions: one party's own instrument is no accord ("the cabinet approved the
first section of the line", "the doctrine that the president signed", "the House approved the X Act"), a
reported toll is the figure's source and no statement ("said two children were killed", "said at the weekend
that 40 of its citizens had died"), and an accord that is a truce is one event ("a ceasefire signed on
9 March", "signed a protocol on a ceasefire").  Each with near misses that must keep the event.  Own
sentences (dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _of(body: str, etype: str) -> list[tuple[str | None, tuple[str, ...]]]:
    out = []
    for f in of_type(event_facts(body), etype):
        if f.modality not in ("asserted", "reported"):
            continue
        out.append((f.args.get("date"), tuple(sorted(set((f.args.get("actors") or []) + (f.args.get("targets") or []))))))
    return out


# --- one party's own instrument ---------------------------------------------------------------

def test_cabinet_approving_a_segment_is_no_agreement() -> None:
    assert _of("On 2 July a Kazakh cabinet committee approved a 40-kilometre first segment of the railway.",
               "agreement") == []


def test_parliament_approving_an_act_is_no_agreement() -> None:
    assert _of("On 2 July the Kyrgyz parliament approved the Media Act, which tightens rules for broadcasters.",
               "agreement") == []


def test_doctrine_signed_by_a_president_is_no_agreement() -> None:
    assert _of("The military doctrine that President Tokayev signed on 2 July keeps its defensive wording.",
               "agreement") == []


def test_government_approving_a_project_is_no_agreement() -> None:
    assert _of("On 2 July Beijing approved a large dam project on the upper river.", "agreement") == []


def test_near_miss_treaty_signed_with_a_partner_stays_an_agreement() -> None:
    assert _of("Kazakhstan signed a border treaty with Uzbekistan on 2 July.", "agreement") == \
        [("2024-07-02", ("state:KAZ", "state:UZB"))]


def test_near_miss_two_states_signing_stays_an_agreement() -> None:
    assert _of("On 2 July Kazakhstan and Uzbekistan signed a transit agreement.", "agreement") == \
        [("2024-07-02", ("state:KAZ", "state:UZB"))]


def test_near_miss_passive_signed_before_a_law_is_not_read_as_its_object() -> None:
    # "could be signed" is passive: the law after it is no object of the signing, the (unreal) accord stays
    facts = event_facts("On 2 July Azerbaijan said that no treaty could be signed until Armenia changed its law.")
    assert [f.args["event_type"] for f in facts] == ["agreement"]


# --- a reported toll ----------------------------------------------------------------------------

def test_said_children_were_killed_is_no_statement() -> None:
    assert _of("Tashkent said two children were killed on 2 July.", "statement") == []


def test_said_at_the_weekend_that_citizens_died_is_no_statement() -> None:
    assert _of("Kyrgyzstan said at the weekend that 40 of its citizens had died in the clashes.", "statement") == []


def test_near_miss_said_new_counties_would_be_created_stays_a_statement() -> None:
    assert _of("Beijing said on 2 July that two new counties would be created in the region.", "statement") != []


# --- an accord that is a truce ----------------------------------------------------------------

def test_ceasefire_signed_on_a_day_is_one_event() -> None:
    body = "After weeks of fighting, a Turkish-brokered ceasefire signed on 2 July between Armenia and Azerbaijan held."
    assert _of(body, "agreement") == []
    assert len(_of(body, "ceasefire")) == 1


def test_protocol_on_a_ceasefire_is_one_event() -> None:
    body = "On 2 July the Kyrgyz and Tajik security chiefs signed a protocol on a ceasefire and on pulling back troops."
    assert len(_of(body, "agreement")) + len(_of(body, "ceasefire")) == 1


def test_near_miss_accord_far_from_a_truce_stays_an_agreement() -> None:
    body = ("On 2 July Armenia and Azerbaijan initialled a peace text in Washington, the closest the two have come to "
            "ending a conflict that outlived three wars and two ceasefire regimes.")
    assert _of(body, "agreement") != []
