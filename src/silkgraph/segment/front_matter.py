"""An article's metadata from outside its running text: a Markdown/YAML front-matter block
("---\\ntitle: …\\n---") and the metadata the reader gave the source (``Source.meta``).

:func:`~silkgraph.segment.segment` applies them to a source that holds a single article:
what the text itself states (title line, byline, dateline) wins.
"""

from __future__ import annotations

import re
from datetime import date

from silkgraph.model import Article, Source
from silkgraph.segment.stated import parse_date_text

__all__ = ["front_matter", "apply_meta"]

_MAX_FRONT_MATTER = 4000  # characters: a longer "---" block is a rule line, not front matter
_AUTHOR_SEP = re.compile(r",|\band\b|;")
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """The ``key: value`` pairs of a front-matter block opening ``text`` (keys lower-cased,
    values unquoted) and the offset where the body starts after it; ``({}, 0)`` when the text
    opens with none."""
    if not text.startswith("---\n"):
        return {}, 0
    end = text.find("\n---", 4)
    if end < 0 or end > _MAX_FRONT_MATTER:
        return {}, 0
    meta: dict[str, str] = {}
    for line in text[4:end].split("\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip().lower()] = v.strip().strip("\"'")
    nl = text.find("\n", end + 4)
    return meta, (len(text) if nl < 0 else nl + 1)


def _valid_day(iso: str) -> bool:
    """Whether ``iso`` ("2021-02-30") is a real calendar day."""
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def apply_meta(art: Article, source: Source, fm: dict[str, str]) -> None:
    """Fill the title, authors and publication date ``art`` lacks from the source's metadata
    (which wins) and the front matter ``fm``; for an HTML source, drop the title repeated as
    the first line of the first section."""
    meta = dict(source.meta)
    if fm.get("title"):
        meta.setdefault("title", fm["title"])
    if fm.get("author") or fm.get("authors"):
        raw = fm.get("author") or fm.get("authors") or ""
        meta.setdefault(
            "authors", [x.strip() for x in _AUTHOR_SEP.split(raw.strip("[]")) if x.strip()]
        )
    if fm.get("date"):
        d = parse_date_text(fm["date"]) or (
            fm["date"][:10] if _ISO_DAY.match(fm["date"]) and _valid_day(fm["date"][:10]) else None
        )
        if d:
            meta.setdefault("date", d)
    if meta.get("title") and not art.title:
        art.title = str(meta["title"])
    if meta.get("authors") and not art.authors:
        art.authors = list(meta["authors"])
    if meta.get("date") and not art.published:
        art.published = str(meta["date"])
    if source.fmt == "html" and art.title and art.sections:
        first = art.sections[0]
        # trafilatura repeats the title as the first line of the text
        line_end = source.text.find("\n", first.start)
        if line_end > 0 and source.text[first.start : line_end].strip() == art.title:
            first.start = line_end + 1
            while first.start < first.end and source.text[first.start].isspace():
                first.start += 1
