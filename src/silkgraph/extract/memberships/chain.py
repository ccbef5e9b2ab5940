"""Chained plural anaphors: "Both states share several frames. They founded the ECO in 1985": a
"they" whose previous sentence names no state but opens with a pair anaphor of its own ("Both
states", "The two countries", "Both") stands for what that anaphor stands for, not for states
named further back (which the pair anaphor already skipped over) -- when that pair is a recent one:
both its states named in the paragraph before or earlier in the same one."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import paragraph_first
from silkgraph.extract.events.article import acting_state
from silkgraph.extract.group_nouns import STATE_NOUNS_ALT
from silkgraph.extract.pronoun import DATELINE_RE, pair_anaphor_at

# the previous sentence's subject: a pair anaphor opening it
PAIR_OPENING_RE = re.compile(r"\s*(?P<a>(?:Both|The\s+two)(?:\s+(?:" + STATE_NOUNS_ALT + r"))?)\b")


def chained_pair(ctx: ArticleContext, sv: SentenceView, word: str) -> tuple[list[str], str] | None:
    """The states a sentence-level "they" (``word``) stands for when the sentence before names no
    state and opens with a pair anaphor: that anaphor's referents."""
    if word.lower() != "they" or sv.index == 0:
        return None
    prev = ctx.sentences[sv.index - 1]
    if any(ctx.etype(m.entity_id) == "state" and m.role != "place" for m in prev.mentions):
        return None
    dl = DATELINE_RE.match(prev.text)
    a = PAIR_OPENING_RE.match(prev.text, dl.end() if dl else 0)
    if a is None:
        return None
    got = pair_anaphor_at(ctx, prev, a.group("a"), a.start("a"), a.end("a"))
    if not got or len(got[0]) != 2 or not _recent(ctx, prev, got[0]):
        return None
    return got[0], f"'{word}' = {got[1]} (the previous sentence's subject)"


def _recent(ctx: ArticleContext, prev: SentenceView, pair: list[str]) -> bool:
    """Both states of the pair the anaphor was read as are named (as states, demonyms or by their
    leaders) in ``prev``'s paragraph before it or in the paragraph before that: a pair told
    paragraphs earlier, with others named since, is not the nearest one."""
    first = paragraph_first(ctx, prev)
    lo = paragraph_first(ctx, ctx.sentences[first - 1]) if first > 0 else first
    seen = {acting_state(ctx, m.entity_id) for i in range(lo, prev.index) for m in ctx.sentences[i].mentions}
    return set(pair) <= seen
