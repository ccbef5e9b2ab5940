"""A bare pair anaphor ("Both belong to SAARC") whose sentence before names no state
("Neither state can afford to choose. Both belong to …"), or that opens a paragraph: the pair
the article opens with ("Nepal and Bhutan have drawn opposite conclusions …"), not the last two
states named; or one whose sentence before names one state of a pair coordinated a few sentences
back in the paragraph (``coordinated_pair_before``)."""

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


PAIR_BACK = 3  # how many sentences of the paragraph a bare pair anaphor looks back for its coordinated pair


def coordinated_pair_before(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """For a bare "Both" whose previous sentence names a single state ("…, New Delhi has not
    mobilised. Both are members of SAARC"): the pair coordinated as "X and Y" (no third in the
    list) in one of the paragraph's few sentences before, when that state is one of it – the
    thread is still the pair's, told one at a time."""
    if opens_paragraph(ctx, sv):
        return None
    last = {m.entity_id for m in ctx.mentions_of(ctx.sentences[sv.index - 1], "state")}
    if len(last) != 1:
        return None
    for i in range(sv.index - 2, max(-1, sv.index - 1 - PAIR_BACK), -1):
        view = ctx.sentences[i]
        ms = ctx.mentions_of(view, "state")
        pairs = [(ms[k], ms[k + 1]) for k in range(len(ms) - 1)
                 if ms[k].entity_id != ms[k + 1].entity_id and AND_RE.fullmatch(ctx.text, ms[k].end, ms[k + 1].start)
                 and not (k > 0 and LIST_RE.fullmatch(ctx.text, ms[k - 1].end, ms[k].start))
                 and not (k + 2 < len(ms) and LIST_RE.fullmatch(ctx.text, ms[k + 1].end, ms[k + 2].start))]
        if len(pairs) == 1 and last <= {pairs[0][0].entity_id, pairs[0][1].entity_id}:
            a, b = pairs[0]
            return [a.entity_id, b.entity_id], f"'{a.text}' and '{b.text}', the pair told {sv.index - i} sentences before"
        if opens_paragraph(ctx, view):
            return None
    return None
