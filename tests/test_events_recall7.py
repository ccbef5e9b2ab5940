"""Event recall, round 7: a light verb's subject before a sanction noun, parties of a passive
agreement "in the presence of", exercises held with a partner and dated by a range's start,
disengagement and pull-backs.  Original test sentences (never the shared corpus)."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

from silkgraph.model import Fact

ESSAY = HEADLINE


def _facts(body: str) -> list[Fact]:
    return event_facts(body, ESSAY, "\nPublished: 12 March 2024")


_of = of_type


def test_announcer_of_sanctions_is_the_actor() -> None:
    for s in ("On 3 May 2024 the United Kingdom and France announced new sanctions on Iran.",
              "On 3 May 2024 Canada imposed fresh sanctions on Belarus."):
        got = _of(_facts(s), "sanction")
        assert got, s
        actors, targets = set(got[0].args["actors"]), set(got[0].args.get("targets") or [])
        assert actors and not actors & targets, s
        assert targets == {"state:IRN"} or targets == {"state:BLR"}, s


def test_passive_agreement_parties_in_the_presence_of() -> None:
    got = _of(_facts("On 3 May 2024 the treaty was initialled in Astana in the presence of Kazakhstan, "
                     "Uzbekistan and Russia."), "agreement")
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:UZB", "state:RUS"}


def test_exercise_held_with_partner_dated_by_range_start() -> None:
    got = _of(_facts("Kazakhstan hosted the Steppe Eagle exercise, held with the United States "
                     "from 10 to 20 June 2024."), "cooperation")
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:USA"}
    assert got[0].args["date"] == "2024-06-10"
    got = _of(_facts("In June 2024 Kazakhstan's annual drills, conducted jointly with Uzbekistan, ended."),
              "cooperation")
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:UZB"}


def test_troops_of_several_states_exercising_cooperate() -> None:
    got = _of(_facts("From 5 to 10 August 2024 some 2,000 Kazakh, Kyrgyz and Uzbek troops exercised "
                     "at a range."), "cooperation")
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:KGZ", "state:UZB"}
    assert got[0].args["date"] == "2024-08-05"
    assert not _of(_facts("In June 2024 Kazakh troops exercised near the border."), "cooperation")


def test_disengagement_and_pull_back_are_retreats() -> None:
    for s in ("On 3 May 2024 Armenia and Azerbaijan completed disengagement along the border.",
              "On 3 May 2024 Armenia and Azerbaijan disengaged their forces along the border."):
        got = _of(_facts(s), "retreat")
        assert got and set(got[0].args["actors"]) == {"state:ARM", "state:AZE"}, s
    got = _of(_facts("On 3 May 2024 Russia pulled back from Armenia."), "retreat")
    assert got and got[0].args["actors"] == ["state:RUS"]


def test_within_hours_continues_the_previous_date() -> None:
    got = _of(_facts("On 3 May 2024 Iran tested a missile. Within hours, the European Union announced new "
                     "sanctions on Iran."), "sanction")
    assert got and got[0].args["date"] == "2024-05-03" and got[0].args["targets"] == ["state:IRN"]
