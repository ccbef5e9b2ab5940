"""Acronyms defined in the text ("Long Name (ACR)") and the type of an unknown name
defined with one, guessed from its head word."""

from __future__ import annotations

import re

from silkgraph.resources import load_yaml

ACRONYM_DEF_RE = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&\-]{1,9})\)")


def guess_type(name: str) -> tuple[str, str] | None:
    """(type, id prefix) for an unknown name defined with an acronym, from its head word."""
    data = load_yaml("ontology/name_heads.yaml")
    extra = load_yaml("gazetteer/name_cues.yaml")["extra_org_heads"]
    words = name.split()
    for etype, heads in data["heads"].items():
        for h in heads + [x.lower() for x in extra.get(etype, [])]:
            if any(w.lower().strip(",") == h for w in words):
                return etype, data["prefix"][etype]
    return None
