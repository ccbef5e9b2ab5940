"""A state's military base on another state's soil, told as a noun phrase: "Russia's 201st
military base in Tajikistan", "its air base at Kant in Kyrgyzstan", "a Russian military base in
Armenia", "Russian forces at the 201st military base in Tajikistan".  A base kept with the host's
consent makes the two partners (the verb-told shape, "X keeps a base in Y", is a ``support`` cue
of relations.yaml).

The owner is the party right before the base noun phrase: a possessor ("Russia's"), a demonym
("Russian"), a possessive pronoun ("its": the clause's subject), or the demonym of the forces
"at" the base.  The host is the state named right after "in".  A base told as closed, left or
former, or as a target ("India hit Pakistani air bases in …"), tells no partnership."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from silkgraph.extract.events import Part
from silkgraph.extract.relations.parties import subject
from silkgraph.resources import load_yaml

Found = tuple[Part, Part, str, int, str]
_DATA = load_yaml("ontology/relations.yaml")["foreign_base"]
_FORCES = "|".join([load_yaml("ontology/statistics.yaml")["force_nouns"]] + _DATA["people_nouns"])
_NOT_HELD = "|".join(_DATA["not_held"])
# what stands between the owner and the base noun: "'s 201st military ", " main air ", " "
OWNER_GAP_RE = re.compile(r"(?:[’']s)?\s+(?:(?:\d+(?:st|nd|rd|th)|(?-i:[a-z])[\w\-]*)\s+){0,3}", re.I)
# the forces of the owner stationed at the base: "Russian forces at the ", "Russian troops stationed at the 201st "
FORCES_GAP_RE = re.compile(r"\s+(?:" + _FORCES + r")\s+(?:(?:stationed|based|deployed)\s+)?"
                           r"(?:at|in)\s+(?:the|a|an)\s+(?:(?:\d+(?:st|nd|rd|th)|(?-i:[a-z])[\w\-]*)\s+){0,3}", re.I)
ITS_GAP_RE = re.compile(r"\b(?:its|their)\s+(?:(?:\d+(?:st|nd|rd|th)|(?-i:[a-z])[\w\-]*)\s+){0,3}$", re.I)
# a base closed, left, lost or former, or attacked: no partnership told
NOT_HELD_RE = re.compile(r"\b(?:" + _NOT_HELD + r")\b[^.;]{0,40}$", re.I)
# the same told after the host ("… in Y, at Z, was vacated in 2022", "… in Y, closed in 2005", "wants
# X's base in Y to leave") or a time
# up to which it was held ("… in Y until 2005")
NOT_HELD_AFTER_RE = re.compile(r"[^.;]{0,60}?(?:\b(?:was|were|is|are|been|being|to)\s+(?:[a-z]+ly\s+)?|,\s+)(?:"
                               + _NOT_HELD + r")\b|[^.;]{0,30}?" + _DATA["until"], re.I)


def _owner(ps: list[Part], text: str, pos: int, ends: list[int] | None = None) -> Part | None:
    """The party owning the base noun phrase that starts at ``pos`` (see the module's doc).
    ``ends``, the parts' ends when they come in text order, lets the last party before
    ``pos`` be found by bisection."""
    k = len(ps) if ends is None else bisect_right(ends, pos)
    for p in reversed(ps[max(0, k - 1):k] if ends is not None else ps):
        if p.end > pos:
            continue
        # (matched in place: the gap to a far party is not copied)
        if OWNER_GAP_RE.fullmatch(text, p.end, pos) and (p.kind == "demonym" or text.startswith(("'s", "’s"), p.end, pos)):
            return p
        if p.kind == "demonym" and FORCES_GAP_RE.fullmatch(text, p.end, pos):
            return p
        break
    if ITS_GAP_RE.search(text, max(0, pos - 60), pos):
        return subject(ps, text, pos)
    return None


def foreign_bases(ps: list[Part], text: str, matches: Iterable[re.Match[str]]) -> list[Found]:
    """(owner, host, "partner") for each base noun phrase ("… base in Y") whose owner is named."""
    out: list[Found] = []
    last: Part | None = None  # the owner of an earlier base of the sentence: "X's base in Y or its air base in Z"
    states: dict[int, Part] = {}  # the first state party starting at each offset
    for p in ps:
        if p.eid.startswith("state:"):
            states.setdefault(p.start, p)
    ends = [p.end for p in ps]
    ordered = all(x <= y for x, y in zip(ends, ends[1:], strict=False))
    for m in matches:
        host = states.get(m.end())
        if host is None or text.startswith(("'s", "’s"), host.end):
            continue  # "Russia's base in Georgia's Abkhazia region": a place of the host, not the host
        if last is not None and ITS_GAP_RE.search(text, max(0, m.start() - 60), m.start()):
            owner: Part | None = last
        else:
            owner = _owner(ps, text, m.start(), ends if ordered else None)
        if owner is None or owner.eid == host.eid or not owner.eid.startswith("state:"):
            continue
        lead = min(owner.start, m.start())
        if NOT_HELD_RE.search(text, max(0, lead - 40), m.start()) or NOT_HELD_AFTER_RE.match(text, host.end):
            continue  # "closed its air base in Y", "hit Russian bases in Y", "X's base in Y was vacated"
        out.append((owner, host, "partner", m.start(), ""))
        last = owner
    return out
