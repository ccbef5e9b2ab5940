"""Publication-date estimate: a year-less news peg names a span (a month is not its first day);
the period of a plan ("a roadmap for 2031–2036") is not a time reached; a date something was
promised or pledged for lies ahead."""

from __future__ import annotations

from silkgraph.model import Section
from silkgraph.segment import estimate_published


def _est(text: str, lead: str = "") -> str:
    sections = []
    if lead:
        sections.append(Section("lead", "", 0, len(lead)))
    body = len(lead) + 1 if lead else 0
    full = (lead + "\n" + text) if lead else text
    sections.append(Section("background", "BACKGROUND", body, len(full)))
    est = estimate_published(full, sections)
    assert est is not None
    return est.not_before


def test_month_peg_after_a_day_of_that_month_keeps_its_year() -> None:
    # "in August" in the lead, after "on 9 August 2031" in the body: the same August
    lead = "The accord the two sides initialled in Geneva in August has changed little on the ground."
    body = "The ministers met on 9 August 2031 and initialled the text."
    assert _est(body, lead) == "2031-08-09"


def test_month_peg_before_the_month_of_the_latest_date_moves_on() -> None:
    # "in July" cannot precede 9 August 2031 as a news peg: the next July
    lead = "The accord the two sides signed in July has changed little on the ground."
    body = "The ministers met on 9 August 2031 and initialled the text."
    assert _est(body, lead) == "2032-07-01"


def test_day_peg_before_the_latest_date_still_moves_on() -> None:
    lead = "On 3 August the border was opened to trucks."
    body = "The ministers met on 9 August 2031 and initialled the text."
    assert _est(body, lead) == "2032-08-03"


def test_period_of_a_plan_is_not_a_time_reached() -> None:
    text = ("In October 2031 the four governments signed a roadmap for 2031–2036 that is meant "
            "to remove bottlenecks.")
    assert _est(text) == "2031-10-01"
    text = "In May 2031 the cabinet adopted a programme for the period 2032-2035."
    assert _est(text) == "2031-05-01"


def test_range_of_past_deliveries_still_counts() -> None:
    # not a plan: deliveries in a range are a time reached
    text = "In May 2030 the ministry reported that deliveries for 2029–2031 had been completed."
    assert _est(text) == "2031-01-01"


def test_promised_for_a_date_lies_ahead() -> None:
    text = ("The verdict came on 17 November 2031. Elections have been promised for February "
            "2032, and the main opposition party expects to win.")
    assert _est(text) == "2031-11-17"
    # but a past promise dated by its own report still counts
    text = "In March 2031 the president promised for the first time that the vote would be free."
    assert _est(text) == "2031-03-01"


def test_plan_period_is_told_by_the_plan_noun_before_the_year() -> None:
    from silkgraph.nlp.dates import find_dates
    from silkgraph.segment.schedule import plan_period

    def period(text: str) -> bool:
        te = next(t for t in find_dates(text) if t.year)
        return plan_period(text, te)

    assert period("The ministry adopted a strategy for 2033-2037.")
    assert period("It approved the programme for the period 2034–2038.")
    assert not period("The ministry adopted a strategy in March 2033.")  # a month: a time reached
    assert not period("The talks resumed in 2033.")
