"""The sides of a fight its sentence leaves unnamed.

* A truce told without its parties ("A truce agreed that evening collapsed within hours", "A ceasefire
  agreed on Friday has largely held"): a ceasefire stops a fight, so its parties are those of the fighting
  the narrative has just told (the last armed clash recorded in the paragraph, with two states or more).
* A clash told by its dead ("clashes killed 36 Kyrgyz and 19 Tajik citizens", "20 Indian soldiers and four
  Chinese troops were killed in a clash"): the states of the dead of both sides fought.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import window_start
from silkgraph.extract.events.article import article_state

BACK = 3  # sentences back to the fighting
# a clash, not a one-sided attack: both sides' dead tell its parties
CLASH_RE = re.compile(r"^(?:clash(?:es)?|fighting|skirmish(?:es)?|firefights?|gunfights?|border war|war)$", re.I)
# "36 Kyrgyz and 19 Tajik citizens", "Indian soldiers": the people a demonym tells the side of
DEAD_RE = re.compile(r"\s+(?:(?:and|or|at least|about|some|more than|\d[\d,]*|[a-z]+teen|[a-z]+ty|one|two|three|four|five|six|"
                     r"seven|eight|nine|ten|eleven|twelve|[A-Z][\w\-]+)\s+){0,4}?(?:soldiers|troops|citizens|civilians|"
                     r"servicemen|border guards|guards|police(?:men)?|officers|nationals|fighters|villagers|people)\b")
KILLED_RE = re.compile(r"\b(?:killed|dead|died|killing|deaths|lost their lives)\b")


def casualty_sides(ctx: ArticleContext, sv: SentenceView, s: int, e: int) -> tuple[list[str], str] | None:
    """The states of the dead told in ``sv`` around a clash noun at ``s``:``e`` (two states or more,
    each as a demonym before a people noun), with the inference's wording."""
    if not CLASH_RE.match(sv.text[s:e]) or not KILLED_RE.search(sv.text):
        return None
    sides: list[str] = []
    for m in sv.mentions:
        if m.kind == "demonym" and ctx.etype(m.entity_id) == "state" and DEAD_RE.match(sv.text, sv.rel(m.end)) \
                and m.entity_id not in sides:
            sides.append(m.entity_id)
    if len(sides) < 2:
        return None
    return sides, "the states of the dead of both sides (a clash is fought by both)"


def fighting_parties(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """The states of the last armed clash recorded in ``sv``'s paragraph (at most :data:`BACK`
    sentences before it), when two or more states fought; with the inference's wording."""
    if sv.index == 0:
        return None
    ps = window_start(ctx, sv, BACK)
    for rec in reversed(article_state(ctx).events):
        if rec.etype != "attack":
            continue
        at = min(e.start for e in rec.fact.evidence)
        if at >= sv.start:
            continue
        if at < ps:
            break
        states = [p for p in list(rec.fact.args.get("actors") or []) + list(rec.fact.args.get("targets") or [])
                  if p.startswith("state:")]
        states = list(dict.fromkeys(states))
        if len(states) >= 2:
            return states, "the parties of the fighting told just before (a truce stops a fight)"
        return None
    return None
