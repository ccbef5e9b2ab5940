"""Relations: how two states or blocs stand towards each other (ally, partner, rival,
adversary, neutral), from alignment cues (``resources/ontology/relations.yaml``).

Only a cue links a pair: co-mention alone is never a relation.  One relation per pair
and kind family (friendly: ally/partner; hostile: rival/adversary) per article; later
sentences that restate it are added to its evidence.
"""

from __future__ import annotations

import itertools
import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import (
    Part,
    add_evidence,
    article_state,
    bloc_before,
    clause_bounds,
    participants,
    plural_anaphor,
)
from silkgraph.extract.events.article import last_plural
from silkgraph.extract.grammar import LIST_GAP_RE
from silkgraph.extract.pronoun import pair_anaphor
from silkgraph.extract.relations import extra
from silkgraph.extract.relations.anaphora import (
    armed_anaphors,
    country_anaphors,
    government_anaphors,
    leaders_pair,
)
from silkgraph.extract.relations.appos import appos_of
from silkgraph.extract.relations.appos_mask import masked
from silkgraph.extract.relations.armed import armed_with
from silkgraph.extract.relations.between_anaphor import between_anaphor, fought_anaphor
from silkgraph.extract.relations.capital import capital_appos
from silkgraph.extract.relations.contest import contest_lists
from silkgraph.extract.relations.cues import BY_SHAPE, CUES, Cue, live_cues
from silkgraph.extract.relations.demonym_allies import demonym_allies
from silkgraph.extract.relations.denied import denied_before
from silkgraph.extract.relations.ethnic import peoples_masked
from silkgraph.extract.relations.exercise import exercises
from silkgraph.extract.relations.foreign_base import foreign_bases
from silkgraph.extract.relations.gapped import gapped
from silkgraph.extract.relations.gates import ANY_CUE_GATE, ANY_CUE_RE, NEAR_ASIDE_GATE
from silkgraph.extract.relations.groups import GroupMention, group_mentions
from silkgraph.extract.relations.host import hosts, it_with
from silkgraph.extract.relations.leaders import leader_part
from silkgraph.extract.relations.like_aside import in_rel_aside, like_asides, nonstate_head
from silkgraph.extract.relations.lists import PAIR_AND_RE
from silkgraph.extract.relations.maker import merged_runs
from silkgraph.extract.relations.modifiers import resolved_before
from silkgraph.extract.relations.noun_pair import noun_pairs
from silkgraph.extract.relations.owners import his_country, its_lead, poss_before
from silkgraph.extract.relations.pair_object import verb_gap
from silkgraph.extract.relations.pair_of import pair_of
from silkgraph.extract.relations.pair_party import pair_parties
from silkgraph.extract.relations.pair_referents import (
    demonym_only_before,
    he_part,
    same_sentence_pair,
)
from silkgraph.extract.relations.pairs import nominal_pairs, pairs
from silkgraph.extract.relations.parties import subject
from silkgraph.extract.relations.party_roles import home_hostile, speaks_for_state
from silkgraph.extract.relations.passive_view import passive_views
from silkgraph.extract.relations.predicates import bare_with_pred, topic_noun, with_pred
from silkgraph.extract.relations.shares import shares
from silkgraph.extract.relations.subject_pronoun import lead_pronoun
from silkgraph.extract.relations.visit_pair import visit_found
from silkgraph.extract.relations.weak import weak_acts
from silkgraph.extract.wordstart import word_start
from silkgraph.model import Fact

__all__ = ["ANY_CUE_RE", "CUES", "Cue", "extract_relations"]

PARTY_TYPES = ("state", "organization")
FAMILY = {"ally": "friendly", "partner": "friendly", "rival": "hostile", "adversary": "hostile",
          "neutral": "neutral"}
IT_RE = re.compile(word_start("It", "it") + r"\s")  # begins with its first letters: the engine skips to them (see wordstart)
# a copula cue denied right after its verb: "are not rivals", "have never been allies", "are no longer partners"
COPULA_NEG_RE = re.compile(r"(?:\w+\s+){1,2}?(?:not|never|no\s+longer)\s+(?:been\s+|become\s+)?(?:\w+\s+){0,2}?"
                           r"(?:allie[sd]|partners|rivals|arch-?rivals|competitors|adversaries|enemies|arch-?enemies|foes|"
                           r"hostile|estranged)\b", re.I)
APPOS_NOUN_RE = re.compile(r"(?:all(?:y|ies)|partners?|rivals?|competitors?|adversar(?:y|ies)|enem(?:y|ies)|foes?|friends?|clients?|client states?|patrons?|backers?|protectors?|nemes(?:is|es)|benefactors?) (?:of|for|to) ")  # exact pre-check of ANY_CUE_RE: one Aho-Corasick scan


ACCUSE_AT_RE = re.compile(r"(?:accus|blam)", re.I)  # an accusation cue: no hostility of an armed group told
BLOC_KINDS = ("bloc", "alliance", "union", "supranational")
# a cue denied right before it: "has no rivalry with", "have never fought a war", "is no longer Y's
# partner" (a few function words between)
NEG_BEFORE_RE = re.compile(r"(?:\b(?:no|not|never|neither|nor)|n[’']t)\s+(?:(?:a|an|the|any|been|be|have|has|had|"
                           r"fought|waged|signed|formed|yet|ever|real|formal|open|direct|such|longer|much|major|serious)\s+){0,3}$", re.I)


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


def _expand(p: Part, why: str, groups: list[GroupMention]) -> list[tuple[str, str]]:
    """A group party stands for each of its member states (recorded as an inference)."""
    if not p.eid.startswith("group:"):
        return [(p.eid, p.why or why)]  # an anaphor's antecedent ("the movement") is an inference
    g = groups[int(p.eid.split(":", 1)[1])]
    return [(m, g.why(m)) for m in g.members]




def _pair_subject(sv: SentenceView, ctx: ArticleContext, ps: list[Part], live: set[int]) -> list[tuple[Part, Part, str, int, str]]:
    """"X and Y have never restored diplomatic relations", "the two countries that fought":
    the coordinated subject, or the states a plural anaphor stands for."""
    out: list[tuple[Part, Part, str, int, str]] = []
    text = sv.text
    for cue in BY_SHAPE.get("pair_subject", []) + BY_SHAPE.get("pair_subject_named", []) + BY_SHAPE.get("pair_object", []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(text, sv.low):
            if COPULA_NEG_RE.match(m.group(0)):
                continue  # "X and Y are not rivals", "… have never been allies"
            cs, _ = clause_bounds(text, m.start(), m.end())
            if cue.shape == "pair_object" and not verb_gap(text, cs, m.start()):
                continue  # "X and Y <any verb group> a strategic partnership": not "X and Y suspended …"
            if text[cs - 5:cs].strip().lower() == "that":  # "the two countries that fought"
                cs, _ = clause_bounds(text, cs - 6, cs - 5)
            ap = APPOS_REL_RE.search(text, max(0, m.start() - 160), m.start())
            if ap is not None and ap.start() < cs:  # "X and Y, neighbours that had never …, traded strikes"
                cs, _ = clause_bounds(text, ap.start(), ap.start())
            subj = [p for p in ps if cs <= p.start and p.end <= m.start() and not in_rel_aside(text, cs, m.start(), p)]
            if len(subj) < 2:  # "Aliyev and Putin signed …": leaders stand for their states
                subj = sorted(subj + [p for p in participants(sv, ctx) if p.why and p.kind == "title"
                                      and p.eid.startswith("state:") and cs <= p.start and p.end <= m.start()],
                              key=lambda p: p.start)
            subj = merged_runs(subj, text)  # "Russian President X and Uzbek President Y signed …": one part each
            if subj and (he := HE_AND_RE.search(text, cs, subj[-1].start)) is not None \
                    and TITLE_GAP_RE.fullmatch(text, he.end(), subj[-1].start) \
                    and (hp := he_part(sv, ctx, he.start(), subj[-1].eid)) is not None:
                subj = [hp, subj[-1]]  # "during X's visit to Ankara, he and Erdoğan signed …"
                out.append((subj[0], subj[1], cue.kind, m.start(), ""))  # ("he and President Y": a title between)
                continue
            if len(subj) > 2 and not PAIR_AND_RE.fullmatch(text[subj[0].end:subj[1].start]) \
                    and not LIST_GAP_RE.fullmatch(text, subj[-3].end, subj[-2].start):
                subj = subj[-2:]  # "at the China–Central Asia summit, X and Y signed …": the pair before the verb
            if len(subj) >= 2 and PAIR_AND_RE.fullmatch(text[subj[0].end:subj[1].start]):
                if nonstate_head(text, subj[0].start):
                    continue  # "Analysts from X and Y disputed …": not the states' own act
                if cue.shape == "pair_subject_named" and "group" in (subj[0].kind, subj[1].kind):
                    continue  # "China and the five Central Asian states signed …": not a pair's own tie
                out.append((subj[0], subj[1], cue.kind, m.start(), ""))
                continue
            if subj or cue.shape in ("pair_subject_named", "pair_object"):
                continue  # ("the two governments announced a partnership": the visit's pair, visit_pair.py)
            # "X and Y call each other partners, but in Central Asia they are rivals": the sentence's pair
            ana = same_sentence_pair(ps, text, cs, m.start(), they=True)
            same = ana is not None
            if ana is None:
                ana = plural_anaphor(ctx, sv, cs, m.start())
            if ana and not same and demonym_only_before(ctx, sv, ana[0]):  # "German officials": no party of the pair
                pa = last_plural(text, m.start(), cs)
                ana = pair_anaphor(ctx, sv, pa) if pa else None
            named = {p.eid for p in participants(sv, ctx) if p.eid.startswith("state:") and p.start < m.start()}
            if ana is None:  # "X and Y opened drills, marking years since the two countries signed …"
                ana = same_sentence_pair(ps, text, cs, m.start())
            if ana is None:  # "Tokayev and Japarov met. The two leaders hailed their alliance."
                ana = leaders_pair(ctx, sv, cs, m.start())
            if ana and len(ana[0]) == 2 and (same or re.search(r"\b(?:two|both)\b", text[cs:m.start()], re.I)) \
                    and named <= set(ana[0]):  # a state named before the anaphor must be one of its referents
                a, b = ana[0]
                out.append((Part(a, m.start(), m.start()), Part(b, m.start(), m.start()), cue.kind, m.start(), ana[1]))
    return out


# an apposition with a relative clause between a coordinated subject and its verb: ", neighbours
# that had never before fired on each other's territory, "
APPOS_REL_RE = re.compile(r",\s+(?:(?:a|an|the|two|both|old|long-?time)\s+)?(?-i:[a-z])[\w\-]+(?:\s+(?-i:[a-z])[\w\-]+)?\s+"
                          r"(?:that|which|who)\b[^;,]{1,120},\s*$")
HE_AND_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+and\s+")
TITLE_GAP_RE = re.compile(r"(?:[A-Z][a-z]+\s+){0,3}")  # "he and President X": the other's title


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
    if IT_RE.search(sv.text):  # "It … signed an alliance declaration with Moscow"
        found += it_with(sv, ctx, ps, ((m, c.kind) for c in BY_SHAPE.get("with", []) if id(c) in live
                                       for m in c.regex.finditer(sv.text)))
    found += hosts(sv, ctx, ps, (m for c in BY_SHAPE.get("hosts", []) if id(c) in live for m in c.regex.finditer(sv.text)))
    if len({p.eid for p in ps}) >= 2:
        found += [(a, b, kind, pos, "") for a, b, kind, pos in pairs(sv, ps, live)]
        found += [(a, b, kind, pos, "") for a, b, kind, pos in with_pred(ps, sv.text, live)]
        found += [(a, b, kind, pos, "") for a, b, kind, pos in poss_before(ps, sv.text, participants(sv, ctx))]  # "its ally Y"
        found += [(a, b, kind, pos, "") for a, b, kind, pos in shares(ps, sv.text)]  # "Russia with 87 percent of Y's imports"
        found += noun_pairs(ps, sv.text)  # "nuclear-armed rivals India and Pakistan"
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


def _facts(sv: SentenceView, ctx: ArticleContext, ps: list[Part], found: list[tuple[Part, Part, str, int, str]],
           weak: list[tuple[Part, Part, str, int]]) -> list[Fact]:
    """The relation facts of the pairs found (a weak act only for a pair the article has told
    nothing of), merged with the article's earlier facts of the same pair and family."""
    st = article_state(ctx)
    out: list[Fact] = []
    groups = group_mentions(sv.text, sv.low) if any(p.kind == "group" for p in ps) else []
    told = {(k[0], k[1]) for k in st.relations}
    for a, b, kind, pos, why in found + [(a, b, k, p, "weak") for a, b, k, p in weak]:
        if a.eid == b.eid or (a.kind == "group" and b.kind == "group"):
            continue
        if why == "weak":  # a weak act: only for a pair the article has told nothing of
            if tuple(sorted((a.eid, b.eid))) in told:
                continue
            why = ""
        if NEG_BEFORE_RE.search(sv.text, max(0, pos - 40), pos) or (kind == "rival" and resolved_before(sv.text, pos)) \
                or (FAMILY[kind] == "hostile" and denied_before(sv.text, pos)):
            continue  # "have no rivalry with Y"; "eased tensions along its border with Y"; "not seeking a quarrel with Y"
        for (ea, wa), (eb, wb) in itertools.product(_expand(a, why, groups), _expand(b, why, groups)):
            if ea == eb:
                continue
            (x, wx), (y, wy) = sorted(((ea, wa), (eb, wb)))
            key = (x, y, FAMILY[kind])
            old = st.relations.get(key)
            if old is not None:
                add_evidence(old, sv)
                if kind == "ally" and old.args.get("kind") == "partner":
                    old.args["kind"] = "ally"  # "hosts a Russian base" … "Moscow remains Bishkek's closest ally"
                continue
            inf = {k: w for k, w in (("a", wx), ("b", wy)) if w}
            if why and not inf.keys() >= {"a", "b"}:
                inf = {"a": inf.get("a", why), "b": inf.get("b", why)}
            f = ctx.fact("relation", sv, {"a": x, "b": y, "kind": kind}, sv.abs(pos), inferences=inf or None)
            st.relations[key] = f
            out.append(f)
    return out
