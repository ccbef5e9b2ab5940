"""The per-article event state and plural anaphora ("both", "the two governments"): the states
they stand for (blocs named before a position are read in :mod:`silkgraph.extract.events.blocs`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.plural_referents import plural_referents
from silkgraph.extract.grammar import EVENT_SUBJECT_PREPS
from silkgraph.model import Fact, Span
from silkgraph.nlp.prefilter import Gate, lower_for_gates

PLURAL_PRONOUN_RE = re.compile(
    r"\b(?:they|the (?:two|three|four) (?:countries|states|nations|sides|neighbours|neighbors|parties|governments|"
    r"delegations|capitals)|"
    # "the three railway administrations", "the two foreign ministries": bodies standing for their states
    r"the (?:two|three|four) (?:[\w\-]+ )?(?:administrations|ministries|authorities|governments|delegations)|"
    r"each (?:side|government|country|state|capital|army|party)|either side|"
    r"the states|the countries|the nations|both (?:countries|states|sides|nations)|"
    r"the (?:two|three) (?:neighboring|neighbouring) countries|"
    r"both (?:governments|neighbours|neighbors|parties|capitals)|the pair|"
    # "the two presidents", "both foreign ministers": the leaders stand for their states
    r"(?:the (?:two|three)|both) (?:(?:foreign|defen[cs]e|prime|interior) )?(?:presidents|leaders|ministers|ministries|premiers|"
    r"heads of state|armies|militaries)|"
    # "The presidents met again in Dushanbe": the leaders told of just before
    r"the (?:presidents|prime ministers|foreign ministers)(?! (?:of|from|in)\b)(?![’'])|"
    # "The two agreed to …", "Both also signed …": the bare numeral or "both" as the subject of a verb
    # (or with a plural noun: "the two border commissions agreed", "both delegations signed")
    r"(?:the (?:two|three)|both)(?! (?:[a-z\-]+ )?(?:villages|towns|cities|regions|provinces|districts|companies|"
    r"firms|banks|groups|men|women)\b)(?:(?: [a-z\-]+)? [a-z\-]+s)?(?= (?:(?:also|then|later|jointly|further|subsequently|reportedly|have|had|would|"
    r"will|did)\s+)*(?:agreed|met|signed|inked|discussed|held|spoke|talked|pledged|vowed|reaffirmed|exchanged|"
    r"concluded|adopted|issued|decided|resolved|committed|promised|expressed|reviewed|welcomed|called|oversaw|"
    r"witnessed|attended|announced|launched|opened|inaugurated|endorsed|approved)\b))\b", re.I)
_PLURAL_GATE = Gate(PLURAL_PRONOUN_RE)  # (``last_plural``: tried only where "they", "the ", "both" … start)
# a plural anaphor for exactly two parties ("both sides", "the two countries", "each side", "the pair")
PAIR_ANAPHOR_RE = re.compile(r"^(?:both\b|the two\b|each (?:side|government|country|state|capital|army|party)|"
                             r"either side|the pair)", re.I)
# a state named after one of these is a place, a source or a partner, not a subject
NOT_SUBJECT_RE = EVENT_SUBJECT_PREPS.rx
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2, "bilateral": 2, "trilateral": 3}
OTHER_SIDE_RE = re.compile(r"\b(?:against|war with|war on)\s+(?:the\s+)?$")


@dataclass
class EventRecord:
    fact: Fact
    etype: str
    parts: frozenset[str]
    date: str | None


@dataclass
class ArticleState:
    events: list[EventRecord] = field(default_factory=list)
    dates: dict[int, tuple[str, str]] = field(default_factory=dict)  # sentence → its first event date
    last_dates: dict[int, tuple[str, str]] = field(default_factory=dict)  # sentence → its last event date
    # sentence → (type, date, text) of an event told with a written date but no named party
    partyless: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], Fact] = field(default_factory=dict)
    memberships: dict[tuple[str, str], Fact] = field(default_factory=dict)


def article_state(ctx: ArticleContext) -> ArticleState:
    st: ArticleState | None = ctx.scratch.get("events.state")
    if st is None:
        st = ctx.scratch["events.state"] = ArticleState()
    return st


def add_evidence(f: Fact, sv: SentenceView) -> None:
    """Add the sentence ``sv`` to the evidence of ``f`` unless a span starting there is in it.
    The starts are kept on the side (``_EV_STARTS`` on the fact: how many spans were read, and
    their starts), so a fact gathering thousands of sentences is not rescanned for each one;
    spans appended by others are read in when the list grew, and it is read afresh if it shrank."""
    seen: tuple[int, set[int]] | None = f.__dict__.get(_EV_STARTS)
    ev = f.evidence
    if seen is None or seen[0] > len(ev):
        seen = (0, set())
    n, starts = seen
    starts.update(e.start for e in ev[n:])
    if sv.start not in starts:
        ev.append(Span(sv.start, sv.end))
        starts.add(sv.start)
    f.__dict__[_EV_STARTS] = (len(ev), starts)


# the attribute of a fact keeping its evidence starts for ``add_evidence`` (not a field: not stored)
_EV_STARTS = "_evidence_starts"


def states_before(ctx: ArticleContext, sv: SentenceView, pos: int, n: int | None) -> list[str]:
    """Distinct states named before ``pos`` in this sentence, then in the two before it;
    states after "against" (the other side) are skipped."""
    seen: list[str] = []
    views = [sv] + [ctx.sentences[i] for i in range(sv.index - 1, max(-1, sv.index - 3), -1)]
    for view in views:
        cut = view.rel(sv.abs(pos)) if view is sv else len(view.text)
        for m in reversed(view.mentions):
            if view.rel(m.start) >= cut or ctx.etype(m.entity_id) != "state":
                continue
            before = view.text[max(0, view.rel(m.start) - 25):view.rel(m.start)].lower()
            if OTHER_SIDE_RE.search(before):
                continue
            if m.entity_id not in seen:
                seen.append(m.entity_id)
        if view is sv and seen and n is None:
            continue
        if n is not None and len(seen) >= n:
            return seen[:n]
        if n is None and seen and view is not sv:
            return seen
    return seen if n is None or len(seen) >= n else []


def last_plural(text: str, end: int, start: int = 0) -> re.Match[str] | None:
    """The last plural anaphor (``PLURAL_PRONOUN_RE``) between ``start`` and ``end`` (the
    matches of ``finditer(text, start, end)``, tried only where the pattern's prefixes start)."""
    found = _PLURAL_GATE.finditer_in(text, lower_for_gates(text), start, end)
    return found[-1] if found else None


def states_named_before(ctx: ArticleContext, sv: SentenceView, pos: int) -> list[str]:
    """The distinct states the sentence names (not as places) in mentions ending by ``pos``."""
    return list(dict.fromkeys(mm.entity_id for mm in sv.mentions if sv.rel(mm.end) <= pos and mm.role != "place"
                              and ctx.etype(mm.entity_id) == "state"))


def subject_states_before(ctx: ArticleContext, sv: SentenceView, pos: int) -> list[str]:
    """The states the sentence names before ``pos`` not as places nor after a preposition that
    makes them no subject (``NOT_SUBJECT_RE``), in order, repeats kept."""
    return [mt.entity_id for mt in sv.mentions if sv.rel(mt.start) < pos and mt.role != "place"
            and ctx.etype(mt.entity_id) == "state"
            and not NOT_SUBJECT_RE.search(sv.text[max(0, sv.rel(mt.start) - 25):sv.rel(mt.start)])]


def plural_anaphor(ctx: ArticleContext, sv: SentenceView, pos: int, end: int,
                   pair: bool = False, min_states: int = 1) -> tuple[list[str], str] | None:
    """"the two countries", "they", "the states" before ``pos`` in the clause → states: those the
    previous sentence names (else the one before); when they are fewer than ``min_states`` (2: a
    plural never stands for one state), the subject group of the nearest sentence before that has
    one (``plural_referents``).  With ``pair`` (events), "both sides" and its kin
    stand for the parties of the event just told (see ``_pair_referents``).  (Events keep the
    default ``min_states=1``: a single state from the previous sentence stays a partial party
    there; memberships, a property said of each state, ask for two.)"""
    m = last_plural(sv.text, end)
    if m is None:
        return None
    n = None
    for w in re.findall(r"[a-z]+", (m.group(0) + " " + sv.text[pos:end]).lower()):
        if w in NUMBER_WORDS:
            n = NUMBER_WORDS[w]
            break
    # states named in this sentence before the anaphor are not its referents
    prev_idx = sv.index - 1
    if prev_idx < 0:
        return None
    if pair and n == 3 and m.group(0).lower() == "the three":
        trio = _sentence_pair(ctx, sv, m.start(), 3)  # "hosted his X and Y counterparts, where the three agreed"
        if trio:
            return trio[0], f"'{m.group(0)}' = {trio[1]}"
    if pair and PAIR_ANAPHOR_RE.match(m.group(0)):
        pair = _sentence_pair(ctx, sv, m.start()) or _pair_referents(ctx, sv) or \
            _subject_and_topic(ctx, sv, m.start()) or _last_pair(ctx, sv)
        if pair:
            return pair[0], f"'{m.group(0)}' = {pair[1]}"
    # (from this sentence's start: the previous sentence's states, else the one before; called on the
    # previous sentence itself, its states would count as "this sentence" and earlier ones join them)
    states = states_before(ctx, sv, 0, n)
    if len(states) >= min_states:
        return states, f"'{m.group(0)}' = {_names(ctx, states)} from the previous sentence"
    if min_states < 2:
        return None
    # one state is no plural's referent: the subject group of the nearest sentence before that has one
    got = plural_referents(ctx, sv, n)
    if got is None:
        return None
    return got[0], f"'{m.group(0)}' = {_names(ctx, got[0])}, {got[1]}"


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
