"""The per-article event state and plural anaphora ("both", "the two governments"): the states
they stand for (blocs named before a position are read in :mod:`silkgraph.extract.events.blocs`)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.event_state import ArticleState as ArticleState
from silkgraph.extract.events.event_state import EventRecord as EventRecord
from silkgraph.extract.events.event_state import article_state as article_state
from silkgraph.extract.events.plural_referents import plural_referents
from silkgraph.extract.events.state_pairs import NOT_SUBJECT_RE as NOT_SUBJECT_RE
from silkgraph.extract.events.state_pairs import _border_pair as _border_pair
from silkgraph.extract.events.state_pairs import (
    _last_pair,
    _names,
    _pair_referents,
    _sentence_pair,
    _subject_and_topic,
)
from silkgraph.extract.events.state_pairs import _topic_state as _topic_state
from silkgraph.extract.events.state_pairs import acting_state as acting_state
from silkgraph.extract.events.state_pairs import fight_pair as fight_pair
from silkgraph.extract.events.state_pairs import subject_states_before as subject_states_before
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
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2, "bilateral": 2, "trilateral": 3}
OTHER_SIDE_RE = re.compile(r"\b(?:against|war with|war on)\s+(?:the\s+)?$")


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
