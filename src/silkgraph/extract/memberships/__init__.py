"""Memberships: a state in an organisation, as member, observer or partner, and since when
(cues in ``resources/ontology/memberships.yaml``).

One membership per (member, organisation) per article; later sentences that restate it
add evidence (and a "since" date when the first had none).
"""

from __future__ import annotations

import re

from silkgraph.extract.carried_bloc import carried_memberships, pair_memberships
from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import ArticleState, Part, article_state, participants
from silkgraph.extract.events.article import PLURAL_PRONOUN_RE
from silkgraph.extract.memberships.companions import org_companions
from silkgraph.extract.memberships.cue_members import _cue_members
from silkgraph.extract.memberships.cues import (
    ANY_GATE,
    AS_ROLE_RE,
    ASKER_CUE_RE,
    BROAD_GATE,
    CUE_GATES,
    CUES,
    NEG_AFTER_RE,
    NEG_BEFORE_RE,
    NEG_BID_RE,
    ORG_WORDS_RE,
    PROGRAMME_ROLES,
)
from silkgraph.extract.memberships.ellipsis import ellipsis, same_as
from silkgraph.extract.memberships.emit import emit
from silkgraph.extract.memberships.ended import ended
from silkgraph.extract.memberships.exclusion import drop_excepted
from silkgraph.extract.memberships.org_slot import resolve_orgs
from silkgraph.extract.memberships.respectively import dated_pairing, pairing
from silkgraph.extract.memberships.state_groups import KIND as GROUP
from silkgraph.extract.memberships.state_groups import expand, with_groups
from silkgraph.extract.pronoun import COUNTRY_NP_RE, DATELINE_RE, IT_SUBJ_RE
from silkgraph.extract.relations.appos_mask import masked
from silkgraph.model import Fact
from silkgraph.nlp.prefilter import gate_of

# "Erdoğan, whose country is an SCO dialogue partner": a person heading a "whose country" relative
# stands for the state his office names (his part carries that inference)
WHOSE_COUNTRY_RE = re.compile(r"\s*,\s*whose\s+(?:country|state|nation|government)\b", re.I)


def _states(ps: list[Part], text: str = "") -> list[Part]:
    return [p for p in ps if p.eid.startswith("state:") and (not p.why or (
        p.kind == "title" and WHOSE_COUNTRY_RE.match(text, p.end) is not None))]


def _orgs(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """The organisations named in the sentence, and the programmes one joins as a party
    ("NATO's Partnership for Peace": ``member_programmes`` in membership_frames.yaml)."""
    return [Part(m.entity_id, sv.rel(m.start), sv.rel(m.end), None, m.kind) for m in sv.mentions
            if ctx.etype(m.entity_id) == "organization" or m.entity_id in PROGRAMME_ROLES]


def _negated(text: str, s: int, e: int, standing: bool) -> bool:
    """"has not joined", "never became a member of", "Neither X nor Y belongs to",
    "joined neither bloc", "applied for membership of": the cue is denied; "Georgia, a former CIS
    member", "were allies in the CSTO until 2012", "both observers at the SCO once": it ended
    (``ended.py``; ``standing``: the cue states a membership, not the act of joining)."""
    if NEG_BEFORE_RE is not None and NEG_BEFORE_RE.search(text, max(0, s - 160), s) is not None:
        return True
    if NEG_BID_RE is not None and not ASKER_CUE_RE.match(text, s) and \
            gate_of(NEG_BID_RE).search_in(text, max(0, s - 160), s) is not None:
        return True  # (not "a request from its member Armenia": the member asks)
    if ended(text, s, e, standing):
        return True
    return NEG_AFTER_RE is not None and NEG_AFTER_RE.match(text, e) is not None


def _same_status(ctx: ArticleContext, sv: SentenceView) -> tuple[str, str, str] | None:
    """"the same status": the organisation and role of the membership told last, in this
    sentence or the previous one."""
    starts = {sv.start} | ({ctx.sentences[sv.index - 1].start} if sv.index > 0 else set())
    last = None
    for f in article_state(ctx).memberships.values():
        if any(e.start in starts for e in f.evidence):
            last = f
    if last is None:
        return None
    org, role = str(last.args["organization"]), str(last.args["role"])
    name = ctx.entity(org).name if ctx.entity(org) else org  # type: ignore[union-attr]
    return org, role, f"'the same status' = {role} of {name}, told just before"


def extract_memberships(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    """The memberships the sentence tells: for each live cue match, its organisations and members
    (named or resolved from the discourse), merged with the article's earlier ones; read again
    with the asides after its parties blanked out ("Kazakhstan, the region's largest economy, and
    Kyrgyzstan are members of the SCO": ``relations.appos_mask``)."""
    out = _extract(sv, ctx)
    if out or ANY_GATE.search(sv.text, sv.low):
        view = masked(sv, (ANY_GATE, BROAD_GATE), {f.args["member"] for f in out})
        if view is not None:
            out += _extract(view, ctx)
    # the bloc told in an earlier sentence ("The CSTO met. X and Y are members."): ``carried_bloc``
    # and the pair named before a "Both republics are members of ORG" the cues left unresolved
    return out + carried_memberships(sv, ctx) + pair_memberships(sv, ctx)


def _extract(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    """The memberships of one view of a sentence (see ``extract_memberships``)."""
    low = sv.low
    # (the cheaper test first: BROAD_RE has no literal prefix to gate it)
    if not ANY_GATE.search(sv.text, low) and not (
            (any(ctx.etype(m.entity_id) == "organization" for m in sv.mentions) or gate_of(ORG_WORDS_RE).search(sv.text, low))
            and BROAD_GATE.search(sv.text, low)):
        return []
    orgs = _orgs(sv, ctx)
    named = _states(participants(sv, ctx), sv.text)
    states = drop_excepted(sv.text, named)
    dl = DATELINE_RE.match(sv.text)
    if dl:  # "TASHKENT, 3 March 2024 — ": the dateline's place is no member
        states = [p for p in states if p.start >= dl.end()]
    # "the five Central Asian states (except X)": one part for the group, expanded below
    states, hits = with_groups(sv.text, low, states, named)
    named = [p for p in states if p.kind != GROUP]
    live = CUE_GATES.passing_indices(low)  # exact pre-checks: a cue that fails cannot match
    if not states and not IT_SUBJ_RE.search(sv.text) and not PLURAL_PRONOUN_RE.search(sv.text) and \
            not COUNTRY_NP_RE.search(sv.text) and \
            "Both " not in sv.text and "The two " not in sv.text and "All " not in sv.text and \
            not any((CUES[i].member in ("anaphor", "its") or "it" in CUES[i].regex.groupindex)
                    and CUE_GATES.gates[i].search(sv.text, low) for i in live):
        return []
    st = article_state(ctx)
    out: list[Fact] = []
    gates = CUE_GATES.gates
    for i in live:  # (only the cues whose pattern may match this sentence)
        cue, gate = CUES[i], gates[i]
        for m in gate.finditer(sv.text, low):  # as cue.regex.finditer, tried only where it may start
            if cue.modality is None and _negated(sv.text, m.start(), m.end(), not cue.dated or cue.since_only):
                continue
            if cue.needs_before is not None and not cue.needs_before.search(sv.text, max(0, m.start() - 60), m.start()):
                continue
            org_ids, why = resolve_orgs(cue, sv, ctx, orgs, m.start(), m.end())
            if cue.intl:  # (a state's own body, "the committee chaired by X", has no member states)
                org_ids = [o for o in org_ids if not getattr(ctx.entity(o), "country", None) or o in PROGRAMME_ROLES]
            role = cue.role
            if role == "member" and cue.dated and cue.member in ("subject", "after") and \
                    (r := AS_ROLE_RE.match(sv.text, m.end())) is not None:
                role = "observer" if r.group("obs") else "partner"  # "joined the EAEU as an observer"
            if cue.org == "same":  # "Y was granted the same status": the membership just told
                same = _same_status(ctx, sv)
                if same is None:
                    continue
                org_ids, role, why = [same[0]], same[1], same[2]
            mems, ana_why = _cue_members(cue, m, sv, ctx, states, orgs)
            mems = expand(mems, hits)
            if cue.plural and len({p.eid for p in mems}) < 2:
                continue  # "Kazakhstan set up the fund": one state's own body
            comp = org_companions(sv.text, orgs, states, m.end(), org_ids) \
                if mems and cue.org == "after" and cue.member == "subject" else {}
            comp = {o: expand(ps, hits) for o, ps in comp.items()} if hits else comp
            have = {p.eid for p in mems}
            pairs = pairing(sv.text, m.end(), mems, org_ids)  # "X and Y … in A and B respectively"
            dates = dated_pairing(sv, ctx, m.end(), mems) if cue.dated else None  # "in 2004 and 2009 respectively"
            for org in org_ids:  # "sits in ORG with Y and Z": co-members of that organisation
                for mem in mems + [p for p in comp.get(org, []) if p.eid not in have]:
                    if pairs is not None and mem.eid not in pairs[org]:
                        continue
                    f = emit(sv, ctx, st, cue, mem, org, why, m.start(),
                             mem.why if mem.kind == GROUP else ana_why or mem.why, m.end(),
                             PROGRAMME_ROLES.get(org, role),
                             dates.get(mem.eid, (None, None)) if dates is not None
                             # "X joined Y and Z in ORG in 2015": the date is X's joining, not Y's or Z's
                             else (None, None) if cue.dated and _in_with(m, mem) else None)
                    if f is not None:
                        out.append(f)
    if out:
        out += ellipsis(sv, ctx, st, orgs, named, out)
        out += same_as(sv, ctx, st, named, out)
    return _one_partnership(out, st)


def _in_with(m: re.Match[str], mem: Part) -> bool:
    """Whether ``mem`` was named in the cue's co-member group ("joined Y and Z in ORG")."""
    return "with" in m.re.groupindex and m.group("with") is not None and m.start("with") <= mem.start < m.end("with")


def _one_partnership(out: list[Fact], st: ArticleState) -> list[Fact]:
    """"X has been a NATO partner since joining the Partnership for Peace": one partnership, told of
    the organisation itself; the programme it came through is no second one (this sentence only)."""
    partner = {f.args["member"] for f in out if f.args["role"] == "partner" and f.args["organization"] not in PROGRAMME_ROLES}
    drop = [f for f in out if f.args["organization"] in PROGRAMME_ROLES and f.args["member"] in partner]
    for f in drop:
        st.memberships.pop((f.args["member"], f.args["organization"]), None)
    return [f for f in out if f not in drop]
