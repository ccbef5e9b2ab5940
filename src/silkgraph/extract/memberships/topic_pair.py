"""A bare pair anaphor ("Both belong to SAARC") whose sentence before names no state
("Neither state can afford to choose. Both belong to …"), or that opens a paragraph: the pair
the article opens with ("Nepal and Bhutan have drawn opposite conclusions …"), not the last two
states named."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import opens_paragraph
from silkgraph.extract.memberships.cues import BARE_PAIR_RE
from silkgraph.extract.pronoun import DATELINE_RE

LEAD_SENTENCES = 2  # the article's first sentences, where its pair is introduced
AND_RE = re.compile(r"\s+and\s+(?:the\s+)?")
LIST_RE = re.compile(r"\s*,\s*|\s+and\s+")


def lead_pair(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """The first two states coordinated as a pair ("X and Y", no third in the list) in the
    article's first sentences."""
    for view in ctx.sentences[:min(LEAD_SENTENCES, sv.index)]:
        ms = ctx.mentions_of(view, "state")
        for k in range(len(ms) - 1):
            a, b = ms[k], ms[k + 1]
            if a.entity_id == b.entity_id or not AND_RE.fullmatch(ctx.text, a.end, b.start):
                continue
            if k > 0 and LIST_RE.fullmatch(ctx.text, ms[k - 1].end, a.start):
                continue  # "X, Y and Z": a longer list
            return [a.entity_id, b.entity_id], f"'{a.text}' and '{b.text}', the pair the article opens with"
    return None


def topic_pair_after_stateless(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """The article's opening pair for a bare "Both"/"The two" subject when no state is named in
    the previous sentence of the paragraph (the thread is still the pair's)."""
    if sv.index > 0 and not opens_paragraph(ctx, sv):
        prev = ctx.sentences[sv.index - 1]
        if ctx.mentions_of(prev, "state"):
            return None
    return lead_pair(ctx, sv)


def bare_pair(sv: SentenceView, pos: int) -> bool:
    """Whether a bare "Both"/"The two" (after a dateline) is all that stands before ``pos``: the
    subject is a pair anaphor with no noun."""
    dl = DATELINE_RE.match(sv.text)
    return BARE_PAIR_RE.fullmatch(sv.text, dl.end() if dl else 0, pos) is not None
