"""Co-members named as companions of a membership: "X sits in the SCO and BRICS with Y and Z,
and in the Quad with U, V and W" (each coordinated group of organisations takes the states
named right after it), "X joined the WTO in 2015, alongside Y" (the companions of the cue's
subject, even when that subject is a pronoun).

A companion phrase belongs to its own clause: "X was an observer for years, and joined ORG
alongside Y" gives Y only the second membership."""

from __future__ import annotations

import re

from silkgraph.extract.cue_subjects import list_after
from silkgraph.extract.events import Part
from silkgraph.extract.memberships.cues import ALONGSIDE_RE, CLAUSE_GAP_RE, ORG_WITH_RE

# ", as are Y and Z", ", as does Y": a comparative clause naming further members
AS_ARE_RE = re.compile(r",\s+as\s+(?:are|is|were|was|does|do|did|has|have)\s+", re.I)
# what may close that clause's list: the sentence's end, a date, "too"
AS_END_RE = re.compile(r"\s*(?:[.;)]|$|,\s|\s+(?:too|since|in|from)\b)")

# a second membership predicate between the cue and the companion phrase ("a member of X and an observer
# in Y alongside Z"): the companions are that one's
SECOND_PRED_RE = re.compile(r"\band\s+(?:also\s+)?(?:a|an)\s+(?:[\w\-]+\s+)?(?:member|observer|partner)\b", re.I)
# a relative clause open before a cue: ", which chaired the OSCE"
REL_OPEN_RE = re.compile(r",\s+(?:which|who)\b[^,;()]*$", re.I)
# a demonym followed by a common noun modifies it ("with Chinese backing")
NOUN_AFTER_RE = re.compile(r"\s+(?-i:[a-z])")
ALONGSIDE_REACH = 60  # how far after a cue a companion phrase may begin
# a new clause (or a second verb phrase) between a cue and a companion phrase
CLAUSE_BREAK_RE = re.compile(";|" + CLAUSE_GAP_RE.pattern)


def _modifiers(text: str, got: list[Part]) -> bool:
    """"with Russia's backing", "with Chinese backing": a possessor or a demonym modifying a noun
    after "with" names a helper, no co-member."""
    return any(text[p.end:p.end + 2] in ("'s", "’s") or (p.kind == "demonym" and NOUN_AFTER_RE.match(text, p.end))
               for p in got)


def alongside(text: str, states: list[Part], e: int) -> list[Part]:
    """The states after "alongside / together with / along with" right after the cue ending at
    ``e``, within its clause (none when they only modify a noun: "together with Iran's backing")."""
    al = ALONGSIDE_RE.search(text, e, min(len(text), e + ALONGSIDE_REACH))
    if al is None or CLAUSE_BREAK_RE.search(text, e, al.start()) or SECOND_PRED_RE.search(text, e, al.start()) \
            or _closed_relative(text, e, al.start()):
        return as_are(text, states, e)
    got = list_after(states, text, al.end(), 5)
    return [] if _modifiers(text, got) else got


def _closed_relative(text: str, e: int, at: int) -> bool:
    """The cue ending at ``e`` sits in a relative clause (", which chaired the OSCE that year,") that a
    comma closes before the companion phrase at ``at``: the phrase belongs to the outer clause
    ("brokered by X, which chaired the OSCE, together with Y and Z": Y and Z brokered, no seat)."""
    return "," in text[e:at] and REL_OPEN_RE.search(text, max(0, e - 120), e) is not None


def as_are(text: str, states: list[Part], e: int) -> list[Part]:
    """"X is an SCO dialogue partner, as are Y and Z", "X belongs to the CSTO, as does Y": a
    comparative clause that closes the sentence (nothing after its list) extends the membership
    to the states it names."""
    m = AS_ARE_RE.search(text, e, min(len(text), e + ALONGSIDE_REACH))
    if m is None or CLAUSE_BREAK_RE.search(text, e, m.start()) or re.search(r"[;.:]", text[e:m.start()]):
        return []
    got = list_after(states, text, m.end(), 2)
    return got if got and AS_END_RE.match(text, got[-1].end) else []


def org_companions(text: str, orgs: list[Part], states: list[Part], e: int,
                   org_ids: list[str]) -> dict[str, list[Part]]:
    """For each organisation of the cue's object (ending at ``e``) and of the organisations
    coordinated with it, the states named right after its coordinated group ("the SCO and BRICS
    with Y and Z"); a possessor ("with Russia's backing") or a demonym modifying a noun ("with
    Chinese backing") names no co-member."""
    out: dict[str, list[Part]] = {}
    first = next((o for o in orgs if e <= o.start <= e + 12), None)
    if first is None:
        return out
    done: set[int] = set()
    for o in orgs:
        if o.start < first.start or o.start in done or o.eid not in org_ids:
            continue
        run = list_after(orgs, text, o.start, 0)
        done.update(p.start for p in run)
        w = ORG_WITH_RE.match(text, run[-1].end)
        if w is None:
            continue
        got = list_after(states, text, w.end(), 5)
        if _modifiers(text, got):
            continue  # "with Russia's backing", "with Chinese backing": a modifier, no co-member
        for r in run:
            out.setdefault(r.eid, []).extend(got)
    return out
