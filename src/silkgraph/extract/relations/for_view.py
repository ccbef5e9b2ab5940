"""A view told from one party's standpoint: "For Moscow, Türkiye is a competitor", "For India,
China remains the main rival", "For Armenia, Türkiye remains the main military threat" (a threat
seen: adversaries): the party of the fronted "For X," and the subject of the clause, the
kind from the predicate noun (relation_nouns of relations.yaml)."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.relations.cues import NOUN_KIND
from silkgraph.nlp.prefilter import gate_of
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")

# at the sentence's start, or right after a dateline's dash ("BAKU, May 2 (Wire) – For Moscow, …")
FOR_RE = re.compile(r"(?:^\s*|(?<=[–—]\s)|(?<=\s-\s))(?:(?:But|And|Yet|So)\s+)?(?-i:F)or\s+(?:the\s+)?", re.I)
GAP_RE = re.compile(r"\s*,\s*(?:(?:meanwhile|in\s+turn|however),\s*)?(?:the\s+)?", re.I)
PRED_RE = re.compile(
    r"\s+(?:is|was|remains|remained|has\s+become|had\s+become|became)\s+(?:(?:still|now|also|long|already)\s+)?"
    r"(?:an?|the|its)\s+(?:[\w\-]+\s+){0,3}?(?P<noun>" + "|".join(_DATA["for_view_nouns"] + list(_DATA["for_view_threats"]))
    + r")\b(?!\s+(?:of|for)\b)", re.I)
# the nouns of a danger seen ("For Armenia, Türkiye remains the main threat (to its security)"): their kinds
THREAT_KIND: dict[str, str] = dict(_DATA["for_view_threats"])

Found = tuple[Part, Part, str, int, str]


def for_view(text: str, ps: list[Part]) -> list[Found]:
    """The fronted party and the clause subject of "For X, Y is a N" (the sentence's start)."""
    m = gate_of(FOR_RE).search_in(text, 0, 160)  # (``FOR_RE.search(text, 0, 160)``, pre-checked)
    if m is None or not ps or ps[0].start != m.end():
        return []
    x = ps[0]
    gm = GAP_RE.match(text, x.end)
    y = next((p for p in ps[1:] if gm is not None and p.start == gm.end()), None)
    pm = PRED_RE.match(text, y.end) if y is not None else None
    if y is None or pm is None or y.eid == x.eid:
        return []
    noun = pm.group("noun").lower()
    if noun not in THREAT_KIND and text[pm.end():pm.end() + 4].strip().lower() == "to":
        return []  # "Y is a partner to Z": not X's own view of Y
    kind = THREAT_KIND.get(noun) or NOUN_KIND.get(noun)
    return [(x, y, kind, m.start(), "")] if kind else []


# "Tajikistan remains a Russian security client", "Belarus is a close Russian ally": the subject and
# the state of the demonym that qualifies the relation noun
COPULA_RE = re.compile(r"(?:\s+(?:is|was|remains|remained|became|has\s+(?:long\s+)?been|has\s+become)\s+"
                       r"(?:(?:still|now|also|long)\s+)?|\s*,\s+(?:(?:long|now|still)\s+)?)"  # (", long a US ally": an apposition)
                       r"an?\s+(?:(?!(?:former|one-time|onetime|erstwhile|ex)\b)[\w\-]+\s+){0,2}?", re.I)
NOUN_AFTER_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?P<noun>" + "|".join(_DATA["demonym_relation_nouns"])
                           + r")\b(?!\s+(?:of|to|for)\b)", re.I)
_DEMONYM_KIND: dict[str, str] = dict(_DATA["demonym_relation_kinds"])


def demonym_noun(text: str, ps: list[Part]) -> list[Found]:
    """The subject X of "X is a (close) D (security) N" and the state of the demonym D."""
    out: list[Found] = []
    for x, d in zip(ps, ps[1:], strict=False):
        if d.kind != "demonym" or x.kind == "demonym" or x.eid == d.eid:
            continue
        cm = COPULA_RE.fullmatch(text, x.end, d.start)
        nm = NOUN_AFTER_RE.match(text, d.end) if cm is not None else None
        if nm is None:
            continue
        noun = nm.group("noun").lower()
        kind = _DEMONYM_KIND.get(noun) or NOUN_KIND.get(noun)
        if kind:
            out.append((x, d, kind, x.start, ""))
    return out
