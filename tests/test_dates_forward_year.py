"""A year-less date told in a later sentence that falls earlier in the calendar than its anchor moves
the narrative into the next year ("In November 2023 … On February 4 …" → February 2024); a flashback
(the pluperfect, "earlier", "that year"), a deadline and a date in the anchor's own sentence keep
the anchor's year.  Further back than half a year, a month told alone was a backdrop: no anchor, and
the reference date places the year-less date ("In July 2019 … On 12 May" in a 2024 article: May 2024)."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.nlp.dates import find_dates, local_anchors

OPEN = "Test headline\n\nBISHKEK, 20 August 2024 — Border talks moved on.\n\n"


def _years(text: str) -> dict[str, int | None]:
    exprs = find_dates(text)
    return {te.text: (a.year if a is not None else None)
            for te, a in zip(exprs, local_anchors(text, exprs, discourse=True), strict=True) if te.year is None}


def test_a_later_sentence_earlier_in_the_calendar_takes_the_next_year() -> None:
    got = _years("In November 2023 the two commissions finished mapping the line. "
                 "The foreign ministers initialled the protocol on February 4.")
    assert got["on February 4"] == 2024


def test_a_flashback_keeps_the_anchors_year() -> None:
    for text in ("In November 2023 the commissions finished mapping the line. The ministers had met on February 4.",
                 "In November 2023 the commissions finished the map. Nine months earlier, on February 4, guards clashed.",
                 "In November 2023 the commissions finished the map. In February of that year guards clashed."):
        got = _years(text)
        key = "on February 4" if "on February 4" in got else "In February"
        assert got[key] == 2023, text


def test_a_deadline_and_the_anchors_own_sentence_keep_its_year() -> None:
    got = _years("In November 2023 the commissions were told to finish the map by February 4.")
    assert got["by February 4"] in (2023, None)
    got = _years("When the ministers met in November 2023 they recalled the clash on February 4.")
    assert got["on February 4"] == 2023


def test_an_event_on_the_later_date_is_dated_in_the_next_year() -> None:
    body = ("In October 2023 Kyrgyz and Tajik negotiators agreed the last disputed sections. "
            "Kyrgyzstan and Tajikistan signed the border treaty in Bishkek on March 3.")
    dates = [f.args["date"] for f in of_type(event_facts(body, opening=OPEN), "agreement")]
    assert "2024-03-03" in dates, dates


def test_a_date_too_far_back_in_the_calendar_after_a_month_takes_no_anchor() -> None:
    # eleven months back: the next year's date would lie outside the 0-6 month window, and a month
    # told alone is a backdrop whose year would put the date before it though told after it: the
    # reference date places the year-less date
    got = _years("In June 2023 the commissions met. Guards clashed on the border on 2 January.")
    assert got["on 2 January"] is None
    # near miss: a day of the narrative keeps its year
    got = _years("On 10 December 2023 Armenia and Azerbaijan resumed talks in Almaty. "
                 "Azerbaijani troops shelled Armenian positions on 30 November.")
    assert got["on 30 November"] == 2023
    # near miss: within the window the narrative still moves on
    got = _years("In September 2023 the commissions met. Guards clashed on the border on 2 February.")
    assert got["on 2 February"] == 2024
    # near miss: a flashback told after the backdrop keeps the anchor's year
    got = _years("In June 2023 the commissions met. Guards had clashed on the border on 2 January.")
    assert got["on 2 January"] == 2023


def test_a_backdrop_year_leaves_the_date_to_the_publication() -> None:
    # the publication (20 August 2024) dates the year-less day: the most recent such day before it
    body = ("In July 2019 Kyrgyzstan and Tajikistan signed a border protocol. "
            "On 12 May, Kyrgyz guards attacked a Tajik post near the enclave.")
    assert [f.args["date"] for f in of_type(event_facts(body, opening=OPEN), "attack")] == ["2024-05-12"]
    body = ("In October 2019 Armenia and Azerbaijan resumed talks in Almaty. "
            "Azerbaijani troops shelled Armenian positions on 30 June.")
    assert [f.args["date"] for f in of_type(event_facts(body, opening=OPEN), "attack")] == ["2024-06-30"]


def test_a_backstory_cue_keeps_the_anchors_year() -> None:
    for text in ("In December 2023 parliament ratified the treaty. It followed the clashes of March 3.",
                 "In December 2023 the talks collapsed. The dispute began when guards clashed on March 3.",
                 "In December 2023 the talks collapsed. The dispute stemmed from a clash on March 3."):
        got = _years(text)
        assert got[next(k for k in got if "March 3" in k)] == 2023, text


def test_a_background_anchor_too_far_back_lends_no_year() -> None:
    got = _years("The ministers said the status, granted in December 2023, was safe. "
                 "Hungary, whose envoy visited Tbilisi after the October 26 election, will block sanctions.")
    assert got["October 26"] != 2023, got


def test_a_month_told_after_a_month_keeps_the_chronicles_year() -> None:
    # a chronicle in months ("In November 2022 … in June") tells back within its year; a precise day
    # after a month backdrop is left to the reference date (above)
    got = _years("In November 2022 Uzbekistan opened the new crossing. Traders had complained "
                 "for years, and lorries queued there in June.")
    assert got["in June"] == 2022
    got = _years("In November 2022 Uzbekistan opened the new crossing. Lorries queued there in June.")
    assert got["in June"] == 2022
