"""Wire items: datelines in their common variants, a series of items in one text (each
headline over a dateline opens an item), the dateline's own weekday, and the part of a
month a reference names."""

from __future__ import annotations

from datetime import date

from silkgraph.model import Section, Source
from silkgraph.segment import segment
from silkgraph.segment.dateline_year import dateline_estimate, opens_wire_item, yearless_dateline
from silkgraph.segment.published import estimate_published, stated_date

_SERIES = """Ferry service resumes across the lake

OSH, June 3 (Lake Wire) - A passenger ferry crossed the reservoir on Monday for the first time
since the spring floods, the transport ministry said.

Port workers said that repairs to the jetty had taken nine weeks.

Herders protest over grazing fees

NARYN, June 5 (Lake Wire) - Several hundred herders gathered outside the regional office on
Wednesday to protest against higher grazing fees, local media reported.

The governor promised to review the fees within a month.
"""


def test_series_of_wire_items_splits_at_each_headline() -> None:
    arts = segment(Source(name="t", text=_SERIES))
    assert [a.title for a in arts] == ["Ferry service resumes across the lake",
                                       "Herders protest over grazing fees"]
    # each item is dated by its own dateline and lead
    assert [a.published_estimate.not_before for a in arts if a.published_estimate] == [
        "2024-06-03", "2024-06-05"]


def test_short_line_inside_an_article_without_dateline_is_no_new_item() -> None:
    # near miss: a headline-like line followed by ordinary prose stays in the article
    text = _SERIES.replace("NARYN, June 5 (Lake Wire) - Several", "Several")
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1


def test_dated_item_after_a_yearless_one_is_split_too() -> None:
    text = _SERIES.replace("NARYN, June 5 (Lake Wire)", "NARYN, June 5, 2024 (Lake Wire)")
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 2 and arts[1].published == "2024-06-05"


def test_dateline_variants() -> None:
    for line in ("OSH, June 3rd (Lake Wire) - Officials said",
                 "OSH (Lake Wire), June 3 - Officials said",
                 "OSH, Kyrgyzstan (Lake Wire) — June 3 — Officials said",
                 "OSH, Monday, June 3 (Lake Wire) - Officials said"):
        assert yearless_dateline(line, 0) is not None, line
        assert opens_wire_item(line)
    for line in ("OSH, Monday 3 June 2024 — Officials said",
                 "OSH (Lake Wire), June 3rd, 2024 - Officials said",
                 "OSH/BISHKEK, Monday, June 3, 2024 (Lake Wire) - Officials said"):
        assert stated_date(line) == "2024-06-03", line
    # near misses: a sentence opening with a place and a date is no dateline
    assert yearless_dateline("In Osh, June 3 - officials said", 0) is None
    assert not opens_wire_item("On June 3, officials in Osh said so.")


def test_weekday_in_the_dateline_dates_the_item() -> None:
    # June 3 is a Monday in 2019 and 2024; no weekday in the lead
    text = "OSH, Monday, June 3 (Lake Wire) - Ferries have resumed, officials said."
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    est = dateline_estimate(text, secs, None, date(2026, 6, 1))
    assert est is not None and est.not_before == "2024-06-03"
    assert "in the dateline" in est.basis
    # near miss: without the weekday nothing dates the year
    plain = "OSH, June 3 (Lake Wire) - Ferries have resumed, officials said."
    assert dateline_estimate(plain, [Section("body", "", 0, len(plain))], None, date(2026, 6, 1)) is None


def test_part_of_a_month_bounds_from_that_part() -> None:
    text = "The two armies held a joint drill at the end of March 2025, officials said."
    est = estimate_published(text, [Section(kind="lead", label="", start=0, end=len(text))])
    assert est is not None and est.not_before == "2025-03-21"
    text = "The two armies held a joint drill in early March 2025, officials said."
    est = estimate_published(text, [Section(kind="lead", label="", start=0, end=len(text))])
    assert est is not None and est.not_before == "2025-03-01"
