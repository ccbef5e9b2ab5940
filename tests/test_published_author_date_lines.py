"""An author line without "By" that states the publication date ("Name · date · 6 min read",
"Name | date", "Name, date") signs the article under its title and dates it; a line of other
words does not (and a bare name line over a date line still needs a bio or an outlet: a
title-case headline can look like a name)."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.author_lines import dated_names

_BODY = ("Herders on both banks have argued over the pastures for years, and observers expect "
         "the quarrel to outlast the present governments of the two republics.\n\n"
         "Neither side has released the draft, but envoys said it covers grazing rights.\n")


def _art(lines: str) -> tuple[str | None, list[str], str | None]:
    arts = segment(Source(name="a.txt", text=f"Pasture Quarrel Drags On\n\n{lines}\n\n{_BODY}"))
    assert len(arts) == 1
    return arts[0].title, arts[0].authors, arts[0].published


def test_dated_author_lines() -> None:
    for line in ("Lena Varga · 2 March 2031 · 6 min read", "Lena Varga | March 2, 2031",
                 "Lena Varga, 2 March 2031", "Lena Varga — 2 March 2031"):
        assert _art(line) == ("Pasture Quarrel Drags On", ["Lena Varga"], "2031-03-02"), line


def test_dated_names_near_misses() -> None:
    assert dated_names("Lena Varga | Commentary") is None  # no date
    assert dated_names("Talks resumed, 2 March 2031 was the day") is None  # a sentence
    assert dated_names("2 March 2031 · 6 min read") is None  # no name
    assert dated_names("Lena Varga | 2 March 2031 | 3 March 2031") is None  # two dates
    # a title-case headline with its date: no known given name opens it
    assert dated_names("Border Clashes Flare | 2 March 2031") is None
    assert dated_names("Army Chief Visits Kabul, 2 March 2031") is None


def test_undated_name_line_is_no_byline() -> None:
    # a name line over prose, with no date line and no bio naming the person: not signed
    _title, authors, published = _art("Lena Varga")
    assert authors == [] and published is None
