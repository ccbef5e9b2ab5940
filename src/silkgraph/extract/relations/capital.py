"""A capital read as a place ("pushed Islamabad further towards Beijing") but set in apposition
with a relation noun ("…, its all-weather partner", "…, Yerevan's treaty ally") is its government,
hence its state: a party of relation cues, recorded as an inference."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.relations.found_in import found_cue_start, state_finder

# an apposition naming a relation: "Beijing, its all-weather partner", "Moscow, Yerevan's treaty ally"
REL_APPOS_RE = re.compile(r"\s*,\s*(?:its|their|an?|the|(?-i:[A-Z])[\w\-]*[’']s)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:ally|allies|partner|partners|rival|rivals|adversary|enemy|foe)\b", re.I)


def capital_appos(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """A capital read as a place ("pushed Islamabad towards Beijing") but set in apposition with a
    relation noun ("…, its all-weather partner") or found as one ("found a friend in Moscow") is its
    government, hence its state."""
    out = []
    for m in sv.mentions:
        ent = ctx.entity(m.entity_id)
        if ent is None or ent.type != "place" or not ent.attrs.get("capital_of"):
            continue
        if (REL_APPOS_RE.match(sv.text, sv.rel(m.end)) or _found_in(sv, ctx, sv.rel(m.start), sv.rel(m.end))) \
                and ctx.entity(str(ent.attrs["capital_of"])) is not None:
            why = f"'{m.text}' = the government of {ent.attrs['capital_of']} (a capital named as a relation's party)"
            out.append(Part(str(ent.attrs["capital_of"]), sv.rel(m.start), sv.rel(m.end), why, "capital"))
    return out


def _found_in(sv: SentenceView, ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether the capital at ``start``-``end`` is the party of a relation a state finds in it: "X has
    found a friend in <capital>" (not "X's migrant workers found a friend in <capital>")."""
    verb = found_cue_start(sv.text, start, end)
    if verb is None:
        return False
    finder = next((m for m in reversed(sv.mentions) if sv.rel(m.end) <= verb), None)
    ent = ctx.entity(finder.entity_id) if finder is not None else None
    return ent is not None and (ent.type == "state" or bool(ent.attrs.get("capital_of"))) \
        and state_finder(sv.text, sv.rel(finder.end), verb, finder.kind == "demonym")
