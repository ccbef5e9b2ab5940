"""Arms transfers: commonly written designations and spellings of traded systems (2015-2025)
are weapons with an origin (so the supplier can be inferred); ordinary words and names that
are also weapon names stay out without a weapon noun (own short sentences)."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers

from silkgraph.extract import extract_article
from silkgraph.knowledge import load_knowledge
from silkgraph.model import Article, Section
from silkgraph.nlp.sentences import split_sentences


def _weapons(text: str) -> list[str]:
    art = Article(0, len(text), published="2025-06-01", sections=[Section("body", "", 0, len(text))])
    ex = extract_article(text, art, split_sentences(text, art.sections), load_knowledge())
    return [m.entity_id for m in ex.mentions if m.entity_id.startswith("wpn:")]


@pytest.mark.parametrize(("text", "key"), [
    ("Uzbekistan bought four H145M helicopters in 2021.", ("state:DEU", "wpn:ec145")),
    ("Poland ordered K239 Chunmoo rocket launchers in 2022.", ("state:KOR", "wpn:k-239-chunmoo")),
    ("Azerbaijan received Spike LR missiles.", ("state:ISR", "wpn:spike-lr")),
    ("Qatar bought the Aster 30 in 2019.", ("state:FRA", "wpn:aster-30")),
    ("Algeria ordered Klub-S missiles.", ("state:RUS", "wpn:3m-54e-club")),
    ("Egypt ordered 12 AMRAAM missiles.", ("state:USA", "wpn:aim-120c-amraam")),
    ("Kazakhstan bought HJ-8 anti-tank missiles.", ("state:CHN", "wpn:red-arrow-8")),
    ("Serbia ordered Tigr-M vehicles in 2019.", ("state:RUS", "wpn:tigr")),
    ("Nigeria ordered Z-19 helicopters.", ("state:CHN", "wpn:z-19")),
    ("Morocco bought Hellfire missiles.", ("state:USA", "wpn:agm-114-hellfire")),
])
def test_variant_spelling_gives_system_and_origin(text: str, key: tuple[str, str]) -> None:
    assert key in {(t["supplier"], t["system"]) for t in transfers(text)}


@pytest.mark.parametrize("text", [
    "General Stryker said the talks had failed.",
    "An editorial in the Lancet criticised the ministry.",
    "The Tunguska event of 1908 flattened forests.",
    "The K2 expedition reached the summit in 2022.",
    "Mount Tavor is high.",
    "Nag said no.",
])
def test_ordinary_words_and_names_are_no_weapons(text: str) -> None:
    assert _weapons(text) == []
