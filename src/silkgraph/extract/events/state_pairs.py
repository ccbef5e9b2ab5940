"""The states a plural anaphor for two parties stands for ("both sides", "the two governments",
"the three"), and the two sides of a fight told without them: the parties of the event just told,
the states the sentence names before it (leaders for theirs), its subject and the article's main
state, the states of a border named with it (read by ``article.plural_anaphor`` and the events)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.event_state import EventRecord, article_state
from silkgraph.extract.grammar import EVENT_SUBJECT_PREPS

# a state named after one of these is a place, a source or a partner, not a subject
NOT_SUBJECT_RE = EVENT_SUBJECT_PREPS.rx


def subject_states_before(ctx: ArticleContext, sv: SentenceView, pos: int) -> list[str]:
    """The states the sentence names before ``pos`` not as places nor after a preposition that
    makes them no subject (``NOT_SUBJECT_RE``), in order, repeats kept."""
    return [mt.entity_id for mt in sv.mentions if sv.rel(mt.start) < pos and mt.role != "place"
            and ctx.etype(mt.entity_id) == "state"
            and not NOT_SUBJECT_RE.search(sv.text[max(0, sv.rel(mt.start) - 25):sv.rel(mt.start)])]


def _names(ctx: ArticleContext, ids: list[str]) -> str:
    return " and ".join(ctx.entity(s).name if ctx.entity(s) else s for s in ids)  # type: ignore[union-attr]


def _pair_referents(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """The two states "both sides" / "the two countries" stand for: the two state parties
    (actors and targets) of the most recent event told in this sentence or the previous
    one, when it has exactly two; else the last two distinct states named as subjects or
    actors in the paragraph before this sentence (most recent first)."""
    prev = ctx.sentences[sv.index - 1]
    st = article_state(ctx)
    best: tuple[int, int, EventRecord] | None = None
    for k, r in enumerate(st.events):
        starts = [e.start for e in r.fact.evidence if e.start in (sv.start, prev.start)]
        if starts and (best is None or (max(starts), k) > best[:2]):
            best = (max(starts), k, r)
    if best is not None:
        r = best[2]
        ids = list(dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or [])))
        states = [i for i in ids if ctx.etype(i) == "state"]
        if len(states) == 2:
            where = "this sentence" if best[0] == sv.start else "the previous sentence"
            return states, f"{_names(ctx, states)}, the parties of the {r.etype} in {where}"
    first = sv.index - 1
    while first > 0:
        a, b = ctx.sentences[first - 1], ctx.sentences[first]
        if a.section != b.section or "\n" in ctx.text[a.end:b.start]:
            break
        first -= 1
    actors: dict[int, set[str]] = {}
    for r in st.events:
        for e in r.fact.evidence:
            actors.setdefault(e.start, set()).update(r.fact.args.get("actors") or [])
    seen: list[str] = []
    for i in range(sv.index - 1, first - 1, -1):
        view = ctx.sentences[i]
        for mt in reversed(view.mentions):
            eid = mt.entity_id
            if ctx.etype(eid) != "state" or eid in seen or mt.role == "place":
                continue
            before = view.text[max(0, view.rel(mt.start) - 25):view.rel(mt.start)]
            if eid in actors.get(view.start, set()) or not NOT_SUBJECT_RE.search(before):
                seen.append(eid)
        if len(seen) >= 2:
            states = seen[:2]
            return states, f"{_names(ctx, states)}, the last two states named as actors in the paragraph"
    return None


VISITED_RE = re.compile(r"\b(?:visit|visits|visited|trip|journey)\s+(?:to\s+)?$")


def acting_state(ctx: ArticleContext, eid: str) -> str | None:
    """A state, or the state of a person (a leader stands for his state)."""
    et = ctx.etype(eid)
    if et == "state":
        return eid
    ent = ctx.entity(eid) if et == "person" else None
    if ent is not None and ent.country and ctx.entity(f"state:{ent.country}") is not None:
        return f"state:{ent.country}"
    return None


def _sentence_pair(ctx: ArticleContext, sv: SentenceView, pos: int, n: int = 2) -> tuple[list[str], str] | None:
    """"During Tokayev's visit to Ankara he and Erdoğan signed a declaration, and the two sides agreed …":
    the two states the sentence's parties before the anaphor stand for (states, or leaders for theirs)."""
    ids: list[str] = []
    for mt in sv.mentions:
        if sv.rel(mt.start) >= pos:
            continue
        et = ctx.etype(mt.entity_id)
        if mt.role == "place" or et == "place":  # "During Modi's visit to Colombo, the two governments": the host
            host = ctx.entity(mt.entity_id)
            sid = mt.entity_id if et == "state" else f"state:{host.country}" if host is not None and host.country \
                else ""
            if sid and ctx.entity(sid) is not None and \
                    VISITED_RE.search(sv.text, max(0, sv.rel(mt.start) - 20), sv.rel(mt.start)):
                ids.append(sid)
            continue
        sid = acting_state(ctx, mt.entity_id)
        if sid is not None:
            ids.append(sid)
    states = list(dict.fromkeys(ids))
    if len(states) != n:
        return None
    return states, f"{_names(ctx, states)}, the {'two' if n == 2 else n} states the sentence names before it"


def _subject_and_topic(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[list[str], str] | None:
    """"Washington raised ties ..., and the two governments signed": the one state named as
    a subject earlier in the sentence and the article's protagonist (its most named state)."""
    here = list(dict.fromkeys(subject_states_before(ctx, sv, pos)))
    topic = _topic_state(ctx, sv)
    if len(here) != 1 or topic is None or topic == here[0]:
        return None
    states = [here[0], topic]
    return states, f"{_names(ctx, states)}, the sentence's subject and the article's main state"


LAST_PAIR_WINDOW = 8  # sentences back to the last two-state event "the two governments" can mean


def _last_pair(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """"The two governments announced a ceasefire": the two state parties of the last event
    recorded in the article with exactly two states, told in the last few sentences."""
    lo = ctx.sentences[max(0, sv.index - LAST_PAIR_WINDOW)].start
    best: tuple[int, list[str], str] | None = None
    for r in article_state(ctx).events:
        at = max((e.start for e in r.fact.evidence if lo <= e.start < sv.start), default=-1)
        if at < 0 or (best is not None and at < best[0]):
            continue
        ids = list(dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or [])))
        states = [i for i in ids if ctx.etype(i) == "state"]
        if len(states) == 2:
            best = (at, states, r.etype)
    if best is None:
        return None
    return best[1], f"{_names(ctx, best[1])}, the parties of the last {best[2]} told"


def _topic_state(ctx: ArticleContext, sv: SentenceView) -> str | None:
    """The state named most often so far in the article, if named in the last three sentences."""
    counts: dict[str, int] = {}
    recent: set[str] = set()
    for view in ctx.sentences[:sv.index + 1]:
        for m in view.mentions:
            if m.role != "place" and ctx.etype(m.entity_id) == "state":
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
                if view.index >= sv.index - 3:
                    recent.add(m.entity_id)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return best if best in recent and list(counts.values()).count(counts[best]) == 1 else None


def fight_pair(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """The two states of a fight told without its sides ("after clashes in 2021 that killed
    dozens"): the two state parties of an event told in this sentence or the previous one,
    else of the article's last two-state fight or truce, else of its last two-state event
    told in the last few sentences."""
    st = article_state(ctx)
    starts = {sv.start} | ({ctx.sentences[sv.index - 1].start} if sv.index > 0 else set())
    recent: tuple[list[str], str] | None = None
    fight: tuple[list[str], str] | None = None
    for r in st.events:
        ids = list(dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or [])))
        states = [i for i in ids if ctx.etype(i) == "state"]
        if len(states) != 2:
            continue
        if any(e.start in starts for e in r.fact.evidence):
            recent = (states, f"{_names(ctx, states)}, the parties of the {r.etype} told alongside")
        if r.etype in ("attack", "ceasefire"):
            fight = (states, f"{_names(ctx, states)}, the sides of the {r.etype} told before")
    if recent is None:  # "fighting along the Afghan–Pakistani border": the two states of the border
        recent = _border_pair(ctx, sv)
    if recent is None:  # "Tajik officials said Kyrgyz drones were used during the fighting": the two named
        here = list(dict.fromkeys(m.entity_id for m in sv.mentions
                                  if m.role != "place" and ctx.etype(m.entity_id) == "state"))
        if len(here) == 2:
            recent = (here, f"{_names(ctx, here)}, the two states named with it")
    return recent or fight or _last_pair(ctx, sv)


BORDER_PAIR_RE = re.compile(r"\s*[-–/]\s*$")

BORDER_AFTER_RE = re.compile(r"\s+(?:border|frontier|boundary)\b")


def _border_pair(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """"the Afghan–Pakistani border", "the Kyrgyz-Tajik frontier": the two states of a border
    named in the sentence."""
    ms = [m for m in sv.mentions if ctx.etype(m.entity_id) == "state"]
    for a, b in zip(ms, ms[1:], strict=False):
        if a.entity_id != b.entity_id and BORDER_PAIR_RE.match(sv.text[sv.rel(a.end):sv.rel(b.start)] + " ") and \
                BORDER_AFTER_RE.match(sv.text, sv.rel(b.end)):
            pair = [a.entity_id, b.entity_id]
            return pair, f"{_names(ctx, pair)}, the states of the {sv.text[sv.rel(a.start):sv.rel(b.end)]} border"
    return None
