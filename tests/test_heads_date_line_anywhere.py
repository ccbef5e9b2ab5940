"""An article head read by line roles: the title, the date line and the byline in any order,
under site chrome or not (silkgraph.segment.head_dates).  Invented texts."""

from __future__ import annotations

import pytest

from silkgraph.model import Source
from silkgraph.segment import segment

CHROME = ["Steppe Security Digest", "Home | Briefs | Long Reads | About", "Search the digest...", "Long Reads"]
TITLE = "Customs Quarrels Slow the New Rail Corridor"
BYLINE = "By Talia Verhoeven"
BODY = ("Freight trains stood idle for a week at the border station while inspectors from both sides argued "
        "over paperwork. Shippers say the delays erase the time the corridor was meant to save.\n"
        "Officials promised a joint inspection regime next spring, though similar promises have lapsed before.\n")


def _first(lines: list[str]):
    text = "\n".join(lines) + "\n" + BODY
    return segment(Source(name="t.txt", text=text))[0]


@pytest.mark.parametrize("date_text, iso", [
    ("Wednesday, 17 August 2016", "2016-08-17"),
    ("August 17, 2016", "2016-08-17"),
    ("2016-08-17", "2016-08-17"),
    ("Aug. 17, 2016", "2016-08-17"),
    ("Monday, January 6, 1997", "1997-01-06"),
    ("3 March 2025", "2025-03-03"),
])
@pytest.mark.parametrize("order", ["title-date-byline", "date-title-byline", "title-byline-date"])
@pytest.mark.parametrize("chrome", [True, False])
def test_title_and_date_in_any_order(date_text: str, iso: str, order: str, chrome: bool) -> None:
    roles = {"title": TITLE, "date": date_text, "byline": BYLINE}
    lines = [roles[r] for r in order.split("-")]
    art = _first((CHROME if chrome else []) + lines)
    assert art.title == TITLE
    assert art.published == iso
    assert art.authors == ["Talia Verhoeven"]


def test_title_that_writes_a_date_stays_the_title() -> None:
    # near miss: a date inside a title is no date line
    title = "The Ceasefire of 17 August 2016 Revisited"
    art = _first(CHROME + [title, BYLINE])
    assert art.title == title
    assert art.published is None


def test_a_lead_opening_with_a_date_states_no_publication_date() -> None:
    # near miss: a lead sentence that writes a full date is text, not a date line
    art = _first(CHROME + [TITLE, BYLINE, "On 12 May 2019 the ministers met in Baku to sign a transit accord."])
    assert art.title == TITLE
    assert art.published is None


def test_second_article_head_with_its_date_line() -> None:
    first = "\n".join([TITLE, BYLINE]) + "\n" + BODY
    second = "\n".join(["Pipeline Tariffs Rise Again", "Tuesday, 4 March 2025", "By Omar Lindqvist"]) + "\n" + BODY
    arts = segment(Source(name="t.txt", text=first + second))
    assert [a.title for a in arts] == [TITLE, "Pipeline Tariffs Rise Again"]
    assert arts[1].published == "2025-03-04"
