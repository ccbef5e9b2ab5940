"""The gated searches the extractors use in place of plain ``pattern.search`` calls give the
same answers as the plain calls, on invented text and on every window of it."""

from __future__ import annotations

import re

import pytest

from silkgraph.extract import modality
from silkgraph.extract.events.arguments import DEFINITE_RE, LIGHT_VERB_RE, OWN_RE
from silkgraph.extract.events.claims import CLAIM_RE
from silkgraph.extract.events.fallback_dates import RECENT_RE
from silkgraph.extract.events.news import NEWS_BACKGROUND_RE
from silkgraph.extract.events.reaction import REACTION_OBJECT_RE
from silkgraph.extract.events.sentence_checks import FRONTED_TIME_RE
from silkgraph.extract.events.speech import SPEECH_CUES
from silkgraph.extract.memberships import NEG_BID_RE, ORG_WORDS_RE
from silkgraph.extract.relations.for_view import FOR_RE
from silkgraph.extract.relations.visit_pair import SIDES_RE
from silkgraph.nlp.piece_gates import search_before, search_piece
from silkgraph.nlp.prefilter import gate_of, lower_for_gates
from silkgraph.segment import structure

TEXTS = [
    "After the talks in Tashkent, the two sides signed a memorandum on border trade.",
    "For Baku, the deal is a hedge; both presidents said it would not be the last.",
    "The militant group claimed responsibility on Monday for the attack near the pass.",
    "The government had recently condemned the shelling, which it called an outrage.",
    "Kazakhstan's own bid to join the bloc was rejected, the ministry said last year.",
    "It has long sought membership; their application was never formally turned down.",
    "Weeks after the vote — Following the summit, its leaders launched joint patrols.",
    "SECURITY FORCES CONDUCTED A RAID; THE ALLIANCE SAID IT HAD NOT BEEN CONSULTED.",
    "Dushanbe, which hosted the forum in 2019, was criticised by the two governments.",
    "Photo: Ministry of Defence. Troops on parade in the capital.",
    "İstanbul talks: the delegations met, and Ankara said the accord was signed.",
    "",
]
PATTERNS = [SIDES_RE, FOR_RE, CLAIM_RE, RECENT_RE, FRONTED_TIME_RE, NEG_BID_RE, NEWS_BACKGROUND_RE,
            REACTION_OBJECT_RE, LIGHT_VERB_RE, OWN_RE, ORG_WORDS_RE, *SPEECH_CUES.values()]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_gate_search_and_first_equal_plain_search(pattern: re.Pattern[str]) -> None:
    for text in TEXTS:
        low = lower_for_gates(text)
        gate = gate_of(pattern)
        assert gate.search(text, low) == (pattern.search(text) is not None)
        assert _span(gate.first(text, low)) == _span(pattern.search(text))


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_search_in_equals_windowed_search(pattern: re.Pattern[str]) -> None:
    for text in TEXTS:
        n = len(text)
        for a in range(0, n + 1, 3):
            for b in (a, a + 7, a + 40, a + 80, n + 5):
                assert _span(gate_of(pattern).search_in(text, a, b)) == _span(pattern.search(text, a, b))


def test_search_piece_equals_search_of_the_piece() -> None:
    for text in TEXTS:
        for s in range(len(text) + 1):
            piece = text[max(0, s - 80):s]
            assert _span(search_piece(DEFINITE_RE, piece)) == _span(DEFINITE_RE.search(piece))


def test_search_before_equals_search_up_to_end() -> None:
    pats = [c.not_after for c in modality.cues() if c.not_after is not None]
    assert pats
    for pattern in pats:
        for text in TEXTS + ["The plan, he said, would likely fail.", "Officials added that talks might resume."]:
            low = lower_for_gates(text)
            for end in range(len(text) + 1):
                assert _span(search_before(pattern, text, low, end)) == _span(pattern.search(text, 0, end))


def test_caption_check_counts_sentence_ends_as_before() -> None:
    lines = ["Photo: Ministry of Defence.", "A. B. C. D. E. Photo: AFP", "Lt. Gen. Mr. Dr. spoke. Image: Reuters",
             "Troops on parade. Photo courtesy of the ministry.", "One. Two. Three. Four. Photo: AFP.",
             "Image credit: Getty Images", "No caption here at all"]
    for line in lines:
        s = line.strip()
        plain = not (len(structure._SENT_END.findall(s)) > 3) and any(r.search(s) for r in structure._CAPTION_RES)
        assert structure.is_caption(line) == plain
    assert structure.is_caption("Photo: Ministry of Defence.")
    assert not structure.is_caption("One. Two. Three. Four. Photo: AFP.")  # four sentence ends: no caption
