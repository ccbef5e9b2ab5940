"""A closed group of states that lists its members (``resources/ontology/groups.yaml``) named
by a plural expression ("the Baltic states", "all three Baltic governments") is a mention of
each member state."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from silkgraph.extract.relations.groups import GROUP_NOUNS, group_mentions
from silkgraph.nlp.prefilter import lower_for_gates
from silkgraph.resources import load_yaml


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    """The groups that list their members (a region's adjective, "the Central Asian states", is
    often a loose reference to some of them, so regions are left to the relation extractors)."""
    return frozenset(g["name"] for g in load_yaml("ontology/groups.yaml").get("groups") or []
                     if "members" in g)


def group_members(st: str, base: int, add: Callable[..., None]) -> None:
    """Each member state of a group expression in sentence ``st`` (offset ``base``), at the
    expression's span (the gazetteer's own mentions inside it, as "Baltic", are kept)."""
    if not any(w in st for w in GROUP_NOUNS):
        return
    for g in group_mentions(st, lower_for_gates(st)):
        if g.name not in _listed():
            continue
        for member in g.members:
            add(base + g.start, base + g.end, member, "group")
