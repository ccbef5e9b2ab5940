"""A year-less wire dateline may be read back to 1991 (the region's states and the office-terms
table begin then), not only thirty years back: an item naming office-holders of the mid-1990s gets
its year; an item naming none still takes the latest fitting year."""

from __future__ import annotations

from dateline_window import wire_window


def test_office_holders_of_the_nineties_date_an_item() -> None:
    # March 3 is a Friday in 1995, 2000, 2006, 2017 and 2023; Kozyrev was foreign minister until January 1996
    text = ("MOSCOW, March 3 (Test Wire) - Russian Foreign Minister Andrei Kozyrev said on Friday that any "
            "eastward expansion of the alliance would meet a firm response, and President Boris Yeltsin told "
            "reporters that Moscow would accept no new dividing lines.\n")
    assert wire_window(text) == ("1995-03-03", "1995-03-03")


def test_without_office_holders_the_latest_fitting_year_stays() -> None:
    text = ("MOSCOW, March 3 (Test Wire) - The foreign minister said on Friday that any eastward expansion "
            "of the alliance would meet a firm response.\n")
    assert wire_window(text) == ("2023-03-03", "2023-03-03")
