"""Namesakes of the gazetteer's people: a full name glossed with an occupation that holds no
office ("Bikram Singh, a taxi driver in Amritsar", "the cricketer Dinesh Singh", "Kyrgyz
wrestler Aibek Kulov") names another person of that name, not the minister or general the
gazetteer knows. The occupations are data (resources/ontology/occupations.yaml)."""

from __future__ import annotations

import functools
import re

from silkgraph.model import Entity
from silkgraph.nlp.ordering import longest_first
from silkgraph.resources import load_yaml


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(apposition after the name, occupation right before it)."""
    words = load_yaml("ontology/occupations.yaml")["occupations"]
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first(words))
    # ", a taxi driver", ", a retired schoolteacher from", ", a Baku taxi driver": an indefinite
    # gloss, up to three describing words before the occupation
    # (the occupation heads the gloss: "a former student leader" is no student; a past career,
    # "a former footballer", "an ex-boxer", is a public figure's own; a gloss that goes on "and"
    # may add an office: "a businessman and former head of ...")
    after = re.compile(rf",\s+an?\s+(?!(?:[\w’'\-]+\s+){{0,3}}?(?:former|ex-))"
                       rf"(?:[\w’'\-]+\s+){{0,3}}?(?P<occ>{alt})"
                       r"(?=\s*(?:[,.;:)]|$)|\s+(?:from|in|of|at|who|whose|with|near|on|based|by)\b)")
    before = re.compile(rf"(?<![\w\-])(?<!former\s)(?<!ex-)(?P<occ>{alt})\s+$")
    return after, before


def occupation_gloss(text: str, start: int, end: int, lo: int) -> str | None:
    """The occupation glossing the name at ``start:end`` in ``text`` (``lo``: where its
    sentence starts), or None: an apposition right after the name, or the occupation noun
    right before it."""
    after, before = _patterns()
    m = after.match(text, end)
    if m is not None:
        return " ".join(m.group("occ").split())
    m = before.search(text[max(lo, start - 40):start])
    if m is not None:
        return " ".join(m.group("occ").split())
    return None


def namesake(person: Entity, name: str, occupation: str) -> Entity | None:
    """A discovered namesake of gazetteer ``person`` called ``name``, known by its
    ``occupation``; None when the gazetteer's own role for the person names that occupation
    (the businessman the gazetteer lists as a businessman is himself)."""
    role = str(person.attrs.get("role", "")).lower()
    if re.search(rf"\b{re.escape(occupation.split()[-1])}\b", role):
        return None
    pid = f"{person.id}-{re.sub(r'[^a-z0-9]+', '-', occupation.lower()).strip('-')}"
    return Entity(pid, "person", name, attrs={"role": occupation, "discovered": True})
