"""The article :func:`silkgraph.segment.segment` is building, and how drafts become articles.

A :class:`Draft` gathers an article's title, authors, sections and the dates read while its
lines were walked.  :func:`add_section` appends text as a section (an obfuscated e-mail notice
inside it is cut out as boilerplate).  :func:`finish` turns the drafts into
:class:`~silkgraph.model.Article` records: sections without text are dropped, an article
without headings has ``body`` rather than ``lead``, authors fall back to an AUTHOR'S BIO's
subjects, and the publication date is wired in order of trust: a date read from the page
(byline, date line, dateline), else one the text states, else an "Updated: …" date (never for
a dated wire item), else front matter for a single article, else an estimate from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from silkgraph.knowledge.office_terms import OfficeTable
from silkgraph.model import Article, Section, Source
from silkgraph.segment.bylines import bio_names
from silkgraph.segment.dateline_series import align_series
from silkgraph.segment.dateline_year import opens_wire_item
from silkgraph.segment.front_matter import apply_meta
from silkgraph.segment.published import estimate_published
from silkgraph.segment.stated import stated_date
from silkgraph.segment.structure import email_notices

__all__ = ["Draft", "add_section", "has_text", "continuing_kind", "finish"]

_ALNUM = re.compile(r"[^\W_]")  # a letter or digit


@dataclass
class Draft:
    """An article while its lines are read (offsets into the source text)."""

    start: int
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    published: str | None = None
    headed: bool = False
    # a whole paragraph of publication boilerplate closed the article after its bio:
    # what follows (more of the publisher's blurb) stays boilerplate
    trailer: bool = False
    # a paragraph of running prose was read: a run of short lines with no prose before the
    # next byline (a page header's blurb, a "Related articles" list) is no article
    prose: bool = False
    # a list heading ("Related articles", "More from Opinion") ended an article without
    # headings: the short lines under it (other pages' titles) are boilerplate up to prose
    listing: bool = False
    # the date of an "Updated: …" line: the page's last edit, not its publication; it dates
    # the article only when nothing else does (a dateline's own day wins)
    updated: str | None = None


def add_section(art: Draft, kind: str, label: str, start: int, end: int, text: str) -> None:
    """Append a section (trimmed), splitting out e-mail notices as boilerplate."""
    pieces: list[tuple[str, int, int]] = []
    cur = start
    for a, b in email_notices(text[start:end]):
        pieces.append((kind, cur, start + a))
        pieces.append(("boilerplate", start + a, start + b))
        cur = start + b
    pieces.append((kind, cur, end))
    first = True
    for k, a, b in pieces:
        seg = text[a:b]
        a2 = a + (len(seg) - len(seg.lstrip()))
        b2 = b - (len(seg) - len(seg.rstrip()))
        if b2 <= a2 or not _ALNUM.search(text, a2, b2):
            continue  # residue such as the " ." after an e-mail notice opens nothing
        lab = label if (k == kind and first) else ""
        if k == kind:
            first = False
        last = art.sections[-1] if art.sections else None
        if last is not None and last.kind == k and not lab and k != "caption":
            if last.start == last.end:  # a heading line's section gets its first text
                last.start = a2
            last.end = b2
        else:
            art.sections.append(Section(kind=k, label=lab, start=a2, end=b2))


def has_text(a: Draft) -> bool:
    """Whether the draft holds a section of text (not only captions or boilerplate)."""
    return any(s.kind not in ("caption", "boilerplate") for s in a.sections)


def continuing_kind(a: Draft) -> str:
    """The kind a paragraph of running text continues: the last section's that holds text."""
    for s in reversed(a.sections):
        if s.kind not in ("caption", "boilerplate"):
            return s.kind
    return "lead"


def finish(
    arts: list[Draft], source: Source, fm: dict[str, str], offices: OfficeTable | None
) -> list[Article]:
    """The articles of the drafts ``arts`` of ``source`` (``fm``: its front matter)."""
    text = source.text
    out: list[Article] = []
    for a in arts:
        secs = [s for s in a.sections if s.end > s.start]
        if not a.headed:
            for s in secs:
                if s.kind == "lead":
                    s.kind = "body"
        if not secs:
            continue
        start = a.start
        end = max(s.end for s in secs)
        art = Article(
            start=start,
            end=end,
            title=a.title,
            authors=list(a.authors) or bio_names(text, secs),
            sections=secs,
            source_name=source.name,
        )
        art.published = a.published or stated_date(text[start:end])
        if not art.published and a.updated and not opens_wire_item(text[secs[0].start : secs[0].end]):
            art.published = a.updated
        out.append(art)
    if len(out) == 1:
        apply_meta(out[0], source, fm)
    for art in out:
        if not art.published:
            art.published_estimate = estimate_published(text, art.sections, offices)
    align_series(out)  # a series of wire items: a sibling's year (segment.dateline_series)
    return out
