"""Wrong outputs a review found in the eighteenth session's event, transfer and statistics rules,
each with the sentence that must now come out right: a same-time "speaking after talks" keeps the
verb's day; a list inside an inserted phrase lends its members no subject; a friendly first verb
lends a threat no target; civilians who scuffle, consumers who stop buying and emergency teams sent
abroad are no events; a navy, named, may give away its own ship; "urged X to send S" is no delivery;
fighters "headed from" a place are no recruits of it."""

from __future__ import annotations

from event_facts import event_facts, of_type, source_facts

BYLINE = "Test headline\n\nBy Lena Okafor\n\nMay 14, 2025\n\n"


def test_speaking_after_talks_keeps_the_threat_and_its_day() -> None:
    got = of_type(event_facts("Lavrov, speaking after talks in Baku on Monday, warned Armenia against provocations."),
                  "threat")
    assert [(f.args["actors"], f.args["targets"], f.args["date"]) for f in got] == \
        [(["state:RUS"], ["state:ARM"], "2024-07-01")]


def test_a_list_inside_the_insertion_is_no_verb_of_the_subject() -> None:
    facts = event_facts("Armenia, accusing Azerbaijan of attacking, shelling and blockading the enclave, "
                        "appealed to the United Nations on Monday.")
    assert not any(f.args["actors"] == ["state:ARM"] for f in of_type(facts, "attack"))


def test_friendly_first_verb_lends_no_target() -> None:
    facts = event_facts("Tehran praised Yerevan's stance on the corridor and warned against any change of borders "
                        "on Thursday.")
    assert not any("state:ARM" in (f.args.get("targets") or []) for f in of_type(facts, "threat"))
    facts = event_facts("Tbilisi accused Moscow of provocations on Monday and threatened sanctions.")
    assert any(f.args.get("targets") == ["state:RUS"] for f in of_type(facts, "threat"))


def test_civilians_consumers_and_emergency_teams_are_no_events() -> None:
    assert not of_type(event_facts("Kazakh and Kyrgyz players scuffled during the football match on Sunday."), "attack")
    assert not of_type(event_facts("Kazakh consumers stopped buying Russian goods last week."), "coercion")
    assert not of_type(event_facts("Kazakhstan sent firefighting units to Turkey on Tuesday."), "mobilization")
    assert of_type(event_facts("Indian and Chinese soldiers scuffled near the lake on Monday."), "attack")


def _transfers(body: str) -> list[dict]:  # type: ignore[type-arg]
    return [f.args for f in source_facts(BYLINE + body, "arms_transfer")]


def test_a_navy_gives_away_its_own_ship() -> None:
    got = _transfers("India handed over INS Kirpan to Vietnam in 2023.")
    assert [(a["supplier"], a["recipient"], a["status"]) for a in got] == [("state:IND", "state:VNM", "delivered")]


def test_urged_to_send_is_no_delivery() -> None:
    got = _transfers("Kyiv has repeatedly urged Berlin to send Taurus missiles to Ukraine.")
    assert not any(a["status"] == "delivered" for a in got)


def test_fighters_heading_from_a_place_are_not_its_recruits() -> None:
    got = {(f.args["subject"], f.args["value"]) for f in
           source_facts(BYLINE + "Some 500 fighters headed from Idlib towards Aleppo on Monday.", "statistic")}
    assert ("place:idlib", 500.0) not in got
