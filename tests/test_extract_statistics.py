"""Statistic extraction on short original sentences (not taken from any corpus)."""

from __future__ import annotations

from typing import Any

from silkgraph.extract import extract_article
from silkgraph.knowledge import load_knowledge
from silkgraph.model import Article, Section
from silkgraph.nlp.sentences import split_sentences


def stats(text: str, published: str = "2025-06-01") -> list[dict[str, Any]]:
    art = Article(0, len(text), published=published, sections=[Section("body", "", 0, len(text))])
    sents = split_sentences(text, art.sections)
    ex = extract_article(text, art, sents, load_knowledge())
    return [dict(f.args) for f in ex.facts if f.type == "statistic"]


def test_share_with_subject_scope_and_range() -> None:
    got = stats("Between 2016 and 2020, France accounted for 31 percent of Egypt's arms imports.")
    assert len(got) == 1
    s = got[0]
    assert (s["subject"], s["value"], s["unit"], s["period"]) == ("state:FRA", 31.0, "percent", [2016, 2020])
    assert s["scope"] == "state:EGY"
    assert "Egypt" in s["measure"]


def test_two_values_with_their_own_periods_and_anaphora() -> None:
    got = stats("Türkiye's share of the market was 4 percent in 2010–2014. "
                "This figure grew to 11 percent in 2020–2024.")
    assert [(s["subject"], s["value"], s["period"]) for s in got] == [
        ("state:TUR", 4.0, [2010, 2014]), ("state:TUR", 11.0, [2020, 2024])]


def test_money_statistic_but_not_deal_value() -> None:
    got = stats("Kazakhstan's defence spending in 2023 reached $2.1 billion.")
    assert [(s["subject"], s["value"], s["unit"], s["period"]) for s in got] == [
        ("state:KAZ", 2.1e9, "USD", [2023, 2023])]
    assert stats("Egypt signed a $5.2 billion deal with France for Rafale jets.") == []


def test_source_is_not_the_subject() -> None:
    got = stats("According to SIPRI, China's arms exports fell by 5.3 percent in 2024.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:CHN", 5.3)]


def test_event_tolls_quantities_and_dates_are_not_statistics() -> None:
    assert stats("The bombing in Quetta killed 14 soldiers on Monday.") == []
    assert stats("Uzbekistan ordered 12 Rafale jets in 2024.") == []
    assert stats("In 2019, the two leaders met in Tashkent.") == []


def test_rank_in_an_index() -> None:
    got = stats("The 2024 Global Peace Index ranked Afghanistan first among the least peaceful countries.")
    assert [(s["subject"], s["value"], s["unit"]) for s in got] == [("state:AFG", 1.0, "rank")]


# --------------------------------------------------------------------------- sources, asides, gapping


def test_actor_inside_according_to_phrase_is_a_source() -> None:
    got = stats("According to the annual report of the Stockholm International Peace Research Institute (SIPRI), "
                "China accounted for 40 percent of Egypt's arms imports in 2019–2023.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:CHN", 40.0)]


def test_relative_aside_is_not_the_subject() -> None:
    got = stats("Italy, where the ships that Cairo ordered are built, came second with 9 percent.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:ITA", 9.0)]


def test_gapped_coordination_takes_its_own_subject() -> None:
    got = stats("In 2019–2023 Russia supplied 50 percent and China 30 percent of Algeria's arms imports.")
    assert {(s["subject"], s["value"]) for s in got} == {("state:RUS", 50.0), ("state:CHN", 30.0)}


def test_headless_relative_clause_has_no_subject() -> None:
    got = stats("Armenia passed a law which taxes firms that earn more than 30 percent abroad.")
    assert got == []


def test_money_frozen_or_pledged_is_no_statistic() -> None:
    assert stats("In 2024 Germany froze €40 million in assistance to Mali.") == []


def test_relative_which_and_share_from_supplier() -> None:
    got = stats("The shift pushed Russia behind the United States, which held 40 percent of the market in 2020–2024.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:USA", 40.0)]
    got = stats("Russia provided 30 percent of Armenia's arms imports in 2015–2019, against 55 percent from India.")
    assert {(s["subject"], s["value"]) for s in got} == {("state:RUS", 30.0), ("state:IND", 55.0)}


def test_colon_and_share_verb_take_their_own_subject() -> None:
    got = stats("In 2020–2024 Russia faded: Israel accounted for 50 percent of Armenia's imports.")
    assert [(s["subject"], s["value"]) for s in got] == [("state:ISR", 50.0)]
    got = stats("Iran buys from China, while India was the third-largest importer in that period "
                "and Russia supplied 20 percent of its purchases.")
    assert ("state:RUS", 20.0) in {(s["subject"], s["value"]) for s in got}


def test_demonym_is_not_the_subject_of_a_count() -> None:
    got = stats("The base, the largest Russian installation abroad, numbers some 5,000 personnel.")
    assert all(s["subject"] != "state:RUS" for s in got)


def test_share_of_imports_and_change_frames() -> None:
    got = stats("Belarus accounted for 12 percent of Serbia's arms imports in 2016–2020.")
    assert [(s["subject"], s["value"], s["period"], s.get("scope")) for s in got] == \
        [("state:BLR", 12.0, [2016, 2020], "state:SRB")]
    got = stats("Georgia's military spending fell by 8 percent in 2023.")
    assert [(s["subject"], s["measure"], s["value"]) for s in got] == [("state:GEO", "military spending", 8.0)]
