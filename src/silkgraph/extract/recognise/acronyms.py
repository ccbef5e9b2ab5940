"""Acronyms defined in the text ("Long Name (ACR)") and the type of an unknown name
defined with one, guessed from its head word."""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.resources import load_yaml

ACRONYM_DEF_RE = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&\-]{1,9})\)")


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, frozenset[str], str], ...]:
    """(type, head words, id prefix) for each type, in the order of name_heads.yaml."""
    data = load_yaml("ontology/name_heads.yaml")
    extra = load_yaml("gazetteer/name_cues.yaml")["extra_org_heads"]
    return tuple((etype, frozenset(heads + [x.lower() for x in extra.get(etype, [])]),
                  data["prefix"][etype]) for etype, heads in data["heads"].items())


def guess_type(name: str) -> tuple[str, str] | None:
    """(type, id prefix) for an unknown name defined with an acronym, from its head word."""
    words = {w.lower().strip(",") for w in name.split()}
    for etype, heads, prefix in _heads():
        if not words.isdisjoint(heads):
            return etype, prefix
    return None
