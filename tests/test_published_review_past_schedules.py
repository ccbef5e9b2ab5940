"""Publication-date ceilings: a schedule told in the past ("were scheduled for", "had been set for")
and a future told from a past report ("said talks would resume on") are neither past references
nor dates told ahead, and no ceiling may fall before a date the article tells; a present schedule
("are scheduled for", "will resume on") still caps the date. Own sentences, with near misses."""

from __future__ import annotations

from silkgraph.model import Section
from silkgraph.segment.published import reference_estimate


def _bounds(text: str) -> tuple[str | None, str | None]:
    est = reference_estimate(text, [Section("body", "", 0, len(text))])
    assert est is not None
    return est.not_before, est.not_after


def test_a_past_schedule_and_a_reported_future_cap_nothing() -> None:
    text = ("The referendum was scheduled for 12 September 2022 but was held on 2 August 2022. "
            "Officials said counting would end on 30 September 2022.")
    assert _bounds(text) == ("2022-08-02", None)
    assert _bounds("The summit had been set for 4 October 2022; it opened on 20 September 2022.") == (
        "2022-09-20", None)


def test_a_past_schedule_is_no_past_reference() -> None:
    nb, _na = _bounds("The vote took place on 2 August 2022. It was originally scheduled for 12 September 2022.")
    assert nb == "2022-08-02"


def test_near_misses_a_present_schedule_still_caps() -> None:
    assert _bounds("The vote took place on 2 August 2022. A runoff is scheduled for 12 September 2022.") == (
        "2022-08-02", "2022-09-12")
    assert _bounds("The vote took place on 2 August 2022. Officials said talks will resume on 30 September 2022.") == (
        "2022-08-02", "2022-09-30")
