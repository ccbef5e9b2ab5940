"""An archive wire item's year, from what its text says, among the years its dateline's weekday
allows; present-day items writing one or two old years stay in the present."""

from __future__ import annotations

from datetime import date

from dateline_window import wire_estimate, wire_window

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.dateline_recency import anniversaries, written_horizon


def _day(text: str) -> tuple[str | None, str | None]:
    return wire_window(text)


def test_three_past_years_date_an_archive_item() -> None:
    # June 14 is a Sunday in 2009, 2015, 2020 and 2026: the background reaching 2008 dates it 2009
    text = ("BISHKEK, June 14 (Test Wire) - Herders blocked the mountain road on Sunday, police said.\n\n"
            "The pasture dispute began in 2003, a truce of 2006 collapsed, and tension has run high "
            "since 2008.\n")
    assert _day(text) == ("2009-06-14", "2009-06-14")
    est = wire_estimate(text)
    assert est is not None and "reach 2008" in est.basis


def test_last_year_with_its_number() -> None:
    # April 18 is a Wednesday in 2007, 2012, 2018
    text = ("DUSHANBE, April 18 (Test Wire) - The army chief flew to the capital on Wednesday for talks.\n\n"
            "The ministry bought four helicopters last year (2006).\n")
    assert _day(text) == ("2007-04-18", "2007-04-18")


def test_anniversary_counted_from_a_year() -> None:
    # May 12 is a Tuesday in 2009, 2015, 2020, 2026; the 10th anniversary of 1999 is 2009
    text = ("TBILISI, May 12 (Test Wire) - Guards traded fire at a checkpoint on Tuesday.\n\n"
            "It came days before the 10th anniversary of the 1999 truce.\n")
    assert _day(text) == ("2009-05-12", "2009-05-12")
    assert anniversaries("the twentieth anniversary of its 1994 founding") == [
        (2014, "twentieth anniversary of its 1994")]


def test_years_counted_after_an_event_with_a_weekday() -> None:
    # Feb 20 is a Wednesday in 2008, 2013, 2019, 2024; four years after 2004 is 2008
    text = ("BAKU, Feb 20 (Test Wire) - The two sides initialled a protocol on Wednesday.\n\n"
            "The protocol comes four years after the 2004 truce that froze the front.\n")
    assert _day(text) == ("2008-02-20", "2008-02-20")


def test_no_weekday_window_from_the_years_written() -> None:
    text = ("ASHGABAT, Sept 13 (Test Wire) - Officials agreed a new gas price.\n\n"
            "Exports fell in 2001, recovered in 2003 and have grown since 2004.\n")
    lo, hi = _day(text)
    assert lo is not None and hi is not None
    assert "2004" <= lo[:4] and hi[:4] <= "2007"


def test_near_miss_one_old_treaty_year_stays_present() -> None:
    # "the 1997 treaty" alone is no horizon: the latest Sunday June 14 up to the test present (June 2026)
    text = ("KABUL, June 14 (Test Wire) - Delegations met at the border on Sunday.\n\n"
            "They act under the 1997 treaty on the frontier.\n")
    assert _day(text) == ("2020-06-14", "2020-06-14")


def test_near_miss_two_old_years_stay_present() -> None:
    text = ("KABUL, March 11 (Test Wire) - Lawmakers passed a budget amendment on Wednesday.\n\n"
            "Relations with the neighbour soured in 2001 and again in 2014.\n")
    assert _day(text) == ("2026-03-11", "2026-03-11")
    assert written_horizon("soured in 2001 and again in 2014", date(2014, 1, 1)) is None


def test_near_miss_targets_are_not_past_years() -> None:
    # years after the latest past date ("by 2030") are targets, not the item's background
    assert written_horizon("in 2005, 2007 and 2009 and a goal for 2030", date(2009, 1, 1)) == 2009
    assert written_horizon("in 2005 and 2007 and a goal for 2030", date(2007, 1, 1)) is None


def test_series_sibling_gives_the_year() -> None:
    text = ("Flooding in the valley\n\n"
            "OSH, May 14 (Test Wire) - Rescuers evacuated two villages on Monday after the river rose.\n\n"
            "The region last flooded in 2002; dams were repaired in 2004 and again in 2006.\n\n"
            "Flood update\n\n"
            "OSH, May 16 (Test Wire) - The cabinet declared an emergency on Wednesday.\n\n"
            "Aid arrived by helicopter.\n")
    arts = segment(Source(name="t", text=text))
    got = [(a.published_estimate.not_before if a.published_estimate else None) for a in arts]
    assert got == ["2007-05-14", "2007-05-16"]


def test_series_near_miss_without_dated_sibling_keeps_latest() -> None:
    # no item dates itself: each keeps the latest fitting year (here both in 2018)
    text = ("Flooding in the valley\n\n"
            "OSH, May 14 (Test Wire) - Rescuers evacuated two villages on Monday after the river rose.\n\n"
            "Flood update\n\n"
            "OSH, May 16 (Test Wire) - The cabinet declared an emergency on Wednesday.\n\n"
            "Aid arrived by helicopter.\n")
    arts = segment(Source(name="t", text=text))
    got = [(a.published_estimate.not_before if a.published_estimate else None) for a in arts]
    assert got == ["2018-05-14", "2018-05-16"]
