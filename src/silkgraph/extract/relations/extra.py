"""Further relation shapes: a pronoun subject of possessive cues ("It is X's rival"), a treaty
told in a relative ("the partnership treaty that X and Y signed") and a view told in a
relative ("Z, which X calls a strategic partner"), a threat from a state ("guards against threats
from X")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part, participants
from silkgraph.extract.pronoun import subject_antecedent

Found = tuple[Part, Part, str, int, str]
POSS_RE = re.compile(r"^(?:[’']s)")
# the gap between two items of a list of possessive cues: "X's friendly neighbour, Y's rival and"
CHAIN_GAP_RE = re.compile(r"\s*(?:(?:of|in)\s+[\w\-]+\s*)?(?:,|and|,\s*and)\s*")
# "It is" / "it remains" right before the first possessor of the list
IT_COPULA_RE = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?P<it>[Ii]t)\s+(?:(?:is|was|remains|remained|has been|had been|"
                          r"became|has become|also|now|still)\s+){1,3}$")
SIGNED_AFTER_RE = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:jointly\s+)?(?:signed|concluded|initialled|ratified)\b")
WHICH_AFTER_RE = re.compile(r"\s*,\s*(?:which|who)\b")
NOUN_KIND = {"ally": "ally", "allies": "ally", "partner": "partner", "partners": "partner", "rival": "rival",
             "rivals": "rival", "adversary": "adversary", "enemy": "adversary", "foe": "adversary"}


def poss_pronoun(sv: SentenceView, ctx: ArticleContext, ps: list[Part],
                 cues: Iterable[tuple[re.Pattern[str], str]]) -> list[Found]:
    """"It is Armenia's friendly neighbour, Azerbaijan's suspicious rival and Russia's ally":
    each possessor and the state "it" stands for."""
    text = sv.text
    items: list[tuple[Part, int, int, str]] = []  # possessor, cue start, cue end, kind
    for rx, kind in cues:
        for x in ps:
            if POSS_RE.match(text[x.end:x.end + 2]):
                m = rx.match(text, x.end + 2)
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


def _coordinated(ps: list[Part], text: str, pos: int) -> list[Part]:
    """"X and Y" starting right after ``pos``."""
    first = next((p for p in ps if pos <= p.start <= pos + 4), None)
    if first is None:
        return []
    second = next((p for p in ps if p.start > first.end and re.fullmatch(r"\s*(?:and|&)\s*", text[first.end:p.start])),
                  None)
    return [first, second] if second is not None else [first]


def run(sv: SentenceView, ctx: ArticleContext, ps: list[Part], by_shape: dict[str, list[object]],
        live: Callable[[object], bool]) -> list[Found]:
    out: list[Found] = []
    poss = [(c.regex, c.kind) for c in by_shape.get("poss_noun", []) if live(c)]  # type: ignore[attr-defined]
    if poss and re.search(r"\b[Ii]t\s", sv.text):
        out += poss_pronoun(sv, ctx, ps, poss)
    sig = [(m, c.kind) for c in by_shape.get("signed_rel", []) if live(c)  # type: ignore[attr-defined]
           for m in c.regex.finditer(sv.text)]  # type: ignore[attr-defined]
    if sig:
        out += signed_rel(sv, ctx, sig)
    vr = [m for c in by_shape.get("views_rel", []) if live(c) for m in c.regex.finditer(sv.text)]  # type: ignore[attr-defined]
    if vr:
        out += views_rel(sv, ps, vr)
    tf = [m for c in by_shape.get("threat_from", []) if live(c) for m in c.regex.finditer(sv.text)]  # type: ignore[attr-defined]
    if tf:
        out += threat_from(sv, ps, tf)
    return out
