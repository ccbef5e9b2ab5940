"""Relations whose first party is a pronoun or a host: "It … signed an alliance declaration
with Moscow" ("it": the state the sentence is about), "Tajikistan hosts some 7,000 Russian
troops", "X, which hosts the 201st base, Russia's largest installation abroad" (a host and the
state whose forces it hosts are partners)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.pronoun import it_antecedent
from silkgraph.extract.relations.lists import AND_RE, conjuncts_before
from silkgraph.extract.relations.parties import next_list, subject

Found = tuple[Part, Part, str, int, str]
# what a host holds for another state: its forces or a base
MILITARY_RE = re.compile(r"\b(?:troops|soldiers|forces|(?:ground|military|air|naval|task|rapid[\s\-]reaction|peacekeeping)\s+force|"
                         r"servicemen|personnel|garrison|bases?|air\s*base|airbase|"
                         r"naval\s+base|military\s+(?:base|facility|facilities|installation)|installation)\b", re.I)
# a state name used as a modifier of the forces or base: "10,000 U.S. troops", "a US air base"
MODIFIER_OF_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+)?(?:troops|soldiers|forces|servicemen|personnel|garrison|bases?|air\s*base|"
                            r"airbase|naval\s+base|military)\b")
REL_HEAD_RE = re.compile(r"\s*,\s*(?:which|who|that)\s+(?:(?:also|now|still|already|currently)\s+)?$", re.I)
SPAN_END_RE = re.compile(r"(?<!\b[A-Z])[.;:](?=\s|$)|\s+(?:and|but|while)\s+(?=[a-z]+(?:s|ed)\b)")


def _first(sv: SentenceView, ctx: ArticleContext, ps: list[Part], pos: int) -> tuple[Part, str] | None:
    """The party before ``pos`` that is the clause's subject, the head of a relative ("X, which
    hosts"), or the state a subject "it" stands for."""
    subj = subject(ps, sv.text, pos)
    if subj is not None:
        return subj, ""
    rh = REL_HEAD_RE.search(sv.text, 0, pos)
    if rh is not None and rh.end() == pos:
        head = next((p for p in ps if p.end == rh.start()), None)
        if head is not None:
            return head, ""
    ant = it_antecedent(ctx, sv, pos)
    return (Part(ant[0], pos, pos, ant[1], "anaphor"), "") if ant else None


def it_with(sv: SentenceView, ctx: ArticleContext, ps: list[Part], matches: Iterable[tuple[re.Match[str], str]]) -> list[Found]:
    """"It … signed an alliance declaration with Moscow": a with-cue whose subject is "it"."""
    out: list[Found] = []
    for m, kind in matches:
        if subject(ps, sv.text, m.start()) is not None:
            continue  # told with a named subject: pairs.py has it
        ant = it_antecedent(ctx, sv, m.start())
        if ant is None:
            continue
        for b in next_list(ps, sv.text, m.end(), 14):
            if b.eid != ant[0]:
                out.append((Part(ant[0], m.start(), m.start(), ant[1], "anaphor"), b, kind, m.start(), ""))
    return out


def hosts(sv: SentenceView, ctx: ArticleContext, ps: list[Part], matches: Iterable[re.Match[str]]) -> list[Found]:
    """"X hosts some 7,000 Russian troops", "X hosts the 201st base, Russia's largest installation
    abroad": the host and the state whose forces or base it hosts."""
    out: list[Found] = []
    text = sv.text
    for m in matches:
        stop = SPAN_END_RE.search(text, m.end())
        end = min(stop.start() if stop else len(text), m.end() + 110)
        if not MILITARY_RE.search(text, m.end(), end):
            continue
        owner = next((p for p in ps if m.end() <= p.start < end and p.eid.startswith("state:")
                      and (p.kind == "demonym" or re.match(r"[’']s\b", text[p.end:p.end + 2])
                           or MODIFIER_OF_RE.match(text, p.end))), None)
        host = _first(sv, ctx, ps, m.start())
        if owner is None or host is None or host[0].eid == owner.eid:
            continue
        out.append((host[0], owner, "partner", m.start(), host[1]))
        conj = conjuncts_before(ps, text, ps.index(host[0])) if host[0] in ps else []
        if conj and AND_RE.search(text, conj[0].end, host[0].start):  # "Both X and Y host Russian bases", "X, Y
            # and Z each host …": every conjunct (not "Once a partner of Kyiv, Belarus hosts …": no list)
            out += [(c, owner, "partner", m.start(), "") for c in conj if c.eid != owner.eid and c.kind != "demonym"]
    return out
