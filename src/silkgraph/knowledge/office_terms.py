"""Terms of office (resources/reference/office_terms.csv): who held which office when.

Each row is one term: ``person_id`` (an id of gazetteer/people.csv), ``office`` (a key of
resources/reference/office_titles.yaml), ``from`` and ``to`` (ISO dates; an empty ``to`` is
a term still running).  A person may hold several terms of one office (Putin's presidencies)
or terms of several offices.  The names a person is written by are the gazetteer's: the
canonical name of people.csv and the aliases of aliases.csv.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from silkgraph.resources import load_yaml, read_text

__all__ = ["Term", "OfficeTermsError", "office_terms", "office_titles", "person_names"]

TERMS_FILE = "reference/office_terms.csv"
TITLES_FILE = "reference/office_titles.yaml"
_COLUMNS = ("person_id", "office", "from", "to")


class OfficeTermsError(ValueError):
    """A malformed row of office_terms.csv (the message names file:line)."""


@dataclass(frozen=True)
class Term:
    person_id: str
    office: str
    start: date
    end: date | None  # None: still in office


@lru_cache(maxsize=1)
def office_titles() -> dict[str, tuple[str, ...]]:
    """Office key → the titles that name it before a person's name."""
    data = load_yaml(TITLES_FILE)["offices"]
    return {str(k): tuple(str(t) for t in v) for k, v in data.items()}


def _parse(day: str, where: str, column: str) -> date:
    try:
        return date.fromisoformat(day)
    except ValueError as e:
        raise OfficeTermsError(f"{where}: column {column!r}: {day!r} is not a YYYY-MM-DD date") from e


def parse_terms(text: str, name: str = TERMS_FILE) -> list[Term]:
    """The terms of a CSV text; raises :class:`OfficeTermsError` on a malformed row."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != _COLUMNS:
        raise OfficeTermsError(f"{name}:1: header must be {','.join(_COLUMNS)}")
    offices = office_titles()
    out: list[Term] = []
    for i, row in enumerate(reader, start=2):
        where = f"{name}:{i}"
        pid, office = (row.get("person_id") or "").strip(), (row.get("office") or "").strip()
        if not pid.startswith("person:"):
            raise OfficeTermsError(f"{where}: person_id {pid!r} is not a person id")
        if office not in offices:
            raise OfficeTermsError(f"{where}: office {office!r} is not one of {TITLES_FILE}")
        start = _parse((row.get("from") or "").strip(), where, "from")
        to = (row.get("to") or "").strip()
        end = _parse(to, where, "to") if to else None
        if end is not None and end < start:
            raise OfficeTermsError(f"{where}: the term ends ({end}) before it starts ({start})")
        out.append(Term(pid, office, start, end))
    return out


@lru_cache(maxsize=1)
def office_terms() -> tuple[Term, ...]:
    """All terms of the shipped table."""
    return tuple(parse_terms(read_text(TERMS_FILE)))


@lru_cache(maxsize=1)
def person_names() -> dict[str, tuple[str, ...]]:
    """Person id → the names the gazetteer knows it by (canonical name first), for the people
    of the terms table only."""
    wanted = {t.person_id for t in office_terms()}
    names: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(read_text("gazetteer/people.csv"))):
        if row["id"] in wanted:
            names.setdefault(row["id"], []).append(row["name"].strip())
    for row in csv.DictReader(io.StringIO(read_text("gazetteer/aliases.csv"))):
        pid = row["entity_id"]
        if pid in names and "remove" not in (row.get("flags") or ""):
            alias = row["alias"].strip()
            if alias and alias not in names[pid]:
                names[pid].append(alias)
    return {k: tuple(v) for k, v in names.items()}
