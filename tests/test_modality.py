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


# -- clause scoping: a cue marks a fact only when it governs the fact's trigger --------------

@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    # a reported "would" stays in its complement; the coordinated main clause is asserted
    ("Ankara told Baku in May that Armenia would object to any corridor, and in June 2023 "
     "Georgia opened an embassy in Yerevan.", "opened", "asserted"),
    ("If talks fail, Baku would launch an offensive, and Moscow sent troops in 2020.", "sent", "asserted"),
    ("If talks fail, Baku would launch an offensive.", "launch", "hypothetical"),
    # a conditional still reaches its consequence across the comma of the if-clause
    ("If Russia resumes deliveries, Kazakhstan could buy more tanks.", "buy", "hypothetical"),
    # a semicolon starts a new main clause
    ("Tbilisi denied buying the radars; in 2021 Yerevan signed a contract for them.", "signed", "asserted"),
    ("Tbilisi denied buying the radars; in 2021 Yerevan signed a contract for them.", "buying", "denied"),
    # ", while <Subject> <verb>" is a clause of its own
    ("Baku recalled its envoy, while Georgian officials said the incident was an accident.", "recalled", "asserted"),
    # a relative clause or parenthetical is opaque both ways
    ("Kazakhstan, which could face sanctions, bought drones in 2021.", "bought", "asserted"),
    ("Baku should buy the tanks, which Israel offered in 2020.", "offered", "asserted"),
    ("Baku bought tanks in 2020 (Moscow could object).", "bought", "asserted"),
    ("Yerevan intends to leave the bloc it joined in 1994.", "joined", "asserted"),
    ("Yerevan intends to leave the bloc it joined in 1994.", "leave", "planned"),
    # "…, which X denied" reports on the clause it follows
    ("Moscow supplied the rockets, which Minsk denied; the EU imposed sanctions in May.", "supplied", "denied"),
    ("Moscow supplied the rockets, which Minsk denied; the EU imposed sanctions in May.", "imposed", "asserted"),
    # a frame at the edge of the sentence covers every clause
    ("According to SIPRI, Israel supplied 40 percent; in 2022 Türkiye ranked first, and Israel's share fell.",
     "fell", "reported"),
    ("Serbia bought six drones, and Hungary ordered four more, according to the ministry.", "bought", "reported"),
    # terms of an agreement and announced steps are not conditionals
    ("The two sides signed a deal under which Japan would lend $2 billion.", "lend", "asserted"),
    ("The minister announced a new step: foreign troops would leave the airport.", "leave", "asserted"),
])
def test_clause_scoping(sentence, trigger, expected):
    assert classify(sentence, sentence.index(trigger)) == expected


def test_attribution_follows_clause_scoping():
    s = "Reportedly, as cited by Reuters, Baku bought tanks; Tbilisi, according to TASS, sold radars."
    assert attribution(s, s.index("sold")) == "TASS"
    s = "Minsk bought rockets; according to Interfax, Hanoi also bought them."
    assert attribution(s, s.index("Minsk")) is None
    assert attribution(s, s.index("Hanoi")) == "Interfax"


# -- an apposition to a name states a standing fact, whatever the main clause's mood ---------

@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Should the pipeline close, Yerevan would turn to Tehran, its main trading partner.", ", its", "asserted"),
    ("Should the pipeline close, Yerevan would turn to Tehran, its main trading partner.", "turn", "hypothetical"),
    ("If sanctions widen, Minsk could lean on Beijing, a long-standing creditor, for loans.", ", a long", "asserted"),
    ("If sanctions widen, Minsk could lean on Beijing, a long-standing creditor, for loans.", "lean", "hypothetical"),
    # no apposition: a coordinated or verbal phrase after the comma stays in the conditional
    ("If talks fail, Baku could buy drones from Ankara, the tanks from Moscow and radars from Tel Aviv.",
     "the tanks", "hypothetical"),
    ("If talks fail, Baku could call on Ankara, the ally that would help.", ", the ally", "hypothetical"),
])
def test_apposition_keeps_its_own_modality(sentence, trigger, expected):
    assert classify(sentence, sentence.index(trigger)) == expected


def test_concessive_if_between_qualities_is_no_condition() -> None:
    from silkgraph.extract import modality

    assert modality.classify("Moscow kept up slow if steady shipments of rifles to Dushanbe.", None, frozenset()) == "asserted"
    assert modality.classify("Ankara sent brief if intense training missions to Baku in 2021.", None, frozenset()) == "asserted"
    assert modality.classify("Baku would buy more drones if Ankara cut its prices.", None, frozenset()) == "hypothetical"
