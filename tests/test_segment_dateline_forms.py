"""Year-less wire datelines written day-first or with the place in title case."""

from __future__ import annotations

import pytest

from silkgraph.segment.dateline_year import yearless_dateline


@pytest.mark.parametrize("line, month_day", [
    ("TBILISI, 29 November (Test Wire) – Officials said on Friday …", (11, 29)),
    ("TBILISI, 29 Nov. – Officials said on Friday …", (11, 29)),
    ("Tbilisi, November 29 (Test Wire) - Officials said on Friday …", (11, 29)),
    ("Tbilisi, Georgia, 3 March (Test Wire) - Officials said …", (3, 3)),
])
def test_year_less_forms(line: str, month_day: tuple[int, int]) -> None:
    found = yearless_dateline(line, 0)
    assert found is not None and found[:2] == month_day


@pytest.mark.parametrize("line", [
    "TBILISI, 29 November 2024 (Test Wire) – Officials said …",  # a year: a stated date
    "TBILISI, 29 November, 2024 – Officials said …",
    "Tbilisi, November 29 - officials said …",  # title case without an agency: a sentence
    "In Moscow, May 9 (local time) - parades were held.",
])
def test_not_year_less_datelines(line: str) -> None:
    assert yearless_dateline(line, 0) is None
