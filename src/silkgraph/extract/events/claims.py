"""Claims of responsibility: "…; the BLA claimed responsibility", "The TTP claimed responsibility for
the attack.": the claimant is the attacker of the attack told in the sentence or the one before,
when that attack names no attacker (a recorded inference; the claim itself is no event)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import ArticleState, add_evidence
from silkgraph.extract.events.participants import Part, clause_bounds
from silkgraph.model import Fact

CLAIM_RE = re.compile(r"\b(?:claimed|claiming|claims|has claimed|have claimed|took|has taken|accepted|admitted)\s+"
                      r"(?:full\s+|sole\s+)?responsibility\b")
CLAIMANT_TYPES = ("armed:", "org:", "state:")


def claim_actor(sv: SentenceView, ctx: ArticleContext, parts: list[Part], made: list[Fact],
                st: ArticleState) -> None:
    """Make the claimant of a claim of responsibility the attacker of the attack it claims."""
    if "responsibility" not in sv.text:
        return
    m = CLAIM_RE.search(sv.text)
    if m is None:
        return
    cs, _ = clause_bounds(sv.text, m.start(), m.end())
    who = [p for p in parts if cs <= p.start and p.end <= m.start() and p.eid.startswith(CLAIMANT_TYPES)]
    if not who:
        return
    claimant = who[0].eid
    attacks = [f for f in made if f.args["event_type"] == "attack"]
    if not attacks and sv.index > 0:
        prev = ctx.sentences[sv.index - 1].start
        attacks = [r.fact for r in st.events[-3:] if r.etype == "attack" and
                   any(e.start in (prev, sv.start) for e in r.fact.evidence)][-1:]
    for f in attacks:
        if f.args.get("actors") or claimant in (f.args.get("targets") or []):
            continue
        f.args["actors"] = [claimant]
        add_evidence(f, sv)
        f.inferences.setdefault("actors", f"{sv.text[who[0].start:who[0].end]} claimed responsibility")
        for r in st.events:
            if r.fact is f:
                r.parts = r.parts | {claimant}
