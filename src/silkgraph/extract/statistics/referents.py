"""What a definite noun before a figure refers back to: the last cue of a kind before the figure
("the bank", "the crossing", "his country") and the nearest entity named before it whose name
fits the noun ("the line" = the X pipeline)."""

from __future__ import annotations

import re
from collections.abc import Callable

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.model import Entity, Mention


def last_match(rx: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text`` between ``lo`` and ``hi`` (the one nearest a figure
    at ``hi``), else None."""
    found = list(rx.finditer(text, lo, hi))
    return found[-1] if found else None


def nearest_before(sv: SentenceView, pos: int) -> tuple[int, int, Mention] | None:
    """The mention of ``sv`` that ends nearest before ``pos`` (its relative start, end and itself):
    the one candidate the "right before the figure" owners test, else None."""
    for a, b, m in reversed(sv.mentions_rel()):
        if b <= pos:
            return a, b, m
    return None


def named_before(ctx: ArticleContext, sv: SentenceView, pos: int, back: int, types: tuple[str, ...],
                 fits: Callable[[Entity, Mention], bool]) -> tuple[Entity, Mention] | None:
    """The nearest entity of ``types`` named before ``pos`` (in this sentence or ``back`` before
    it, same section) that ``fits`` a definite noun ("the bank", "the crossing", "the line")."""
    for m in ctx.mentions_before(sv, pos, back):
        ent = ctx.entity(m.entity_id)
        if ent is not None and ent.type in types and fits(ent, m):
            return ent, m
    return None
