"""Acronyms defined in the text ("Long Name (ACR)") and the type of an unknown name
defined with one, guessed from its head word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from silkgraph.knowledge import Knowledge
from silkgraph.resources import load_yaml

ACRONYM_DEF_RE = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&\-]{1,9})\)")
# "the Indian Military Training Team, or IMTRAT, which ...": an acronym given as an
# alternative name after a comma (capitals only, then punctuation or a verb of the clause)
OR_ACRONYM_RE = re.compile(
    r",\s+or\s+(?:the\s+)?(?P<acr>[A-Z][A-Z0-9&]{2,9})(?=\s*[,;:.)]|\s+(?:is|was|has|had|which|that)\b)")


def acronym_definitions(st: str) -> Iterator[re.Match[str]]:
    """Acronyms defined in a sentence: "Long Name (ACR)" and "Long Name, or ACR,"."""
    yield from ACRONYM_DEF_RE.finditer(st)
    if ", or " in st:
        yield from OR_ACRONYM_RE.finditer(st)


def or_acronym_fits(kb: Knowledge, st: str, am: re.Match[str], acr: str) -> bool:
    """Whether "X, or ACR" defines ACR for X: ACR names nothing the gazetteer knows ("Russia,
    or NATO" is a choice) and starts with the first letter of a capitalised word of X among
    the few words before the comma ("Military Training Team, or MTT")."""
    if kb.lookup(acr):
        return False
    before = st[max(0, am.start() - 80):am.start()]
    if not re.search(r"[A-Z][\w’'\-]*$", before):
        return False
    words = re.findall(r"[A-Z][\w’'\-]*", before)[-6:]
    return len(words) >= 2 and acr[0] in {w[0] for w in words}


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
