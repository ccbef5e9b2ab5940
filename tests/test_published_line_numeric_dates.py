"""A "Date:"/"Published:" line written with a numeric date states the publication date when
the order of day and month is clear (dotted dates are day first; a number above 12 tells the
order); an ambiguous slash date states none."""

from __future__ import annotations

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
