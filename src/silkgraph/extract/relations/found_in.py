"""A relation found or seen in a party ("X has found a friend in Y", "X sees a reliable ally in Y",
"X has in Y a trusted partner"): the cues are relations.yaml's (``cue_parts`` found_*); here the
check that the finder is a state or its government, not its people or one person of it ("Kyrgyz
students found a friend in Ankara", "Azerbaijan's chess champion sees a rival in Tehran" tell no
relation between the states), and the patterns that make a capital after "in" its state."""

from __future__ import annotations

import re

from silkgraph.extract.relations.cues import fill_parts

_GOV = fill_parts("<<found_government>>")
# between the finder and the verb: its government noun ("'s government", "Uzbek leaders"), an aside
# in commas, adverbs and auxiliaries ("X, for its part, has also found")
FINDER_GAP_RE = re.compile(r"(?P<gov>(?:[’']s)?\s+(?:the\s+)?" + _GOV + r"\b)?(?:\s*,[^,.;]{1,40},)?"
                           r"(?:\s+(?:has|have|had|also|long|now|still|always|already|again|increasingly|"
                           r"may|might|could|will|would|\w+ly))*\s+", re.I)
# a capital right after the verb and noun ("found a friend in Moscow") or after "has in" ("has in
# Ankara a partner"): the party, not the place of the finding (relations/capital.py)
FOUND_IN_RE = re.compile(fill_parts(r"\b<<found_verb>>\s+<<found_premod>><<found_noun>>\s+in\s+$"), re.I)
HAS_IN_RE = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|long|always|now|still)\s+)?in\s+$", re.I)
HAS_IN_NOUN_RE = re.compile(fill_parts(r"\s+<<found_premod>><<found_noun>>\b"), re.I)
FOUND_PAST_RE = re.compile(fill_parts("<<found_past>>"), re.I)


def state_finder(text: str, end: int, verb: int, demonym: bool) -> bool:
    """Whether the party ending at ``end`` is the finder of the verb at ``verb``: the verb follows it
    with only auxiliaries, adverbs or an aside between, or its government noun (a demonym needs
    one: "the Uzbek government", not "Uzbek workers")."""
    m = FINDER_GAP_RE.fullmatch(text, end, verb)
    return m is not None and (not demonym or m.group("gov") is not None)


def found_cue_start(text: str, start: int, end: int) -> int | None:
    """Where the finding verb starts when the capital at ``start``-``end`` is the party of a relation
    found in it ("… found a friend in Moscow", "… has in Moscow a partner"), else None."""
    if FOUND_PAST_RE.search(text):
        return None
    m = FOUND_IN_RE.search(text, max(0, start - 60), start)
    if m is None and (m := HAS_IN_RE.search(text, max(0, start - 24), start)) is not None \
            and not HAS_IN_NOUN_RE.match(text, end):
        m = None
    return m.start() if m is not None else None
