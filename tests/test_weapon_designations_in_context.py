"""Weapon names that are ordinary words ("Cobra", "Ejder"), recognised only where the context
says weapon; registered designations that begin alike stay distinct systems; versions named
in the SIPRI register's comments become aliases (own invented sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from recognised import rec
from test_extract_transfers import transfers

from silkgraph.knowledge import Knowledge

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from build_weapons import versions_named  # noqa: E402


def _weapons(kb: Knowledge, text: str) -> set[str]:
    r = rec(kb, text)
    return {m.entity_id for m in r.mentions if m.entity_id.startswith("wpn:")}


@pytest.mark.parametrize(("text", "want"), [
    ("Georgia bought Cobra and Ejder vehicles from Türkiye in 2008.", {"wpn:cobra", "wpn:ejder"}),
    ("Kirpi, Cobra and Vuran armoured vehicles reached the border troops.", {"wpn:cobra", "wpn:kirpi", "wpn:vuran"}),
    ("The army still operates older Turkish Cobras.", {"wpn:cobra"}),
    ("Ghana took delivery of Otokar's Cobra last year.", {"wpn:cobra"}),
])
def test_lookup_only_name_in_weapon_context(kb: Knowledge, text: str, want: set[str]) -> None:
    assert want <= _weapons(kb, text)


@pytest.mark.parametrize("text", [
    "The king cobra and the tiger are protected species.",
    "A Cobra helicopter gunship crashed near the border.",
    "The Turkish Tiger was the symbol of the campaign, the minister said.",
    "Paul Cobra and Maria Tiger spoke at the conference.",
])
def test_ordinary_words_stay_words(kb: Knowledge, text: str) -> None:
    got = _weapons(kb, text)
    assert "wpn:cobra" not in got and not any("tiger" in w for w in got), got


def test_coordination_needs_the_same_category(kb: Knowledge) -> None:
    """"Jaguar" is a torpedo boat in the register: no armoured vehicle beside the Kirpi."""
    assert "wpn:jaguar" not in _weapons(kb, "The Jaguar and Kirpi vehicles were on display.")


def test_registered_variants_are_distinct_transfers() -> None:
    got = transfers("In 2016 Israel delivered 40 Barak-ER and 40 Barak-LRAD missiles to Azerbaijan.")
    assert {t["system"] for t in got} == {"wpn:barak-er", "wpn:barak-lrad"}


def test_counted_missile_of_a_system_is_its_own_designation() -> None:
    got = transfers("India delivered 400 Akash-1 missiles to Armenia in 2024.")
    assert [(t["system"], t["quantity"]) for t in got] == [("wpn:akash-1", 400)]


def test_base_and_a_distinct_designation_do_not_fold(kb: Knowledge) -> None:
    r = rec(kb, "Otokar delivered Cobra II vehicles in 2022. The Cobra armoured vehicles followed.")
    assert {"wpn:cobra", "wpn:cobra-2"} <= {m.entity_id for m in r.mentions}


def test_base_after_a_block_version_still_folds(kb: Knowledge) -> None:
    r = rec(kb, "Baku ordered JF-17 Block III fighters in 2024. The JF-17 jets entered service.")
    assert {m.entity_id for m in r.mentions if m.entity_id.startswith("wpn:jf")} == {"wpn:jf-17-block-iii"}


def test_export_variants_are_recognised(kb: Knowledge) -> None:
    got = _weapons(kb, "Kazakhstan received eight Tor-M2K systems and Azerbaijan received Kornet-E missiles.")
    assert {"wpn:tor-m2", "wpn:kornet"} <= got


@pytest.mark.parametrize(("designation", "comments", "want"), [
    ("Tor-M1", "Tor-M2K version", ["Tor-M2K"]),
    ("Anka", "Anka-S version", ["Anka-S"]),
    ("Konkurs", "incl Konkurs-M version", ["Konkurs-M"]),
    ("HQ-9", "FD-2000 version", []),  # an export name of another stem: curated by hand
    ("GDF 35mm", "Type-90 version", []),  # a copy, another designation
    ("3M-54E Club", "incl 3M-14E land-attack version", []),
    ("Leopard-2A4", "but probably modernized to Leopard-2NG version", ["Leopard-2NG"]),
])
def test_versions_named_in_comments(designation: str, comments: str, want: list[str]) -> None:
    assert versions_named(designation, comments) == want
