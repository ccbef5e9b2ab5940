"""An event found with no party named in its sentence takes one from the discourse
(events/party_fallback.py): the state its location lies in, the one state of the places named in
its clause, the parties of the event told just before, else the state the article is about; the
source is recorded in the fact's inferences.  Own sentences."""

from __future__ import annotations

import pytest
from event_facts import event_facts, of_type

from silkgraph.extract.events import party_fallback
from silkgraph.extract.events.party_fallback import CLASSES

HEAD = "Test headline about the region\n\n"
CLOSING = "\nPublished: 20 November 2024\n"


@pytest.fixture(autouse=True)
def _enabled(monkeypatch: pytest.MonkeyPatch) -> None:
    """The classes as measured (the resource may keep them off in the pipeline)."""
    monkeypatch.setattr(party_fallback, "ORDER", dict(CLASSES))


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=HEAD, closing=CLOSING)


def _parties(f) -> list[str]:  # type: ignore[no-untyped-def]
    return (f.args.get("actors") or []) + (f.args.get("targets") or [])


def test_a_venue_s_state_is_no_party_to_a_deal_or_a_meeting() -> None:
    # where a deal was signed or a summit held is no party to it ("loc"/"place" give no meeting or agreement)
    assert not of_type(_facts("Talks have dragged on for months. On 14 February 2024 a grain accord was signed "
                              "in Vienna."), "agreement")
    got = of_type(_facts("Uzbekistan is reforming. On 9 June 2024 a summit was held in Samarkand."), "meeting")
    assert not [f for f in got if "Samarkand" in f.inferences.get("actors", "")]


def test_an_offensive_on_the_state_s_own_soil_is_no_attack_on_it() -> None:
    # an attack's target is not the state of the place in its clause, nor the state the article is about
    got = of_type(_facts("Pakistan has fought militants for years. On 17 October 2009 some 28,000 troops "
                         "launched an offensive into South Waziristan."), "attack")
    assert not [f for f in got if "state:PAK" in (f.args.get("targets") or [])]


def test_a_two_sided_event_is_not_filled_with_one_side() -> None:
    for body in ("Armenia mobilised its army. On 5 May 2024 clashes broke out.",
                 "Georgia was tense. On 3 May 2024 a ceasefire took hold."):
        got = [f for f in _facts(body) if f.args["event_type"] in ("attack", "ceasefire")]
        assert not got, body


def test_a_two_sided_event_takes_both_sides_told_before() -> None:
    got = of_type(_facts("Kazakhstan and Kyrgyzstan held talks on 6 March 2024. On 7 March 2024 a ceasefire "
                         "took hold."), "ceasefire")
    assert got and {"state:KAZ", "state:KGZ"} <= set(_parties(got[0]))


def test_a_recommendation_forecast_or_other_sense_is_not_filled() -> None:
    for body in ("Kyrgyzstan has courted investors. A supply contract is the likeliest outcome this year: "
                 "lower tariffs and a rail deal.",
                 "Tajikistan is poor. A gas contract, selected in 2023, is expected to be signed.",
                 "Tajikistan is poor. On 2 April 2024 the two sides should sign a gas contract.",
                 "Afghanistan was in turmoil. Columns of trucks moved through the city on 15 August 2021, "
                 "meeting little resistance."):
        got = [f for f in _facts(body) if f.inferences.get("actors") or f.inferences.get("targets")]
        assert not got, body


def test_an_accord_after_talks_is_the_talking_parties() -> None:
    got = of_type(_facts("Kazakhstan and Uzbekistan held talks on 6 March 2024. On 7 March 2024 a border "
                         "protocol was signed."), "agreement")
    assert got and {"state:KAZ", "state:UZB"} <= set(_parties(got[0]))
    assert "told just before" in got[0].inferences["actors"]


def test_with_nothing_around_the_article_s_state_is_the_party() -> None:
    got = of_type(_facts("Tajikistan has courted investors for a decade. Tajikistan is poor. On 2 April 2024 an "
                         "aluminium supply contract was concluded."), "agreement")
    assert got and "state:TJK" in _parties(got[0])
    assert "the state the article is about" in got[0].inferences["actors"]


def test_no_state_in_the_text_gives_no_guessed_party() -> None:
    got = of_type(_facts("Investors were cautious all year. On 2 April 2024 a supply contract was concluded."),
                  "agreement")
    assert got == []


def test_an_event_beside_another_event_with_parties_is_not_given_them() -> None:
    # the "same sentence" source stops the search: its facts were mostly wrong (a side mention, a repeat)
    assert CLASSES["noparty"][2] == "same:stop"
    got = of_type(_facts("On 9 May 2024 Georgia and Azerbaijan signed a transit treaty; on 2 April 2024 a rail "
                         "deal had been reached."), "agreement")
    assert [f.args["date"] for f in got] == ["2024-05-09"]


def test_a_warning_given_in_a_capital_is_not_aimed_at_its_state() -> None:
    # where someone speaks is no party to what is said: a speech act takes no party from a place
    got = of_type(_facts("Relations have soured this year. On 12 May 2024 the Japanese envoy warned in Bishkek "
                         "that the loan talks could collapse."), "threat")
    assert not [f for f in got if "state:KGZ" in _parties(f)]


def test_a_drop_for_sense_is_not_filled() -> None:
    # a party named but set aside, a modal, a counted plural, a definite reference back: no party is guessed
    for body in ("Tajikistan is poor. On 2 April 2024 officials said a gas contract could be concluded.",
                 "Tajikistan is poor. Several contracts, one in Dushanbe in April 2024, were concluded.",
                 "Tajikistan is poor. On 2 April 2024 the contract was praised by bankers."):
        assert not [f for f in of_type(_facts(body), "agreement") if "state:TJK" in _parties(f)], body


def test_an_active_verb_whose_subject_is_no_party_is_not_the_article_s_state() -> None:
    got = of_type(_facts("Tajikistan has courted investors for a decade. On 2 April 2024 two mining firms "
                         "concluded a supply contract."), "agreement")
    assert not [f for f in got if "state:TJK" in _parties(f)]


def test_a_party_inferred_before_is_not_carried_on() -> None:
    got = of_type(_facts("Crowds rallied in Almaty and in Bishkek on 3 May 2024. Riot police used tear gas to "
                         "disperse them."), "coercion")
    assert not [f for f in got if f.args.get("actors") == ["state:KAZ"] and "told just before" in
                f.inferences.get("actors", "")]


def test_each_drop_class_lists_known_sources() -> None:
    known = {"loc", "place", "same", "prev", "home"}
    for drop, items in CLASSES.items():
        assert drop in ("noparty", "target", "sides")
        assert {i.partition(":")[0] for i in items} <= known


def test_an_attack_s_target_is_carried_only_from_an_attack_told() -> None:
    # a demand's or meeting's parties are not the attacked; an attack told before gives its target, not its attacker
    got = of_type(_facts("Kyrgyzstan demanded talks with Tajikistan on 3 May 2024. On 4 May 2024 a bomb attack "
                         "killed nine people."), "attack")
    assert not [f for f in got if f.args.get("targets")]
    got = of_type(_facts("Tajikistan shelled Kyrgyzstan on 3 May 2024. On 4 May 2024 another attack killed nine "
                         "people."), "attack")
    assert [f.args.get("targets") for f in got if f.args["date"] == "2024-05-04"] == [["state:KGZ"]]
