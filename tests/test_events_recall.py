"""Event recall rules (denials, walk-outs, partnership upgrades, revocations, relative
months) on original test sentences (never the shared corpus)."""

from __future__ import annotations

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source


def _facts(body: str) -> list[Fact]:
    text = "Test headline about the region\n\nALMATY, 5 July 2024 — " + body + "\n"
    out: list[Fact] = []
    for aa in analyse_source(Source("test.txt", text)):
        out.extend(f for f in aa.extraction.facts if f.type == "event")
    return out


def _types(facts: list[Fact]) -> list[str]:
    return [f.args["event_type"] for f in facts]


def test_denial_of_a_charge_is_a_rejection() -> None:
    facts = _facts("Kyrgyzstan denied any involvement in the shelling on June 3.")
    got = [f for f in facts if f.args["event_type"] == "rejection"]
    assert got and got[0].args["actors"] == ["state:KGZ"] and got[0].args["date"] == "2024-06-03"


def test_walking_out_of_a_bloc_is_a_retreat() -> None:
    facts = _facts("Georgia walked out of the Commonwealth of Independent States in 2008.")
    got = [f for f in facts if f.args["event_type"] == "retreat"]
    assert got and got[0].args["actors"] == ["state:GEO"] and got[0].args["date"] == "2008"


def test_raising_relations_to_a_partnership_is_an_agreement() -> None:
    facts = _facts("Kazakhstan and Mongolia raised their relations to a strategic partnership in May 2019.")
    got = [f for f in facts if f.args["event_type"] == "agreement"]
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:MNG"}


def test_agreed_that_october_is_not_agreed_that() -> None:
    assert "agreement" not in _types(_facts("Kenya and Italy agreed that October was the right month."))


def test_revoked_clearance_is_a_sanction() -> None:
    facts = _facts("Armenia revoked on March 4 the operating licence of a Russian bank.")
    got = [f for f in facts if f.args["event_type"] == "sanction"]
    assert got and got[0].args["actors"] == ["state:ARM"] and got[0].args["date"] == "2024-03-04"


def test_asked_with_a_date_between_is_a_demand() -> None:
    facts = _facts("Tajikistan asked Russia on 3 March for military help against the insurgents.")
    got = [f for f in facts if f.args["event_type"] == "demand"]
    assert got and got[0].args["actors"] == ["state:TJK"] and got[0].args["targets"] == ["state:RUS"]


def test_the_following_month_after_the_trigger_shifts_the_sentence_date() -> None:
    facts = _facts("In March 2023 Latvia expelled a Russian diplomat, and Estonia sanctioned two Russian banks "
                   "the following month.")
    got = [f for f in facts if f.args["event_type"] == "sanction"]
    assert got and got[0].args["date"] == "2023-04"


def test_attack_helicopters_are_no_attack() -> None:
    facts = _facts("Azerbaijan ordered ten attack helicopters from Türkiye in May 2023.")
    assert "attack" not in _types(facts)
