"""Acronyms the gazetteer marks ``ambiguous`` ("CBI", "PDP", "MMA": a body of one state, and as
often another body, a disease or a sport elsewhere) name their entity only in an article that
supports that reading: one that names the entity by another name, or its country (the state,
its demonym or capital, or any place or body of that state). Other acronyms match as before,
and so does an ambiguous acronym the gazetteer gives to several entities ("IAF", "MTU"): there
the flag marks a choice among them, which :func:`~silkgraph.extract.recognise.gazetteer.pick`
makes; the gate is for the one body the gazetteer knows under a letters' string that names
other things elsewhere."""

from __future__ import annotations

from silkgraph.extract.recognise.shape_base import entity_country
from silkgraph.knowledge import Knowledge
from silkgraph.knowledge.normalise import normalise
from silkgraph.model import Entity, Mention

_GATED: dict[int, frozenset[tuple[str, str]]] = {}  # id of a knowledge base -> its gated aliases


def gated_aliases(kb: Knowledge) -> frozenset[tuple[str, str]]:
    """(entity id, normalised alias) of every acronym flagged ``ambiguous`` (cached)."""
    got = _GATED.get(id(kb))
    if got is None:
        got = _GATED[id(kb)] = frozenset(
            (r.entity_id, normalise(r.alias)) for r in kb.records
            if r.kind == "acronym" and "ambiguous" in r.flags)
    return got


def unsupported(mentions: list[Mention], gated: list[Mention], kb: Knowledge,
                entities: dict[str, Entity]) -> list[Mention]:
    """The ``gated`` mentions (among ``mentions``) whose entity the rest of the article neither
    names nor places: no other mention of it, and none of its country."""
    gated_ids = {id(m) for m in gated}
    named: set[str] = set()
    countries: set[str] = set()
    for m in mentions:
        if id(m) in gated_ids:
            continue
        named.add(m.entity_id)
        ent = entities.get(m.entity_id) or kb.get(m.entity_id)
        if ent is not None and (c := entity_country(ent)):
            countries.add(c)
    out = []
    for m in gated:
        ent = entities.get(m.entity_id) or kb.get(m.entity_id)
        country = None if ent is None else entity_country(ent)
        if m.entity_id not in named and country and country not in countries:
            out.append(m)
    return out
