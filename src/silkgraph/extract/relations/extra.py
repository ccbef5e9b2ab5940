"""Further relation shapes: a pronoun subject of possessive cues ("It is X's rival"), a treaty
told in a relative ("the partnership treaty that X and Y signed") and a view told in a
relative ("Z, which X calls a strategic partner"), a threat from a state ("guards against threats
from X")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, participants
from silkgraph.extract.grammar import PLACE_PREPS, POSS_SUFFIX_RE, after_prep
from silkgraph.extract.pronoun import pair_anaphor, subject_antecedent
from silkgraph.extract.relations.cues import NOUN_KIND
from silkgraph.extract.relations.for_view import demonym_noun, for_view
from silkgraph.extract.relations.views import VIEW_AS_RE
from silkgraph.extract.wordstart import word_start

Found = tuple[Part, Part, str, int, str]
# the gap between two items of a list of possessive cues: "X's friendly neighbour, Y's rival and"
CHAIN_GAP_RE = re.compile(r"\s*(?:(?:of|in)\s+[\w\-]+\s*)?(?:,|and|,\s*and)\s*")
# "It is" / "it remains" right before the first possessor of the list
IT_COPULA_RE = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?P<it>[Ii]t)\s+(?:(?:is|was|remains|remained|has been|had been|"
                          r"became|has become|also|now|still)\s+){1,3}$")
SIGNED_AFTER_RE = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:jointly\s+)?(?:signed|concluded|initialled|ratified)\b")
WHICH_AFTER_RE = re.compile(r"\s*,\s*(?:which|who)\b")
IT_RE = re.compile(word_start("It", "it") + r"\s")  # "\b[Ii]t\s", beginning with its first letters (see wordstart)


def poss_pronoun(sv: SentenceView, ctx: ArticleContext, ps: list[Part],
                 cues: Iterable[tuple[re.Pattern[str], str]]) -> list[Found]:
    """"It is Armenia's friendly neighbour, Azerbaijan's suspicious rival and Russia's ally":
    each possessor and the state "it" stands for."""
    text = sv.text
    items: list[tuple[Part, int, int, str]] = []  # possessor, cue start, cue end, kind
    for rx, kind in cues:
        for x in ps:
            if pm := POSS_SUFFIX_RE.match(text, x.end):
                m = rx.match(text, pm.end())
                if m:
                    items.append((x, m.start(), m.end(), kind))
    items.sort(key=lambda t: t[0].start)
    out: list[Found] = []
    for i, (x, s, _e, kind) in enumerate(items):
        head = i
        while head > 0 and CHAIN_GAP_RE.fullmatch(text[items[head - 1][2]:items[head][0].start]):
            head -= 1
        im = IT_COPULA_RE.search(text, 0, items[head][0].start)
        if im is None or im.end() != items[head][0].start:
            continue
        ant = subject_antecedent(ctx, sv, im.start("it"))
        if ant is None or ant[0] == x.eid:
            continue
        out.append((Part(ant[0], im.start("it"), im.end("it")), x, kind, s, ant[1]))
    return out


def signed_rel(sv: SentenceView, ctx: ArticleContext, matches: Iterable[tuple[re.Match[str], str]]) -> list[Found]:
    """"The strategic partnership treaty that X and Y signed": the two signatories (leaders
    stand for their states)."""
    out: list[Found] = []
    ps = sorted((p for p in participants(sv, ctx) if p.eid.startswith("state:")), key=lambda p: p.start)
    for m, kind in matches:
        lst = _coordinated(ps, sv.text, m.end())
        if len(lst) == 2 and lst[0].eid != lst[1].eid and SIGNED_AFTER_RE.match(sv.text, lst[1].end):
            why = "; ".join(p.why for p in lst if p.why)
            out.append((lst[0], lst[1], kind, m.start(), why))
    return out


def views_rel(sv: SentenceView, ps: list[Part], matches: Iterable[re.Match[str]]) -> list[Found]:
    """"Uzbekistan, which ... and which Ankara calls a comprehensive strategic partner": the
    viewer after "which" and the antecedent of the relative."""
    out: list[Found] = []
    for m in matches:
        viewer = next((p for p in ps if m.start("x") <= p.start < m.end("x")), None)
        ante = [p for p in ps if p.end <= m.start() and WHICH_AFTER_RE.match(sv.text, p.end)]
        kind = NOUN_KIND.get(m.group("noun").lower())
        if viewer is not None and ante and kind and ante[-1].eid != viewer.eid:
            out.append((viewer, ante[-1], kind, m.start(), ""))
    return out


def threat_from(sv: SentenceView, ps: list[Part], matches: Iterable[re.Match[str]]) -> list[Found]:
    """"X's radars guard against threats from Y and Z", "X faces threats from Y": the
    threatening states and the one state of the sentence that is threatened."""
    out: list[Found] = []
    for m in matches:
        lst = _coordinated(ps, sv.text, m.end())
        others = {p.eid for p in ps if p.eid.startswith("state:") and all(p.eid != q.eid for q in lst)}
        if not lst or len(others) != 1:
            continue
        viewer = next(p for p in ps if p.eid in others)
        out += [(viewer, x, "adversary", m.start(), "") for x in lst]
    return out


SAID_PRED_RE = re.compile(
    r"\s+(?:was|is|remained|remains|has been|had been|would remain|will remain)\s+(?:an?\s+|its\s+|our\s+|their\s+)?"
    r"(?:(?:important|key|vital|reliable|strategic|close|major|natural|trusted|longstanding|long-standing|"
    r"valued|dangerous|sworn|main|principal)\s+)*(?P<noun>ally|partner|rival|adversary|enemy|foe)\b"
    r"(?!\s+(?:of|to|for|with|in|against)\b)", re.I)  # ("said X is an ally of Y": Y's ally, not the speaker's)


def force_target(sv: SentenceView, ps: list[Part], armed: list[Part], matches: Iterable[re.Match[str]]) -> list[Found]:
    """"X's drones struck what it called hideouts of G", "missiles aimed at strongholds of G":
    the armed groups right after the cue and the one state named before it (not in a place
    phrase: "near a village in Y")."""
    out: list[Found] = []
    text = sv.text
    for m in matches:
        groups = _coordinated(sorted(armed + ps, key=lambda p: p.start), text, m.end())
        groups = [g for g in groups if any(g is a for a in armed)]
        att = {p.eid for p in ps if p.eid.startswith("state:") and p.end <= m.start()
               and not after_prep(text, p.start, PLACE_PREPS, 12)  # where the force fell, not who used it
               and not POSS_PLACE_RE.match(text, p.end)}
        if not groups or len(att) != 1:
            continue
        x = next(p for p in ps if p.eid in att and p.end <= m.start())
        out += [(x, g, "adversary", m.start(), "") for g in groups]
    return out


# "Iran's Sistan-Baluchestan province": a possessor of a place
POSS_PLACE_RE = re.compile(r"[’']s\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+(?:province|region|district|border|territory)\b")


def said_noun(sv: SentenceView, ps: list[Part], matches: Iterable[re.Match[str]]) -> list[Found]:
    """"Moscow said Iran was an important partner": the one state before the verb (the speaker)
    and the state the clause describes."""
    out: list[Found] = []
    text = sv.text
    for m in matches:
        obj = next((p for p in ps if p.start == m.end() or (p.start > m.end() and
                    re.fullmatch(r"\s*the\s*", text[m.end():p.start], re.I))), None)
        if obj is None or not obj.eid.startswith("state:"):
            continue
        pm = SAID_PRED_RE.match(text, obj.end)
        speakers = {p.eid for p in ps if p.end <= m.start() and p.eid.startswith("state:")}
        if pm is None or len(speakers) != 1 or obj.eid in speakers:
            continue
        sp = next(p for p in ps if p.eid in speakers)
        out.append((sp, obj, NOUN_KIND[pm.group("noun").lower()], m.start(), ""))
    return out


# "Both governments regard X as a threat", "The two countries see X as a partner": a pair anaphor
# as the clause's subject of a views verb
BOTH_VIEWS_RE = re.compile(r"(?:^|[;:]\s+|^[^—–\n]{0,40}[—–]\s*)(?P<ana>(?:both|the\s+two)\s+(?:governments|countries|states|"
                           r"capitals|sides|neighbou?rs))\s+(?:(?:now|also|still|both|each|increasingly|openly)\s+)*"
                           r"(?:regard|view|see|consider|treat|call|describe)\s+(?:the\s+)?", re.I)


def both_views(sv: SentenceView, ctx: ArticleContext, parties: list[Part], view_as: re.Pattern[str]) -> list[Found]:
    """"Both governments regard X as a mortal threat": each state of the pair and X."""
    m = BOTH_VIEWS_RE.search(sv.text)
    if m is None:
        return []
    obj = next((p for p in parties if p.start == m.end()), None)
    vm = view_as.match(sv.text, obj.end) if obj is not None else None
    if obj is None or vm is None:
        return []
    ana = pair_anaphor(ctx, sv, re.match(r".+", m.group("ana")))  # type: ignore[arg-type]
    if not ana or len(ana[0]) != 2 or obj.eid in ana[0]:
        return []
    noun = vm.group("noun").lower()
    kind = {"enemy": "adversary", "foe": "adversary", "menace": "adversary", "threat": "adversary",
            "friend": "partner"}.get(noun, noun)
    if kind not in ("ally", "partner", "rival", "adversary"):
        return []
    # a state whose own armed movement the article names ("the Taliban" for Afghanistan): whose
    # government is meant is unclear, so that member is left out
    ruled = {str(e.country) for e in (ctx.entity(mm.entity_id) for v in ctx.sentences for mm in v.mentions
                                     if ctx.etype(mm.entity_id) == "armed_group") if e is not None and e.country}
    return [(Part(x, m.start("ana"), m.end("ana")), obj, kind, m.start("ana"), ana[1]) for x in ana[0]
            if x.split(":", 1)[1] not in ruled]


def _coordinated(ps: list[Part], text: str, pos: int) -> list[Part]:
    """"X and Y", "X and the Y" starting right after ``pos``."""
    first = next((p for p in ps if pos <= p.start <= pos + 4), None)
    if first is None:
        return []
    second = next((p for p in ps if p.start > first.end and re.fullmatch(r"\s*,?\s*(?:and|&)\s*(?:the\s+)?", text[first.end:p.start], re.I)),
                  None)
    return [first, second] if second is not None else [first]


def run(sv: SentenceView, ctx: ArticleContext, ps: list[Part], by_shape: dict[str, list[object]],
        live: Callable[[object], bool], armed: list[Part] | None = None) -> list[Found]:
    out: list[Found] = []
    ft = [m for c in by_shape.get("force_target", []) if armed and live(c)  # (used only with armed groups)
          for m in c.gate.finditer(sv.text, sv.low)]  # type: ignore[attr-defined]
    if ft and armed:
        out += force_target(sv, ps, armed, ft)
    # said_noun pairs two states of ``ps``, views_rel and threat_from two parties: fewer, no cue scan
    two = len({p.eid for p in ps}) >= 2
    two_states = two and len({p.eid for p in ps if p.eid.startswith("state:")}) >= 2
    sn = [m for c in by_shape.get("said_noun", []) if two_states and live(c) for m in c.gate.finditer(sv.text, sv.low)]  # type: ignore[attr-defined]
    if sn:
        out += said_noun(sv, ps, sn)
    poss = [(c.regex, c.kind) for c in by_shape.get("poss_noun", []) if live(c)]  # type: ignore[attr-defined]
    if poss and IT_RE.search(sv.text):
        out += poss_pronoun(sv, ctx, ps, poss)
    sig = [(m, c.kind) for c in by_shape.get("signed_rel", []) if live(c)  # type: ignore[attr-defined]
           for m in c.gate.finditer(sv.text, sv.low)]  # type: ignore[attr-defined]
    if sig:
        out += signed_rel(sv, ctx, sig)
    vr = [m for c in by_shape.get("views_rel", []) if two and live(c) for m in c.gate.finditer(sv.text, sv.low)]  # type: ignore[attr-defined]
    if vr:
        out += views_rel(sv, ps, vr)
    low = sv.low if sv.low is not None else sv.text.lower()
    if "both " in low or "the two " in low:
        out += both_views(sv, ctx, sorted(ps + (armed or []), key=lambda p: p.start), VIEW_AS_RE)
    out += for_view(sv.text, ps)  # "For Moscow, Türkiye is a competitor" (one anchored match)
    if any(p.kind == "demonym" for p in ps):  # "Tajikistan remains a Russian security client"
        out += demonym_noun(sv.text, ps)
    tf = [m for c in by_shape.get("threat_from", []) if two and live(c) for m in c.gate.finditer(sv.text, sv.low)]  # type: ignore[attr-defined]
    if tf:
        out += threat_from(sv, ps, tf)
    return out
