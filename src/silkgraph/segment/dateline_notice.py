"""The copyright year of a wire item whose dateline writes no year.

A wire service closes each item with its notice ("(c) 2025 Oxus Wire. All rights
reserved."); the notice carries the year the item went out, or a later one when a page
re-stamps old items.  For a year-less dateline ("MOSCOW, July 4 (X Wire) - …") the notice
is therefore a ceiling on the dateline's year (the dateline's day falls in that year or an
earlier one) and, when nothing stronger in the text dates the day (a lead weekday, the
time counted to the day, an office-holder's term), the year a reader takes: the notice's
own.  Only the article's boilerplate sections are read (a short closing notice), so a
year in the running text is never taken for the notice.
"""

from __future__ import annotations

from datetime import date

from silkgraph.model import Section
from silkgraph.segment.published_bounds import COPYRIGHT

__all__ = ["notice_year", "pick_notice_year"]

_MAX_NOTICE = 300  # characters: a notice is a line, not a paragraph of text


def notice_year(text: str, sections: list[Section]) -> int | None:
    """The year of the article's copyright notice ("© 2025 …", "(c) 2024 …", "Copyright
    2023 …"; of a range "© 2019–2025" its end), read in its boilerplate sections; the latest
    when there are several; None when there is none."""
    years: list[int] = []
    for sec in sections:
        if sec.kind != "boilerplate" or sec.end - sec.start > _MAX_NOTICE:
            continue
        m = COPYRIGHT.search(text, sec.start, sec.end)
        if m:
            years.append(int(m.group(1)))
    return max(years) if years else None


def pick_notice_year(cands: list[date], year: int | None) -> tuple[list[date], str]:
    """Of the dateline's candidate dates, the one in the notice's year, with the reason;
    the candidates unchanged (and "") when there is no notice or its year holds none."""
    if year is None:
        return cands, ""
    kept = [d for d in cands if d.year == year]
    if not kept:
        return cands, ""
    return kept, f"the copyright notice's year (© {year})"
