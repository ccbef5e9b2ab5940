"""Sentence-local pairing of relation parties: for each cue shape, which two parties of the
sentence it links ("X's ally Y", "relations between X and Y remain tense", ...; "X views Y as a
rival" in :mod:`silkgraph.extract.relations.views`)."""

from __future__ import annotations

import itertools
import re

from silkgraph.extract.context import SentenceView
from silkgraph.extract.events import Part, clause_bounds, uniq_parts
from silkgraph.extract.relations.cues import BY_SHAPE, PAIR_NOUN_KIND, cue_kind
from silkgraph.extract.relations.found_in import state_finder
from silkgraph.extract.relations.lists import (
    LIST_MAX,
    closed_list,
    conjuncts_before,
)
from silkgraph.extract.relations.maker import by_agent, weapon_maker, weapon_user
from silkgraph.extract.relations.modifiers import (
    past_act,
)
from silkgraph.extract.relations.parties import next_list, subject
from silkgraph.extract.relations.poss_noun import _its_appos, _poss_noun
from silkgraph.extract.relations.predicate_kind import (
    BETWEEN_PRED_RE,
    COOPERATION_HEAD_RE,
    past_span,
    pred_kind,
)
from silkgraph.extract.relations.supply import supply
from silkgraph.extract.relations.upgrade import _upgrade
from silkgraph.extract.relations.views import views

ITS_RE = re.compile(r"\b(?:its|their)\s+$", re.I)
ITS_MOD_RE = re.compile(r"\b(?:its|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)  # "its twelve-day war"
_AND_GAP_RE = re.compile(r"\s*and\s*")
OF_PAIR_WITH_RE = re.compile(r"\s+(?:with|against|and)\b", re.I)
PLACE_BEFORE_RE = re.compile(r"\b(?:in|inside|within|near|across|at)\s+(?:the\s+)?$", re.I)


# irregular armed men a demonym qualifies: "Afghan gunmen", "Tajik smugglers" (no state's forces)
IRREGULAR_RE = re.compile(r"\s+(?:[\w\-]+\s+)?(?:gunmen|militants|insurgents|smugglers|traffickers|tribesmen|criminals|bandits|"
                          r"poachers|fishermen|herders|villagers|civilians|rebels|separatists|jihadists)\b", re.I)
_DASH_GAP_RE = re.compile(r"\s*[-–—/]\s*")
_BACKED_RE = re.compile(r"^-(?:backed|supported|allied)\b")
# "Georgia's Russian-backed breakaway region": the backing is of the region, against its owner
_BACKED_AGAINST_RE = re.compile(r"\s+(?:[\w\-]+\s+)?(?:breakaway|separatists?|secessionists?|rebels?|insurgents?|militias?|proxies|proxy|puppet)\b", re.I)


# "After the war with Y ended, …", "Following its 2008 war with Y, …": a fronted time clause
_FRONT_RE = re.compile(r"(?:[^—–\n]{0,40}[—–]\s*)?\s*(?:[A-Z][\w\-]*,\s*)?(?:After|Following|Since|Before|During|Despite|"
                       r"In\s+the\s+(?:wake|aftermath)\s+of)\s", re.I)
_MAIN_SUBJ_GAP_RE = re.compile(r",\s*(?:the\s+)?", re.I)
_REL_CLAUSE_RE = re.compile(r"[^,;]{0,30},\s*(?:who|which|whose)\b")


def _fronted_subject(ps: list[Part], text: str, cue: int, after: int) -> Part | None:
    """The subject of the main clause after a fronted time clause holding the cue ("After its
    war with Armenia, Azerbaijan bought drones"; "After the war with Israel ended, Iranian
    authorities …"): the first party right after the clause's comma; none when another party
    precedes the cue."""
    fm = _FRONT_RE.match(text)
    if fm is None or any(fm.end() <= p.start and p.end <= cue for p in ps):
        return None
    comma = text.find(",", after)
    if comma < 0 or ";" in text[after:comma]:
        return None
    nxt = next((p for p in ps if p.start > comma), None)
    if nxt is None or not _MAIN_SUBJ_GAP_RE.fullmatch(text[comma:nxt.start]):
        return None
    start, end = nxt.end, text.find(";", nxt.end)
    if _REL_CLAUSE_RE.match(text, nxt.end):  # "Iranian authorities, who accused Afghans of …, expelled"
        start = max(start, text.find(",", text.find(",", nxt.end) + 1))
    wars = {p.eid for p in ps if p.start < comma}
    if any(p.eid not in wars and p.eid != nxt.eid for p in ps if start <= p.start < (end if end >= 0 else len(text))):
        return None  # "During the war with Y, X supplied Z": whose war is unclear
    return nxt


# a conjunct that repeats its preposition: "bases in the UAE and in Djibouti", "close to X and to Y"
REPEAT_PREP_RE = re.compile(r"\s*,?\s*and\s+(?:also\s+)?(?:in|on|to)\s+(?:the\s+)?")
# a preposition between a verb cue and a party: the party stands in a phrase after another noun
# ("blamed the war in Ukraine", "accused it of helping Russia"), not as the verb's object
OBJ_PP_RE = re.compile(r"\b(?:in|inside|of|from|on|at|within|with|for|by)\s", re.I)


def pairs(sv: SentenceView, ps: list[Part], live: set[int]) -> list[tuple[Part, Part, str, int]]:
    text, low = sv.text, sv.low
    out: list[tuple[Part, Part, str, int]] = []
    for cue in BY_SHAPE.get("pair_between", []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(text, low):
            lst = next_list(ps, text, m.end(), 12)
            if lst and m.group(0)[-2:].lower() == "of" and OF_PAIR_WITH_RE.match(text, lst[-1].end):
                continue  # "the partnership of X and Y with Z": the pair's tie with a third party
            if len(lst) >= 2:
                out.append((lst[0], lst[1], cue.kind, m.start()))
            lst = closed_list(lst, text)
            if 3 <= len(lst) <= LIST_MAX:  # "the alignment between X, Y and Z": every pair of the list
                out.extend((a, b, cue.kind, m.start()) for a, b in itertools.combinations(lst, 2)
                           if (a, b) != (lst[0], lst[1]) and a.eid != b.eid)
    for a, b in zip(ps, ps[1:], strict=False):
        if _DASH_GAP_RE.fullmatch(text[a.end:b.start]) or (a.end == b.start and text[a.end - 1:a.end] == "-"):  # "Indo-Pakistani"
            for cue in BY_SHAPE.get("compound", []):
                if id(cue) in live and cue.regex.match(text[b.end:b.end + 40]):
                    out.append((a, b, cue.kind, b.end))
            if (hm := COMPOUND_HEAD_RE.match(text, b.end)) is not None and \
                    (pm := BETWEEN_PRED_RE.match(text, hm.end())) is not None and not past_span(pm, text) \
                    and (kind := pred_kind(pm, text)) is not None:
                out.append((a, b, kind, b.end))  # "India-Russia ties remain close", "X-Y relations soured"
    for cue in BY_SHAPE.get("poss_noun", []):
        if id(cue) not in live:  # the gate is exact: _poss_noun would find nothing
            continue
        if cue.unless is None or not cue.unless.search(text):
            out.extend(_poss_noun(cue, ps, text))
    against: dict[str, Part] = {}  # the side an earlier hostile with-cue of the sentence gave each object
    with_ms = sorted(((m, cue) for cue in BY_SHAPE.get("with", []) if id(cue) in live for m in cue.gate.finditer(text, low)),
                     key=lambda mc: mc[0].start())  # in the sentence's order (an earlier cue's side is kept)
    for m, cue in with_ms:
        lst = next_list(ps, text, m.end(), 14)
        if cue.kind == "adversary":  # "X ... during the war against Y": the nearest side
            near = [p for p in ps if p.end <= m.start() and m.start() - p.end < 40]
            subj = near[-1] if near and not weapon_maker(text, near[-1]) else None  # ("Turkish drones … a war against Y")
            if ITS_MOD_RE.search(text, max(0, m.start() - 40), m.start()):  # "its ceasefire with Y"
                subj = subject(ps, text, m.start()) or subj
            if subj is None and lst:  # "After (its) war with Y, X …": the main clause's subject
                subj = _fronted_subject(ps, text, m.start(), lst[-1].end)
            if subj is None:  # "X never wanted a conflict with Y, …, before … a four-day war with Y": X
                subj = next((against[b.eid] for b in lst if b.eid in against), None)
            elif subj.kind != "demonym":
                against.update((b.eid, subj) for b in lst if b.eid != subj.eid)
        else:
            subj = subject(ps, text, m.start())
        kind = cue_kind(cue, m)
        if cue.kind == "from_noun" and subj is not None and not state_finder(text, subj.end, m.start(), subj.kind == "demonym"):
            subj = None  # "X's students found a friend in Y": not the state's finding
        for b in lst:
            if cue.kind == "adversary" and b.kind == "demonym" and IRREGULAR_RE.match(text, b.end):
                continue  # "a clash with Afghan gunmen": not the state's forces
            if subj is not None and kind is not None and subj.eid != b.eid:
                out.append((subj, b, kind, m.start()))
    for cue in BY_SHAPE.get("support", []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(text, low):
            lst = next_list(ps, text, m.end(), 14)
            subj = subject(ps, text, m.start())
            if subj is not None and cue.kind == "adversary" and PLACE_BEFORE_RE.search(text, max(0, subj.start - 12), subj.start):
                subj = None  # "Militias in Iraq attacked US forces": a place, not the attacker
            elif subj is not None and cue.kind == "adversary" and weapon_maker(text, subj):
                # "Israeli drones were used against Y": a maker; "drones used by X against Y": X; "Russian drones attacked Y": Russia
                subj = weapon_user(ps, text, subj, lst[0].start if lst else m.end())
            elif subj is None and cue.kind == "adversary" and lst:  # "Iranian drones, used by Russia against Y": Russia
                subj = by_agent(ps, text, m.start(), lst[0].start)
            rep = None  # "bases in the UAE and in Djibouti": a conjunct repeating the preposition
            if cue.conj and lst and (rm := REPEAT_PREP_RE.match(text, lst[-1].end)) is not None:
                rep = next((p for p in ps if p.start == rm.end()), None)
                lst = lst + [rep] if rep is not None else lst
            for b in (lst if cue.conj else lst[:1]):  # "is close to X and Y": each conjunct
                if cue.kind != "adversary" and OBJ_PP_RE.search(text, m.end(), lst[0].start if b is rep else b.start):
                    continue  # "blamed the war in Ukraine": the party is not the verb's object
                if cue.kind in ("partner", "ally") and past_act(text, m.start(), lst[-1].end):
                    continue  # "X once operated an air base in Y", "X kept a base in Y until 2014": past
                if subj is not None and subj.eid != b.eid:
                    out.append((subj, b, cue.kind, m.start()))
    for a in ps:  # "Pakistan's China-backed strategy": China backs Pakistan
        if (bm := _BACKED_RE.match(text[a.end:a.end + 12])) and not _BACKED_AGAINST_RE.match(text, a.end + bm.end()):
            owner = subject([p for p in ps if p.end <= a.start], text, a.start)
            if owner is not None and owner.eid != a.eid:
                out.append((owner, a, "partner", a.end))
    out.extend(_between_pred(ps, text, live))
    out.extend(_upgrade(ps, text, live))
    out.extend(supply(ps, text, BY_SHAPE, live))
    out.extend(views(ps, text, live))
    out.extend(_mutual(ps, text, live))
    out.extend(_its_appos(ps, text))
    for cue in BY_SHAPE.get("group", []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(text, low):
            states = uniq_parts([p for p in ps if p.eid.startswith("state:")])
            if 3 <= len(states) <= 4:
                for a, b in itertools.combinations(states, 2):
                    out.append((a, b, cue.kind, m.start()))
    for cue in BY_SHAPE.get("plural_subj", []):
        if id(cue) not in live:  # the gate is exact: no match anywhere in the sentence
            continue
        for i in range(len(ps) - 1):
            a, b = ps[i], ps[i + 1]
            pm = cue.regex.match(text[b.end:b.end + 60]) if _AND_GAP_RE.fullmatch(text[a.end:b.start]) else None
            if pm is None:
                continue
            kind = cue.kind if cue.kind != "from_noun" else _noun_kind(pm.group("noun"))
            inner = [p for p in ps if b.end < p.start < b.end + pm.end()]
            if inner and kind:  # "X and Y, both US allies": each is the ally of the party named inside
                out.extend((c, inner[0], kind, b.end) for c in (a, b) if c.eid != inner[0].eid)
            elif kind and not conjuncts_before(ps, text, i):  # "X and Y, longtime foes" (not a longer list's last two)
                out.append((a, b, kind, b.end))
    return out


# "X-Y relations", "the X–Y relationship": a compound pair heading a relation noun (its predicate
# read as after "relations between X and Y")
COMPOUND_HEAD_RE = re.compile(r"\s+(?:(?:bilateral|diplomatic|political|defen[cs]e|military|security)\s+)?"
                              r"(?:relations|ties|relationship)\b")
def _between_pred(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    out = []
    for cue in BY_SHAPE.get("between_pred", []):
        if id(cue) not in live:
            continue
        for m in cue.regex.finditer(text):
            lst = next_list(ps, text, m.end(), 12)
            if len(lst) != 2:
                continue
            pm = BETWEEN_PRED_RE.match(text, lst[-1].end)
            if not pm or past_span(pm, text):
                continue
            kind = pred_kind(pm, text)
            if kind is None or kind == "rival" and COOPERATION_HEAD_RE.match(m.group(0)):
                continue  # "cooperation between X and Y remains poor": no hostility told
            out.append((lst[0], lst[1], kind, m.start()))
    return out


def nominal_pairs(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """The nominal cues alone ("Y, X's rival", "Y, its ally", "X calls Y a partner")."""
    out: list[tuple[Part, Part, str, int]] = []
    for cue in BY_SHAPE.get("poss_noun", []):
        if id(cue) in live and (cue.unless is None or not cue.unless.search(text)):
            out.extend(_poss_noun(cue, ps, text))
    return out + views(ps, text, live) + _its_appos(ps, text)


def _noun_kind(noun: str) -> str | None:
    """The kind a plural noun names ("arch-enemies" → adversary, "arch-rivals" → rival)."""
    n = noun.lower().replace("arch-", "").replace("arch", "", 1) if noun.lower().startswith("arch") else noun.lower()
    return PAIR_NOUN_KIND.get(n)


def _mutual(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """"X and Y describe each other as allies": the coordinated subject before the cue."""
    out = []
    for cue in BY_SHAPE.get("mutual", []):
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
            kind = PAIR_NOUN_KIND.get(m.group("noun").lower())
            if kind:
                out.append((a, b, kind, m.start()))
    return out
