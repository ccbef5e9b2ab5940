"""A "Date:"/"Published:" line written with a numeric date states the publication date when
the order of day and month is clear (dotted dates are day first; a number above 12 tells the
order); an ambiguous slash date states none."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.stated import numeric_date, stated_date


def test_numeric_dates() -> None:
    assert numeric_date("18.12.2024") == "2024-12-18"
    assert numeric_date("2024/12/18") == "2024-12-18"
    assert numeric_date("12/18/2024") == "2024-12-18"
    assert numeric_date("18/12/2024") == "2024-12-18"
    assert numeric_date("03.04.2025") == "2025-04-03"


def test_ambiguous_or_impossible_numeric_dates() -> None:
    assert numeric_date("03/04/2025") is None  # March 4 or 3 April
    assert numeric_date("31.02.2025") is None


def test_published_line_with_a_numeric_date() -> None:
    text = "Georgia After the Protests\nBy Nino Beridze\nDate: 18.12.2024\n\nPolice detained dozens on December 18."
    assert stated_date(text) == "2024-12-18"
    # near miss: an ambiguous slash date states nothing
    assert stated_date(text.replace("18.12.2024", "03/04/2025")) is None


def test_dashed_numeric_dates_and_no_part_of_a_longer_number() -> None:
    assert numeric_date("Date: 17-08-2016") == "2016-08-17"
    assert numeric_date("08-17-2016") == "2016-08-17"
    assert numeric_date("05-06-2016") is None  # May 6 or 5 June
    # near misses: a range or a reference number is no date
    assert numeric_date("pages 12-14-2016/7") is None
    assert numeric_date("ref. 1.17.08.2016") is None


def _published(text: str) -> str | None:
    (a,) = segment(Source(name="page", text=text))
    return a.published


_BODY = (
    "The clashes of early April left both sides claiming gains, and the presidents spoke by phone.\n\n"
    "BACKGROUND: The two states fought a war in the early 1990s and signed a ceasefire in 1994.\n\n"
    "IMPLICATIONS: The talks are due to resume in the autumn.\n\n"
    "CONCLUSIONS: Little has changed.\n"
)


def test_a_numeric_date_line_under_the_byline_dates_the_article() -> None:
    for line, want in [("08/17/2016", "2016-08-17"), ("17.8.2016", "2016-08-17"),
                       ("17-08-2016", "2016-08-17"), ("2016/08/17", "2016-08-17")]:
        text = f"Caucasus Review\n\nAfter the Spring Fighting\n\nBy Miriam Falkner\n\n{line}\n\n{_BODY}"
        assert _published(text) == want, line
    # near miss: an ambiguous date line dates nothing
    text = f"Caucasus Review\n\nAfter the Spring Fighting\n\nBy Miriam Falkner\n\n05/06/2016\n\n{_BODY}"
    assert _published(text) is None


def test_a_numeric_date_in_the_author_line_dates_the_article() -> None:
    body = ("Pakistan and Afghanistan traded fire across the border on Monday, officials said.\n\n"
            "BACKGROUND: The two states have disputed the line since 1947.\n")
    for line in ["By Omar Khalid (17/08/2016)", "By Omar Khalid (17.08.2016)", "By Omar Khalid on 17/08/2016",
                 "By Omar Khalid, 17/08/2016"]:
        (a,) = segment(Source(name="page", text=f"Durand Line Tensions Rise\n\n{line}\n\n{body}"))
        assert (a.title, a.authors, a.published) == ("Durand Line Tensions Rise", ["Omar Khalid"], "2016-08-17"), line
