"""The members a membership cue's slot names: before the cue, near it, after it, in the
relative clause after it, or the clause's subject (past an apposition, an aside, "along with Y",
a fronted "As SCO members, …"), with the states told alongside the organisation.  Reads the
sentence's named states only; split from the package's ``__init__`` to keep it small."""

from __future__ import annotations

import re

from silkgraph.extract.context import SentenceView
from silkgraph.extract.cue_subjects import (
    clause_subject,
    list_after,
    list_before,
    member_before,
)
from silkgraph.extract.events import Part, clause_bounds
from silkgraph.extract.memberships.apposition import apposed
from silkgraph.extract.memberships.aside import before_aside, with_aside
from silkgraph.extract.memberships.companions import alongside
from silkgraph.extract.memberships.cues import (
    CO_MEMBER_RE,
    FRONTED_AS_RE,
    WITH_PARTNER_RE,
    Cue,
)
from silkgraph.extract.pronoun import DATELINE_RE

# an apposition cue: it describes the noun phrase right before it
APPOSITION_RE = re.compile(r"(?:,|\s[—–]|\s--)\s")


def _object_end(orgs: list[Part], text: str, e: int) -> int:
    """Where the organisations heading the cue's object end ("joined the Shanghai Cooperation
    Organisation (SCO) as a full member in 2017, together with Y": a companion phrase is sought
    after the object, however long its name), else the cue's end."""
    first = next((o for o in orgs if e <= o.start <= e + 12), None)
    return list_after(orgs, text, first.start, 0)[-1].end if first is not None else e


def _members(cue: Cue, sv: SentenceView, states: list[Part], s: int, e: int,
             orgs: list[Part] | None = None) -> list[Part]:
    mem = _members0(cue, sv, states, s, e)
    if mem and cue.member != "after_clause":
        mem += alongside(sv.text, states, _object_end(orgs or [], sv.text, e))
    return mem


def _members0(cue: Cue, sv: SentenceView, states: list[Part], s: int, e: int) -> list[Part]:
    if cue.member == "anaphor":
        return []  # resolved from the previous sentence (extract_memberships)
    if cue.member == "before":
        return member_before(states, sv.text, s)
    if cue.member == "its":
        return []  # resolved from the sentence's subject (extract_memberships)
    if cue.member == "near":
        return list_before(states, sv.text, s)
    if cue.member == "after":
        return list_after(states, sv.text, e, cue.reach)
    if cue.member == "after_clause":
        _, ce = clause_bounds(sv.text, e, e + 1)
        if cue.needs is not None:
            verb = cue.needs.search(sv.text, e, ce)
            if verb is None:
                return []
            co = CO_MEMBER_RE.match(sv.text, verb.end())  # "in which X sit alongside Y"
            extra = list_after(states, sv.text, co.end(), 2) if co else []
            # the relative clause's subject stands before its verb
            return [p for p in states if e <= p.start < verb.start()] + extra
        return [p for p in states if e <= p.start < ce]
    if cue.member == "subject" and APPOSITION_RE.match(sv.text, s) and (near := list_before(states, sv.text, s)):
        # "the leaders of X and Y, both SCO members, …": the apposition's head, a preposition's object too;
        # "X and Y, the newest member of ORG": a singular head, Y alone
        return apposed(near, sv.text, s, e)
    aside = before_aside(states, sv.text, s) if cue.member == "subject" else None
    wa = with_aside(states, sv.text, s) if cue.member == "subject" and aside is None else None
    if wa is not None and wa[0]:  # "X, along with Y and Z, belongs to": X, Y and Z
        mem = clause_subject(wa[0], sv.text, wa[1])
        mem = mem + [p for p in wa[2] if p.eid not in {q.eid for q in mem}] if mem else []
    else:
        mem = clause_subject(aside[0], sv.text, aside[1]) if aside else clause_subject(states, sv.text, s)  # "X, which …, joined"
    dl = DATELINE_RE.match(sv.text)
    if not mem and cue.member == "subject" and FRONTED_AS_RE.fullmatch(sv.text, dl.end() if dl else 0, s):
        # "As SCO members, X and Y …", "Since joining the EAEU in 2015, Armenia …": a fronted phrase
        comma = sv.text.find(",", e)  # the main clause's subject follows the fronted phrase
        mem = list_after(states, sv.text, comma + 1, 2) if comma > 0 else []
    if not mem and cue.member == "subject":
        return []
    if cue.with_partner:  # "X's alignments with Y through frameworks such as ..."
        mem += [p for p in states if p.end <= s and WITH_PARTNER_RE.search(sv.text[:p.start])]
    return mem
