"""The pair an article is about, read from its title: "Thimphu, Kathmandu and the Limits of
Hedging", "Nepal and Bhutan Between Two Giants", "Kyrgyzstan-Tajikistan: A Troubled Border".

A pair anaphor ("both countries", "the two states", "both governments") that opens a paragraph
stands for the pair the article is about, not for the last two states named (often the larger
powers the article sets its pair against).  The title is the clearest statement of that pair:
two states (by name or capital) coordinated there ("X and Y", "X, Y and ...", "X-Y", "X & Y"),
and no third state in the title.  The sentence text never names the pair, so callers record the
resolution as an inference (the ``why`` returned)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView

# a capitalised name run of one to three words ("New Delhi", "North Korea", "Kathmandu")
NAME_RE = re.compile(r"[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,2}")
# what stands between two coordinated names of the title
COORD_RE = re.compile(r"\s*,\s*|\s+(?:and|&)\s+|\s*[–—-]\s*|\s*,\s+and\s+")
POSS_RE = re.compile(r"[’']s$")
# what may stand before and between the two states of a sentence's coordinated subject
SUBJECT_OPEN_RE = re.compile(r"\s*(?:[Bb]oth\s+|[Tt]he\s+)?$")
SUBJECT_AND_RE = re.compile(r"\s+and\s+(?:the\s+)?$")
SCRATCH_KEY = "resolve.title_pair"


def _state_of(ctx: ArticleContext, name: str) -> str | None:
    """The state a title name stands for: a state's name or alias, or its capital."""
    for ent in ctx.kb.lookup(POSS_RE.sub("", name)):
        if ent.type == "state":
            return ent.id
        cap = ctx.kb.capital_of(ent.id)
        if cap:
            return cap
    return None


def _title_states(ctx: ArticleContext, title: str) -> list[tuple[str, int, int]]:
    """(state id, start, end) of every name in the title that stands for a state; a run of
    capitalised words is tried whole, then word by word ("Nepal Bhutan" is no name)."""
    out: list[tuple[str, int, int]] = []
    for m in NAME_RE.finditer(title):
        sid = _state_of(ctx, m.group(0))
        if sid is not None:
            out.append((sid, m.start(), m.end()))
            continue
        for w in re.finditer(r"[A-Z][\w’']*", m.group(0)):
            sid = _state_of(ctx, w.group(0))
            if sid is not None:
                out.append((sid, m.start() + w.start(), m.start() + w.end()))
    return out


def title_pair(ctx: ArticleContext) -> tuple[list[str], str] | None:
    """The two states the article's title coordinates, when it names no other state (worked out
    once per article)."""
    if SCRATCH_KEY in ctx.scratch:
        return ctx.scratch[SCRATCH_KEY]  # type: ignore[no-any-return]
    got = None
    title = ctx.article.title or ""
    # hyphenated pairs ("Kyrgyzstan-Tajikistan") are split into two names
    spaced = re.sub(r"(?<=[a-z])-(?=[A-Z])", " - ", title)
    found = _title_states(ctx, spaced) if title else []
    ids = list(dict.fromkeys(s for s, _, _ in found))
    if len(ids) == 2 and len(found) == 2 and COORD_RE.fullmatch(spaced, found[0][2], found[1][1]):
        names = " and ".join(spaced[s:e] for _, s, e in found)
        got = (ids, f"{names}, the pair the article's title names")
    ctx.scratch[SCRATCH_KEY] = got
    return got


def prev_subject_pair(ctx: ArticleContext, sv: SentenceView) -> list[str] | None:
    """The two states that open the previous sentence as its coordinated subject ("India and
    China have long competed …"): the pair a following "Both countries …" takes up, even
    across a paragraph break, before the pair of the title."""
    if sv.index == 0:
        return None
    prev = ctx.sentences[sv.index - 1]
    states = [m for m in prev.mentions if ctx.etype(m.entity_id) == "state" and m.role != "place"]
    if len(states) < 2:
        return None
    a, b = states[0], states[1]
    if a.entity_id == b.entity_id or not SUBJECT_OPEN_RE.fullmatch(prev.text[:prev.rel(a.start)]) \
            or not SUBJECT_AND_RE.fullmatch(prev.text[prev.rel(a.end):prev.rel(b.start)]):
        return None
    return [a.entity_id, b.entity_id]
