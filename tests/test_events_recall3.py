"""Event recall, round 3: leaving and freezing participation in a bloc, troops sent to a
state, border fights whose sides are the pair told around them, lead events dated by the
body.  Original test sentences (never the shared corpus)."""

from __future__ import annotations

from event_facts import event_facts, of_type

_facts = event_facts


_of = of_type


def test_leaving_a_bloc_named_by_its_acronym_is_a_retreat() -> None:
    got = _of(_facts("Turkmenistan left the CSTO in 2015."), "retreat")
    assert got and got[0].args["actors"] == ["state:TKM"] and got[0].args["targets"] == ["org:csto"]


def test_leaving_a_state_is_no_retreat() -> None:
    assert not _of(_facts("The minister left the UAE in March 2015."), "retreat")


def test_frozen_participation_is_in_the_bloc_named_before() -> None:
    got = _of(_facts("Turkmenistan left the CSTO in 2015, and Belarus froze its participation in March 2023."),
              "retreat")
    frozen = [f for f in got if f.args["actors"] == ["state:BLR"]]
    assert frozen and frozen[0].args["targets"] == ["org:csto"] and frozen[0].args["date"] == "2023-03"
    assert "targets" in frozen[0].inferences


def test_a_bloc_sending_troops_to_a_member_is_military_aid() -> None:
    got = _of(_facts("In May 2021 the CSTO sent troops to Tajikistan at the request of its president."),
              "military_aid")
    assert got and got[0].args["actors"] == ["org:csto"] and got[0].args["targets"] == ["state:TJK"]


def test_troops_sent_to_help_are_not_also_a_deployment() -> None:
    facts = _facts("In 2014 Russia sent troops to help the separatists.")
    assert _of(facts, "military_aid") and not _of(facts, "mobilization")


def test_border_clashes_after_a_pair_event_are_between_the_pair() -> None:
    facts = _facts("Kazakhstan and Uzbekistan signed a border accord in Tashkent on May 3, 2024, "
                   "after clashes in 2019 and 2020 that killed dozens of people.")
    got = _of(facts, "attack")
    assert sorted(f.args["date"] for f in got) == ["2019", "2020"]
    assert all(set(f.args["actors"]) == {"state:KAZ", "state:UZB"} and "actors" in f.inferences for f in got)


def test_fighting_without_a_border_has_no_inferred_sides() -> None:
    facts = _facts("Kazakhstan and Uzbekistan signed a trade accord in Tashkent on May 3, 2024. "
                   "In 2019 fighting in the capital killed dozens of people.")
    assert not [f for f in _of(facts, "attack") if "state:KAZ" in f.args.get("actors", [])]


def test_a_date_before_a_relative_clause_does_not_date_the_fight_in_it() -> None:
    facts = _facts("Kazakhstan and Uzbekistan signed a treaty on their border on May 3, 2024, settling a "
                   "dispute that twice erupted into fighting in the past decade.")
    assert not _of(facts, "attack")


def test_the_body_dates_a_fight_the_lead_told_by_year() -> None:
    facts = _facts("Kazakhstan and Uzbekistan signed a border accord in Tashkent on May 3, 2024. Two rounds of "
                   "fighting, in 2019 and 2020, left many people dead. That changed in the spring of 2019. "
                   "On April 28, an argument at the water point escalated into gunfire between border units.")
    dates = sorted(f.args["date"] for f in _of(facts, "attack"))
    assert "2019-04-28" in dates
