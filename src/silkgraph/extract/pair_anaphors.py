"""A plural anaphor for a pair of states ("both countries", "the two states") and the pair it
stands for: the two states the previous sentence names as its subjects, the parties of the
last two-state event told, the pair the article names together or its events are about (read
by memberships and relations through ``pronoun``)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import opens_paragraph
from silkgraph.extract.events.article import (
    NOT_SUBJECT_RE,
    PAIR_ANAPHOR_RE,
    _last_pair,
    _names,
    article_state,
    plural_anaphor,
    subject_states_before,
)
from silkgraph.model import Mention
from silkgraph.resolve.pairs_anaphora import prev_subject_pair, title_pair


def prev_pair(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """Exactly two states named (not after a preposition) in the previous sentence of the
    same paragraph: what a bare "Both" subject stands for."""
    if opens_paragraph(ctx, sv):
        return None
    return _prev_pair(ctx, sv)


def pair_anaphor(ctx: ArticleContext, sv: SentenceView, a: re.Match[str]) -> tuple[list[str], str] | None:
    """The states a plural anaphor matched in the sentence stands for (:func:`pair_anaphor_at`)."""
    return pair_anaphor_at(ctx, sv, a.group(0), a.start(), a.end())


def pair_anaphor_at(ctx: ArticleContext, sv: SentenceView, text: str, start: int,
                    end: int) -> tuple[list[str], str] | None:
    """The states the plural anaphor ``text`` at ``start``-``end`` of the sentence stands for.  A
    pair ("both countries", "the two states"), which a standing property such as a membership is
    said of: the two states named as subjects in the previous sentence; else the two parties of
    the last two-state event told; else the pair the article's two-state events are most often
    about."""
    opens = opens_paragraph(ctx, sv)
    if PAIR_ANAPHOR_RE.match(text):
        # at a paragraph's start the pair is the article's, not the last one told before
        # ... unless the previous sentence opens with the two states as its subject ("India and
        # China have long competed …" / "Both countries …")
        sp = prev_subject_pair(ctx, sv) if opens else None
        got = (sp, f"{_names(ctx, sp)} from the previous sentence's subject") if sp else \
            (title_pair(ctx) or _topic_pair(ctx, sv) or _article_pair(ctx)) if opens else \
            _prev_pair(ctx, sv) or _subject_last_pair(ctx, sv, start) or _topic_pair(ctx, sv) or \
            _article_pair(ctx)
        if got or opens:
            return (got[0], f"'{text}' = {got[1]}") if got else None
    return plural_anaphor(ctx, sv, start, end, pair=True)


def _subject_last_pair(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[list[str], str] | None:
    """The last two-state pair told (:func:`_clear_last_pair`), unless the state that is the subject of
    this sentence before the anaphor is not one of it while the pair the article names together
    holds it ("New Delhi refused …, to which both countries belong": India is one of the two)."""
    got = _clear_last_pair(ctx, sv)
    if got is None:
        return None
    subj = subject_states_before(ctx, sv, pos)
    if not subj or subj[0] in got[0]:
        return got
    topic = _topic_pair(ctx, sv)
    return None if topic is not None and subj[0] in topic[0] else got


def _clear_last_pair(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """The parties of the last two-state event told, unless the sentence that told it also
    told a two-state event between another pair ("X condemned Y's strikes on Z": which two
    does "both countries" mean?): then the pair is left to the article's topic."""
    got = _last_pair(ctx, sv)
    if got is None:
        return None
    told: dict[int, set[frozenset[str]]] = {}  # sentence start -> the two-state pairs told there
    for r in article_state(ctx).events:
        ids = dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or []))
        states = frozenset(i for i in ids if ctx.etype(i) == "state")
        if len(states) == 2:
            for e in r.fact.evidence:
                if e.start < sv.start:
                    told.setdefault(e.start, set()).add(states)
    pairs = told[max(told)] if told else set()
    return None if len(pairs) > 1 else got


DEMONYM_MOD_RE = re.compile(r"\s+[a-z]")


def names_state(ctx: ArticleContext, sv: SentenceView, m: Mention) -> bool:
    """Whether mention ``m`` of ``sv`` names a state as a party: not a place, not a demonym
    modifying a noun ("Russian bases")."""
    return ctx.etype(m.entity_id) == "state" and m.role != "place" and \
        not (m.kind == "demonym" and DEMONYM_MOD_RE.match(sv.text, sv.rel(m.end)) is not None)

# a sentence opening with a state's possessive subject: "Kyrgyzstan's exports to Russia rose"
POSS_SUBJECT_RE = re.compile(r"\s*(?:[A-Z]{3,}:\s*)?(?:[A-Z][\w\-]*\s+){0,2}?[A-Z][\w\-]*[’']s\s+")


def _prev_pair(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """Exactly two distinct states named, not after a preposition, in the previous sentence
    (of the same paragraph: checked by the caller)."""
    prev = ctx.sentences[sv.index - 1]
    ids: list[str] = []
    oblique = False
    for mt in prev.mentions:
        if not names_state(ctx, prev, mt):
            continue  # "Russian bases": a modifier, not one of the pair
        ids.append(mt.entity_id)
        if NOT_SUBJECT_RE.search(prev.text[max(0, prev.rel(mt.start) - 25):prev.rel(mt.start)]):
            oblique = True
    ids = list(dict.fromkeys(ids))
    if len(ids) != 2:
        return None
    if oblique and not POSS_SUBJECT_RE.match(prev.text):
        return None  # a state after a preposition: the sentence is not only about the pair
    # ("Kyrgyzstan's exports to Russia rose …": a possessor subject and its object name the pair)
    return ids, f"{_names(ctx, ids)} from the previous sentence"


def _article_pair(ctx: ArticleContext) -> tuple[list[str], str] | None:
    """The two states whose two-state events the article has told most often so far."""
    count: dict[tuple[str, ...], int] = {}
    for r in article_state(ctx).events:
        ids = dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or []))
        states = tuple(sorted(i for i in ids if ctx.etype(i) == "state"))
        if len(states) == 2:
            count[states] = count.get(states, 0) + len(r.fact.evidence)
    if not count:
        return None
    best = max(count.values())
    top = [k for k, v in count.items() if v == best]
    if len(top) != 1 or best < 2:
        return None
    return list(top[0]), f"{_names(ctx, list(top[0]))}, the pair the article's events are about"


PAIR_COORD_RE = re.compile(r"\s+and\s+|\s*[–—-]\s*")

LIST_ON_RE = re.compile(r"\s*(?:,|\band\b)")


def _topic_pair(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """The two states the article is about, so far: of its three most named states, the
    pair it names together ("X and Y", "X–Y") most often; else its two most named states
    when both are named at least twice as often as any other."""
    counts: dict[str, int] = {}
    coord: dict[tuple[str, ...], int] = {}
    for view in ctx.sentences[:sv.index + 1]:
        ms = [m for m in view.mentions if ctx.etype(m.entity_id) == "state"]
        for m in ms:
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        for k in range(len(ms) - 1):
            a, b = ms[k], ms[k + 1]
            if a.entity_id == b.entity_id or not PAIR_COORD_RE.fullmatch(ctx.text, a.end, b.start):
                continue
            if k > 0 and LIST_ON_RE.fullmatch(ctx.text, ms[k - 1].end, a.start):
                continue  # "X, Y and Z": a longer list
            if k + 2 < len(ms) and LIST_ON_RE.fullmatch(ctx.text, b.end, ms[k + 2].start):
                continue
            key = tuple(sorted((a.entity_id, b.entity_id)))
            coord[key] = coord.get(key, 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    top3 = set(ranked[:3])
    pairs = sorted(((v, k) for k, v in coord.items() if set(k) <= top3), reverse=True)
    if pairs and (len(pairs) == 1 or pairs[0][0] > pairs[1][0]):
        ids = list(pairs[0][1])
        return ids, f"{_names(ctx, ids)}, the pair the article names together"
    if len(ranked) >= 2 and counts[ranked[1]] >= 3 and \
            (len(ranked) == 2 or counts[ranked[1]] >= 2 * counts[ranked[2]]):
        ids = ranked[:2]
        return ids, f"{_names(ctx, ids)}, the two states the article names most"
    return None
