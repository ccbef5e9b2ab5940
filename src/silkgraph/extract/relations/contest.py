"""Rivalry told as a contest of several powers (cues of shape ``contest_list`` in
``resources/ontology/relations.yaml``).

A contest verb whose subject is a list of three or more states ("X, Y and Z now compete for
influence", "three outside powers, X, Y and Z, vie …") or whose powers are listed after a colon,
one at the head of each item ("three powers now compete: X, entrenched …; Y, …; and Z, …"):
every pair of the list is a rival.  Two states ("X and Y compete") are the
coordinated subject of ``pair_subject`` and are left to it.  (A purpose aimed at a state, "to
counter Y", "an insurance policy against Y", was tried in session 16 and left out: the development
golds record it for one writer in four.)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from silkgraph.extract.events import Part, clause_bounds

Found = tuple[Part, Part, str, int, str]

_LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s*and|&)\s*(?:the\s+)?", re.I)
# what may stand between a listed subject and its contest verb: ", now", " all", ", in other words,"
_TO_VERB_RE = re.compile(r"\s*,?\s*(?:(?:now|all|still|increasingly|openly|each|today|also)\s+)*", re.I)
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
    if len(out) >= 3 and "and" in text[out[-2].end:out[-1].start].lower():
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
    sep = ";" if ";" in body else ","
    out: list[Part] = []
    pos = start
    for item in body.split(sep):
        lead = _ITEM_LEAD_RE.match(text, pos)
        head = next((p for p in _states(ps) if lead is not None and p.start == lead.end()), None)
        if head is not None:
            out.append(head)
        elif sep == ",":
            break
        pos += len(item) + 1
    return out if len(out) >= 2 else []


def contest_lists(ps: list[Part], text: str, matches: Iterable[re.Match[str]]) -> list[Found]:
    """Every pair of the states contesting together (see the module docstring)."""
    out: list[Found] = []
    for m in matches:
        cs, _ = clause_bounds(text, m.start(), m.end())
        lst = _list_before(ps, text, m.start(), cs) or _list_after_colon(ps, text, m.end())
        seen: set[str] = set()
        uniq = [p for p in lst if not (p.eid in seen or seen.add(p.eid))]  # type: ignore[func-returns-value]
        out += [(a, b, "rival", m.start(), "") for a, b in itertools.combinations(uniq, 2)]
    return out
