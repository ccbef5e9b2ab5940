"""Wire items (own sentences): an act told as the day's news with no date of its own (a meeting, a call,
an accord, an appeal, in the simple past or the present perfect) takes the day the lead tells; background
(the pluperfect, a habit, "has long", a paragraph that opens with an older date, a reported or quoted act,
a relative clause) stays undated or keeps its own date; a named document's year dates no act that invokes
it."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\n"
LEAD = ("BAKU, May 14, 2025 (Test Wire) - Azerbaijani and Armenian troops exchanged fire on their border "
        "on Wednesday, the two defence ministries said.\n\n")
LEAD_TUESDAY = ("TBILISI, May 14, 2025 (Test Wire) - The Georgian prime minister held talks with the Turkish "
                "president in Ankara on Tuesday, his office said.\n\n")


def _facts(body: str, lead: str = LEAD) -> list:  # type: ignore[type-arg]
    return event_facts(lead + body, opening=OPENING)


def _dates(body: str, etype: str, lead: str = LEAD) -> list[str]:
    return sorted(f.args["date"] for f in of_type(_facts(body, lead), etype))


def test_a_call_told_later_in_the_item_takes_the_news_day() -> None:
    body = ("Some paragraph about the shooting and the villages near the border.\n\n"
            "The Armenian prime minister discussed the situation by phone with the Russian president.")
    assert "2025-05-14" in _dates(body, "meeting")


def test_a_present_perfect_appeal_takes_the_news_day() -> None:
    body = ("Some paragraph about the shooting and the villages near the border.\n\n"
            "Turkey has called on both sides to resume talks.")
    assert "2025-05-14" in _dates(body, "demand")


def test_a_lead_told_by_the_weekday_before_dates_its_news_to_that_day() -> None:
    body = ("Some paragraph about the two countries and their trade.\n\n"
            "The Kazakh president telephoned the Georgian prime minister.")
    assert "2025-05-13" in _dates(body, "meeting", LEAD_TUESDAY)


def test_pluperfect_background_stays_undated() -> None:
    body = ("Some paragraph about the shooting and the villages near the border.\n\n"
            "The Armenian prime minister had discussed the border by phone with the Russian president.")
    assert not _dates(body, "meeting")


def test_has_long_and_habits_stay_undated() -> None:
    body = ("Some paragraph about the shooting and the villages near the border.\n\n"
            "Iran has long called on both sides to sign a peace treaty. Turkey routinely calls for calm.")
    assert not _dates(body, "demand")


def test_a_paragraph_opening_with_an_older_date_tells_background() -> None:
    body = ("In March 2021 Georgia and Turkey held joint naval drills in the Black Sea. "
            "Russia protested and Moscow warned Tbilisi against hosting foreign warships.")
    got = [f.args["date"] for f in of_type(_facts(body, LEAD_TUESDAY), "protest") +
           of_type(_facts(body, LEAD_TUESDAY), "threat")]
    assert not any(d.startswith("2025") for d in got)


def test_a_quoted_act_is_not_dated_by_the_item_a_reported_one_is() -> None:
    # (twenty-fourth session: an act reported by a source, "an official said X met Y", is the day's news
    # as a last resort, events/wire_news_day.wire_report_date; a quoted one is the speaker's words)
    filler = "Some paragraph about the shooting and the villages near the border.\n\n"
    body = filler + "\"We met the French president many times,\" an Armenian deputy told reporters."
    assert not _dates(body, "meeting")
    body = filler + "An Azerbaijani official said the Armenian prime minister met the Russian president."
    assert _dates(body, "meeting") == ["2025-05-14"]


def test_an_act_told_with_a_span_or_as_the_past_is_not_dated_by_the_item() -> None:
    body = ("Some paragraph about the shooting and the villages near the border.\n\n"
            "The Armenian prime minister has met the Russian president twice since the ceasefire. "
            "The French president spoke with the Azerbaijani president in the past about a summit.")
    assert not _dates(body, "meeting")


def test_a_plural_possessive_names_the_documents_year() -> None:
    # "the two countries' 1997 treaty": the treaty's year, not the request's
    lead = ("YEREVAN, May 14, 2025 (Test Wire) - Armenia said on Wednesday it would ask Russia for "
            "military assistance under the two countries' 1997 friendship treaty.\n\n")
    got = _dates("Some paragraph about the shelling of border villages.", "demand", lead)
    assert "1997" not in got and "2025-05-14" in got


def test_repeated_acts_and_quotes_keep_no_news_day_a_reported_act_takes_it() -> None:
    filler = "Some paragraph about the shooting and the villages near the border.\n\n"
    assert "2025-05-14" not in _dates(filler + "Armenia has twice accused Azerbaijan of provocations.", "accusation")
    assert "2025-05-14" not in _dates(filler + "Azerbaijan has accused Armenia of provocations on several "
                                      "occasions.", "accusation")
    assert _dates(filler + "Armenian officials say Azerbaijan accused Armenia of shelling.",  # (a reported act)
                  "accusation") == ["2025-05-14"]
    quoted = ('"We were not consulted. Georgia and Turkey signed a transit deal behind our backs," the Armenian '
              'minister said.')
    assert "2025-05-14" not in _dates(filler + quoted, "agreement")
