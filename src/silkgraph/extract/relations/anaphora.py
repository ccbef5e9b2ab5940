"""Armed groups named again by a common noun ("the movement", "the militia"): the most
recent armed group of the article (recorded as an inference)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.resources import load_yaml

ARMED_ANAPHOR_RE = re.compile(r"\bthe\s+(?P<noun>" + load_yaml("ontology/relations.yaml")["armed_anaphors"] + r")\b")
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
