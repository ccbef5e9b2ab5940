"""Memberships told by ellipsis: "X is a member of A, as it is of B", "…, as Y has of B" —
the membership just told, repeated for the organisation after the elided verb."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import ArticleState, Part
from silkgraph.model import Fact

# membership by ellipsis: "X is a member of A, as it is of B", "..., as Y has of B"
ELLIPSIS_RE = re.compile(r",?\s+(?:as|and\s+so)\s+(?P<subj>it|they|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+"
                         r"(?:has|have|had|is|are|was|were|does|did)(?:\s+been)?\s+(?:also\s+)?(?:of|in)\s+(?:the\s+)?$")


def ellipsis(sv: SentenceView, ctx: ArticleContext, st: ArticleState, orgs: list[Part],
              states: list[Part], told: list[Fact]) -> list[Fact]:
    """"the CSTO, of which X has been a member, as it has of the SCO": the membership told
    earlier in the sentence, repeated for the organisation after the elided verb (for the
    state named there, if any, else for the same member)."""
    if " as " not in sv.text and " so " not in sv.text:
        return []
    out: list[Fact] = []
    for o in orgs:
        em = ELLIPSIS_RE.search(sv.text, max(0, o.start - 60), o.start)
        if em is None or em.end() != o.start:
            continue
        earlier = [p.eid for p in orgs if p.end <= em.start() and p.eid != o.eid]
        prior = [f for f in told if earlier and f.args["organization"] == earlier[-1]]
        if not prior:
            continue
        subj = em.group("subj")
        named = [p for p in states if em.start("subj") <= p.start < em.end("subj")]
        if subj.lower() in ("it", "they"):
            mems = [str(f.args["member"]) for f in prior]
        elif named:
            mems = [p.eid for p in named]
        else:
            continue
        role = str(prior[-1].args["role"])
        for mem in dict.fromkeys(mems):
            if (mem, o.eid) in st.memberships:
                continue
            args = {"member": mem, "organization": o.eid, "role": role, "since": None, "since_text": None}
            f = ctx.fact("membership", sv, args, sv.abs(em.start()), inferences={
                "member": f"'{em.group('subj')}' = the member just told, by ellipsis ('{em.group(0).strip(' ,')}')"}
                if subj.lower() in ("it", "they") else {})
            st.memberships[(mem, o.eid)] = f
            out.append(f)
    return out
