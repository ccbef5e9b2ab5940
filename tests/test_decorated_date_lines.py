"""A page's date line may carry more than its date: a weekday in brackets, a clock time after a
dash, an issue word, a reading time, a section name. Such a line still dates the article, in
whichever place the page puts it (under the byline, in the byline's paragraph, above it)."""

from __future__ import annotations

import pytest

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.date_lines import decorated_date

_BODY = (
    "The clashes of early April left both sides claiming gains, and the presidents spoke by phone.\n\n"
    "BACKGROUND: The two states fought a war in the early 1990s and signed a ceasefire in 1994.\n\n"
    "IMPLICATIONS: The talks are due to resume in the autumn.\n\n"
    "CONCLUSIONS: Little has changed.\n"
)

_LINES = [
    "17 August 2016 (Wednesday)",
    "Wednesday, 17 August 2016 — 10:32",
    "Wednesday, 17 August 2016 - 10:32 GMT",
    "Issue of August 17, 2016",
    "17 Aug 2016 · 6 min read",
    "Analysis | Wed 17 August 2016",
]


@pytest.mark.parametrize("line", _LINES)
def test_decorated_date_lines(line: str) -> None:
    assert decorated_date(line)


@pytest.mark.parametrize("line", [
    "The Crisis of 17 August 2016",            # a title
    "Talks resumed on 17 August 2016.",         # a sentence
    "Photo: troops on 17 August 2016",          # a caption
    "17 August 2016 and 18 August 2016",        # two dates
    "August 2016 (Wednesday)",                  # no day
    "Events of 14 March 2011",                  # timeline headings
    "Since 14 March 2011",
    "Until 14 March 2011",
    "From 14 March 2011",
])
def test_lines_that_are_no_date_line(line: str) -> None:
    assert not decorated_date(line)


@pytest.mark.parametrize("layout", [
    "By Miriam Falkner\n{line}\n\n",      # in the byline's paragraph
    "By Miriam Falkner\n\n{line}\n\n",    # under the byline
    "{line}\n\nBy Miriam Falkner\n\n",    # between title and byline
])
@pytest.mark.parametrize("line", _LINES[:4])
def test_the_date_line_dates_the_article(layout: str, line: str) -> None:
    text = "Caucasus Review\n\nAfter the Spring Fighting\n\n" + layout.format(line=line) + _BODY
    (a,) = segment(Source(name="page", text=text))
    assert a.published == "2016-08-17"
    assert a.title == "After the Spring Fighting"
    assert a.authors == ["Miriam Falkner"]
