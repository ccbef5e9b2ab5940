"""The tail of a byline after its last comma that names no person.

"By Anna Smith, Senior Fellow", "By Anna Smith, Reuters", "By Ahmed Rashid, Lahore": wire and
think-tank bylines put the writer's job, outlet or filing place after the names, set off by a
comma just as a second author would be.  What tells them apart is the tail's shape, not a list
of outlets: a single word after the names is no person (a person needs a given name and a
surname to sign), a phrase that ends in a job noun ("Senior Fellow", "Deputy Editor", "Moscow
Bureau Chief") is an affiliation, an outlet word makes it a desk or outlet ("Steppe News
Agency"), and a phrase the gazetteer knows as a place, a state or an organisation ("New
Delhi", "Al Jazeera") is where or for whom the writer files.  A tail holding "and" is more
authors ("By X, Y and Z"), and one that opens with a known given name is a person.

Word lists: ``ontology/titles.yaml`` (``titles``, ``roles``), ``ontology/site_chrome.yaml``
(``byline_roles``; ``byline_non_person`` through :func:`~silkgraph.segment.bylines.org_part`);
names: the gazetteer's places, states, organisations and companies with their aliases.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from functools import lru_cache

from silkgraph.resources import load_yaml, read_text

__all__ = ["non_person_tail", "peel_tails", "given_names"]

_MAX_TAIL_WORDS = 6
_MORE_NAMES = re.compile(r"\band\b|&")
_ARTICLE = frozenset({"a", "an", "the"})
# the gazetteer tables whose names are places, states or bodies, never persons
_NAME_TABLES = ("places.csv", "places_subdivisions.csv", "states.csv", "organizations.csv", "companies.csv")
_ALIAS_TABLES = ("aliases.csv", "state_aliases.csv", "subdivision_aliases.csv")
_NOT_PERSON_IDS = ("place:", "state:", "org:", "company:", "armed:")


def _rows(relpath: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text("gazetteer/" + relpath))))


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Lower-cased names and aliases of the gazetteer's places, states and organisations."""
    out: set[str] = set()
    for table in _NAME_TABLES:
        for row in _rows(table):
            out.add(re.sub(r"\s*\(.*\)$", "", row["name"]).lower())  # "Dawn (newspaper)"
    for table in _ALIAS_TABLES:
        for row in _rows(table):
            if row["entity_id"].startswith(_NOT_PERSON_IDS):
                out.add(row["alias"].lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Lower-case job nouns that end an affiliation ("fellow", "editor", "minister")."""
    titles = load_yaml("ontology/titles.yaml")
    words = {w.lower() for w in titles["roles"]}
    words |= {t.split()[-1].lower() for t in titles["titles"]}
    words |= {w.lower() for w in load_yaml("ontology/site_chrome.yaml")["byline_roles"]}
    return frozenset(words)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Known given names (gazetteer/_given_names.csv), capitalised."""
    return frozenset(line.split(",", 1)[0] for line in read_text("gazetteer/_given_names.csv").splitlines()[1:])


def _role(word: str) -> bool:
    w = word.lower().strip(".")
    roles = _role_words()
    return w in roles or (w.endswith("s") and w[:-1] in roles)  # "Senior Fellows"


def non_person_tail(tail: str, org_part: Callable[[str], bool]) -> bool:
    """Whether ``tail``, the text after a byline's last comma, is an affiliation, outlet or
    place rather than another author (``org_part``: the caller's outlet/desk test)."""
    t = tail.strip()
    words = t.split()
    if not words or len(words) > _MAX_TAIL_WORDS or _MORE_NAMES.search(t) or t.endswith("."):
        return False
    if t[0].islower():  # a description: "senior analyst", "a researcher"
        return words[0] in _ARTICLE or _role(words[-1]) or org_part(t)
    if not t[0].isupper():
        return False
    if len(words) == 1:  # "Reuters", "Lahore", "AFP", "Columnist": one word signs for no person
        return True
    if words[0].capitalize() in given_names():
        return False  # "Anna Smith, Ahmed Rashid": a second author
    return _role(words[-1]) or org_part(t) or t.lower() in _known_names()


def peel_tails(rest: str, org_part: Callable[[str], bool]) -> str:
    """``rest`` (a byline after its lead-in) without the non-person tails after its last
    commas ("Anna Smith, Tashkent, Uzbekistan" → "Anna Smith"); the first part always stays."""
    while True:
        head, sep, tail = rest.rpartition(",")
        if not sep or not head.strip() or not non_person_tail(tail, org_part):
            return rest
        rest = head.rstrip()
