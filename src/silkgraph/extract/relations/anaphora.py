"""Parties named again by a common noun: armed groups ("the movement", "the militia"): the most
recent armed group of the article; a state as possessor ("the country's main partners"): the
state the sentence (or the one before) is about.  Recorded as inferences."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import same_paragraph
from silkgraph.extract.events import Part, clause_bounds
from silkgraph.extract.grammar import PRONOUN_PREPS, after_prep
from silkgraph.extract.pronoun import MODIFIER_RE
from silkgraph.extract.wordstart import word_start
from silkgraph.nlp.prefilter import Gate
from silkgraph.resources import load_yaml

ARMED_ANAPHOR_RE = re.compile(word_start("the") + r"\s+(?P<noun>" + load_yaml("ontology/relations.yaml")["armed_anaphors"] + r")\b")  # (see wordstart)
_LOOKBACK = 3  # sentences searched for the antecedent
_RIVALS = ("armed_group", "organization")  # the nearest of these must be an armed group


def armed_anaphors(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """"Uzbekistan has made the movement a partner": the armed group named last before "the
    movement" (in the sentence or the few before it), when no organisation was named since."""
    if "the " not in sv.text:
        return []
    out: list[Part] = []
    for m in ARMED_ANAPHOR_RE.finditer(sv.text):
        ante = _antecedent(sv, ctx, m.start())
        if ante is not None:
            out.append(Part(ante[0], m.start(), m.end(), f"'{m.group(0)}' = '{ante[1]}', named before", "anaphor"))
    return out


def _antecedent(sv: SentenceView, ctx: ArticleContext, pos: int) -> tuple[str, str] | None:
    views = [(sv, pos)] + [(v, len(v.text)) for v in reversed(ctx.sentences[max(0, sv.index - _LOOKBACK):sv.index])]
    for view, cut in views:
        for mm in reversed(view.mentions):
            if view.rel(mm.start) >= cut or ctx.etype(mm.entity_id) not in _RIVALS:
                continue
            if ctx.etype(mm.entity_id) != "armed_group":
                return None
            return mm.entity_id, mm.text
    return None


COUNTRY_POSS_RE = re.compile(r"\bthe\s+(?:country|nation|state|republic|kingdom|emirate|sultanate)(?=[’']s\b)", re.I)
_COUNTRY_POSS_GATE = Gate(COUNTRY_POSS_RE)  # its matches: tried where "the" starts, with one of the nouns


def country_anaphors(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """"Moscow is one of the country's main partners": "the country" is not the state its own
    clause names but the first state the sentence named before that clause (else the previous
    sentence's, in the same paragraph), as subject or possessor, never after a preposition."""
    if "’s" not in sv.text and "'s" not in sv.text:
        return []
    out: list[Part] = []
    for m in _COUNTRY_POSS_GATE.finditer(sv.text, sv.low):
        cs, _ = clause_bounds(sv.text, m.start(), m.end())
        ante = _first_state(sv, ctx, cs) or _colon_focus(sv, ctx, cs)
        if ante is None and sv.index > 0:
            prev = ctx.sentences[sv.index - 1]
            if same_paragraph(ctx, prev, sv):
                ante = _first_state(prev, ctx, len(prev.text))
        if ante is not None:
            out.append(Part(ante[0], m.start(), m.end(), f"'{m.group(0)}' = '{ante[1]}', named before", "anaphor"))
    return out


def _colon_focus(sv: SentenceView, ctx: ArticleContext, cs: int) -> tuple[str, str] | None:
    """"The clearest shift is in Kyrgyzstan: Russia supplied all of the country's imports": the
    one state a lead-in clause ending in a colon names (even after a preposition) is the one the
    clause after the colon elaborates on."""
    colon = sv.text.rfind(":", 0, cs + 1)
    if colon < 0 or sv.text.find(":", 0, colon) >= 0 or sv.text[colon + 1:cs].strip():
        return None
    return _sole_state(sv, ctx, colon)


def _first_state(view: SentenceView, ctx: ArticleContext, cut: int) -> tuple[str, str] | None:
    for mm in view.mentions:
        a, b = view.rel(mm.start), view.rel(mm.end)
        if a >= cut:
            break
        if mm.role == "place" or ctx.etype(mm.entity_id) != "state" \
                or after_prep(view.text, a, PRONOUN_PREPS) or MODIFIER_RE.match(view.text[b:b + 14]):
            continue
        return mm.entity_id, mm.text
    return None


# "the two leaders", "both presidents": two persons standing for their states
LEADERS_RE = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|"
                        r"premiers|foreign\s+ministers|defen[cs]e\s+ministers|ministers|men)\b", re.I)


def leaders_pair(ctx: ArticleContext, sv: SentenceView, start: int, end: int) -> tuple[list[str], str] | None:
    """"The two leaders hailed their alliance": the states of the two persons of known, distinct
    countries named last before the anaphor (in this sentence, else the one before in the same
    paragraph); none when other persons make it unclear."""
    m = LEADERS_RE.search(sv.text, start, end)
    if m is None:
        return None
    views = [sv] + ([ctx.sentences[sv.index - 1]] if sv.index > 0 and same_paragraph(ctx, ctx.sentences[sv.index - 1], sv) else [])
    for view in views:
        people = [mt for mt in view.mentions if (view is not sv or sv.rel(mt.end) <= m.start())
                  and (e := ctx.entity(mt.entity_id)) is not None and e.type == "person"]
        countries = list(dict.fromkeys(ctx.entity(mt.entity_id).country or "" for mt in people))  # type: ignore[union-attr]
        if not people:
            continue
        if len(countries) != 2 or "" in countries or any(ctx.entity(f"state:{c}") is None for c in countries):
            return None
        names = " and ".join(dict.fromkeys(mt.text for mt in people))
        return [f"state:{c}" for c in countries], f"'{m.group(0)}' = {names}, who act for {countries[0]} and {countries[1]}"
    return None


# "the government", "the authorities" with no owner of their own ("the Afghan government", "the
# government of X" are names or possessed, not this)
GOVERNMENT_RE = re.compile(word_start("the") + r"\s+(?P<noun>government|authorities|regime)\b(?!\s+of\b)")


def government_anaphors(sv: SentenceView, ctx: ArticleContext, armed: list[Part]) -> list[Part]:
    """"Violence surged in Pakistan after the TTP ended its ceasefire with the government": in a
    sentence that names an armed group, a bare "the government" is the state's: the one state the
    sentence names (in any role), else the one state of the previous sentence of the paragraph."""
    if not armed or "the " not in sv.text:
        return []
    out: list[Part] = []
    for m in GOVERNMENT_RE.finditer(sv.text):
        ante = _sole_state(sv, ctx)
        if ante is None and not any(ctx.etype(mm.entity_id) == "state" for mm in sv.mentions) and sv.index > 0:
            prev = ctx.sentences[sv.index - 1]
            ante = _sole_state(prev, ctx) if same_paragraph(ctx, prev, sv) else None
        if ante is not None:
            out.append(Part(ante[0], m.start("noun"), m.end(), f"'{m.group(0)}' = '{ante[1]}', the state named", "anaphor"))
    return out


def _sole_state(view: SentenceView, ctx: ArticleContext, cut: int | None = None) -> tuple[str, str] | None:
    """The one state ``view`` names (ending by the offset ``cut``, when given), with its text."""
    ids = {mm.entity_id: mm.text for mm in view.mentions
           if (cut is None or view.rel(mm.end) <= cut) and ctx.etype(mm.entity_id) == "state"}
    return next(iter(ids.items())) if len(ids) == 1 else None
