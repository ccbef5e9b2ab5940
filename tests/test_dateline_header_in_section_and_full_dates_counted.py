"""A year-less wire dateline dated by the text's own year evidence rather than the latest year
its weekday allows: the page's date line that opens the item's first section, a count of
years from a full date ("ten years after the Sept. 11, 2001 attacks"), and "last month" /
"this month" with its month and year."""

from __future__ import annotations

from dateline_window import wire_estimate, wire_window

from silkgraph.segment.dateline_elapsed import elapsed_years, this_year
from silkgraph.segment.dateline_header import header_year


def test_header_line_opening_the_section_dates_the_dateline() -> None:
    # March 10 is a Wednesday in 1999, 2004, 2010 and 2021: the header line above the
    # dateline, inside the same (body) section, names 2010
    text = ("Oxus Desk | Wednesday, March 10, 2010 17:20 GMT\n\n"
            "ASHGABAT, March 10 (OD) - Turkmen officials opened a new gas pipeline on Wednesday.\n")
    assert wire_window(text) == ("2010-03-10", "2010-03-10")
    est = wire_estimate(text)
    assert est is not None and "the page's date line" in est.basis


def test_header_line_one_day_off_still_dates_it() -> None:
    # GMT header on the 23rd, local dateline on the 22nd
    text = ("Hindu Kush Wire | Thu 23 Nov 2017 01:05 GMT\n\n"
            "KABUL, Nov 22 (HKW) - Afghan forces retook a district centre in Helmand on Wednesday.\n")
    assert wire_window(text) == ("2017-11-22", "2017-11-22")


def test_near_miss_long_prose_line_is_no_header() -> None:
    text = ("Officials recalled that the pipeline was first proposed on a visit to the capital on "
            "Wednesday, March 10, 2010, when the two presidents met.\n\n"
            "ASHGABAT, March 10 (OD) - Turkmen officials opened a new gas pipeline on Wednesday.\n")
    est = wire_estimate(text)
    assert est is None or "the page's date line" not in est.basis
    assert header_year(text, text.index("ASHGABAT"), 3, 10) is None


def test_years_counted_from_a_full_date() -> None:
    # July 8 is a Monday in 1996, 2002, 2013, 2019 and 2024: "nearly five years after the
    # Sept. 14, 2008" counted to the dateline's day is 2013
    text = ("ISLAMABAD, July 8 (PW) - Pakistan's new cabinet took its oath on Monday.\n\n"
            "The ceremony came nearly five years after the Sept. 14, 2008 floods that swept the valley.\n")
    assert wire_window(text) == ("2013-07-08", "2013-07-08")
    phrases = elapsed_years("two years since the 3 July 2013 takeover")
    assert [(n, round(w, 2)) for _h, n, w, _p in phrases] == [(2.0, 2013.54)]


def test_near_miss_count_of_another_episode_stays_out() -> None:
    # the count is told of 2016, a year the sentence writes: no bound on the dateline
    assert elapsed_years("In 2016, four years after the May 2, 2012 accord, talks resumed.") == []


def test_last_month_with_its_month_and_year() -> None:
    # October 3 is a Wednesday in 2001, 2007, 2012 and 2018
    text = ("YEREVAN, Oct 3 (AW) - Armenia's parliament passed the new tax code on Wednesday.\n\n"
            "The government sent the draft to deputies last month, in September 2012.\n")
    assert wire_window(text) == ("2012-10-03", "2012-10-03")
    assert this_year("prices fell last month (December 2015) as") == (2016, "last month (December 2015")
    assert this_year("the cut announced earlier this month, on May 4, 2019, was")[0] == 2019


def test_near_miss_this_month_phrases_that_disagree_decide_nothing() -> None:
    assert this_year("this month, in May 2014, and last month, in May 2016") == (None, "")


def test_updated_header_line_dates_the_dateline() -> None:
    # the page's only date line gives the time of its update, on the dateline's day
    text = ("Updated: November 22, 2017 at 4:40 p.m.\n\n"
            "KABUL, Nov 22 (HKW) - Afghan forces retook a district centre in Helmand on Wednesday.\n")
    assert wire_window(text) == ("2017-11-22", "2017-11-22")
