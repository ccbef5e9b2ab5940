"""The paragraphs :func:`silkgraph.segment.segment` walks, and the tests it makes of one line.

A text's non-empty lines become :class:`Para` records (offsets into the source text); a line
hard-wrapped from a long one is joined back into its paragraph unless it opens a heading, a
byline or a list item.  The line tests say what a paragraph looks like on its own: a title
(short, no closing punctuation, no heading or caption), a line that only dates the page, or a
short line of a page header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.segment.chrome import blocks_join, chrome_kind
from silkgraph.segment.stated import is_published_line, numeric_date
from silkgraph.segment.structure import inline_heading, is_caption, line_heading, parse_byline

__all__ = ["Para", "paragraphs", "title_like", "date_line", "header_line"]


@dataclass
class Para:
    """A paragraph: ``text`` is ``source.text[start:end]``."""

    start: int
    end: int
    text: str


_SENTENCE_END = frozenset(".!?:\"”’)")


def _word_or_comma(ch: str) -> bool:
    """``re.fullmatch(r"[\\w,]", ch)``: a letter, a digit, "_" or a comma."""
    return ch.isalnum() or ch in "_,"


def paragraphs(text: str, skip_to: int = 0) -> list[Para]:
    """Non-empty lines; consecutive hard-wrapped lines are joined into one paragraph."""
    lines: list[Para] = []
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        if s < skip_to:
            continue
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Para(s + lead, s + lead + len(stripped), stripped))
        else:
            lines.append(Para(s, s, ""))
    out: list[Para] = []
    for ln in lines:
        if not ln.text:
            out.append(ln)
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text
            and len(prev.text) >= 50
            and prev.text[-1] not in _SENTENCE_END  # (a paragraph's text ends in no newline)
            and not prev.text.startswith("#")
            and not ln.text.startswith(("#", "- ", "* "))
            and (ln.text[0].islower() or ln.text[0].isdigit() or _word_or_comma(prev.text[-1]))
            and not inline_heading(ln.text)
            and not line_heading(ln.text)
            and parse_byline(ln.text) is None
            and not blocks_join(prev.text, ln.text)
        ):
            prev.end = ln.end
            prev.text = text[prev.start : prev.end]
        else:
            out.append(ln)
    return [p for p in out if p.text]


def title_like(p: Para) -> bool:
    """A line that can be a title: short, not closed by punctuation, not all lower case, and
    no caption or heading."""
    t = p.text.lstrip("#").strip()
    return (
        0 < len(t) <= 200
        and not re.search(r"[.,;:]$", t)
        and not t.islower()
        and not is_caption(t)
        and not inline_heading(t)
        and line_heading(t) is None
    )


def date_line(t: str) -> bool:
    """A line that only dates the page ("Published: March 5, 2024", "Date: 18.12.2024")."""
    return len(t) <= 60 and (chrome_kind(t) == "date" or (is_published_line(t) and numeric_date(t) is not None))


def header_line(p: Para) -> bool:
    """A short line of a page header: title-like or site chrome."""
    return len(p.text) <= 150 and (title_like(p) or chrome_kind(p.text) is not None)
