"""Byline shapes besides the plain "By X and Y" (cues: ``resources/ontology/site_chrome.yaml``).

Wire services and web pages write the author line in many shapes; what they share is a lead-in
("By", "Written by", "Posted by", "Author:"), one or more person names, and tails that are no
person: the agency or outlet ("By X, Steppe News Agency", "By X | Tien Shan Press"), a date
("Posted by X on 21 January 2025", "By X, 14 May 2025") or a desk that signs for nobody in
particular ("By Staff Reporter", "By Agency staff").  :func:`clean_byline` reduces the text
after the lead-in to the persons' names; a line whose every part is such a desk is a byline
without authors (``[]``).  A tail after the last comma that is no person's name (a job, an
outlet or a place: "By X, Senior Fellow", "By X, Reuters", "By X, Lahore") is read by
:mod:`silkgraph.segment.byline_tails`.

:func:`dated_name_line` reads a bare author line with its date, as scraped pages print them
under the title: "Maria Ionescu | 14 July 2024".

Credits at the foot of a wire item ("Reporting by X; Editing by Y", "X contributed reporting")
are no byline: the gold convention records no authors for them, so they have no lead-in here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.model import Section
from silkgraph.nlp.dates import find_dates
from silkgraph.resources import load_yaml
from silkgraph.segment.byline_tails import peel_tails
from silkgraph.segment.numeric_dates import numeric_date

__all__ = ["BYLINE_HEAD", "by_lead", "clean_byline", "dated_name_line", "byline_date", "org_part", "bio_names"]

# the lead-in of an author line: "By", "BY:", "Written by", "Words by", "Posted by", "Author:"
BYLINE_HEAD = re.compile(
    r"^\s*(?:(?:[Ww]ritten|[Ww]ords|[Pp]osted)\s+by|[Bb][Yy]:?|Authors?\s*:)\s+(?P<names>.+?)\s*$"
)
# the separators after which an author line names an outlet or a date ("X | Agency", "X — date")
_TAIL_SEP = re.compile(r"\s+[|—–]\s*|\s+-\s+|\s*\|\s*")
_MAX_TAIL = 60  # characters of an outlet's name or a date after a byline's separator
_DATE_TAIL = re.compile(r"(?:,|\s+on)\s+(?=[^,]*\d)|\s+(?=\(\s*\d)")
# where a wire reporter files from: "By X in Tehran and Y in Vienna"
_PLACE_TAIL = re.compile(r"\s+in\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?$")
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+(?=[A-Z])")


_FIRST_PART = re.compile(r",|\s+and\s+|\s*&\s*|\s+[|—–-]\s+")


def by_lead(line: str) -> bool:
    """Whether ``line`` opens like an author line, whether or not all of it could be read: a
    byline's lead-in before a person's name ("By Anna Smith, …"; not "By Land and Sea")."""
    from silkgraph.segment.structure import bare_name  # (structure imports this module)

    m = BYLINE_HEAD.match(line)
    return m is not None and len(line) <= 150 and bare_name(_FIRST_PART.split(m.group("names"), maxsplit=1)[0]) is not None


def parse_date_text(s: str) -> str | None:
    """The first full date in ``s`` as YYYY-MM-DD (as :func:`segment.stated.parse_date_text`,
    which imports this module's importer)."""
    for te in find_dates(s):
        if te.kind == "absolute" and te.year and te.month and te.day:
            return f"{te.year:04d}-{te.month:02d}-{te.day:02d}"
    return None


@lru_cache(maxsize=1)
def _org_word() -> re.Pattern[str]:
    words = load_yaml("ontology/site_chrome.yaml")["byline_non_person"]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.I)


def org_part(part: str) -> bool:
    """A part of an author line that names an outlet or desk, not a person: a short phrase
    holding one of the ``byline_non_person`` words ("Steppe News Agency", "Staff Reporter")."""
    s = part.strip()
    return 0 < len(s.split()) <= 6 and not s.endswith(".") and _org_word().search(s) is not None


def _cut_date(rest: str) -> str:
    """``rest`` without a trailing date ("X on 21 January 2025", "X, 14 May 2025")."""
    if not any(ch.isdigit() for ch in rest):
        return rest
    m = _DATE_TAIL.search(rest)
    if m and len(rest) - m.end() <= 45 and (parse_date_text(rest[m.end():]) or numeric_date(rest[m.end():])):
        return rest[: m.start()].rstrip()
    return rest


def _person(name: str) -> str:
    """A name as an author: no honorific ("Dr. X" → "X"); a name in capitals title-cased."""
    n = _HONORIFIC.sub("", name.strip())
    if n.isupper() and len(n) > 3:
        n = " ".join(w.capitalize() if w.isupper() else w for w in n.split())
    return n


def clean_byline(rest: str, split: object) -> list[str] | None:
    """The person names of the text after a byline's lead-in, ``split`` into parts by the
    caller's name splitter; ``[]`` when every part is an outlet or desk; None when nothing
    was cut (the caller reads ``rest`` as it stands)."""
    orig = rest
    pieces = _TAIL_SEP.split(rest, maxsplit=1)
    if len(pieces) == 2 and len(pieces[1]) > _MAX_TAIL:
        return None  # text runs on after the dash: a sentence, or a dateline and its lead
    rest = _cut_date(pieces[0])
    rest = peel_tails(rest, org_part)  # "X, Senior Fellow", "X, Reuters", "X, Lahore" (byline_tails)
    parts = [_PLACE_TAIL.sub("", p) for p in split(rest)]  # type: ignore[operator]
    if parts and len(rest) <= 80 and all(org_part(p) for p in parts):
        return []
    kept = [p for p in parts if not org_part(p)]
    if rest == orig and len(kept) == len(parts) and not any(_person(p) != p for p in parts) and (
            _PLACE_TAIL.search(rest) is None):
        return None
    return [_person(p) for p in kept]


def dated_name_line(line: str, name_like: object) -> list[str] | None:
    """The names of an author line that carries its date after a separator ("Maria Ionescu |
    14 July 2024", "Maria Ionescu — June 3, 2025"), read by the caller's ``name_like`` test."""
    if len(line) > 120 or not any(ch.isdigit() for ch in line):
        return None
    parts = _TAIL_SEP.split(line.strip(), maxsplit=1)
    if len(parts) != 2 or not parse_date_text(parts[1]):
        return None
    return name_like(parts[0])  # type: ignore[operator,no-any-return]


def byline_date(line: str) -> str | None:
    """The date an author line carries ("Posted by X on 21 January 2025", "By X (17/08/2016)"),
    else None."""
    if len(line) > 200 or not any(ch.isdigit() for ch in line):
        return None
    return parse_date_text(line) or numeric_date(line)


# a bio sentence's subject: "Aynur Gurbanova is an energy journalist", "X and Y are researchers"
_BIO_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|al|el|bin|de|van|von|ul)){1,4}"
    r"(?:\s+and\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,4})?)"
    r"\s+(?:is|are|was|has been|have been|serves|works|writes|teaches|heads|leads)\b"
)


def bio_names(text: str, sections: list[Section]) -> list[str]:
    """The authors an unsigned article's AUTHOR'S BIO section names as its sentences'
    subjects ("Aynur Gurbanova is an energy journalist."), in order; [] without such a
    section (a name in the running text is never an author)."""
    from silkgraph.segment.structure import bare_name  # (structure imports this module)

    out: list[str] = []
    for sec in sections:
        if sec.kind != "author_bio":
            continue
        for m in _BIO_SUBJECT.finditer(text[sec.start : min(sec.end, sec.start + 600)]):
            for n in bare_name(m.group("name")) or []:
                if n not in out:
                    out.append(n)
    return out
