"""A span told after a dated reference ("a year after the clashes of 7 October 2031", "two
years have passed since …", "the tenth anniversary of the 2021 accord") is a time the text has
reached: the reference plus the span bounds the publication date from below (from the first of
the month it reaches).  An approximate or limiting span ("nearly a year after", "within two
years after") and an anniversary still ahead reach nothing."""

from __future__ import annotations

from silkgraph.model import Section
from silkgraph.segment import estimate_published


def _nb(text: str) -> str:
    est = estimate_published(text, [Section("body", "", 0, len(text))])
    assert est is not None
    return est.not_before


def test_spans_after_a_dated_reference() -> None:
    assert _nb("A year after the border clashes of 7 October 2031, the crossing remains shut.") == "2032-10-01"
    assert _nb("Six months after the 3 April 2032 election, the coalition is fraying.") == "2032-10-01"
    assert _nb("Two years have passed since the truce of 9 November 2030, and talks are stalled.") == "2032-11-01"
    assert _nb("The tenth anniversary of the 2021 accord passed quietly.") == "2031-01-01"


def test_spans_that_reach_nothing() -> None:
    assert _nb("Nearly a year after the border clashes of 7 October 2031, the crossing remains shut.") == "2031-10-07"
    assert _nb("Troops must leave within two years after the 3 May 2031 signing, envoys said on 4 May 2031.") \
        == "2031-05-04"
    assert _nb("Ahead of the tenth anniversary of the 2021 accord, envoys met on 5 March 2030.") == "2030-03-05"


def test_span_reach_is_no_news_peg_floor() -> None:
    # "On 3 September" is that year's September, not pushed past the span's reach
    text = ("A year after the clashes of 7 October 2031, the crossing remains shut. "
            "On 3 September, guards exchanged fire again.")
    est = estimate_published(text, [Section("lead", "", 0, len(text))])
    assert est is not None and est.not_before == "2032-10-01"
    assert "2033" not in est.basis
