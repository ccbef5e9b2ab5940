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
# a relation found or seen in a party (session 21): "Pakistan has found a friend in Moscow", "Baku sees a
# reliable ally in Ankara" (the capital after "in" is the party, not the place of the finding)
FOUND_IN_RE = re.compile(r"\b(?:found|finds|find|finding|sees|saw|see|seeing)\s+(?:an?\s+|its\s+)?(?:\S+\s+){0,2}?"
                         r"(?:friend|ally|partner|patron|backer|protector|rival|competitor|enemy|adversary|foe)\s+in\s+$", re.I)


def capital_appos(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """A capital read as a place ("pushed Islamabad towards Beijing") but set in apposition with a
    relation noun ("…, its all-weather partner") or found as one ("found a friend in Moscow") is its
    government, hence its state."""
    out = []
    for m in sv.mentions:
        ent = ctx.entity(m.entity_id)
        if ent is None or ent.type != "place" or not ent.attrs.get("capital_of"):
            continue
        if (REL_APPOS_RE.match(sv.text, sv.rel(m.end)) or FOUND_IN_RE.search(sv.text, max(0, sv.rel(m.start) - 60), sv.rel(m.start))) \
                and ctx.entity(str(ent.attrs["capital_of"])) is not None:
            why = f"'{m.text}' = the government of {ent.attrs['capital_of']} (a capital named as a relation's party)"
            out.append(Part(str(ent.attrs["capital_of"]), sv.rel(m.start), sv.rel(m.end), why, "capital"))
    return out
