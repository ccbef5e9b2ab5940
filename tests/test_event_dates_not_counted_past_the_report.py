"""A second verb counted from the first ("blamed X and a day later closed the border") with no day told
before but the report's own: the count is not taken on past the report.  The second act, told done, is
on the report's day at the latest and the first is the count back from it; a day told before still
counts forward.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts

HEAD = "Test headline about the region\n\n"
DATELINE = HEAD + "ALMATY, 5 July 2024 — "
DATE_LINE = HEAD + "By A. Writer\n\n5 July 2024\n\n"
BODY = "Kazakhstan blamed Kyrgyzstan for the clash and a day later closed the border crossing."


def _events(body: str, opening: str) -> set[tuple[str, frozenset[str], frozenset[str], str]]:
    return {(f.args["event_type"], frozenset(f.args["actors"]), frozenset(f.args.get("targets") or []),
             f.args["date"]) for f in event_facts(body, opening=opening)}


KAZ, KGZ = frozenset({"state:KAZ"}), frozenset({"state:KGZ"})


def test_a_dateline_only_dates_the_second_act_no_later_than_the_report() -> None:
    got = _events(BODY, DATELINE)
    assert ("accusation", KAZ, KGZ, "2024-07-04") in got
    assert ("coercion", KAZ, frozenset(), "2024-07-05") in got
    assert not any(date > "2024-07-05" for _t, _a, _g, date in got)


def test_a_date_line_only_dates_the_second_act_no_later_than_the_report() -> None:
    got = _events(BODY, DATE_LINE)
    assert ("accusation", KAZ, KGZ, "2024-07-04") in got
    assert ("coercion", KAZ, frozenset(), "2024-07-05") in got
    assert not any(date > "2024-07-05" for _t, _a, _g, date in got)


def test_near_miss_a_day_told_before_still_counts_forward() -> None:
    got = _events("Kyrgyz and Kazakh border guards clashed on 1 July. " + BODY, DATE_LINE)
    assert ("accusation", KAZ, KGZ, "2024-07-01") in got
    assert ("coercion", KAZ, frozenset(), "2024-07-02") in got
