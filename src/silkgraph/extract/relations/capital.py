"""A capital read as a place ("pushed Islamabad further towards Beijing") but set in apposition
with a relation noun ("…, its all-weather partner", "…, Yerevan's treaty ally") is its government,
hence its state: a party of relation cues, recorded as an inference."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part

# an apposition naming a relation: "Beijing, its all-weather partner", "Moscow, Yerevan's treaty ally"
REL_APPOS_RE = re.compile(r"\s*,\s*(?:its|their|an?|the|(?-i:[A-Z])[\w\-]*[’']s)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:ally|allies|partner|partners|rival|rivals|adversary|enemy|foe)\b", re.I)


def capital_appos(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """A capital read as a place ("pushed Islamabad towards Beijing") but set in apposition with a
    relation noun ("…, its all-weather partner") is its government, hence its state."""
    out = []
    for m in sv.mentions:
        ent = ctx.entity(m.entity_id)
        if ent is None or ent.type != "place" or not ent.attrs.get("capital_of"):
            continue
        if REL_APPOS_RE.match(sv.text, sv.rel(m.end)) and ctx.entity(str(ent.attrs["capital_of"])) is not None:
            why = f"'{m.text}' = the government of {ent.attrs['capital_of']} (a capital set in apposition with a relation noun)"
            out.append(Part(str(ent.attrs["capital_of"]), sv.rel(m.start), sv.rel(m.end), why, "capital"))
    return out
