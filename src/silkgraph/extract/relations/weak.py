"""Weak cues: acts that tell of friction between two states without naming how they stand
("New Delhi summoned the Turkish envoy", "Pakistan recalled its ambassador from Tehran").  They
link a pair only when the article has told no other relation of it before (a summons between
allies is a quarrel within a friendship, not a rivalry: see ``extract_relations``), and only
two states the article discusses (each named in ``SALIENT_MIN`` sentences or more): a spat with
a state named in passing is an incident, not a relation the article tells."""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext
from silkgraph.extract.events import Part
from silkgraph.extract.relations.cues import BY_SHAPE
from silkgraph.extract.relations.parties import next_list, subject

SHAPE = "weak_act"
SALIENT_MIN = 3


def salient(ctx: ArticleContext, eid: str) -> bool:
    """The state is named (not as a place) in ``SALIENT_MIN`` sentences of the article or more."""
    n = 0
    for view in ctx.sentences:
        if any(mm.entity_id == eid and mm.role != "place" for mm in view.mentions):
            n += 1
            if n >= SALIENT_MIN:
                return True
    return False


def weak_acts(ctx: ArticleContext, ps: list[Part], text: str, low: str | None,
              live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """The subject of the act and the first party right after the cue (the envoy's state, or
    the state after "from")."""
    out: list[tuple[Part, Part, str, int]] = []
    for cue in BY_SHAPE.get(SHAPE, []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(text, low):
            obj = next_list(ps, text, m.end(), 14)[:1]
            subj = subject(ps, text, m.start())
            if subj is not None and obj and obj[0].eid != subj.eid and salient(ctx, subj.eid) and salient(ctx, obj[0].eid):
                out.append((subj, obj[0], cue.kind, m.start()))
    return out
