"""Terms of office (resources/reference/office_terms.csv): who held which office when.

Each row is one term: ``person_id`` (an id of gazetteer/people.csv), ``office`` (a key of
resources/reference/office_titles.yaml), ``from`` and ``to`` (ISO dates; an empty ``to`` is
a term still running).  A person may hold several terms of one office (Putin's presidencies)
or terms of several offices.  The names a person is written by are the gazetteer's: the
canonical name of people.csv and the aliases of aliases.csv.

An overlay folder (:mod:`silkgraph.knowledge.loader`) may hold an ``office_terms.csv`` of the
same layout: its rows add terms, and their people may be the overlay's people rows as well as
the package's.  :func:`office_table` makes the table of one gazetteer (package and overlay);
:func:`silkgraph.knowledge.load_knowledge` keeps it as ``Knowledge.offices``, so that each
knowledge base carries its own terms.  :func:`package_table` is the package's alone.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from silkgraph.model import Entity
from silkgraph.resources import load_yaml, read_text

from .loader import OVERLAY_TERMS, AliasRecord, KnowledgeError, read_gazetteer

__all__ = ["Term", "OfficeTable", "OfficeTermsError", "office_table", "package_table",
           "office_titles", "parse_terms", "people_names"]

TERMS_FILE = "reference/office_terms.csv"
TITLES_FILE = "reference/office_titles.yaml"
_COLUMNS = ("person_id", "office", "from", "to")


class OfficeTermsError(KnowledgeError):
    """A malformed row of office_terms.csv (the message names file:line and what to do)."""


@dataclass(frozen=True)
class Term:
    person_id: str
    office: str
    start: date
    end: date | None  # None: still in office


@dataclass(frozen=True, eq=False)  # compared (and hashed) by identity: one per gazetteer
class OfficeTable:
    """The terms of office of one gazetteer and the names of their people."""

    terms: tuple[Term, ...]
    names: Mapping[str, tuple[str, ...]]  # person id → names (canonical first), term people only


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


def parse_terms(text: str, name: str = TERMS_FILE, people: Container[str] | None = None) -> list[Term]:
    """The terms of a CSV text; raises :class:`OfficeTermsError` on a malformed row (and,
    when ``people`` is given, on a person id not in it)."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != _COLUMNS:
        raise OfficeTermsError(f"{name}:1: header must be {','.join(_COLUMNS)}")
    offices = office_titles()
    out: list[Term] = []
    for row in reader:
        where = f"{name}:{reader.line_num}"
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue  # a blank line
        if None in row:
            raise OfficeTermsError(f"{where}: more fields than the header's {len(_COLUMNS)} columns")
        pid, office = (row.get("person_id") or "").strip(), (row.get("office") or "").strip()
        if not pid.startswith("person:"):
            raise OfficeTermsError(f"{where}: person_id {pid!r} is not a person id; write the id of a "
                                   "people row, like 'person:nikol-pashinyan'")
        if people is not None and pid not in people:
            raise OfficeTermsError(f"{where}: person_id {pid!r} is no person of the gazetteer; add a people "
                                   "row with that id (in the overlay folder) or fix the id")
        if office not in offices:
            raise OfficeTermsError(f"{where}: office {office!r} is not one of {TITLES_FILE}; "
                                   f"use one of {', '.join(offices)}")
        start = _parse((row.get("from") or "").strip(), where, "from")
        to = (row.get("to") or "").strip()
        end = _parse(to, where, "to") if to else None
        if end is not None and end < start:
            raise OfficeTermsError(f"{where}: the term ends ({end}) before it starts ({start})")
        out.append(Term(pid, office, start, end))
    return out


def office_table(people: Mapping[str, Sequence[str]], overlay: Path | None = None) -> OfficeTable:
    """The package's terms and those of ``overlay``/office_terms.csv (when the folder holds
    one), for a gazetteer whose people are ``people`` (person id → names, canonical first)."""
    terms = parse_terms(read_text(TERMS_FILE), TERMS_FILE, people)
    path = overlay / OVERLAY_TERMS if overlay is not None else None
    if path is not None and path.is_file():
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as e:
            raise OfficeTermsError(f"{path}:1: not UTF-8 ({e}); save the file as UTF-8") from e
        terms.extend(parse_terms(text, str(path), people))
    names = {pid: tuple(people[pid]) for pid in dict.fromkeys(t.person_id for t in terms)}
    return OfficeTable(tuple(terms), names)


def people_names(entities: Mapping[str, Entity], records: Iterable[AliasRecord]) -> dict[str, list[str]]:
    """Person id → its names in a gazetteer (canonical first, then its aliases, as recorded)."""
    names: dict[str, list[str]] = {eid: [] for eid, e in entities.items() if e.type == "person"}
    for r in records:
        lst = names.get(r.entity_id)
        if lst is not None and r.alias not in lst:
            lst.append(r.alias)
    return names


@lru_cache(maxsize=1)
def package_table() -> OfficeTable:
    """The shipped terms alone (package data: what an analysis given no table uses)."""
    return office_table(people_names(*read_gazetteer(None)))
