"""A year-less wire dateline whose text tells the day after the lead's weekday: only a day
told in the past in its own clause ("a spokesman told reporters on Thursday", "By Thursday
no one had …") shows that the report was filed the next day; a day told ahead ("The main
business on Thursday is expected to be …", "leaders meet on Thursday", "are due to sign on
Thursday", "talks continue on Thursday, officials said") does not, and a weekday the lead
itself tells ahead is not the day's news.  Places joined by a slash open a dateline too."""

from __future__ import annotations

from dateline_window import wire_window

from silkgraph.segment.dateline_year import yearless_dateline

# July 3 is a Wednesday in 2024 and a Thursday in 2025; Tokayev is president from 2019
_SUMMIT = ("ASTANA, July 3 (Steppe Wire) - The foreign ministers of the bloc approved a draft "
           "declaration on Wednesday, a day before the heads of state gather. ")


def test_expected_weekday_is_no_next_day_filing() -> None:
    text = _SUMMIT + ("The main business on Thursday is expected to be a new trade pact. "
                      "President Kassym-Jomart Tokayev chairs the gathering.")
    assert wire_window(text) == ("2024-07-03", "2024-07-03")


def test_present_tense_weekday_is_no_next_day_filing() -> None:
    text = _SUMMIT + ("Leaders meet on Thursday in the new congress hall. "
                      "President Kassym-Jomart Tokayev chairs the gathering.")
    assert wire_window(text) == ("2024-07-03", "2024-07-03")


def test_weekday_outside_the_reports_clause_is_no_next_day_filing() -> None:
    text = _SUMMIT + ("The talks continue on Thursday, officials said. "
                      "President Kassym-Jomart Tokayev chairs the gathering.")
    assert wire_window(text) == ("2024-07-03", "2024-07-03")


def test_due_to_weekday_is_no_next_day_filing() -> None:
    text = _SUMMIT + ("The two presidents are due to sign a gas accord on Thursday. "
                      "President Kassym-Jomart Tokayev chairs the gathering.")
    assert wire_window(text) == ("2024-07-03", "2024-07-03")


def test_next_day_told_in_the_past_still_means_filed_next_day() -> None:
    # near miss: the day after the lead's, told in the past → filed that day (2025-07-03)
    text = _SUMMIT + ("A spokesman told reporters on Thursday that the text had gone to the leaders. "
                      "President Kassym-Jomart Tokayev chairs the gathering.")
    assert wire_window(text) == ("2025-07-03", "2025-07-03")


def test_report_on_next_day_of_what_would_happen_means_filed_next_day() -> None:
    text = _SUMMIT + ("The ministry said on Thursday that the pact would be signed in autumn. "
                      "President Kassym-Jomart Tokayev chairs the gathering.")
    assert wire_window(text) == ("2025-07-03", "2025-07-03")


def test_by_weekday_with_pluperfect_is_a_day_reached() -> None:
    text = _SUMMIT + ("By Thursday, no other delegation had objected to the text. "
                      "President Kassym-Jomart Tokayev chairs the gathering.")
    assert wire_window(text) == ("2025-07-03", "2025-07-03")


def test_by_weekday_as_deadline_is_no_day_reached() -> None:
    for tail in ("Officials said replies must be sent by Thursday. ",
                 "By Thursday the envoys will have gone home, diplomats said. "):
        text = _SUMMIT + tail + "President Kassym-Jomart Tokayev chairs the gathering."
        assert wire_window(text) == ("2024-07-03", "2024-07-03"), tail


def test_lead_weekday_told_ahead_is_not_the_news_day() -> None:
    # May 17 is a Wednesday in 2023; the lead's "on Thursday" is the summit ahead
    text = ("XIAN, China, May 17 (Silk Wire) - The summit on Thursday is expected to launch a "
            "secretariat, officials said on Wednesday after a day of preparatory talks. "
            "Relations have deepened since 2022.")
    assert wire_window(text) == ("2023-05-17", "2023-05-17")


def test_participle_planned_does_not_make_the_lead_weekday_ahead() -> None:
    # June 28 is a Saturday in 2025 (and 2014): "events planned with" is no future
    text = ("BAKU, June 28 (Caspian Wire) - The ministry on Saturday called off all concerts planned "
            "with the neighbour's agencies after a police raid. The feud has simmered since 2021.")
    assert wire_window(text) == ("2025-06-28", "2025-06-28")


def test_places_joined_by_a_slash_open_a_dateline() -> None:
    found = yearless_dateline("UNITED NATIONS/KABUL, July 8 (Steppe News) - The assembly voted.", 0)
    assert found is not None and found[:2] == (7, 8)
    assert yearless_dateline("MOSCOW / KYIV, March 2 (X Wire) - Shelling went on.", 0) is not None
    # near miss: a sentence with a slash is no dateline
    assert yearless_dateline("The EU/NATO summit, March 2, was short.", 0) is None


def test_fronted_weekday_phrase_takes_the_clause_after_its_comma() -> None:
    # "On Thursday," holds no verb: its clause is the one after the comma, told in the past
    for tail in ("On Thursday, a spokesman told reporters the text was ready. ",
                 "Then, late on Thursday, a spokesman told reporters the text was ready. "):
        text = _SUMMIT + tail + "President Kassym-Jomart Tokayev chairs the gathering."
        assert wire_window(text) == ("2025-07-03", "2025-07-03"), tail


def test_fronted_weekday_phrase_before_a_clause_told_ahead_is_no_next_day_filing() -> None:
    # near misses: the clause after the comma is in the present or the future
    for tail in ("On Thursday, leaders meet in the new congress hall. ",
                 "On Thursday, the leaders will sign the pact. ",
                 "On Thursday, the talks continue, officials said. "):
        text = _SUMMIT + tail + "President Kassym-Jomart Tokayev chairs the gathering."
        assert wire_window(text) == ("2024-07-03", "2024-07-03"), tail
