""""The two sides", "the two governments", "both presidents" after a visit or a meeting: the
visitor's state and its host.  "Muizzu, meanwhile, was in China. During his state visit the two
sides raised relations to …", "Modi came to Colombo, and the two governments signed …",
"X chose Beijing rather than New Delhi for his first state visit, and the two governments …".

The states are those the text names up to the anaphor (a person stands for his country, a
capital for its state; an alternative set aside, "rather than New Delhi", and a demonym
modifier, "Indian tourists", are no party): exactly two in the anaphor's sentence (after its
last semicolon), else one there and one other in the sentence before (same paragraph), else
exactly two in the sentence before; a visit whose host goes unnamed ("combined the summit with
a state visit") is a visit to the state the article is about."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import same_paragraph
from silkgraph.extract.events import Part
from silkgraph.extract.events.patterns import DATELINE_RE
from silkgraph.extract.relations.cues import BY_SHAPE
from silkgraph.extract.relations.pair_object import GAP_WORDS_MAX, verb_gap
from silkgraph.nlp.prefilter import gate_of
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")["visit_pair"]
SIDES_RE = re.compile(_DATA["sides"], re.I)  # "the two sides", "both presidents"
# a bilateral encounter: the frame "the two sides" refers to
ENCOUNTER_RE = re.compile(_DATA["encounter"], re.I)
UNNAMED_VISIT_RE = re.compile(r"\b(?:state|official|working)\s+visit\b(?!\s+to\b)", re.I)
SET_ASIDE_RE = re.compile(r"\b(?:rather\s+than|instead\s+of|not|than|over)\s+(?:the\s+)?$", re.I)
MODIFIER_RE = re.compile(r"\s+[a-z]")


def _states(ctx: ArticleContext, view: SentenceView, lo: int, hi: int) -> list[str]:
    """The states named in ``view`` between ``lo`` and ``hi`` (relative), in order."""
    out: list[str] = []
    dl = DATELINE_RE.match(view.text)  # "COLOMBO, 5 April —": the dateline's place is no party
    lo = max(lo, dl.end() if dl else 0)
    for mt in view.mentions:
        a, b = view.rel(mt.start), view.rel(mt.end)
        if a < lo or b > hi or SET_ASIDE_RE.search(view.text, max(0, a - 16), a):
            continue
        ent = ctx.entity(mt.entity_id)
        if ent is None:
            continue
        sid: str | None = None
        if ent.type == "state":
            if mt.kind == "demonym" and MODIFIER_RE.match(view.text, b):
                continue  # "Indian tourists": a modifier, no party
            sid = mt.entity_id
        elif ent.type == "person":
            sid = ctx.state_of(ent)
        elif ent.type == "place":
            cap = ctx.kb.capital_of(mt.entity_id) or str(ent.attrs.get("seat_of") or "")  # Colombo: the seat of government
            sid = cap if cap and ctx.entity(cap) is not None else None
        if sid and sid not in out:
            out.append(sid)
    return out


def visit_pair(ctx: ArticleContext, sv: SentenceView, end: int) -> tuple[list[str], str] | None:
    """The two states "the two sides" (before ``end``) stands for after a visit or meeting."""
    m = SIDES_RE.search(sv.text, 0, end)
    if m is None:
        return None
    lo = sv.text.rfind(";", 0, m.start()) + 1
    here = _states(ctx, sv, lo, m.start())
    prev = ctx.sentences[sv.index - 1] if sv.index > 0 else None
    if prev is not None and not same_paragraph(ctx, prev, sv):
        prev = None
    framed = ENCOUNTER_RE.search(sv.text, lo, m.start()) is not None
    why = f"'{m.group(0)}' = the visitor's state and its host"
    if len(here) == 2 and framed:
        return here, why
    if len(here) > 2:
        return None
    if len(here) == 1 and framed and UNNAMED_VISIT_RE.search(sv.text, lo, m.start()):
        host = ctx.main_state(sv)
        if host and host != here[0]:
            return [here[0], host], f"'{m.group(0)}' = the visitor's state and the state the article is about"
    if prev is None:
        return None
    before = [s for s in _states(ctx, prev, 0, len(prev.text)) if s not in here]
    framed = framed or ENCOUNTER_RE.search(prev.text) is not None
    if not framed or len(here) + len(before) != 2:
        return None
    return here + before, why


SHAPES = ("pair_subject", "pair_subject_named", "upgrade", "pair_object")
GAP_RE = re.compile(r"\s+(?:(?:have|has|had|also|then|jointly|formally|later|duly)\s+){0,2}")
Found = tuple[Part, Part, str, int, str]


def visit_found(sv: SentenceView, ctx: ArticleContext, live: set[int], found: list[Found]) -> list[Found]:
    """A pair cue whose subject is "the two sides" of a visit ("the two sides raised relations
    to …", "the two governments signed their first memorandum on defence cooperation"), when no
    other reading gave the cue its pair."""
    if not gate_of(SIDES_RE).search(sv.text, sv.low):  # (as ``SIDES_RE.search(sv.text)``: see nlp.prefilter)
        return []
    done = {pos for _, _, _, pos, _ in found}
    out: list[Found] = []
    for shape in SHAPES:
        for cue in BY_SHAPE.get(shape, []):
            if id(cue) not in live:
                continue
            for m in cue.regex.finditer(sv.text):
                if m.start() in done or (shape == "upgrade" and m.group("with") is not None):
                    continue
                hits = list(SIDES_RE.finditer(sv.text, 0, m.start()))
                a = hits[-1] if hits else None  # the anaphor nearest before the cue
                if a is None or not (verb_gap(sv.text, a.end(), m.start(), GAP_WORDS_MAX) if shape == "pair_object"
                                     else GAP_RE.fullmatch(sv.text, a.end(), m.start())):
                    continue  # "the two governments announced a strategic partnership": any verb group
                got = visit_pair(ctx, sv, a.end())
                if got is None or len(got[0]) != 2:
                    continue
                x, y = got[0]
                out.append((Part(x, a.start(), a.end()), Part(y, a.start(), a.end()), cue.kind, m.start(), got[1]))
                done.add(m.start())
    return out
