"""The date of a past episode named by a noun phrase: "since the 2020 war", "after the September
2022 fighting", "Azerbaijan's 2020 offensive", "since Uzbekistan's withdrawal from the CSTO in 2012".

An event noun after a time preposition ("since", "after", "before", "until") is a reference point of
the sentence, and the sentence's dates are by default not its own (``dates.own_date``: "two days
before the invasion, on 22 February").  A date written inside the noun's own noun phrase is its own,
though:

1. a premodifier: the noun phrase's determiner ("the", "a", a possessive "its", "X's"), then the date,
   then at most two modifier words, then the noun ("the April 2021 border clashes");
2. a postmodifier: the noun's complement chain ("between A and B", "with B", "from <organisation>")
   made only of named mentions and prepositions, then "in"/"of" and the date ("the withdrawal from
   the Collective Security Treaty Organization in 2012").

Only candidates left undated by the general dating are read, and only nouns (a verb has a clause of
its own).  No date is taken across a comma, a verb or a clause boundary.
"""

from __future__ import annotations

import re
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.timeline import narrative_date
from silkgraph.resources import load_yaml


def load_episodes_raw() -> dict[str, Any]:
    """``ontology/episodes.yaml`` as read (its lists of words and its ``episode_triggers``)."""
    return dict(load_yaml("ontology/episodes.yaml"))


def load_episodes() -> dict[str, list[str]]:
    """The word lists of ``ontology/episodes.yaml`` (checked by its test)."""
    return {k: [str(w) for w in v] for k, v in load_episodes_raw().items() if isinstance(v, list)}


_DATA = load_episodes()
EPISODE_TYPES = frozenset(_DATA["episode_types"])

# the determiner opening the noun phrase right before its premodifier date
DET_BEFORE_RE = re.compile(r"(?:\b(?:the|its|their|his|her)|['’]s?)\s+$", re.I)
# between the date and the noun: up to two modifier words ("border", "Karabakh", "44-day")
PREMOD_GAP_RE = re.compile(r"\s+(?:[\w\-’']+\s+){0,2}")
# a word that makes the noun phrase no episode ("the 2020 trade war" is left to the war rules)
STOP_WORDS = frozenset(w.lower() for w in _DATA["premod_stop_words"])
# the connecting words of a complement chain after the noun, up to the date's own preposition
CHAIN_WORDS = frozenset(w.lower() for w in _DATA["chain_words"])
DATE_PREPS = frozenset({"in", "of", None})
POST_CHAIN = 90  # characters of complement chain read after the noun


def _premod(sv: SentenceView, c: Cand, a: int, b: int) -> bool:
    """The date premodifies the noun in its own noun phrase (``the`` DATE [w w] NOUN)."""
    if b > c.start or c.start - b > 30 or not PREMOD_GAP_RE.fullmatch(sv.text, b, c.start):
        return False
    if STOP_WORDS.intersection(sv.text[b:c.start].lower().split()):
        return False
    return DET_BEFORE_RE.search(sv.text, max(0, a - 12), a) is not None


def _postmod(sv: SentenceView, c: Cand, a: int, opened: bool) -> bool:
    """The date closes the noun's complement chain: named mentions joined by prepositions only
    (``opened``: the date's text holds its own "in"/"of")."""
    if a < c.end or a - c.end > POST_CHAIN:
        return False
    gap = list(sv.text[c.end:a])
    for m in sv.mentions:  # blank the names out of the gap
        x, y = sv.rel(m.start), sv.rel(m.end)
        if c.end <= x and y <= a:
            gap[x - c.end:y - c.end] = " " * (y - x)
    words = "".join(gap).split()
    if not opened and not (words and words[-1].lower() in ("in", "of")):
        return False
    return all(w.lower() in CHAIN_WORDS for w in words)


def episode_date(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Date an undated event noun by a date written in its own noun phrase (see the module)."""
    if c.trig.kind != "noun" or c.date[0] or c.trig.etype not in EPISODE_TYPES:
        return
    for d in sv.dates:
        if d.kind in ("range", "decade", "relative", "anaphoric") or d.future:
            continue
        a, b = sv.rel(d.start), sv.rel(d.end)
        if d.prep not in DATE_PREPS and not (b <= c.start):
            continue
        opened = d.text.lower().startswith(("in ", "of "))
        if not (_premod(sv, c, a, b) or _postmod(sv, c, a, opened)):
            continue
        iso, basis = narrative_date(ctx, sv, d)
        if iso is None:
            return
        c.date = (iso, d.text, "as written")
        return
