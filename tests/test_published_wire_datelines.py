"""Year-less wire datelines: a place written with accented capitals ("MALÉ", "SÃO TOMÉ") opens
a dateline too, and a dateline whose lead tells no weekday is not older than the dates the
text writes with their year (its first such day after them), unless that date is told ahead."""

from __future__ import annotations

from datetime import date

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.dateline_year import yearless_dateline

_REST = ("Diplomats said the talks would resume after the holidays, and neither side "
         "commented on the timetable.\n")


def _estimate(dateline: str, lead: str, rest: str) -> tuple[str, str | None]:
    text = f"Port Deal Stalls\n\n{dateline} {lead}\n\n{rest} {_REST}"
    arts = segment(Source(name="w.txt", text=text))
    assert len(arts) == 1 and arts[0].published_estimate is not None
    est = arts[0].published_estimate
    return est.not_before, est.not_after


def test_accented_capitals_open_a_dateline() -> None:
    assert yearless_dateline("MALÉ, January 8 (Atoll Wire) - The", 0) == (1, 8, 31, None)
    assert yearless_dateline("SÃO TOMÉ, May 3 - The", 0) is not None
    # near miss: a sentence opening with a weekday
    assert yearless_dateline("Monday, May 3 - The", 0) is None


def test_accented_dateline_takes_the_weekday_year() -> None:
    d = date(2022, 1, 12)
    nb, na = _estimate("MALÉ, January 12 (Atoll Wire) -",
                       f"The speaker said on {d.strftime('%A')} that the coalition would hold.",
                       "His party won the September 2021 vote by a wide margin.")
    assert (nb, na) == ("2022-01-12", "2022-01-12")


def test_no_weekday_dateline_follows_the_written_dates() -> None:
    nb, _ = _estimate("TASHKENT, March 5 (Steppe Wire) -",
                      "Uzbekistan has agreed to raise gas sales to its neighbour, the ministry said.",
                      "The two countries signed a supply deal in November 2021.")
    assert nb == "2022-03-05"
    # near miss: a date in the same year told ahead of the news keeps the dateline's day that year
    nb, _ = _estimate("TASHKENT, March 5 (Steppe Wire) -",
                      "Uzbekistan has agreed to raise gas sales to its neighbour, the ministry said.",
                      "Talks on the supply contract of October 26, 2021 are under way.")
    assert nb == "2021-03-05"
    # but one told in a past sentence is a time the news came after
    nb, _ = _estimate("TASHKENT, March 5 (Steppe Wire) -",
                      "Uzbekistan has agreed to raise gas sales to its neighbour, the ministry said.",
                      "The envoy led the talks on the supply contract of October 26, 2021.")
    assert nb == "2022-03-05"
