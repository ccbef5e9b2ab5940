"""Event extraction on original test sentences (never the shared corpus)."""

from __future__ import annotations

import pytest

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source


def _facts(text: str, ftype: str = "event") -> list[Fact]:
    out: list[Fact] = []
    for aa in analyse_source(Source("test.txt", text)):
        out.extend(f for f in aa.extraction.facts if f.type == ftype)
    return out


def _news(body: str) -> str:
    return "Test headline about the region\n\nALMATY, 5 July 2024 — " + body + "\n"


def _one(facts: list[Fact], etype: str) -> Fact:
    got = [f for f in facts if f.args["event_type"] == etype]
    assert len(got) == 1, [f.args for f in facts]
    return got[0]


def test_attack_actor_target_date_fatalities_plover() -> None:
    facts = _facts(_news("Uzbek troops shelled positions inside Tajikistan on June 30, killing four soldiers."))
    f = _one(facts, "attack")
    assert f.args["actors"] == ["state:UZB"]
    assert f.args["targets"] == ["state:TJK"]
    assert f.args["date"] == "2024-06-30"
    assert f.args["fatalities"] == 4
    assert f.args["plover"] == "ASSAULT"


def test_weekday_resolves_against_the_dateline_and_capital_is_location() -> None:
    facts = _facts(_news("Kazakhstan and Kyrgyzstan signed a water-sharing agreement in Almaty on Thursday."))
    f = _one(facts, "agreement")
    assert set(f.args["actors"]) == {"state:KAZ", "state:KGZ"}
    assert f.args["date"] == "2024-07-04"
    assert f.args["location"] == "place:almaty"
    assert "date" in f.inferences


def test_undated_events_are_not_recorded() -> None:
    assert _facts(_news("Mongolia accused Kazakhstan of hoarding water.")) == []


def test_definite_mention_adds_evidence_instead_of_a_new_event() -> None:
    facts = _facts(_news("Armenian forces attacked positions inside Azerbaijan on June 2. "
                         "The attack was condemned abroad."))
    attacks = [f for f in facts if f.args["event_type"] == "attack"]
    assert len(attacks) == 1
    assert len(attacks[0].evidence) == 2


def test_ceasefire_brokered_by_a_third_party() -> None:
    facts = _facts(_news("The fighting between Armenia and Azerbaijan ended on June 4 with a ceasefire "
                         "brokered by Iran."))
    f = _one(facts, "ceasefire")
    assert "state:IRN" in f.args["actors"]
    assert f.args["plover"] == "AGREE"


def test_two_countries_anaphor_is_recorded_as_an_inference() -> None:
    facts = _facts(_news("Georgia and Armenia held border talks in Tbilisi in May. "
                         "In June the two countries signed a transit agreement."))
    f = _one(facts, "agreement")
    assert set(f.args["actors"]) == {"state:GEO", "state:ARM"}
    assert "actors" in f.inferences


def test_expected_events_are_not_recorded() -> None:
    facts = _facts(_news("Mongolia is expected to sign a gas agreement with Kazakhstan in 2025."))
    assert [f for f in facts if f.args["event_type"] == "agreement"] == []


@pytest.mark.parametrize("etype", ["attack", "sanction", "meeting", "ceasefire", "statement", "test"])
def test_every_type_has_its_plover_code(etype: str) -> None:
    from silkgraph.extract.events import PLOVER

    assert etype in PLOVER


def test_n_days_later_counts_from_the_previous_sentence_date_and_passive_exclusion() -> None:
    facts = _facts(_news("The first radars reached Mongolia on March 3, 2021. Ten days later the alliance "
                         "announced that Mongolia would be excluded from the joint programme."))
    f = _one(facts, "sanction")
    assert f.args["targets"] == ["state:MNG"]
    assert f.args["date"] == "2021-03-13"
    assert not [x for x in facts if x.args["event_type"] == "statement"]


def test_reactions_inherit_the_date_of_the_incident_just_told() -> None:
    facts = _facts(_news("Uzbekistan and Tajikistan hold talks every year. In May 2019, a dispute over a canal "
                         "turned into clashes that killed nine people. Each side blamed the other, and Tashkent "
                         "rejected Dushanbe's version. After a truce, both sides pulled their troops back from the canal."))
    acc = _one(facts, "accusation")
    assert acc.args["date"] == "2019-05" and "date" in acc.inferences
    assert _one(facts, "rejection").args["date"] == "2019-05"
    assert _one(facts, "ceasefire").args["date"] == "2019-05"
    assert set(_one(facts, "retreat").args["actors"]) == {"state:UZB", "state:TJK"}


def test_no_inherited_date_across_paragraphs_or_for_present_tense() -> None:
    facts = _facts(_news("In May 2019, clashes between Uzbekistan and Tajikistan killed nine people.\n\n"
                         "Tashkent rejected Dushanbe's version.") + "\n")
    assert not [x for x in facts if x.args["event_type"] == "rejection"]
    facts = _facts(_news("In May 2019, clashes between Uzbekistan and Tajikistan killed nine people. "
                         "Tashkent still rejects Dushanbe's version and says it has proof."))
    assert not [x for x in facts if x.args["event_type"] == "rejection"]
