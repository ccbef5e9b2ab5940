"""Who steps back in "a freeze of its participation", "the suspension of its membership": the antecedent of
the "its" the stepping-back noun's own phrase holds.

With a possessor before the noun ("Armenia's freeze of its participation") the argument rules read it.
Without one, "its" stands for the subject of the clause holding the noun: the state a relative "which"/"who"
opening that clause refers back to ("Belarus criticised Armenia, which in March 2024 announced a suspension
of its membership": Armenia), else the one state opening the sentence's main clause, after a fronted
adverbial ("After talks with Russia, Armenia in March 2024 announced a suspension of its membership":
Armenia, not Russia; "Armenia said in March 2024 that a freeze of its participation was under way").
That state replaces the parties the argument rules found (a recorded inference when it is not among them);
nothing is changed when no single state opens the clause.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import clause_bounds

ITS_RE = re.compile(r"\bits\b", re.I)
# a possessor right before the noun: "Armenia's freeze", "Yerevan’s suspension"
POSSESSOR_RE = re.compile(r"[’']s?\s+(?:[\w\-]+\s+)?$")
# a relative pronoun opening the clause right after its antecedent: "Armenia, which …", "Armenia who …"
RELATIVE_RE = re.compile(r",?\s*(?:which|who)\s*$", re.I)
# what may stand before the main clause's subject: nothing, a fronted adverbial closed by a comma, a dateline
OPENER_RE = re.compile(r"^(?:[^;:]{0,80}(?:,|\s[—–-])\s*)?(?:the\s+)?$", re.I)


def _subject(sv: SentenceView, ctx: ArticleContext, c: Cand) -> str | None:
    """The state "its" in the noun's phrase stands for (see the module), or None."""
    states = [(sv.rel(m.start), sv.rel(m.end), m.entity_id) for m in sv.mentions
              if sv.rel(m.end) <= c.start and m.role != "place" and ctx.etype(m.entity_id) == "state"]
    if not states:
        return None
    cs, _ce = clause_bounds(sv.text, c.start, c.end)
    if cs and RELATIVE_RE.search(sv.text, 0, cs):
        before = [s for s in states if s[1] <= cs]
        if before and RELATIVE_RE.fullmatch(sv.text, before[-1][1], cs):
            return before[-1][2]
    first = next((s for s in states if OPENER_RE.match(sv.text[:s[0]])), None)
    if first is None or re.match(r"\s*(?:and|or|,\s*[A-Z])", sv.text[first[1]:]):
        return None  # no state opens the clause, or several do ("Armenia and Georgia …")
    return first[2]


def its_actor(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Set the actor of a stepping-back noun whose phrase holds "its" (see the module)."""
    if c.trig.etype != "retreat" or c.trig.kind != "noun" or not ITS_RE.search(sv.text, c.start, c.end):
        return
    if POSSESSOR_RE.search(sv.text, max(0, c.start - 30), c.start) or c.extra_actors:
        return
    ant = _subject(sv, ctx, c)
    if ant is None or {p.eid for p in c.actors} == {ant}:
        return
    kept = [p for p in c.actors if p.eid == ant]
    c.actors = kept
    c.targets = [p for p in c.targets if p.eid != ant]
    if not kept:
        c.extra_actors = [ant]
        e = ctx.entity(ant)
        c.inferences["actors"] = f"'its' = {e.name if e is not None else ant}, the subject of its clause"
