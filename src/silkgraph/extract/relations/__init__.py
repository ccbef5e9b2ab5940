"""Relations: how two states or blocs stand towards each other (ally, partner, rival,
adversary, neutral), from alignment cues (``resources/ontology/relations.yaml``).

Only a cue links a pair: co-mention alone is never a relation.  One relation per pair
and kind family (friendly: ally/partner; hostile: rival/adversary) per article; later
sentences that restate it are added to its evidence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import (
    Part,
    add_evidence,
    article_state,
    bloc_before,
    clause_bounds,
    participants,
    plural_anaphor,
    uniq_parts,
)
from silkgraph.extract.prefilter import Gate, GateSet, lowered
from silkgraph.extract.relations import extra
from silkgraph.extract.relations.groups import GroupMention, group_mentions
from silkgraph.extract.relations.supply import supply
from silkgraph.model import Fact
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")
PARTY_TYPES = ("state", "organization")
FAMILY = {"ally": "friendly", "partner": "friendly", "rival": "hostile", "adversary": "hostile",
          "neutral": "neutral"}
POSS_RE = re.compile(r"^(?:[’']s)")
ITS_RE = re.compile(r"\b(?:its|their)\s+$", re.I)
VIEW_AS_RE = re.compile(
    r"\s+(?:as\s+)?(?:a|an|its)?\s*(?:(?:key|vital|strategic|major|important|natural|close|"
    r"reliable|potential|primary|principal)\s+)*(?P<noun>ally|partner|rival|adversary|enemy|threat)\b",
    re.I)


@dataclass(frozen=True)
class Cue:
    shape: str
    kind: str
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None = None


CUES = tuple(Cue(c["shape"], c["kind"], re.compile(c["pattern"], re.I),
                 re.compile(c["unless"], re.I) if c.get("unless") else None) for c in _DATA["cues"])
_BY_SHAPE = {s: [c for c in CUES if c.shape == s] for s in {c.shape for c in CUES}}
_CUE_GATES = GateSet([Gate(c.regex) for c in CUES])  # exact pre-checks of the cue patterns


def _live_cues(sv: SentenceView) -> set[int]:
    """ids of the cues whose pattern may match the sentence (the others cannot)."""
    return {id(c) for c, ok in zip(CUES, _CUE_GATES.passing(sv.low), strict=True) if ok}
ANY_CUE_RE = re.compile(r"\b(?:all(?:y|ies|iance|ied)|partner|rival|adversar|enem|foe|tension|hostil|"
                        r"war\b|wars\b|conflict|confrontation|clash|align|ties|relations|support|"
                        r"brother|views?\b|viewed|consider|regard|enmity|animosity|antagonism|odds|each other|"
                        r"one another|themselves|axis|fought|went to war|restored|broke off|severed|stepped back|"
                        r"threats|supplier|peace|fighting|hostilities|skirmishes|invasion|occupation|annexation|"
                        r"imports|(?:arms|weapons|equipment) from|accus|blam|turn|rel(?:y|ies|iant)|depend|rapprochement|friendship|"
                        r"cooperation|dispute|feud|standoff|stand-off|friction|trust|donor|creditor|investor|backer|"
                        r"patron|protector|benefactor|sponsor|pact|struck|strikes|attack|shell|bomb|invade|against|"
                        r"rais|upgrad|elevat|lifted|closer|fire\b|estranged|links|relationship|treaty|mutual|neighbou?r)",
                        re.I)
_ANY_CUE_LOW = lowered(ANY_CUE_RE)  # the same test on SentenceView.low, much faster than re.I
_ANY_CUE_GATE = Gate(ANY_CUE_RE)  # exact pre-check of ANY_CUE_RE: one Aho-Corasick scan
_AND_GAP_RE = re.compile(r"\s*and\s*")


BLOC_KINDS = ("bloc", "alliance", "union", "supranational")


def _parties(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """States, and blocs that act as one (EU, NATO); persons stand for their state."""
    out = []
    for p in participants(sv, ctx):
        if p.why:
            continue
        et = ctx.etype(p.eid)
        ent = ctx.entity(p.eid)
        if et == "state" or (et == "organization" and ent is not None
                             and str(ent.attrs.get("kind", "")).lower() in BLOC_KINDS):
            out.append(p)
    for i, g in enumerate(group_mentions(sv.text)):  # "the five Central Asian states": one party
        if not any(g.start <= p.start < g.end for p in out):
            out.append(Part(f"group:{i}", g.start, g.end, None, "group"))
    return sorted(out, key=lambda p: p.start)


def _expand(p: Part, why: str, groups: list[GroupMention]) -> list[tuple[str, str]]:
    """A group party stands for each of its member states (recorded as an inference)."""
    if not p.eid.startswith("group:"):
        return [(p.eid, why)]
    g = groups[int(p.eid.split(":", 1)[1])]
    return [(m, g.why(m)) for m in g.members]


def _next_list(ps: list[Part], text: str, pos: int, limit: int = 40) -> list[Part]:
    """A coordinated list of parties starting right after ``pos``: "X and Y", "X, Y, and Z"."""
    out: list[Part] = []
    seps: list[str] = []
    cur = pos
    for p in ps:
        if p.start < cur:
            continue
        gap = text[cur:p.start]
        if not out:
            if p.start - pos > limit or re.search(r"[,;.]", gap) and len(gap) > 6:
                break
        elif not re.fullmatch(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?", gap):
            break
        out.append(p)
        cur = p.end
        seps.append(gap)
    # "with Armenia, Pakistan is ...": a bare comma before the last item starts a new clause
    if len(out) >= 2 and not re.search(r"\band\b|&", seps[-1]):
        out.pop()
    return out


def _prev_party(ps: list[Part], text: str, pos: int) -> Part | None:
    """The possessor of "its" at ``pos``: the nearest preceding party named as a noun."""
    best = None
    for p in ps:
        if p.end > pos:
            break
        if p.kind == "demonym" and re.match(r"^\s+[a-z]", text[p.end:p.end + 12]):
            continue
        if re.search(r"\bwith\s+(?:the\s+)?$", text[max(0, p.start - 10):p.start], re.I):
            continue  # "partnership with Armenia ... its rivalry": Armenia is not "its" owner
        best = p
    return best


# a parenthetical insertion between a subject and its verb: "Moscow, for its part, has accused"
INSERT_RE = re.compile(r"^\s*,\s*(?:for (?:its|their|his|her) part|in turn|meanwhile|however|too|also|moreover|"
                       r"in response|for now|so far|in particular|notably|for example|in effect)\s*,", re.I)


def _subject(ps: list[Part], text: str, pos: int) -> Part | None:
    """The party a possessive cue belongs to: "X's" right before, or "its" → antecedent."""
    before = text[:pos]
    for p in reversed(ps):
        gap = INSERT_RE.sub(" ", text[p.end:pos]) if p.end <= pos else ""
        if p.end <= pos and re.fullmatch(r"(?:[’']s)?\s*(?:[\w\-]+\s+){0,3}", gap) and \
                not re.search(r"\b(?:and|with|of|to|for|the|a|an)\b", gap, re.I):
            return p
    m = re.search(r"\b(?:its|their)\s+(?:[\w\-]+\s+){0,3}$", before, re.I)
    if m:
        return _prev_party(ps, text, m.start())
    # "X has aligned with Y": the clause's subject, with nothing but a verb phrase between
    cs, _ = clause_bounds(text, pos, pos + 1)
    first = [p for p in ps if cs <= p.start and p.end <= pos]
    if first and not re.search(r"\b(?:with|for|of|to|from|by|between|and)\b|,", text[first[0].end:pos], re.I) \
            and len(text[first[0].end:pos]) < 50:
        return first[0]
    return None


_DASH_GAP_RE = re.compile(r"\s*[-–—/]\s*")
_BACKED_RE = re.compile(r"^-(?:backed|supported|allied)\b")


def _pairs(sv: SentenceView, ps: list[Part], live: set[int]) -> list[tuple[Part, Part, str, int]]:
    text = sv.text
    out: list[tuple[Part, Part, str, int]] = []
    for cue in _BY_SHAPE.get("pair_between", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            lst = _next_list(ps, text, m.end(), 12)
            if len(lst) >= 2:
                out.append((lst[0], lst[1], cue.kind, m.start()))
    for a, b in zip(ps, ps[1:], strict=False):
        if _DASH_GAP_RE.fullmatch(text[a.end:b.start]):
            for cue in _BY_SHAPE.get("compound", []):
                if id(cue) in live and cue.regex.match(text[b.end:b.end + 40]):
                    out.append((a, b, cue.kind, b.end))
    for cue in _BY_SHAPE.get("poss_noun", []):
        if id(cue) not in live:  # the gate is exact: _poss_noun would find nothing
            continue
        if cue.unless is None or not cue.unless.search(text):
            out.extend(_poss_noun(cue, ps, text))
    for cue in _BY_SHAPE.get("with", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            lst = _next_list(ps, text, m.end(), 14)
            if cue.kind == "adversary":  # "X ... during the war against Y": the nearest side
                near = [p for p in ps if p.end <= m.start() and m.start() - p.end < 40]
                subj = near[-1] if near else None
            else:
                subj = _subject(ps, text, m.start())
            for b in lst:
                if subj is not None and subj.eid != b.eid:
                    out.append((subj, b, cue.kind, m.start()))
    for cue in _BY_SHAPE.get("support", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            lst = _next_list(ps, text, m.end(), 14)
            subj = _subject(ps, text, m.start())
            for b in lst[:1]:
                if subj is not None and subj.eid != b.eid:
                    out.append((subj, b, cue.kind, m.start()))
    for a in ps:  # "Pakistan's China-backed strategy": China backs Pakistan
        if _BACKED_RE.match(text[a.end:a.end + 12]):
            owner = _subject([p for p in ps if p.end <= a.start], text, a.start)
            if owner is not None and owner.eid != a.eid:
                out.append((owner, a, "partner", a.end))
    out.extend(_between_pred(ps, text, live))
    out.extend(_upgrade(ps, text, live))
    out.extend(supply(ps, text, _BY_SHAPE, live))
    out.extend(_views(ps, text, live))
    out.extend(_mutual(ps, text, live))
    out.extend(_its_appos(ps, text))
    for cue in _BY_SHAPE.get("group", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            states = uniq_parts([p for p in ps if p.eid.startswith("state:")])
            if 3 <= len(states) <= 4:
                for a, b in itertools.combinations(states, 2):
                    out.append((a, b, cue.kind, m.start()))
    for cue in _BY_SHAPE.get("plural_subj", []):
        if id(cue) not in live:  # the gate is exact: no match anywhere in the sentence
            continue
        for i in range(len(ps) - 1):
            a, b = ps[i], ps[i + 1]
            if _AND_GAP_RE.fullmatch(text[a.end:b.start]) and cue.regex.match(text[b.end:b.end + 50]):
                out.append((a, b, cue.kind, b.end))
    return out


# "relations between X and Y remain hostile / have soured / are close": the predicate's kind
BETWEEN_PRED_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:have|has|had)\s+)?(?:(?:long|always|again|remained|since|also|now|still)\s+)*"
    r"(?:(?:remain|remains|remained|are|were|is|was|been|grew|grown|became|become|turned|look|looks)\s+"
    r"(?:(?:very|deeply|openly|increasingly|notably|particularly|highly|more|unusually|exceptionally)\s+)*"
    r"(?P<adj>hostile|tense|strained|frosty|fraught|troubled|antagonistic|acrimonious|poor|rocky|"
    r"close|warm|friendly|cordial|excellent|strong|brotherly)"
    r"|(?P<verb>deteriorated|soured|worsened|collapsed|broke down|warmed|improved|deepened|"
    r"strengthened))\b", re.I)
BETWEEN_ADJ_KIND = {"close": "partner", "warm": "partner", "friendly": "partner", "cordial": "partner",
                    "excellent": "partner", "strong": "partner", "brotherly": "ally", "warmed": "partner",
                    "improved": "partner", "deepened": "partner", "strengthened": "partner"}


def _between_pred(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    out = []
    for cue in _BY_SHAPE.get("between_pred", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            lst = _next_list(ps, text, m.end(), 12)
            if len(lst) != 2:
                continue
            pm = BETWEEN_PRED_RE.match(text, lst[-1].end)
            if not pm:
                continue
            word = (pm.group("adj") or pm.group("verb")).lower()
            out.append((lst[0], lst[1], BETWEEN_ADJ_KIND.get(word, "rival"), m.start()))
    return out


def _upgrade(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """"X raised relations (with Y) to a strategic partnership": Y after "with", else the next
    other party of the sentence ("..., when Y's president visited")."""
    out = []
    for cue in _BY_SHAPE.get("upgrade", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            if m.group("with") is None and re.search(r"\btheir\b", m.group(0), re.I):
                both = _their_pair(ps, text, m.start())
                if both is not None:
                    out.append((both[0], both[1], cue.kind, m.start()))
                    continue
            subj = _subject(ps, text, m.start())
            if subj is None:
                continue
            if m.group("with") is not None:
                w = m.start("with")
                obj = next((p for p in ps if w <= p.start <= w + 2), None)
            else:
                obj = next((p for p in ps if p.start >= m.end() and p.eid != subj.eid), None)
            if obj is not None and obj.eid != subj.eid:
                out.append((subj, obj, cue.kind, m.start()))
    return out


def _their_pair(ps: list[Part], text: str, pos: int) -> tuple[Part, Part] | None:
    """"Leaders of X and Y agreed to raise their relationship to …": the two coordinated
    parties of the clause before "their" (exactly two)."""
    cs, _ = clause_bounds(text, pos, pos + 1)
    before = [p for p in ps if cs <= p.start and p.end <= pos]
    if not before:
        return None
    lst = _next_list(ps, text, before[0].start, 0)
    if len(lst) != 2 or any(p.start >= pos for p in lst) or len(lst) != len(before):
        return None
    return lst[0], lst[1]


def _poss_noun(cue: Cue, ps: list[Part], text: str) -> list[tuple[Part, Part, str, int]]:
    """"Y, X's ally" / "Y—X's longstanding ally" / "X's ally Y"."""
    out = []
    for i, x in enumerate(ps):
        if not POSS_RE.match(text[x.end:x.end + 2]):
            continue
        m = cue.regex.match(text, x.end + 2)
        if not m:
            continue
        prev = ps[i - 1] if i > 0 else None
        if prev is not None and POSS_PREV_GAP_RE.fullmatch(text[prev.end:x.start]):
            out.append((prev, x, cue.kind, m.start()))
            continue
        nxt = ps[i + 1] if i + 1 < len(ps) else None
        if nxt is not None and not POSS_RE.match(text[nxt.end:nxt.end + 2]) and re.fullmatch(r"\s*,?\s*(?:(?:remains|is|was|has been|became|becomes)\s+)?(?:the\s+)?",
                                            text[m.end():nxt.start]):
            out.append((x, nxt, cue.kind, m.start()))
    return out


# "Y, X's ally", "Y—X's ally", "Y has been one of X's principal arms suppliers"
POSS_PREV_GAP_RE = re.compile(r"\s*(?:(?:,|—|–|-{1,2})\s*(?:the\s+)?|(?:is|was|has been|had been|have been|remains|"
                              r"remained|became|has become)\s+(?:one of\s+|the\s+|a\s+|an\s+)?)", re.I)
PAIR_AND_RE = re.compile(r"\s*(?:and|&)\s*")


def _pair_subject(sv: SentenceView, ctx: ArticleContext, ps: list[Part], live: set[int]) -> list[tuple[Part, Part, str, int, str]]:
    """"X and Y have never restored diplomatic relations", "the two countries that fought":
    the coordinated subject, or the states a plural anaphor stands for."""
    out: list[tuple[Part, Part, str, int, str]] = []
    text = sv.text
    for cue in _BY_SHAPE.get("pair_subject", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            cs, _ = clause_bounds(text, m.start(), m.end())
            if text[cs - 5:cs].strip().lower() == "that":  # "the two countries that fought"
                cs, _ = clause_bounds(text, cs - 6, cs - 5)
            subj = [p for p in ps if cs <= p.start and p.end <= m.start()]
            if len(subj) >= 2 and PAIR_AND_RE.fullmatch(text[subj[0].end:subj[1].start]):
                out.append((subj[0], subj[1], cue.kind, m.start(), ""))
                continue
            if subj:
                continue
            ana = plural_anaphor(ctx, sv, cs, m.start())
            if ana and len(ana[0]) == 2 and re.search(r"\b(?:two|both)\b", text[cs:m.start()], re.I):
                a, b = ana[0]
                out.append((Part(a, m.start(), m.start()), Part(b, m.start(), m.start()), cue.kind, m.start(), ana[1]))
    return out


def _bloc_partner(sv: SentenceView, ctx: ArticleContext, ps: list[Part], live: set[int]) -> list[tuple[Part, Part, str, int, str]]:
    """"X remained one of the alliance's most committed partners": X and the bloc."""
    out: list[tuple[Part, Part, str, int, str]] = []
    for cue in _BY_SHAPE.get("bloc_partner", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(sv.text):
            subj = _subject([p for p in ps if p.eid.startswith("state:")], sv.text, m.start())
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


NOUN_KIND = {"allies": "ally", "alliance": "ally", "partners": "partner", "partnership": "partner",
             "rivals": "rival", "rivalry": "rival", "adversaries": "adversary", "enemies": "adversary",
             "foes": "adversary"}
ITS_APPOS_RE = re.compile(
    r"\s*,\s*(?:its|their)\s+(?:(?:closest|close|main|key|principal|primary|traditional|longstanding|"
    r"long-standing|strategic|military|regional|staunchest|oldest)\s+)*(?P<noun>ally|partner|rival|adversary|enemy)\b",
    re.I)


def _mutual(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """"X and Y describe each other as allies": the coordinated subject before the cue."""
    out = []
    for cue in _BY_SHAPE.get("mutual", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            cs, _ = clause_bounds(text, m.start(), m.end())
            subj = [p for p in ps if cs <= p.start and p.end <= m.start()]
            if len(subj) < 2:
                continue
            a, b = subj[0], subj[1]
            if not re.fullmatch(r"\s*(?:and|&)\s*", text[a.end:b.start]):
                continue
            kind = NOUN_KIND.get(m.group("noun").lower())
            if kind:
                out.append((a, b, kind, m.start()))
    return out


def _its_appos(ps: list[Part], text: str) -> list[tuple[Part, Part, str, int]]:
    """"Russia's ties with Belarus, its closest military ally": Y and the owner of "its"."""
    out = []
    for i, y in enumerate(ps):
        m = ITS_APPOS_RE.match(text, y.end)
        if not m:
            continue
        owner = next((p for p in reversed(ps[:i]) if p.eid != y.eid and p.kind != "demonym"), None)
        if owner is not None:
            kind = {"enemy": "adversary"}.get(m.group("noun").lower(), m.group("noun").lower())
            out.append((owner, y, kind, m.start()))
    return out


def _views(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    out = []
    for cue in _BY_SHAPE.get("views", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            subj = [p for p in ps if p.end <= m.start()]
            obj = [p for p in ps if m.end() <= p.start <= m.end() + 3]
            if not subj or not obj:
                continue
            vm = VIEW_AS_RE.match(text, obj[0].end)
            if not vm:
                continue
            noun = vm.group("noun").lower()
            kind = {"enemy": "adversary", "threat": "adversary"}.get(noun, noun)
            out.append((subj[-1], obj[0], kind, m.start()))
    return out


def extract_relations(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    low = sv.low
    if not _ANY_CUE_GATE.may_match(low):
        return []
    if low is not None and _ANY_CUE_LOW is not None:
        # the twin on the lower-cased text matches exactly when ANY_CUE_RE matches the
        # text (``prefilter.lowered``): one search, without re.I
        if not _ANY_CUE_LOW.search(low):
            return []
    elif not ANY_CUE_RE.search(sv.text):
        return []
    ps = _parties(sv, ctx)
    live = _live_cues(sv)  # one scan of the sentence for every cue's exact pre-check
    found: list[tuple[Part, Part, str, int, str]] = _pair_subject(sv, ctx, ps, live) + _bloc_partner(sv, ctx, ps, live)
    found += extra.run(sv, ctx, ps, _BY_SHAPE, lambda c: id(c) in live)  # type: ignore[arg-type]
    if len({p.eid for p in ps}) >= 2:
        found += [(a, b, kind, pos, "") for a, b, kind, pos in _pairs(sv, ps, live)]
    if not found:
        return []
    st = article_state(ctx)
    out: list[Fact] = []
    groups = group_mentions(sv.text) if any(p.kind == "group" for p in ps) else []
    for a, b, kind, pos, why in found:
        if a.eid == b.eid or (a.kind == "group" and b.kind == "group"):
            continue
        for (ea, wa), (eb, wb) in itertools.product(_expand(a, why, groups), _expand(b, why, groups)):
            if ea == eb:
                continue
            (x, wx), (y, wy) = sorted(((ea, wa), (eb, wb)))
            key = (x, y, FAMILY[kind])
            old = st.relations.get(key)
            if old is not None:
                add_evidence(old, sv)
                continue
            inf = {k: w for k, w in (("a", wx), ("b", wy)) if w}
            if why and not inf.keys() >= {"a", "b"}:
                inf = {"a": inf.get("a", why), "b": inf.get("b", why)}
            f = ctx.fact("relation", sv, {"a": x, "b": y, "kind": kind}, sv.abs(pos), inferences=inf or None)
            st.relations[key] = f
            out.append(f)
    return out
