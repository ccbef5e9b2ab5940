"""People introduced by a title, for ``recognise.people``: the titles (resources/ontology/
titles.yaml and the name cues' extra titles) before a name ("Tajik President Emomali Rahmon",
"Air Chief Marshal RKS Bhadauria"), where they start in a sentence, the titles leading a name
("Chief of Defence Staff, General Bipin Rawat" is Bipin Rawat), and the state named just
before a title ("China's Ambassador …")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from silkgraph.extract.recognise.patterns import (
    CAP,
    NAME,
    LiteralStarts,
    matches_at,
)
from silkgraph.extract.recognise.shape_base import cues
from silkgraph.model import Entity, Mention
from silkgraph.nlp.ordering import longest_first
from silkgraph.resources import load_yaml

TITLED_NAME_RE_CACHE: list[re.Pattern[str]] = []
# initials written together before a surname, after a title: "Air Chief Marshal RKS
# Bhadauria", "General R.K.S. Bhadauria"
INITIALS = r"(?:(?:[A-Z]\.){2,3}|[A-Z]{2,3}(?=\s+[A-Z][a-z]))"
# a reigning name's ordinal after a title ("King Abdullah II", "Catholicos Karekin II"): a
# Roman numeral of two letters or more, so no initial ("V", "X") is read as one
_REGNAL = r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)(?![\w’'\-])"
_REGNAL_RE = re.compile(_REGNAL)
# a name word inside a name after initials ("S.M. Kamrul Hassan"): no possessive
_PLAIN_CAP = r"[A-Z][a-zà-ÿ]+(?:-[A-Za-zà-ÿ][a-zà-ÿ]*)*"


def _titles() -> list[str]:
    data = load_yaml("ontology/titles.yaml")
    extra = cues().words("extra_titles")
    # longest first (ties alphabetical: the pattern is the same in every process)
    return longest_first(set(data["titles"]) | set(extra))


def title_regex() -> re.Pattern[str]:
    if not TITLED_NAME_RE_CACHE:
        titles = "|".join(re.escape(t) for t in _titles())
        TITLED_NAME_RE_CACHE.append(re.compile(
            rf"\b(?P<title>(?:{titles})(?:\s+(?:{titles}))*)"
            rf"(?:\s+(?:of|to|for)\s+(?P<of>{CAP}(?:\s+{CAP})?))?,?\s+"
            rf"(?P<name>{INITIALS}(?:\s+{_PLAIN_CAP})?\s+{CAP}|{NAME}|{_PLAIN_CAP}\s+{_REGNAL})"
        ))
    return TITLED_NAME_RE_CACHE[0]


@lru_cache(maxsize=1)
def title_starts() -> LiteralStarts:
    """Where a title (as written) starts: every match of ``title_regex()`` does."""
    return LiteralStarts(_titles())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(t for t in _titles() if " " not in t)


def leading_titles(name: str) -> int:
    """How many characters of titles start ``name`` when a name of two or more words follows:
    "Chief of Defence Staff, General Bipin Rawat" is the person Bipin Rawat, not "General Bipin
    Rawat" (a second title after the appositive comma)."""
    words = name.split(" ")
    cut = 0
    while len(words) > 2 and words[0] in _title_words():
        cut += len(words[0]) + 1
        words = words[1:]
    return cut


def titled_names(st: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``title_regex().finditer(st)``, given the sorted offsets in ``st`` where a title
    starts (``title_starts().positions``); a reigning name must be a name word, not one of
    the words of a body or a thing ("the King Air II" is an aircraft)."""
    not_name = cues().not_name
    for m in matches_at(title_regex(), st, starts):
        words = m.group("name").split()
        if len(words) == 2 and _REGNAL_RE.fullmatch(words[1]) and words[0] in not_name:
            continue
        yield m


def country_near(mentions: list[Mention], entities: dict[str, Entity], title_start: int,
                  name_start: int) -> str | None:
    """The state mentioned just before a title ("Tajik President …", "China's Ambassador")."""
    for m in reversed(mentions):
        if m.end <= name_start and title_start - m.end <= 3 and m.entity_id.startswith("state:"):
            return m.entity_id.split(":", 1)[1]
        if m.end < title_start - 3:
            break
    return None
