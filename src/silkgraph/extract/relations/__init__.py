"""Relations: how two states or blocs stand towards each other (ally, partner, rival,
adversary, neutral), from alignment cues (``resources/ontology/relations.yaml``).

Only a cue links a pair: co-mention alone is never a relation.  One relation per pair
and kind family (friendly: ally/partner; hostile: rival/adversary) per article; later
sentences that restate it are added to its evidence.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, bloc_before, participants
from silkgraph.extract.relations import extra
from silkgraph.extract.relations.anaphora import (
    armed_anaphors,
    country_anaphors,
    government_anaphors,
)
from silkgraph.extract.relations.appos import appos_of
from silkgraph.extract.relations.appos_mask import masked
from silkgraph.extract.relations.armed import armed_with
from silkgraph.extract.relations.between_anaphor import between_anaphor, fought_anaphor
from silkgraph.extract.relations.capital import capital_appos
from silkgraph.extract.relations.contest import contest_lists
from silkgraph.extract.relations.cues import BY_SHAPE, CUES, Cue, cue_kind, live_cues
from silkgraph.extract.relations.demonym_allies import demonym_allies
from silkgraph.extract.relations.ethnic import peoples_masked
from silkgraph.extract.relations.exercise import exercises
from silkgraph.extract.relations.facts import FAMILY, _facts
from silkgraph.extract.relations.foreign_base import foreign_bases
from silkgraph.extract.relations.gapped import gapped
from silkgraph.extract.relations.gates import ANY_CUE_GATE, ANY_CUE_RE, NEAR_ASIDE_GATE
from silkgraph.extract.relations.groups import group_mentions
from silkgraph.extract.relations.host import hosts, it_with
from silkgraph.extract.relations.its_copula import its_copula
from silkgraph.extract.relations.leaders import leader_part
from silkgraph.extract.relations.like_aside import like_asides
from silkgraph.extract.relations.noun_pair import noun_pairs
from silkgraph.extract.relations.owners import his_country, its_lead, poss_before
from silkgraph.extract.relations.pair_of import pair_of
from silkgraph.extract.relations.pair_party import pair_parties
from silkgraph.extract.relations.pair_subject import _pair_subject
from silkgraph.extract.relations.pairs import nominal_pairs, pairs
from silkgraph.extract.relations.parties import subject
from silkgraph.extract.relations.party_roles import home_hostile, speaks_for_state
from silkgraph.extract.relations.passive_view import passive_views
from silkgraph.extract.relations.predicates import bare_with_pred, topic_noun, with_pred
from silkgraph.extract.relations.shares import shares
from silkgraph.extract.relations.subject_pronoun import lead_pronoun
from silkgraph.extract.relations.view_possessed import possessed_views
from silkgraph.extract.relations.visit_pair import visit_found
from silkgraph.extract.relations.weak import weak_acts
from silkgraph.extract.wordstart import word_start
from silkgraph.model import Fact

__all__ = ["ANY_CUE_RE", "CUES", "Cue", "extract_relations"]

PARTY_TYPES = ("state", "organization")
IT_RE = re.compile(word_start("It", "it") + r"\s")  # begins with its first letters: the engine skips to them (see wordstart)
APPOS_NOUN_RE = re.compile(r"(?:all(?:y|ies)|partners?|rivals?|competitors?|adversar(?:y|ies)|enem(?:y|ies)|foes?|friends?|clients?|client states?|patrons?|backers?|protectors?|nemes(?:is|es)|benefactors?) (?:of|for|to) |(?:allied|aligned) (?:with|to) ")  # exact pre-check of ANY_CUE_RE: one Aho-Corasick scan


ACCUSE_AT_RE = re.compile(r"(?:accus|blam)", re.I)  # an accusation cue: no hostility of an armed group told
BLOC_KINDS = ("bloc", "alliance", "union", "supranational")


def _parties(sv: SentenceView, ctx: ArticleContext) -> tuple[list[Part], list[Part]]:
    """States, and blocs that act as one (EU, NATO); persons stand for their state. Second,
    the armed groups (a movement, a militia): parties only of explicit nominal cues ("the
    Taliban's main rival", "calls the Taliban a partner")."""
    out = []
    armed = []
    parts = participants(sv, ctx)
    for p in parts:
        if p.why:  # a ministry or the government stands for its state ("the Azerbaijani
            # defence ministry accused ..."); other proxies (an army unit) do not
            if p.kind == "name" and p.eid.startswith("state:") and speaks_for_state(parts, p, ctx):
                out.append(p)
            elif leader_part(sv, ctx, p):  # "Pashinyan accused Baku": a serving leader speaks for the state
                out.append(p)
            continue
        et = ctx.etype(p.eid)
        if et == "armed_group":
            armed.append(p)
        ent = ctx.entity(p.eid)
        if et == "state" or (et == "organization" and ent is not None
                             and str(ent.attrs.get("kind", "")).lower() in BLOC_KINDS):
            out.append(p)
    out += [p for p in capital_appos(sv, ctx) if not any(q.start < p.end and p.start < q.end for q in out)]
    armed += [p for p in armed_anaphors(sv, ctx) if not any(q.start < p.end and p.start < q.end for q in armed)]
    out += [p for p in country_anaphors(sv, ctx) + his_country(sv, ctx) + government_anaphors(sv, ctx, armed)
            + lead_pronoun(sv, ctx) if not any(q.start < p.end and p.start < q.end for q in out)]
    for i, g in enumerate(group_mentions(sv.text, sv.low)):  # "the five Central Asian states": one party
        if not any(g.start <= p.start < g.end for p in out):
            out.append(Part(f"group:{i}", g.start, g.end, None, "group"))
    return sorted(peoples_masked(out, sv.text), key=lambda p: p.start), armed  # ("ethnic Kyrgyz": a people)


def _bloc_partner(sv: SentenceView, ctx: ArticleContext, ps: list[Part], live: set[int]) -> list[tuple[Part, Part, str, int, str]]:
    """"X remained one of the alliance's most committed partners": X and the bloc."""
    out: list[tuple[Part, Part, str, int, str]] = []
    for cue in BY_SHAPE.get("bloc_partner", []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(sv.text, sv.low):
            subj = subject([p for p in ps if p.eid.startswith("state:")], sv.text, m.start())
            if subj is None:
                continue
            org = next((p for p in ps if m.start("org") <= p.start < m.end("org")), None)
            why = ""
            if org is None:
                if not re.fullmatch(r"(?:bloc|alliance|organi[sz]ation|union)", m.group("org"), re.I):
                    continue
                got = bloc_before(ctx, sv, m.start())
                if got is None:
                    continue
                org, why = Part(got[0], m.start("org"), m.end("org")), f"'{m.group('org')}' = {got[1]}"
            out.append((subj, org, cue.kind, m.start(), why))
    return out


def extract_relations(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    """The relations (ally, partner, rival, adversary, neutral) the sentence tells between states,
    organisations and armed groups, from the live alignment cues of every shape; read again with
    the asides after its parties blanked out ("India, the region's largest economy, and Russia
    are allies": ``appos_mask``)."""
    if not ANY_CUE_GATE.search(sv.text, sv.low):
        return []
    out = _extract(sv, ctx)
    view = masked(sv, (NEAR_ASIDE_GATE,), {e for f in out for e in (f.args["a"], f.args["b"])})
    if view is not None:
        out += _extract(view, ctx)
    return out


def _extract(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    """The relations of one view of a sentence (see ``extract_relations``)."""
    low = sv.low
    ps, armed = _parties(sv, ctx)
    weak: list[tuple[Part, Part, str, int]] = []
    live = live_cues(sv)  # one scan of the sentence for every cue's exact pre-check
    found: list[tuple[Part, Part, str, int, str]] = _pair_subject(sv, ctx, ps, live) + _bloc_partner(sv, ctx, ps, live)
    found += extra.run(sv, ctx, ps, BY_SHAPE, lambda c: id(c) in live, armed)  # type: ignore[arg-type]
    found += exercises(sv, ctx, live)  # "Chinese and Tajik units held a joint drill"
    found += visit_found(sv, ctx, live, found)  # "Modi came to Colombo, and the two governments signed …"
    if "between" in sv.text:  # "relations between the two countries remain tense"
        found += between_anaphor(sv, ctx, ps, live)
    if ", wh" in sv.text and ("fought" in sv.text or "clashed" in sv.text or "went to war" in sv.text):
        found += fought_anaphor(sv, ctx, ps)  # "… between the neighbours, who fought two wars"
    if ps and sv.text[:4] in ("Its ", "Thei"):  # "Its ally Russia sent observers": the previous subject's ally
        found += its_lead(sv, ctx, ps)
    if ps and "its " in sv.text:  # "Ankara is its closest ally", "India, its archrival, protested"
        found += its_copula(sv, ctx, ps)
    if IT_RE.search(sv.text):  # "It … signed an alliance declaration with Moscow"
        found += it_with(sv, ctx, ps, ((m, k) for c in BY_SHAPE.get("with", []) if id(c) in live
                                       for m in c.regex.finditer(sv.text) if (k := cue_kind(c, m))))
    found += hosts(sv, ctx, ps, (m for c in BY_SHAPE.get("hosts", []) if id(c) in live for m in c.regex.finditer(sv.text)))
    if len({p.eid for p in ps}) >= 2:
        found += [(a, b, kind, pos, "") for a, b, kind, pos in pairs(sv, ps, live)]
        found += [(a, b, kind, pos, "") for a, b, kind, pos in with_pred(ps, sv.text, live)]
        found += [(a, b, kind, pos, "") for a, b, kind, pos in poss_before(ps, sv.text, participants(sv, ctx))]  # "its ally Y"
        found += [(a, b, kind, pos, "") for a, b, kind, pos in shares(ps, sv.text)]  # "Russia with 87 percent of Y's imports"
        found += noun_pairs(ps, sv.text)  # "nuclear-armed rivals India and Pakistan"
        found += [(a, b, kind, pos, "") for a, b, kind, pos in possessed_views(ps, sv.text, live)]  # "called Y Z's ally"
        found += contest_lists(ps, sv.text, _live_matches(sv, "contest_list", live))  # "X, Y and Z compete"
        found += [(a, b, kind, pos, "") for a, b, kind, pos in passive_views(ps, sv.text)]  # "Y is seen by X as a rival"
        found += foreign_bases(ps, sv.text, (m for c in BY_SHAPE.get("foreign_base", []) if id(c) in live
                                             for m in c.gate.finditer(sv.text, low)))  # "Russia's base in Tajikistan"
        found += demonym_allies(ps, sv.text, (m for c in BY_SHAPE.get("demonym_poss", []) if id(c) in live
                                              for m in c.regex.finditer(sv.text)))  # "Baku's Turkish allies"
        if " its " in sv.text:  # "Israel remains Azerbaijan's partner, Türkiye its ally"
            found += gapped(ps, sv.text, BY_SHAPE.get("poss_noun", []), lambda c: id(c) in live)
        weak = weak_acts(ctx, ps, sv.text, low, live)  # "X summoned Y's envoy": a pair told of nothing else
        if APPOS_NOUN_RE.search(low if low is not None else sv.text.lower()):  # "… ally of X", "a partner for X"
            found += appos_of(sv.text, ps, (m for c in BY_SHAPE.get("appos_of", []) if id(c) in live
                                            for m in c.regex.finditer(sv.text)))
    if ps and (" both " in sv.text or " two " in sv.text) and APPOS_NOUN_RE.search(low if low is not None else sv.text.lower()):
        found += pair_of(sv, ctx, ps)  # "Moscow, a treaty ally of both capitals"
    if ps and ("oth " in sv.text or " two " in sv.text):  # "China, which is close to both neighbours"
        host_ms = [m for c in BY_SHAPE.get("hosts", []) if id(c) in live for m in c.regex.finditer(sv.text)]
        found += pair_parties(sv, ctx, ps, [
            lambda v, sub: [(a, b, k, p, "") for a, b, k, p in pairs(v, sub, live) + with_pred(sub, v.text, live)],
            lambda v, sub: hosts(v, ctx, sub, host_ms)])
    if ps and ("Relations" in sv.text or "Ties" in sv.text or ": relations" in sv.text):  # "Relations with India soured": the article's state
        found += bare_with_pred(sv, ctx, ps, live, ctx.main_state(sv))
    if ps and any(id(c) in live for c in BY_SHAPE.get("topic_noun", [])):  # "The opening to Pakistan …"
        found += topic_noun(sv, ctx, ps, live)
    if armed and len(ps) + len(armed) >= 2:
        found += _armed_found(sv, ctx, ps, armed, live)
    if found and "like " in sv.text:  # "X, like Y, signed a partnership with Z": Y too
        found += like_asides(ps, sv.text, found)
    if not found and not weak:
        return []
    return _facts(sv, ctx, ps, found, weak)


def _live_matches(sv: SentenceView, shape: str, live: set[int]) -> list[re.Match[str]]:
    """The matches of the live cues of one shape."""
    return [m for c in BY_SHAPE.get(shape, []) if id(c) in live for m in c.gate.finditer(sv.text, sv.low)]


def _armed_found(sv: SentenceView, ctx: ArticleContext, ps: list[Part], armed: list[Part],
                 live: set[int]) -> list[tuple[Part, Part, str, int, str]]:
    """Relations with an armed group: nominal pairs, hostile verb and "with" cues ("its ceasefire
    with Islamabad", "the group's insurgency against X": only the hostile kinds, never an
    accusation), "relations with" predicates and appositions ("X, an ally of the Taliban")."""
    both = sorted(ps + armed, key=lambda p: p.start)
    found: list[tuple[Part, Part, str, int, str]] = [
        (a, b, kind, pos, "") for a, b, kind, pos in nominal_pairs(both, sv.text, live)
        if ctx.etype(a.eid) == "armed_group" or ctx.etype(b.eid) == "armed_group"]
    found += [(a, b, kind, pos, "") for a, b, kind, pos in pairs(sv, both, live)
              if (kind == "adversary" or (kind == "rival" and not ACCUSE_AT_RE.match(sv.text, pos)))
              and "armed_group" in (ctx.etype(a.eid), ctx.etype(b.eid))  # (two groups too: "the Taliban's war against ISKP")
              and (kind == "rival" or not home_hostile(ctx, a.eid, b.eid))]  # ("X is hostile to the Taliban": rival)
    # "The Taliban and ISKP are bitter enemies", "X and the TTP have been locked in conflict": a coordinated pair
    found += [f for f in _pair_subject(sv, ctx, both, live)
              if (ctx.etype(f[0].eid) == "armed_group") != (ctx.etype(f[1].eid) == "armed_group")
              and not (FAMILY[f[2]] == "hostile" and home_hostile(ctx, f[0].eid, f[1].eid))
              or ctx.etype(f[0].eid) == ctx.etype(f[1].eid) == "armed_group"]
    found += armed_with(sv, ctx, ps, armed, live)  # "relations with the Taliban fell apart", "X, an ally of the Taliban"
    return found


