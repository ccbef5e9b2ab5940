"""Populations: the number of people a state or region has, told of the place named right
before it ("Tajikistan's 10 million people", "Kyrgyzstan, a country of about 7 million people",
"Mongolia has a population of 3.5 million", "X, home to about 2 million of Y's 35 million people")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.wordstart import word_start
from silkgraph.nlp.numbers import SCALE, WORD_NUMBERS

_APPROX = r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|just\s+over|approximately|an\s+estimated)\s+)?"
# a figure and its scale word: groups "n" and "s" (also read by owned_people)
# (a word number only before its scale word: "one million", "two million", "half a million")
NUMBER = (r"(?:(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<w>(?<![\w-])(?:one|two|three|four|five|six|seven|eight|"
          r"nine|ten|a|half\s+a)(?=\s+(?:thousand|million|billion)\b)))(?:\s+(?P<s>thousand|million|billion))?")


def number_value(m: re.Match[str]) -> float:
    """The value of a ``NUMBER`` match: its digits or word number times its scale word."""
    if m.group("n"):
        base = float(m.group("n").replace(",", ""))
    else:
        w = re.sub(r"\s+", " ", m.group("w").lower())
        base = 0.5 if w == "half a" else float(WORD_NUMBERS[w])
    return base * SCALE.get((m.group("s") or "").lower(), 1.0)


def number_start(m: re.Match[str]) -> int:
    """Where the figure of a ``NUMBER`` match starts (its digits or its word number)."""
    return m.start("n") if m.group("n") else m.start("w")
# matched at the end of the place's name: the link to the figure, then the figure
POPULATION_RE = re.compile(
    r"(?:['’]s\s+(?P<pop>population\s+(?:of|is|was|stands\s+at|stood\s+at|reached|exceeded|passed|topped|hit|"
    r"numbers|numbered|totals|totalled|totaled|(?:has\s+)?(?:rose|risen|grew|grown|fell|fallen)\s+to)\s+)?"
    r"|,\s+(?:(?P<pop2>(?:with\s+)?a\s+population\s+of)|an?\s+(?:[\w\-]+\s+){0,2}?(?:country|nation|state|republic|"
    r"region|province|city|land)\s+of|(?P<home>home\s+to))\s+"
    r"|\s+(?P<pop3>(?:has|had|have)\s+a\s+population\s+of)\s+"
    # "X is home to 3.7 million people", "X, with 36 million people, …" (the noun is required below)
    r"|\s+(?:is|was|remains)\s+(?P<home2>home\s+to)\s+|,\s+(?P<with>with)\s+)"
    + _APPROX + NUMBER + r"(?P<tail>\s+(?:people|inhabitants|residents|citizens)\b|\s+of\b)?")
GATE_RE = re.compile(word_start("people", "inhabitants", "residents", "citizens", "population") + r"\b")  # (see wordstart)
MIN_POPULATION = 10_000  # fewer are a group of people, not a place's population
PLACE_TYPES = ("state", "place")


def populations(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    if GATE_RE.search(sv.text) is None:
        return []
    out: list[Stat] = []
    text = sv.text
    for m in sv.mentions:
        if ctx.etype(m.entity_id) not in PLACE_TYPES:
            continue
        pm = POPULATION_RE.match(text, sv.rel(m.end))
        if pm is None:
            continue
        tail = (pm.group("tail") or "").strip()
        told = pm.group("pop") or pm.group("pop2") or pm.group("pop3")
        if not told and not (tail and (tail != "of" or pm.group("home") or pm.group("home2"))):
            continue  # "China's 300 warships": not people; "a country of 7 million" needs its noun
        value = number_value(pm)
        if value < MIN_POPULATION or (pm.group("with") and (ctx.etype(m.entity_id) != "state" or m.kind == "capital")):
            continue  # (", with 13 million residents" after a city: the city's, which no gold measures)
        end = pm.end("s") if pm.group("s") else pm.end("n")
        out.append(Stat(number_start(pm), end, value, "count", m.entity_id, "population"))
    return out
