"""Runs of lines that hold no prose (a page header's tagline, a "Related articles" list of other
pages' titles and bylines) are folded away instead of becoming articles of their own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silkgraph.model import Section

if TYPE_CHECKING:
    from silkgraph.segment.draft import Draft as _Art

_SENT_STOP = re.compile(r"[.!?][\"”’)]?(?:\s|$)")


def is_prose(t: str) -> bool:
    """A paragraph of running text: eighty characters or more, with a sentence end."""
    return len(t) >= 80 and _SENT_STOP.search(t) is not None


def fold_stub(arts: list[_Art], cut: int, text: str) -> str | None:
    """Remove the last article, which holds no prose: its sections before ``cut`` become
    boilerplate of the article before it, or belong to no article at the top of the page.
    Returns the stub's stated date when it was the page header (it dates the next one)."""
    stub = arts.pop()
    prev = arts[-1] if arts else None
    for s in stub.sections:
        if s.start >= cut or prev is None:
            continue
        end = min(s.end, cut)
        while end > s.start and text[end - 1].isspace():
            end -= 1
        if end <= s.start:
            continue
        last = prev.sections[-1] if prev.sections else None
        if last is not None and last.kind == "boilerplate":
            last.end = max(last.end, end)
        else:
            prev.sections.append(Section(kind="boilerplate", label="", start=s.start, end=end))
    return stub.published if prev is None else None


_MAX_BLURB = 300  # characters of text a page header's blurb may hold


def header_blurb(a: _Art, arts: list[_Art]) -> bool:
    """Whether ``a``, the text's first "article", is a page header's blurb that a byline ends
    ("Review - Archive / Scraped copy; images removed." joined into one paragraph): no
    title, byline or heading, and too little text for an article."""
    if len(arts) != 1 or arts[0] is not a or a.title or a.authors or a.headed:
        return False
    return sum(s.end - s.start for s in a.sections if s.kind != "caption") < _MAX_BLURB
