"""The grammatical and paragraph tests shared by the extractors (extract.grammar, extract.discourse)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from silkgraph.extract.discourse import (
    line_break_between,
    opens_paragraph,
    paragraph_first,
    same_paragraph,
)
from silkgraph.extract.grammar import (
    EVENT_SUBJECT_PREPS,
    PLACE_PREPS,
    POSS_SUFFIX_RE,
    PRONOUN_PREPS,
    STATISTICS_OBLIQUE_PREPS,
    STATISTICS_PREPS,
    TRANSFER_OBLIQUE_PREPS,
    after_prep,
    is_possessive,
)


def test_is_possessive() -> None:
    text = "Georgia's port and Georgia’s army, but Georgia'sx is no possessive; Georgia is not"
    assert is_possessive(text, len("Georgia"))
    assert is_possessive(text, text.index("’s"))
    assert not is_possessive(text, text.index("'sx"))
    assert not is_possessive(text, len(text) - len(" is not"))


def test_poss_suffix_takes_a_bare_apostrophe_after_s() -> None:
    text = "the Philippines' navy and Japan's"
    assert POSS_SUFFIX_RE.match(text, len("the Philippines"))
    assert POSS_SUFFIX_RE.match(text, len(text) - 2)
    assert not POSS_SUFFIX_RE.match(text, len("the Philip"))


def _at(text: str, name: str) -> int:
    return text.index(name)


def test_after_prep_allows_the_between() -> None:
    text = "Troops moved with the Kazakh unit against Mongolia while Nepal watched"
    assert after_prep(text, _at(text, "Kazakh"), PRONOUN_PREPS)
    assert after_prep(text, _at(text, "Mongolia"), PRONOUN_PREPS)
    assert not after_prep(text, _at(text, "Nepal"), PRONOUN_PREPS)
    assert not after_prep(text, 0, PRONOUN_PREPS)


def test_prep_lists_differ_where_they_should() -> None:
    text = "a quarrel beyond Laos"
    assert after_prep(text, _at(text, "Laos"), PRONOUN_PREPS)
    assert not after_prep(text, _at(text, "Laos"), STATISTICS_PREPS)
    text = "the long war with Oman"
    assert after_prep(text, _at(text, "Oman"), EVENT_SUBJECT_PREPS)
    text = "talks around Bhutan"
    assert after_prep(text, _at(text, "Bhutan"), PLACE_PREPS)
    assert not after_prep(text, _at(text, "Bhutan"), PRONOUN_PREPS)


def test_window_is_a_slice() -> None:
    text = "a long phrase that ends in Chad"
    assert after_prep(text, _at(text, "Chad"), PLACE_PREPS, 4)
    assert not after_prep(text, _at(text, "Chad"), PLACE_PREPS, 2)


def test_word_membership() -> None:
    assert "amid" in TRANSFER_OBLIQUE_PREPS and "amid" not in STATISTICS_OBLIQUE_PREPS
    assert "across" in STATISTICS_OBLIQUE_PREPS and "across" not in TRANSFER_OBLIQUE_PREPS
    assert "the" not in TRANSFER_OBLIQUE_PREPS


def _ctx(parts: list[tuple[str, str, str]]) -> Any:
    """A stand-in article: (text before the sentence, sentence, section) for each sentence."""
    text, sents = "", []
    for i, (gap, sent, section) in enumerate(parts):
        text += gap
        sents.append(SimpleNamespace(index=i, start=len(text), end=len(text) + len(sent), section=section))
        text += sent
    return SimpleNamespace(text=text, sentences=sents, scratch={})


def test_paragraphs() -> None:
    ctx = _ctx([("", "One.", "a"), (" ", "Two.", "a"), ("\n\n", "Three.", "a"), (" ", "Four.", "b"),
                (" ", "Five.", "b")])
    s = ctx.sentences
    assert opens_paragraph(ctx, s[0]) and not opens_paragraph(ctx, s[1]) and opens_paragraph(ctx, s[2])
    assert not opens_paragraph(ctx, s[3])  # a new section without a line break: not a new line
    assert line_break_between(ctx, s[1], s[2]) and not line_break_between(ctx, s[0], s[1])
    assert same_paragraph(ctx, s[0], s[1]) and not same_paragraph(ctx, s[2], s[3])
    assert [paragraph_first(ctx, v) for v in s] == [0, 0, 2, 3, 3]
    assert [paragraph_first(ctx, v) for v in reversed(s)] == [3, 3, 2, 0, 0]  # from the cache
