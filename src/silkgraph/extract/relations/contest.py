"""Rivalry told as a contest of several powers (cues of shape ``contest_list`` in
``resources/ontology/relations.yaml``).

A contest verb whose subject is a list of three or more states ("X, Y and Z now compete for
influence", "three outside powers, X, Y and Z, vie …") or whose powers are listed after a colon,
one at the head of each item ("three powers now compete: X, entrenched …; Y, …; and Z, …"):
every pair of the list is a rival.  Any tense and a relative clause may stand between the list and
the verb ("are competing", "have long vied", "…, all of which compete").  Not read: a list that is the
object of a preposition ("officials from X, Y and Z compete": the states only modify a noun) and a
sport, games or prize in the verb's clause ("compete in the same weight class", "at the Asian Games",
"for medals"; ``contest_sport`` and ``contest_list_prep`` in the YAML).  Two states ("X and Y compete") are the
coordinated subject of ``pair_subject`` and are left to it.  (A purpose aimed at a state, "to
counter Y", "an insurance policy against Y", was tried in session 16 and left out: the development
golds record it for one writer in four.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from silkgraph.extract.events import Part, clause_bounds
from silkgraph.resources import load_yaml

Found = tuple[Part, Part, str, int, str]

_LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?", re.I)
# what may stand between a listed subject and its contest verb: ", now", " all", ", in other words,"
_TO_VERB_RE = re.compile(r"\s*,?\s*(?:(?:all\s+of\s+(?:which|whom|them)|each\s+of\s+(?:which|whom)|which|who)\s+)?"
                         r"(?:(?:now|all|still|increasingly|openly|each|today|also|long|fiercely|actively|are|were|is|was|"
                         r"have|has|had|been|will|would|may|might|could|continue\s+to|continued\s+to|now)\s+)*", re.I)
# a relative pronoun opening the verb's clause: the list is the clause before it ("X, Y and Z, all of which compete")
_REL_OPEN_RE = re.compile(r",\s*(?:(?:all|each|both|most)\s+of\s+(?:which|whom|them)|which|who)\s*$", re.I)
_DATA = load_yaml("ontology/relations.yaml")
_SPORT_RE = re.compile(_DATA["contest_sport"], re.I)
_PREP_RE = re.compile(_DATA["contest_list_prep"], re.I)
# an item of a colon list starts here: the party may follow "and", "the"
_ITEM_LEAD_RE = re.compile(r"\s*(?:and\s+)?(?:the\s+)?", re.I)
_COLON_RE = re.compile(r"[^.;:]{0,60}?:\s*")


def _states(ps: list[Part]) -> list[Part]:
    return [p for p in ps if p.eid.startswith("state:")]


def _list_before(ps: list[Part], text: str, pos: int, cs: int) -> list[Part]:
    """The coordinated list of states ending right before the contest verb at ``pos``."""
    before = [p for p in _states(ps) if cs <= p.start and p.end <= pos]
    if not before or not _TO_VERB_RE.fullmatch(text, before[-1].end, pos):
        return []
    out = [before[-1]]
    for p in reversed(before[:-1]):
        if not _LIST_GAP_RE.fullmatch(text, p.end, out[0].start):
            break
        out.insert(0, p)
    if len(out) >= 3 and "and" in text[out[-2].end:out[-1].start].lower() \
            and not _PREP_RE.search(text, max(0, out[0].start - 14), out[0].start):
        return out
    return []


def _list_after_colon(ps: list[Part], text: str, end: int) -> list[Part]:
    """"… compete: X, entrenched …; Y, selling …; and Z": the state heading each item."""
    cm = _COLON_RE.match(text, end)
    if cm is None:
        return []
    start = cm.end()
    stop = text.find(".", start)
    body = text[start:stop if stop >= 0 else len(text)]
    if ";" not in body:  # "…: X, Y and Z": the coordinated states right after the colon
        return _plain_list(ps, text, start)
    out: list[Part] = []
    pos = start
    for item in body.split(";"):
        lead = _ITEM_LEAD_RE.match(text, pos)
        head = next((p for p in _states(ps) if lead is not None and p.start == lead.end()), None)
        if head is not None:
            out.append(head)
        pos += len(item) + 1
    return out if len(out) >= 2 else []


def _plain_list(ps: list[Part], text: str, start: int) -> list[Part]:
    """The states coordinated from ``start`` on ("X, Y and Z", "X, Y, and the Z")."""
    lead = _ITEM_LEAD_RE.match(text, start)
    states = [p for p in _states(ps) if p.start >= start]
    if lead is None or not states or states[0].start != lead.end():
        return []
    out = [states[0]]
    for p in states[1:]:
        if not _LIST_GAP_RE.fullmatch(text, out[-1].end, p.start):
            break
        out.append(p)
    return out if len(out) >= 2 else []


def contest_lists(ps: list[Part], text: str, matches: Iterable[re.Match[str]]) -> list[Found]:
    """Every pair of the states contesting together (see the module docstring)."""
    out: list[Found] = []
    for m in matches:
        cs, ce = clause_bounds(text, m.start(), m.end())
        if (rel := _REL_OPEN_RE.search(text, max(0, cs - 20), cs)) is not None and rel.start() > 0:
            cs = clause_bounds(text, rel.start() - 1, rel.start())[0]
        if _SPORT_RE.match(text[m.end():ce]):
            continue  # "compete in the same weight class", "… at the Asian Games"
        lst = _list_before(ps, text, m.start(), cs) or _list_after_colon(ps, text, m.end())
        seen: set[str] = set()
        uniq = [p for p in lst if not (p.eid in seen or seen.add(p.eid))]  # type: ignore[func-returns-value]
        out += [(a, b, "rival", m.start(), "") for a, b in itertools.combinations(uniq, 2)]
    return out
