"""Modality and attribution on the project's own sentences (tests/fixtures/modality.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from silkgraph.extract.modality import attribution, classify
from silkgraph.model import MODALITIES

CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "modality.yaml").read_text(encoding="utf-8"))


def test_fixture_covers_every_modality_several_times():
    counts = {m: sum(1 for c in CASES if c["modality"] == m) for m in MODALITIES}
    assert all(n >= 3 for n in counts.values()), counts


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:40] for c in CASES])
def test_modality(case):
    s = case["sentence"]
    trigger = s.find(case["trigger"]) if case.get("trigger") else None
    assert classify(s, trigger) == case["modality"]


def test_cues_after_the_trigger_do_not_count():
    s = "Kazakhstan bought two Anka drones, and it may buy more if prices fall."
    assert classify(s, s.index("bought")) == "asserted"


def test_reported_speech_is_not_a_conditional():
    s = "Ankara announced that it would receive the second batch in 2026."
    assert classify(s, s.index("receive")) != "hypothetical"


def test_own_trigger_is_ignored():
    s = "Baku denied that it had bought drones from Israel."
    assert classify(s, s.index("denied")) == "denied"
    assert classify(s, s.index("denied"), ignore={"denied"}) == "asserted"


def test_attribution_names_the_source():
    assert attribution("According to SIPRI, Russia supplied most of Armenia's arms.") == "SIPRI"
