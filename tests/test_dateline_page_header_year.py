"""A year-less wire dateline takes its year from the page's own date line over the item
("X WIRE | World | Tue 16 Jun 2020 18:55 GMT"), when that date is the dateline's day or one
day off; a date of another day, or a long line of prose, gives none."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment

_ITEM = """{header}
Herders and rangers clash over closed pastures

By Aida Bekova

NARYN, {dateline} (Pasture Wire) - Rangers and herders clashed on Tuesday at the edge of a closed
reserve, the regional police said, in the worst such violence in the area in years.

The reserve was closed to grazing after a drought.
"""


def _est(header: str, dateline: str = "June 9") -> tuple[str | None, str | None, str]:
    art = segment(Source(name="t", text=_ITEM.format(header=header, dateline=dateline)))[0]
    e = art.published_estimate
    return (e.not_before, e.not_after, e.basis) if e else (None, None, "")


def test_page_header_dates_the_dateline() -> None:
    # June 9 is a Tuesday in 2015, 2020 and 2026: the header's 2015 wins over the latest
    for header, want in (("PASTURE WIRE | Asia | Tue 9 Jun 2015 18:55 GMT", "2015-06-09"),
                         ("PASTURE WIRE | 9 June 2015, 07:10 GMT", "2015-06-09"),
                         ("Pasture Wire | Asia | June 10, 2015 01:05 GMT", "2015-06-09"),  # a day off (GMT)
                         ("PASTURE WIRE | 9 June 2020", "2020-06-09")):
        nb, na, basis = _est(header)
        assert (nb, na) == (want, want), header
        assert "the page's date line" in basis


def test_other_day_or_prose_gives_no_header_year() -> None:
    # near misses: a header of another day, a long sentence with a date, a header with no year
    for header in ("PASTURE WIRE | Asia | Fri 19 Jun 2015 18:55 GMT",
                   "The reserve was first closed to herds on 9 June 2015, and the closure has been extended "
                   "several times since, officials of the regional forestry department said.",
                   "PASTURE WIRE | Asia | Tue 9 Jun"):
        nb, _na, basis = _est(header)
        assert "the page's date line" not in basis, header
        assert nb != "2015-06-09", header
