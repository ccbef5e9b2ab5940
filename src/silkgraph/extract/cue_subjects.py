"""The subject of a cue: the state or list of states a clause is about ("X, Y and Z joined",
"X, which is an observer", "X is the only Central Asian state that belongs to", "Y said X had
joined"), and the coordinated lists of states after a position ("the CSTO as well as the SCO").

Split from :mod:`silkgraph.extract.pronoun`, whose ``MODIFIER_RE`` ("X-led") it shares.
"""

from __future__ import annotations

import re

from silkgraph.extract.events import Part, clause_bounds
from silkgraph.extract.grammar import PRONOUN_PREPS, after_prep
from silkgraph.extract.pronoun import MODIFIER_RE

# "drones that joined": a relative "that" whose antecedent is the word before it
THAT_REL_RE = re.compile(r"(?P<w>[\w’'\-]+)\s*,?\s+that\s+(?:(?:has|have|had|also|since|later|then|only|now)\s+){0,3}$")
# "X is the only South Caucasus state that …": the relative's head is the subject's predicate noun
HEAD_NOUN_RE = re.compile(r"states?|countr(?:y|ies)|nations?|republics?|members?|ones?", re.I)
COPULA_HEAD_RE = re.compile(r"\s+(?:is|was|remains|remained|became|has\s+become)\s+(?:the|one\s+of\s+the)\s+"
                            r"(?:only|first|last|sole|second|third|\w+est)\s+(?:[\w\-]+\s+){0,3}?"
                            r"(?:states?|countr(?:y|ies)|nations?|republics?|members?|ones?)\b", re.I)
RELATIVE_RE = re.compile(r"\b(?:which|who|whose country|whose)\s+(?:\w+\s+){0,5}$", re.I)
# a reporting verb: the member is the subject of the reported clause ("Y said X had joined")
REPORT_RE = re.compile(r"\b(?:said|says|stated|states|announced|announces|noted|claimed|confirmed|insisted|"
                       r"declared|told\s+\w+)\b(?:\s+that\b)?", re.I)
COPULA_END_RE = re.compile(r"\b(?:are|were|remain|remained|have been|had been)\s+$", re.I)
# adverbs that may stand between a member and its verb ("Armenia also became a party to")
ADVERB_GAP_RE = re.compile(r"\s*(?:(?:also|now|formally|officially|subsequently|later|then|already|itself|"
                           r"too|thus|finally|eventually|quickly)\s+){0,2}")
# between two items of a list: "X, Y and Z", "the CSTO as well as the SCO", "of X and of Y"
LIST_GAP_RE = re.compile(r"\s*\)?\s*(?:,|and|,\s*and|&|or|,?\s*as\s+well\s+as)\s*(?:of\s+|in\s+)?(?:the\s+)?")


def list_after(ps: list[Part], text: str, pos: int, limit: int = 30) -> list[Part]:
    out: list[Part] = []
    cur = pos
    for p in sorted(ps, key=lambda p: p.start):
        if p.start < cur:
            continue
        gap = text[cur:p.start]
        if not out:
            if p.start - pos > limit or re.search(r"[;.]", gap):
                break
        elif out[-1].eid == p.eid and re.fullmatch(r"\s*\(\s*", gap):
            cur = p.end  # "the Collective Security Treaty Organization (CSTO)": the same, restated
            continue
        elif not LIST_GAP_RE.fullmatch(gap):
            break
        elif out and "and" not in gap and "&" not in gap and POSS_AFTER_RE.match(text, p.end):
            break  # "Belarus, Russia's closest ally, joined": an apposition, not a list
        out.append(p)
        cur = p.end
    return out


POSS_AFTER_RE = re.compile(r"[’']s?\s")


def member_before(ps: list[Part], text: str, pos: int) -> list[Part]:
    cands = [p for p in ps if p.end <= pos and (pos - p.end <= 4 or ADVERB_GAP_RE.fullmatch(text[p.end:pos]))]
    return cands[-1:] if cands else []


def subject_candidates(ps: list[Part], text: str) -> list[Part]:
    """States that can be a clause's subject: not "X-led" modifiers, not after a preposition."""
    return [p for p in ps if not MODIFIER_RE.match(text[p.end:p.end + 14])
            and not after_prep(text, p.start, PRONOUN_PREPS)]




def list_before(ps: list[Part], text: str, pos: int) -> list[Part]:
    """The state (or list "X, Y and Z") that ends right before ``pos``: the cue's own subject."""
    last = member_before(ps, text, pos)
    rel = RELATIVE_RE.search(text, 0, pos)
    if not last and rel and rel.end() >= pos - 1:  # "X, which has been a party to"
        last = [p for p in ps if p.end <= rel.start() and re.fullmatch(r"\s*,?\s*", text[p.end:rel.start()])]
    if not last:
        return []
    out = last
    for p in sorted((p for p in ps if p.end <= out[0].start), key=lambda p: -p.end):
        if not re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?", text[p.end:out[0].start]):
            break
        out = [p, *out]
    return out


def clause_subject(ps: list[Part], text: str, pos: int) -> list[Part]:
    """The member a cue refers back to: a relative ("Hungary, which is an observer") → the
    nearest state before it; else the clause's first state (or its list: "X and Y joined")."""
    before = [p for p in ps if p.end <= pos]
    if not before:
        return []
    tm = THAT_REL_RE.search(text, 0, pos)
    if tm is not None and HEAD_NOUN_RE.fullmatch(tm.group("w")):
        for p in reversed(before):  # "X is the only Central Asian state that belongs to": X
            hm = COPULA_HEAD_RE.match(text, p.end)
            if hm is not None and hm.end() >= tm.end("w"):
                return [p]
    if tm is not None and not REPORT_RE.fullmatch(tm.group("w")):
        near = [p for p in before if re.fullmatch(r"\s*,?\s*", text[p.end:tm.end("w")]) or p.end == tm.end("w")]
        return near[-1:]  # "X, that has joined" → X; "drones that joined" → none
    rel = RELATIVE_RE.search(text, 0, pos)
    if rel and rel.end() >= pos - 30:
        inner = subject_candidates([p for p in before if p.start >= rel.start()], text)
        if inner:  # "the bloc, which Iran joined in 2023": the relative clause's own subject
            return list_after(inner, text, inner[0].start, 0) or inner[:1]
        near = [p for p in before if p.end <= rel.start()]
        if near and re.fullmatch(r"\s*,\s*", text[near[-1].end:rel.start()]):
            return list_before(near, text, near[-1].end)  # "X and Y, which joined": the list
        return near[-1:] if near else []
    adjacent = list_before(subject_candidates(before, text), text, pos)
    if adjacent:  # "…, and at its summit in July Belarus was admitted": the verb's own subject
        return adjacent
    cs, _ = clause_bounds(text, pos, pos + 1)
    reps = list(REPORT_RE.finditer(text, cs, pos))
    rep = reps[-1] if reps else None
    if rep is not None and any(p.start >= rep.end() for p in before):  # "Y said X had frozen ..."
        cs = rep.end()
    inside = [p for p in before if p.start >= cs] or before
    inside = subject_candidates(inside, text) or subject_candidates(before, text) or inside
    first = inside[0]
    lst = list_after(inside, text, first.start, 0)
    return lst or [first]


def own_subject(ps: list[Part], text: str, pos: int) -> bool:
    """Whether the clause before ``pos`` names its own subject state ("X and Y are both
    members of"): then a number-told member list is not an anaphor."""
    if not COPULA_END_RE.search(text, max(0, pos - 20), pos):
        return False
    cs, _ = clause_bounds(text, pos, pos + 1)
    return bool(subject_candidates([p for p in ps if cs <= p.start and p.end <= pos], text))
