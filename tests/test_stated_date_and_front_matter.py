"""Stated publication dates, front matter and source metadata, and the first day a date's
span gives as a lower bound; the old import paths keep working."""

from __future__ import annotations

from datetime import date

from silkgraph.model import Article, Section, Source
from silkgraph.nlp.dates import find_dates, first_day
from silkgraph.segment import stated_date as pkg_stated_date
from silkgraph.segment.front_matter import apply_meta, front_matter
from silkgraph.segment.published import parse_date_text as old_parse_date_text
from silkgraph.segment.published import stated_date as old_stated_date
from silkgraph.segment.stated import parse_date_text, stated_date


def test_old_import_paths_are_the_same_functions() -> None:
    assert old_stated_date is stated_date is pkg_stated_date
    assert old_parse_date_text is parse_date_text


def test_stated_date_forms() -> None:
    assert stated_date("Some text.\n(4/2/2011 issue of the Quarterly)") == "2011-04-02"
    assert stated_date("Title\nPublished: 7 May 2019\nBody text here.") == "2019-05-07"
    assert stated_date("Headline\nBISHKEK, 3 March 2020 — The council met.") == "2020-03-03"
    # a month without its day, and a dateline below the first lines, state nothing
    assert stated_date("Posted: March 2020\nThe council met.") is None
    assert stated_date("\n" * 8 + "BISHKEK, 3 March 2020 — The council met.") is None
    assert parse_date_text("on 2021-11-09 and later") == "2021-11-09"
    assert parse_date_text("in the spring") is None


def test_front_matter() -> None:
    text = '---\ntitle: "A Quiet Border"\nAuthor: Jo Smith and Al Brown\n---\nThe body.\n'
    meta, start = front_matter(text)
    assert meta == {"title": "A Quiet Border", "author": "Jo Smith and Al Brown"}
    assert text[start:] == "The body.\n"
    assert front_matter("No block here.\n---\nx: y\n---\n") == ({}, 0)


def test_apply_meta_fills_only_what_is_missing() -> None:
    text = "Body text of the article."
    art = Article(start=0, end=len(text), title="Own Title", authors=[],
                  sections=[Section(kind="body", label="", start=0, end=len(text))], source_name="s")
    src = Source(name="s", text=text, meta={"date": "2018-01-02"})
    apply_meta(art, src, {"title": "Other", "authors": "Ann Lee; Bo Kim", "date": "1 May 2017"})
    assert art.title == "Own Title"  # the text's own title wins
    assert art.authors == ["Ann Lee", "Bo Kim"]
    assert art.published == "2018-01-02"  # the source's metadata wins over the front matter


def _one(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def test_first_day_of_a_span() -> None:
    assert first_day(_one("in mid-2016"), 2016) == date(2016, 4, 1)
    assert first_day(_one("in late 2016"), 2016) == date(2016, 9, 1)
    assert first_day(_one("in June 2016"), 2016) == date(2016, 6, 1)
    assert first_day(_one("on 9 June 2016"), 2016) == date(2016, 6, 9)
    assert first_day(_one("in 2016"), 2016) == date(2016, 1, 1)
    # a part of a month from that part's first day
    assert first_day(_one("in mid-March 2016"), 2016) == date(2016, 3, 11)
    assert first_day(_one("at the end of March 2016"), 2016) == date(2016, 3, 21)
