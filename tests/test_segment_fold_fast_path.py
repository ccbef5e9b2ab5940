"""Folding diacritics and curly apostrophes for the office-holder matcher: the fast path
(only the non-ASCII characters are replaced) gives the same text as folding character by
character, keeps every offset, and leaves plain ASCII text as it is."""

from __future__ import annotations

from silkgraph.segment.office_years import _fold, _fold_chars

SAMPLES = [
    "",
    "Plain ASCII text, nothing to fold: 2024-05-01 (it's fine).",
    "Recep Tayyip Erdoğan met Ilham Əliyev in Bakı on Monday.",
    "The minister’s aide said ‘no comment’ — “later”, she added…",
    "Zürich, Kraków and São Paulo; Ñuñoa and Ærøskøbing.",
    "Mixed scripts: Алматы, تهران, 北京 and an emoji 🚁 stay as they are.",
    "Combining marks: e\u0301 and a\u0308 (decomposed), \ufb01 ligature, ½ fraction.",
    "A lone non-ASCII character at the very end: é",
]


def test_fast_fold_equals_folding_each_character():
    for s in SAMPLES:
        folded = _fold(s)
        assert folded == _fold_chars(s)
        assert len(folded) == len(s)


def test_folding_replaces_diacritics_and_apostrophes_only():
    assert _fold("Erdoğan’s") == "Erdogan's"
    assert _fold("Алматы") == "Алматы"  # no ASCII base: kept
    plain = "President Tokayev, 3 May"
    assert _fold(plain) is plain  # all ASCII: the text itself
