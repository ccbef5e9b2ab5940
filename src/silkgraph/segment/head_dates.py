"""The head of a web article read by line roles: title, date line and byline in any order.

A page's article head stacks a title, a date line and a byline ("By X"), and sites order them
as they like: "Title / Wednesday, 17 August 2016 / By X", "17 August 2016 / Title / By X",
"Title / By X / 2016-08-17".  When the lines over the byline follow site chrome that the
segmenter first took for a stub (a site name, a menu, a search box, a section name), the line
right before the byline is not always the title: a date line there (:func:`~silkgraph.segment.
paragraphs.date_line`) is the head's date, and the title is the title-like line before it.  A
date line right before the title dates the article too.  A date line is a line that holds one
full date and only date-line decoration (weekday, clock time, "Published" …), so a title that
writes a date ("Talks of 17 August 2016 Revisited") stays a title.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from silkgraph.segment.paragraphs import Para, date_line
from silkgraph.segment.stated import numeric_date, parse_date_text

__all__ = ["head_title_index", "head_date", "heads_next"]


def _date_of(t: str) -> str | None:
    return parse_date_text(t) or numeric_date(t)


def head_title_index(paras: Sequence[Para], i: int, floor: int, title_like: Callable[[Para], bool]) -> int | None:
    """The index of the title line of the head whose byline is ``paras[i]``: the line right
    before it, or the one before a date line there; only lines from ``floor`` (the start of
    the lines the head may use) count.  None when that line is no title."""
    j = i - 1
    if j >= 1 and date_line(paras[j].text) and paras[j - 1].start >= floor and title_like(paras[j - 1]):
        j -= 1  # "Title / Wednesday, 17 August 2016 / By X"
    if j < 0 or paras[j].start < floor or date_line(paras[j].text) or not title_like(paras[j]):
        return None
    return j


def head_date(paras: Sequence[Para], title: int, byline: int, floor: int) -> str | None:
    """The date (YYYY-MM-DD) a head's date line states: a date line between the title
    ``paras[title]`` and the byline ``paras[byline]``, else one right before the title (not
    before ``floor``); None when the head has none."""
    for k in range(title + 1, byline):
        if date_line(paras[k].text):
            d = _date_of(paras[k].text)
            if d:
                return d
    k = title - 1
    if k >= 0 and paras[k].start >= floor and date_line(paras[k].text):
        return _date_of(paras[k].text)
    return None


def heads_next(paras: Sequence[Para], i: int, title_like: Callable[[Para], bool],
               byline: Callable[[str], object]) -> bool:
    """Whether the date line ``paras[i]`` stands over the next article's head: a title-like line
    and then a byline (``byline`` returns something for one).  A date line after an article's
    text is then that next article's date, not a line of the text before."""
    if i + 2 >= len(paras) or not date_line(paras[i].text):
        return False
    t = paras[i + 1]
    return title_like(t) and not date_line(t.text) and byline(paras[i + 2].text) is not None
