"""A series of open wire items whose evidence leaves several episodes: the latest is taken only
when it is the present's (no later year up to the present fits the weekday); when the items' own
evidence (an office term) cut the later years, nothing picks among the episodes left and the
series gives the window over them, not a confident wrong year.  Invented items."""

from __future__ import annotations

from datetime import date

from silkgraph.segment.wire_series import PRESENT, WireItem, assign_series, own_dates, series_basis


def _item(key: str, agency: str, dates: tuple[date, ...]) -> WireItem:
    return WireItem(key, key, 0, agency, None, dates)


def _weekday_years(mon: int, day: int, weekday: int, lo: int, hi: int) -> tuple[date, ...]:
    return tuple(date(y, mon, day) for y in range(lo, hi + 1) if date(y, mon, day).weekday() == weekday)


def test_office_capped_episodes_give_a_window() -> None:
    # Monday September 28 and Thursday October 1 in an office term 2014-2021: 2015 and 2020;
    # 2026 fits the weekdays too (before the present) but the term ruled it out
    a = _weekday_years(9, 28, 0, 2014, 2021)
    b = _weekday_years(10, 1, 3, 2014, 2021)
    assert [d.year for d in a] == [2015, 2020] and [d.year for d in b] == [2015, 2020]
    got = assign_series([_item("a", "Test Wire", a), _item("b", "Test Wire", b)])
    assert got["a"][0] == date(2015, 9, 28) and got["a"][2] == date(2020, 9, 28)
    assert got["b"][0] == date(2015, 10, 1) and got["b"][2] == date(2020, 10, 1)
    assert "none of them the present's" in got["a"][1]


def test_near_miss_the_latest_up_to_the_present_is_kept() -> None:
    # the same items with the years up to the present: the latest (the reader's year) is kept,
    # as one day
    last = PRESENT.year
    a = _weekday_years(3, 4, date(2024, 3, 4).weekday(), 2013, last)
    b = _weekday_years(3, 6, date(2024, 3, 6).weekday(), 2013, last)
    got = assign_series([_item("a", "Test Wire", a), _item("b", "Test Wire", b)])
    assert [d.year for d in a] == [2013, 2019, 2024]
    assert len(got["a"]) == 2 and got["a"][0] == date(2024, 3, 4)
    assert len(got["b"]) == 2 and got["b"][0] == date(2024, 3, 6)


def test_near_miss_one_episode_left_is_one_day() -> None:
    a = (date(2015, 9, 28), date(2020, 9, 28))
    b = (date(2015, 10, 1),)  # its own evidence already excludes 2020
    got = assign_series([_item("a", "Test Wire", a), _item("b", "Test Wire", b)])
    assert got["a"] == (date(2015, 9, 28), got["a"][1])


def test_window_basis_reads_back_the_items_own_years() -> None:
    own = (date(2015, 9, 28), date(2020, 9, 28))
    basis = series_basis(9, 28, own, own[0], "the years the items all allow", (), own[1])
    assert basis.endswith("→ 2015-09-28 to 2020-09-28")
    est = {"not_before": "2015-09-28", "not_after": "2020-09-28", "basis": basis}
    assert own_dates(9, 28, None, est, PRESENT) == (None, own)
