"""A plural relation noun set before the pair it describes.

News writing puts the relation in front of the names as a title: "nuclear-armed rivals India and
Pakistan", "longtime allies Russia and Armenia", "old foes Armenia and Azerbaijan", or as a noun
with the pair in apposition: "the two rivals, India and Pakistan, met".  The pair's own relation
is told only when the noun is no one else's: not "Russia's allies Belarus and Armenia", "its
partners X and Y", "allies of Z", nor "US allies Japan and South Korea" (a state or demonym among
the modifiers owns the noun).
"""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.relations.cues import PAIR_NOUN_KIND
from silkgraph.extract.relations.pairs import _noun_kind

Found = tuple[Part, Part, str, int, str]
# a neighbours title whose adjective tells the relation ("the hostile neighbours X and Y", "rival
# neighbours X and Y"; pair_nouns in relations.yaml): the adjective, with its noun, names the kind
_NEIGHBOURS = sorted({k.split()[0] for k in PAIR_NOUN_KIND if k.endswith(" neighbours")})
# the noun as a title opening its clause, with a few descriptive modifiers ("nuclear-armed", "old",
# "the two"); the pair follows right after (a comma for the appositive "the two rivals, X and Y").
# A noun after a verb ("angered rivals X and Y") is the object's, not the pair's, title.
NOUN_RE = re.compile(
    r"(?:^|[,;:(—–]\s*|\b(?:and|but|as|while|when|after|before|that|where)\s+)(?:(?:the|both)\s+)?(?:(?:two|three)\s+)?"
    r"(?P<pre>(?:(?:longtime|long-time|longstanding|long-standing|old|regional|bitter|strategic|close|closest|traditional|"
    r"historic|historical|sworn|fellow|key|major|natural|neighbouring|neighboring|uneasy|wary|fierce|staunch|firm|"
    r"treaty|military|security|economic|trade|trading|nuclear|[a-z]+-[a-z]+)\s+){0,3})"
    r"(?P<noun>allies|partners|rivals|arch-?rivals|adversaries|enemies|arch-?enemies|foes|"
    r"(?:" + "|".join(_NEIGHBOURS) + r")\s+neighbou?rs)"
    r"(?P<gap>\s*,\s*|\s+)(?=(?-i:[A-Z]))", re.I)
# a possessor or a preposition owning the noun: "Russia's allies", "its partners", "among rivals"
OWNED_RE = re.compile(r"(?:[’']s?|\b(?:its|their|his|her|our|my|your|of|whose|with|among|between|for|against|to))\s+"
                      r"(?:[\w\-]+\s+){0,3}$", re.I)
LITERALS = ("allies", "rivals", "partners", "adversaries", "enemies", "foes", "neighbo")  # the nouns' literal pre-check
AND_RE = re.compile(r"\s+and\s+")
# after the pair: not the first of a possessive or a longer list ("X and Y's", "X and Y, Z and W")
TAIL_BAD_RE = re.compile(r"[’']s\b|\s*,\s*(?-i:[A-Z])[\w\-]*\s+and\b")


def noun_pairs(ps: list[Part], text: str) -> list[Found]:
    """"rivals X and Y", "the two allies, X and Y,": the pair named right after a plural
    relation noun that no party owns."""
    if not any(w in text for w in LITERALS):
        return []
    out: list[Found] = []
    for m in NOUN_RE.finditer(text):
        a = next((p for p in ps if p.start == m.end()), None)
        if a is None or not a.eid.startswith("state:"):
            continue
        b = next((p for p in ps if p.start > a.end and AND_RE.fullmatch(text, a.end, p.start)), None)
        if b is None or not b.eid.startswith("state:") or b.eid == a.eid:
            continue
        if TAIL_BAD_RE.match(text, b.end):
            continue
        if OWNED_RE.search(text, max(0, m.start("noun") - 60), m.start("noun")):
            continue
        if m.group("gap").strip() == "," and not re.search(r"\btwo\s", m.group(0), re.I):
            continue  # ", X and Y" after a bare noun may be a list of other things
        if any(m.start("pre") <= p.start < m.start("noun") for p in ps):
            continue  # "US allies X and Y", "Russian partners X and Y": owned by the modifier
        noun = m.group("noun")
        kind = (PAIR_NOUN_KIND.get(re.sub(r"\s+neighbou?rs$", " neighbours", noun.lower()))
                if "neighbo" in noun.lower() else _noun_kind(noun))
        if kind is not None:
            out.append((a, b, kind, m.start("noun"), ""))
    return out
