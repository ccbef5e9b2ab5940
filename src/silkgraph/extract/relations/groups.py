"""Closed groups of states named by a plural expression ("the five Central Asian states"):
the expression stands for each member state (``resources/ontology/groups.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.numbers import WORD_NUMBERS
from silkgraph.nlp.prefilter import Gate
from silkgraph.reference.names import load_regions
from silkgraph.resources import load_yaml


@dataclass(frozen=True)
class GroupMention:
    start: int  # sentence offsets of the expression
    end: int
    text: str
    name: str
    members: tuple[str, ...]  # state ids

    def why(self, member: str) -> str:
        return f"'{self.text}' = {self.name}, of which {member.split(':', 1)[1]} is a member"


# the plural nouns a group's adjective heads ("the Baltic states", "the five Central Asian republics")
GROUP_NOUNS = ("states", "republics", "countries", "nations", "capitals", "governments")


@lru_cache(maxsize=1)
def _groups() -> tuple[Gate, dict[str, tuple[str, tuple[str, ...]]]]:
    data = load_yaml("ontology/groups.yaml").get("groups") or []
    regions = load_regions()
    by_adj: dict[str, tuple[str, tuple[str, ...]]] = {}
    for g in data:
        if "region" in g:  # members kept once, in reference/regions.yaml (and its overlay)
            name, members = g["region"], regions[g["region"]].members
        else:
            name, members = g["name"], tuple(f"state:{m}" for m in g["members"])
        for adj in g["adjectives"]:
            by_adj[adj.lower()] = (name, members)
    adjs = "|".join(sorted((re.escape(a) for g in data for a in g["adjectives"]), key=len, reverse=True))
    rx = re.compile(r"\b(?:[Aa]ll\s+(?:of\s+)?)?(?:[Tt]he|[Aa]ll|[Ee]ach\s+of\s+the)\s+(?:(?P<n>" + count_alt(2, 6) + r"|\d)\s+)?"
                    rf"(?P<adj>{adjs})\s+(?:{'|'.join(GROUP_NOUNS)})\b")
    return Gate(rx), by_adj  # its matches: tried where "the", "all", "each" start, with a group adjective


def group_mentions(text: str, low: str | None) -> list[GroupMention]:
    """The closed groups named in a sentence (only when a written number matches the size);
    ``low`` is the sentence's ``lower_for_gates`` form."""
    gate, by_adj = _groups()
    out: list[GroupMention] = []
    for m in gate.finditer(text, low):
        name, members = by_adj[m.group("adj").lower()]
        n = m.group("n")
        if n is not None and int(WORD_NUMBERS.get(n.lower(), 0) or n) != len(members):
            continue
        out.append(GroupMention(m.start(), m.end(), m.group(0), name, members))
    return out
