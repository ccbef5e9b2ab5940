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


# "X joined the EAEU in 2015, the same year as Y", "…, as did Y", "X, like Y, belongs to ORG"
SAME_AS_RE = re.compile(r",\s+(?:(?P<same>the\s+same\s+(?:year|month|day|week|time)\s+as)|as\s+(?:did|had|has|have|do|does)|"
                        r"(?:just\s+)?like)\s+(?:the\s+)?", re.I)


def same_as(sv: SentenceView, ctx: ArticleContext, st: ArticleState, states: list[Part],
            told: list[Fact]) -> list[Fact]:
    """"X joined the EAEU in 2015, the same year as Y" / "…, as did Y" / "X, like Y, belongs to
    the CSTO": Y holds the membership just told (of the one organisation of the sentence), from
    the same date when the phrase says so."""
    orgs = {str(f.args["organization"]) for f in told}
    if len(orgs) != 1 or ("like" not in sv.text and " as " not in sv.text):
        return []
    prior = told[0]
    out: list[Fact] = []
    for m in SAME_AS_RE.finditer(sv.text):
        first = next((p for p in states if p.start == m.end()), None)
        if first is None:
            continue
        lst = [first] + [p for p in states if p.start > first.end and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?",
                                                                              sv.text[first.end:p.start])][:1]
        if not re.match(r"\s*(?:[,.;)]|$|did\b|had\b|has\b|have\b)", sv.text[lst[-1].end:]):
            continue  # "like Y's" or a longer phrase: not a bare co-member
        for p in lst:
            key = (p.eid, str(prior.args["organization"]))
            if key in st.memberships:
                continue
            same = m.group("same") is not None
            args = {"member": p.eid, "organization": prior.args["organization"], "role": prior.args["role"],
                    "since": prior.args.get("since") if same else None,
                    "since_text": prior.args.get("since_text") if same else None}
            f = ctx.fact("membership", sv, args, sv.abs(m.start()), inferences={
                "member": f"'{m.group(0).strip(' ,')} {sv.text[p.start:p.end]}': holds the membership just told"})
            st.memberships[key] = f
            out.append(f)
    return out
