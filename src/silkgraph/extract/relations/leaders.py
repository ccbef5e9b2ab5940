"""A serving head of state or government, or a foreign or defence minister, stands for the
state in an alignment cue: "Pashinyan accused Baku of ethnic cleansing", "Prime Minister X
called Beijing a strategic partner".  A former office holder (often in opposition), a deputy, a
spokesperson or an envoy does not: their words are not the state's stance."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.resources import load_yaml

# the office as the gazetteer's role column words it ("Prime Minister of Armenia"; ontology/titles.yaml)
LEADER_ROLE_RE = re.compile(r"^(?:" + "|".join(map(re.escape, load_yaml("ontology/titles.yaml")["leading_offices"])) + r")\b")


def leader_part(sv: SentenceView, ctx: ArticleContext, p: Part) -> bool:
    """``p`` is a person's state part (a title proxy) and the person holds a leading office now."""
    if p.kind != "title" or not p.eid.startswith("state:"):
        return False
    for m in sv.mentions:
        if sv.rel(m.start) == p.start and sv.rel(m.end) == p.end and ctx.etype(m.entity_id) == "person":
            ent = ctx.entity(m.entity_id)
            return ent is not None and bool(LEADER_ROLE_RE.match(str(ent.attrs.get("role", ""))))
    return False
