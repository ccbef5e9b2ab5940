"""A year-less wire dateline takes the year of the item's copyright notice ("(c) 2024 X Wire")
when nothing stronger dates its day, and never a year after the notice; a weekday or a
counted time that fits only an earlier year keeps that year.  The time counted to the
dateline's day may name its event in a clause ("nearly three years in which … since the
canal was closed in June 2021", "three years after the army seized power in February 2021").
Near misses: a notice older than a date the text writes, a copyright in the running text,
a span of talks before "after"."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.dateline_elapsed import elapsed_years


def _est(text: str):
    arts = segment(Source(name="t.txt", text=text))
    return arts[0].published_estimate


def test_notice_year_dates_a_yearless_dateline() -> None:
    est = _est("Miners stage sit-in\n\nKARAGANDA, March 12 (Test Post) - Miners at a pit staged a sit-in "
               "over wages, union leaders said.\n\nThe union has sought talks since 2019.\n\n"
               "The operator declined to comment.\n\n(c) 2024 Test Post. All rights reserved.\n")
    assert (est.not_before, est.not_after) == ("2024-03-12", "2024-03-12")
    assert "© 2024" in est.basis


def test_notice_range_uses_its_end() -> None:
    est = _est("Farmers block road\n\nTARAZ, Feb 11 (Test Post) - Farmers blocked a highway over fuel "
               "prices, police said.\n\nPrices have risen since 2020.\n\nCopyright 2019-2024 Test Post\n")
    assert (est.not_before, est.not_after) == ("2024-02-11", "2024-02-11")


def test_weekday_fitting_only_an_earlier_year_wins_over_the_notice() -> None:
    # 14 March is a Thursday in 2019 and 2024; the notice of 2020 rules out 2024
    est = _est("Bridge to open\n\nORAL, March 14 (Test Post) - Officials said on Thursday that the bridge "
               "would open, ending detours that began in 2018.\n\nWork continues.\n\n© 2020 Test Post\n")
    assert (est.not_before, est.not_after) == ("2019-03-14", "2019-03-14")


def test_counted_time_wins_over_a_later_notice() -> None:
    est = _est("Delta dry\n\nNUKUS, May 20 (Test Wire) - Farmers marked nearly two years in which no water "
               "had reached the delta since the canal was closed in June 2021, activists said.\n\n"
               "Officials promised repairs.\n\n(c) 2025 Test Wire. All rights reserved.\n")
    assert (est.not_before, est.not_after) == ("2023-05-20", "2023-05-20")
    assert "nearly two years" in est.basis


def test_notice_older_than_a_written_date_is_left_out() -> None:
    est = _est("Plant reopens\n\nKHUJAND, April 3 (Test Line) - A textile plant resumed production after a "
               "fire in January 2023 destroyed its main hall, the owners said.\n\nWorkers returned.\n\n"
               "(c) 2021 Test Line\n")
    assert est is not None and est.not_before >= "2023-01-01" and "©" not in est.basis


def test_copyright_in_the_running_text_is_no_notice() -> None:
    est = _est("Law debated\n\nALMATY, Nov 18 (Test Post) - Lawmakers debated changes to the copyright law "
               "of 2019 that publishers say fail them, deputies said.\n\nA vote is expected later.\n")
    assert est is None or "copyright notice" not in est.basis


def test_counted_time_with_its_event_in_a_clause() -> None:
    (hedge, n, when, _p), = elapsed_years(
        "Farmers marked nearly three years in which no water had reached the delta since the canal "
        "was closed in June 2021.")
    assert (hedge, n, round(when, 3)) == ("nearly", 3.0, 2021.458)
    (hedge, n, _when, _p), = elapsed_years(
        "Traders reopened the market more than three years after the army seized power in February 2021.")
    assert (hedge, n) == ("more than", 3.0)


def test_a_span_before_after_is_no_count_to_the_dateline() -> None:
    assert elapsed_years("Residents protested after two years of talks after the ceasefire was signed in "
                         "March 2022 brought nothing.") == []
    # another year in the sentence: another episode's count
    assert elapsed_years("In 2019, nearly three years in which no one had spoken since the split in "
                         "May 2016 ended.") == []
