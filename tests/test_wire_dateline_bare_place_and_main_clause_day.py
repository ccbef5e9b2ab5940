"""Wire datelines: a title-case place with the date and a colon or dash but no agency
("Dushanbe, 5 July: …"), a dash between place and dated year ("Baku, Azerbaijan — April 22,
2025 — …"); the lead's news weekday is the one in a main clause, not one in a clause opened
by "after", "who", "that" … ("After talks that began on Friday, the ministers agreed on Monday")."""

from __future__ import annotations

from datetime import date

from silkgraph.model import Section, Source
from silkgraph.segment import segment
from silkgraph.segment.dateline_year import dateline_estimate, opens_wire_item, yearless_dateline
from silkgraph.segment.published import reference_estimate

PRESENT = date(2026, 6, 1)


def _est(text: str):
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    return dateline_estimate(text, secs, reference_estimate(text, secs), PRESENT)


def test_title_case_place_without_agency() -> None:
    assert yearless_dateline("Khorog, 5 July: Border guards opened the bridge.", 0) is not None
    assert yearless_dateline("Khorog, July 5 — Border guards opened the bridge.", 0) is not None
    # near misses: a sentence opening with a preposition or a weekday is no dateline
    assert yearless_dateline("In Khorog, 5 July: the guards opened the bridge.", 0) is None
    assert yearless_dateline("Saturday, 5 July: the guards opened the bridge.", 0) is None
    assert not opens_wire_item("Khorog, the guards said, opened the bridge on 5 July.")


def test_title_case_dateline_year_from_the_weekday() -> None:
    # 5 July is a Saturday in 2025 (and 2014, before the written 2016)
    text = ("Khorog, 5 July: Tajik and Afghan officials reopened the bridge market on Saturday, "
            "the regional governor's office said. The market was first opened in 2016.")
    est = _est(text)
    assert est is not None and est.not_before == est.not_after == "2025-07-05"


def test_dash_between_place_and_full_date_states_it() -> None:
    text = "Lankaran, Azerbaijan — April 22, 2025 — Fishermen protested against new quotas on Tuesday."
    arts = segment(Source(name="t", text=text))
    assert arts[0].published == "2025-04-22"


def test_main_clause_weekday_is_the_news_day() -> None:
    # March 3 is a Monday in 2025 and a Friday in 2023: the talks began on Friday,
    # the agreement (the news) came on Monday
    text = ("NARYN, March 3 (Valley Wire) - After talks that began on Friday in Naryn, the "
            "water ministers of the two states agreed on Monday to share the reservoir's water.")
    est = _est(text)
    assert est is not None and est.not_before == "2025-03-03"
    text2 = ("NARYN, March 3 (Valley Wire) - The ministers, who arrived on Friday, agreed on "
             "Monday to share the reservoir's water.")
    est2 = _est(text2)
    assert est2 is not None and est2.not_before == "2025-03-03"


def test_first_weekday_when_none_is_subordinate() -> None:
    # near miss: two main-clause weekdays: the first is the news day (2023: March 3 a Friday)
    text = ("NARYN, March 3 (Valley Wire) - The ministers agreed on Friday to share the "
            "reservoir's water, and their deputies met again on Monday.")
    est = _est(text)
    assert est is not None and est.not_before == "2023-03-03"


def test_agency_between_slashes() -> None:
    text = ("ATYRAU, July 3 /Caspian Wire/ - Oil workers ended a strike on Thursday after the "
            "company agreed to raise wages.")
    assert yearless_dateline(text, 0) is not None
    est = _est(text)
    assert est is not None and est.not_before == "2025-07-03"
    # near miss: slashes inside the lead are no agency
    assert yearless_dateline("ATYRAU, July 3 - Oil/gas workers ended a strike.", 0) is not None
    assert yearless_dateline("Oil/gas workers, July 3 /strike/ ended.", 0) is None
