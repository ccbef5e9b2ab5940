"""The bloc an unnamed organisation slot refers back to ("India and Iran have joined since
2017", "the bloc's newest member"): the bloc last named before, unless that mention, in an
earlier sentence or the same one, is only a side remark, when the bloc the article is about is meant.

A mention is a side remark when it completes a noun of its own ("to the borders of the
European Union", "trade with the EU") or when its sentence already refers back to another
bloc before it ("the bloc's tenth member, which would extend the organisation to the borders
of the EU"), or, in the same sentence, when it stands in a comma aside closed before the slot ("Turkey,
trading with the European Union, has held observer status"): none is what the text goes on about.  The bloc the article is about
is the one named most often up to the sentence (the first named on a tie).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.blocs import TITLE_AFTER_RE, is_bloc
from silkgraph.extract.memberships.cues import BLOC_NOUNS, SIDE_REMARK

LOOK_BACK = 12  # sentences searched back for a named bloc (as events.bloc_before)
# "the borders of the", "the trade talks with": a noun (not a membership word) the mention completes
SIDE_NOUN_RE = re.compile(r"\b(?:the|its|their|a|an)\s+(?:(?-i:[a-z])[a-z\-]+\s+)?"
                          r"(?!(?:" + "|".join(SIDE_REMARK["bloc_nouns"]) + r")\b)"
                          r"(?-i:[a-z])[a-z\-]+\s+(?:of|with|to|from|toward|towards)\s+(?:the\s+)?$", re.I)
# "the bloc's", "the organisation": another bloc referred back to earlier in the sentence (lower case:
# "the Organization of Turkic States" is a name)
BLOC_ANAPHOR_RE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+(?:" + BLOC_NOUNS + r")\b")
# "the UN offices in Almaty", "EU officials said": an affiliation, not the bloc the text goes on about
AFFILIATION_RE = re.compile(r"\s+(?:" + "|".join(SIDE_REMARK["affiliation_nouns"]) + r")\b")
# "an extension of the OTS, in which X sit ...": a relative clause the mention heads (the slot inside it is its)
# (after its abbreviation too: "the Economic Cooperation Organization (ECO), which X joined")
REL_AFTER_RE = re.compile(r"\s*(?:\(\s*[\w.\-]+\s*\)\s*|\)\s*)?,\s*(?:(?:in|of|to|within|among)\s+)?(?:which|whose|where)\b")
# "Turkey, trading with the European Union, has ...": a comma aside after a name, opened by a lower-case word
ASIDE_OPEN_RE = re.compile(r"(?-i:[A-Z])[\w\-]*,\s+(?!(?:the|a|an)\s+$)(?-i:[a-z])[^,;]*$")


def _topic(ctx: ArticleContext, upto: int) -> str | None:
    """The bloc named most often in sentences ``0..upto`` (the first named on a tie).  The
    counts run once through the article: each sentence's topic is kept in ``ctx.scratch``."""
    topics, counts, first = ctx.scratch.setdefault("salient.topics", ([], Counter(), {}))
    while len(topics) <= upto:
        for m in ctx.sentences[len(topics)].mentions:
            if ctx.etype(m.entity_id) == "organization" and is_bloc(ctx, m.entity_id):
                counts[m.entity_id] += 1
                first.setdefault(m.entity_id, len(first))
        topics.append(min(counts, key=lambda e: (-counts[e], first[e])) if counts else None)
    return topics[upto]


def _side_remark(ctx: ArticleContext, view: SentenceView, start: int) -> bool:
    """Whether a bloc named at ``start`` of a sentence completes a noun of its own or follows
    a reference back to another bloc in the same sentence (the sentence's first such
    reference is looked for once per sentence)."""
    text = view.text
    if SIDE_NOUN_RE.search(text, max(0, start - 40), start) is not None:
        return True
    firsts: dict[int, int] = ctx.scratch.setdefault("salient.anaphors", {})
    if view.index not in firsts:
        m = BLOC_ANAPHOR_RE.search(text)
        firsts[view.index] = m.start() if m is not None else len(text)
    return firsts[view.index] < start and BLOC_ANAPHOR_RE.search(text, firsts[view.index], start) is not None


def _mentions_upto(ctx: ArticleContext, sv: SentenceView, pos: int) -> int:
    """How many of the sentence's mentions may end by ``pos`` (those after end later: found by
    bisection on their ends, kept per sentence, when the mentions come in text order)."""
    cache: dict[int, tuple[list[int], bool]] = ctx.scratch.setdefault("salient.ends", {})
    got = cache.get(sv.index)
    if got is None or len(got[0]) != len(sv.mentions):
        ends = [sv.rel(m.end) for m in sv.mentions]
        got = cache[sv.index] = ends, all(x <= y for x, y in zip(ends, ends[1:], strict=False))
    return bisect_right(got[0], pos) if got[1] else len(sv.mentions)


def _in_aside(text: str, start: int, end: int, pos: int) -> bool:
    """Whether a bloc named at ``start``..``end`` stands inside a comma aside that closes before
    ``pos``: "Turkey, trading with the European Union, has held observer status"."""
    return "," in text[end:pos] and ASIDE_OPEN_RE.search(text, max(0, start - 80), start) is not None


def salient_bloc(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """The bloc an unnamed organisation at ``pos`` refers to: the last named before it (this
    sentence, then up to ``LOOK_BACK`` back), or, when that one was a side remark (or, in this
    sentence, stood in a comma aside), the bloc the article is about."""
    for i in range(sv.index, max(-1, sv.index - LOOK_BACK), -1):
        view = ctx.sentences[i]
        for j in range(_mentions_upto(ctx, sv, pos) if view is sv else len(view.mentions), 0, -1):
            m = view.mentions[j - 1]
            if ctx.etype(m.entity_id) != "organization" or not is_bloc(ctx, m.entity_id):
                continue
            start = view.rel(m.start)
            if view is sv and view.rel(m.end) > pos:
                continue
            if TITLE_AFTER_RE.match(view.text, view.rel(m.end)) or AFFILIATION_RE.match(view.text, view.rel(m.end)):
                continue  # "United Nations Secretary-General X", "the UN offices": an affiliation
            rel_head = view is sv and REL_AFTER_RE.match(view.text, view.rel(m.end)) is not None
            if not rel_head and (_side_remark(ctx, view, start) or
                                 (view is sv and _in_aside(view.text, start, view.rel(m.end), pos))):
                topic = _topic(ctx, sv.index)
                if topic is not None and topic != m.entity_id:
                    name = ctx.entity(topic).name if ctx.entity(topic) else topic  # type: ignore[union-attr]
                    return topic, f"{name}, the bloc the article is about ('{m.text}' only a side remark)"
            return m.entity_id, f"{m.text}, named before"
    return None
