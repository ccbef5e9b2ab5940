"""Memberships: a state in an organisation, as member, observer or partner, and since when
(cues in ``resources/ontology/memberships.yaml``).

One membership per (member, organisation) per article; later sentences that restate it
add evidence (and a "since" date when the first had none).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.cue_subjects import (
    clause_subject,
    list_after,
    list_before,
    member_before,
    own_subject,
    subject_candidates,
)
from silkgraph.extract.events import (
    Part,
    article_state,
    clause_bounds,
    participants,
    states_before,
)
from silkgraph.extract.events.article import PLURAL_PRONOUN_RE, last_plural
from silkgraph.extract.memberships.apposition import apposed
from silkgraph.extract.memberships.aside import before_aside, with_aside
from silkgraph.extract.memberships.chain import chained_pair
from silkgraph.extract.memberships.companions import alongside, org_companions
from silkgraph.extract.memberships.count_subject import count_subject
from silkgraph.extract.memberships.cues import (
    ANY_GATE,
    AS_ROLE_RE,
    ASKER_CUE_RE,
    BROAD_GATE,
    CO_MEMBER_RE,
    CUE_GATES,
    CUES,
    FRONTED_AS_RE,
    IT_AFTER_RE,
    NEG_AFTER_RE,
    NEG_BEFORE_RE,
    NEG_BID_RE,
    ORG_WORDS_RE,
    WITH_PARTNER_RE,
    Cue,
)
from silkgraph.extract.memberships.ellipsis import ellipsis, same_as
from silkgraph.extract.memberships.emit import emit
from silkgraph.extract.memberships.ended import ended
from silkgraph.extract.memberships.exclusion import drop_excepted
from silkgraph.extract.memberships.its_owner import its_owner
from silkgraph.extract.memberships.org_slot import resolve_orgs
from silkgraph.extract.memberships.plural_subject import near_plural, plural_states, sentence_pair
from silkgraph.extract.memberships.possessor_subject import possessor_subject, relative_it
from silkgraph.extract.memberships.respectively import dated_pairing, pairing
from silkgraph.extract.memberships.state_groups import KIND as GROUP
from silkgraph.extract.memberships.state_groups import expand, with_groups
from silkgraph.extract.memberships.topic_pair import bare_pair, topic_pair_after_stateless
from silkgraph.extract.pronoun import (
    COUNTRY_NP_RE,
    DATELINE_RE,
    IT_SUBJ_RE,
    country_np,
    it_antecedent,
    pair_anaphor,
    prev_pair,
)
from silkgraph.extract.relations.appos_mask import masked
from silkgraph.model import Fact
from silkgraph.nlp.count_words import count_values
from silkgraph.nlp.prefilter import gate_of

# "two members of the SCO", "both members": how many states an anaphor cue stands for
PAIR_COUNTS = {"both": 2, **count_values(2, 4)}
# a demonym that modifies a noun ("Russian military bases") names no subject
NOUN_AFTER_RE = re.compile(r"\s+(?-i:[a-z])")


# an apposition cue: it describes the noun phrase right before it
APPOSITION_RE = re.compile(r"(?:,|\s[—–]|\s--)\s")

# "Erdoğan, whose country is an SCO dialogue partner": a person heading a "whose country" relative
# stands for the state his office names (his part carries that inference)
WHOSE_COUNTRY_RE = re.compile(r"\s*,\s*whose\s+(?:country|state|nation|government)\b", re.I)


def _states(ps: list[Part], text: str = "") -> list[Part]:
    return [p for p in ps if p.eid.startswith("state:") and (not p.why or (
        p.kind == "title" and WHOSE_COUNTRY_RE.match(text, p.end) is not None))]


def _orgs(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    return [Part(m.entity_id, sv.rel(m.start), sv.rel(m.end), None, m.kind) for m in sv.mentions
            if ctx.etype(m.entity_id) == "organization"]


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


def _clause_anaphor(ctx: ArticleContext, sv: SentenceView, cue: Cue, e: int,
                    states: list[Part]) -> tuple[list[Part], str] | None:
    """"the SCO, to which both countries have belonged": the plural anaphor that is the subject
    of the relative clause stands for the states it refers back to ("it": the state the
    sentence is about)."""
    _, ce = clause_bounds(sv.text, e, e + 1)
    it = IT_AFTER_RE.match(sv.text, e)
    if it is not None and (cue.needs is None or cue.needs.search(sv.text, it.end(), ce)):
        got = relative_it(ctx, sv, states, it.start("it"))  # "the CSTO, of which it is a member"
        return ([Part(got[0], it.start("it"), it.end("it"))], got[1]) if got else None
    a = PLURAL_PRONOUN_RE.search(sv.text, e, max(ce, e + 30))
    if a is None or a.start() - e > 4 or (cue.needs is not None and not cue.needs.search(sv.text, a.end(), ce)):
        return None
    ana = plural_states(ctx, sv, a)
    if not ana:
        return None
    return [Part(x, a.start(), a.start()) for x in ana[0]], ana[1]


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
    return out


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
                org_ids = [o for o in org_ids if not getattr(ctx.entity(o), "country", None)]
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
                             mem.why if mem.kind == GROUP else ana_why or mem.why, m.end(), role,
                             dates.get(mem.eid, (None, None)) if dates is not None else None)
                    if f is not None:
                        out.append(f)
    if out:
        out += ellipsis(sv, ctx, st, orgs, named, out)
        out += same_as(sv, ctx, st, named, out)
    return out


def _opening_pair(text: str, hit: re.Match[str] | None) -> re.Match[str] | None:
    """A "they" that takes up a pair anaphor opening an earlier clause of the same sentence ("Both
    countries belonged to X, and in 1985 they founded Y") stands for that pair: the earlier anaphor."""
    if hit is None or hit.group(0).lower() != "they":
        return hit
    first = PLURAL_PRONOUN_RE.search(text, 0, hit.start())
    return first if first is not None and first.group(0).lower() != "they" else hit


def _cue_members(cue: Cue, m: re.Match[str], sv: SentenceView, ctx: ArticleContext, states: list[Part],
                 orgs: list[Part]) -> tuple[list[Part], str | None]:
    """The members a cue match tells and how an anaphoric one was resolved: the states in the
    cue's member slot, else "it"/"its", a count anaphor ("two members of"), a relative clause's
    antecedent, a plural pronoun, "the country", a bare "Both" (the pair just named or the
    article's opening pair); members coordinated after the organisation join the subject."""
    ana_why = None
    it = it_antecedent(ctx, sv, m.start()) if cue.member in ("subject", "near") else None
    if it is not None:
        mems = [Part(it[0], m.start(), m.start())] + alongside(sv.text, states, _object_end(orgs, sv.text, m.end()))
        ana_why = it[1]  # "it joined ORG in 2017, together with Y": Y too
    else:
        mems = _members(cue, sv, states, m.start(), m.end(), orgs)
    if cue.member == "subject" and mems and all(p.kind == "demonym" and NOUN_AFTER_RE.match(sv.text, p.end)
                                                 for p in mems):
        hit = last_plural(sv.text, mems[0].start)
        if hit is not None:  # "Both countries host Russian bases and belong to": the anaphor is the subject
            mems = []
    if "it" in cue.regex.groupindex and m.group("it").lower() == "it" and (
            (got := relative_it(ctx, sv, states, m.start("it"))) is not None or
            (cue.member == "after" and (got := possessor_subject(ctx, sv, states)) is not None)):
        mems = [Part(got[0], m.start("it"), m.end("it"))] + mems  # "the grouping it had founded with X"
        ana_why = got[1]  # ("X's ties run through the SCO, which it co-founded": the possessor)
    named = []
    if "with" in cue.regex.groupindex and m.group("with"):  # "X sat with Y in ORG"
        named = [p for p in states if m.start("with") <= p.start < m.end("with")]
        if named:
            mems += named
        elif (pl := PLURAL_PRONOUN_RE.match(sv.text, m.start("with"))) and (ana := plural_states(ctx, sv, pl)):
            have = {q.eid for q in mems}  # "sits alongside both countries in ORG": the pair told before
            mems += [Part(x, pl.start(), pl.end(), ana[1]) for x in ana[0] if x not in have]
    if cue.member == "anaphor" and sv.index > 0 and not own_subject(states, sv.text, m.start()):
        # "two members of the SCO": named just before
        n = PAIR_COUNTS[m.group("n").lower()]
        prev = ctx.sentences[sv.index - 1]
        got = states_before(ctx, prev, len(prev.text), n)
        if len(got) == n:
            mems = [Part(x, m.start(), m.start()) for x in got]
            ana_why = f"'{m.group(0).strip()}' = the states of the previous sentence"
    if cue.member == "its" and (owner := its_owner(ctx, sv, states, m.start())) is not None:
        mems, ana_why = [owner[0]], owner[1]  # "Armenia's decision to freeze its participation in ORG"
    if cue.member in ("after", "after_clause") and (not mems or cue.member == "after_clause"):
        got = _clause_anaphor(ctx, sv, cue, m.end(), states)  # "to which both countries belong"
        if got:  # "of which it is a member alongside Y": the pronoun, and Y beside it
            ana = [Part(q.eid, q.start, q.end, got[1]) for q in got[0]]
            mems = ana + [p for p in mems if p.eid not in {q.eid for q in ana}]
            ana_why = None if len(mems) > len(ana) else got[1]
    if cue.member == "subject" and mems and (near := near_plural(sv.text, mems, m.start())) is not None:
        got = sentence_pair(ctx, sv, near) or pair_anaphor(ctx, sv, near)
        if got:  # "X describes Y as an ally, and the two countries remain bound by": the pair
            mems, ana_why = [Part(x, m.start(), m.start()) for x in got[0]], got[1]
    if cue.member == "subject" and mems and not subject_candidates(mems, sv.text) and \
            last_plural(sv.text, m.start()) is not None:
        mems = []  # "They founded X with Y in 1985, belong to ORG": the pronoun is the subject, not Y
    if not mems and cue.member == "subject":
        hit = _opening_pair(sv.text, last_plural(sv.text, m.start()))
        ana = (chained_pair(ctx, sv, hit.group(0)) or plural_states(ctx, sv, hit)) if hit else None
        if ana:
            mems = [Part(x, m.start(), m.start()) for x in ana[0]]
            ana_why = ana[1]
    if not mems and cue.member == "subject" and (cn := country_np(ctx, sv, m.start())) is not None:
        mems, ana_why = [Part(cn[0], m.start(), m.start())], cn[1]  # "The country, which joined …"
    if not mems and cue.member == "subject" and bare_pair(sv, m.start()):
        pp = prev_pair(ctx, sv) or topic_pair_after_stateless(ctx, sv)  # "Both are members of"
        if pp:
            mems = [Part(x, m.start(), m.start()) for x in pp[0]]
            ana_why = f"'{sv.text[:m.start()].strip()}' = {pp[1]}"
    if not mems and cue.member == "subject" and (cs := count_subject(ctx, sv, m.start())) is not None:
        mems, ana_why = [Part(x, m.start(), m.start()) for x in cs[0]], cs[1]  # "All three belong to"
    if named and mems and ana_why is not None:  # "they founded, together with Y, ORG": Y beside the pronoun's states
        mems += [p for p in named if p.eid not in {q.eid for q in mems}]
    return mems, ana_why
