"""Event dating: a perfect participle clause keeps its own time (neither its date nor the main
clause's crosses the opener ", having"), and a year-less date in a later coordinated predicate of
a December date's sentence ("clashed on 28 December 2022 and agreed a truce on 3 January", "; they
met on 6 January", "and again on 14 January") turns into the next year.  Each with near misses.
Own sentences; the byline dates the article Wednesday 16 October 2024."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

from silkgraph.nlp.dates import find_dates, local_anchors

OPENING = HEADLINE + "By A. Writer\nOctober 16, 2024\n\n"


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, opening=OPENING), etype))


# --- a perfect participle clause -----------------------------------------------------------------


def test_the_main_clause_date_does_not_date_the_participle_act() -> None:
    body = "Pakistan closed the Torkham crossing on 3 October, having accused Kabul of sheltering militants in August."
    assert _dates(body, "accusation") == ["2024-08"]


def test_the_participle_date_does_not_date_the_main_clause() -> None:
    body = "Azerbaijan and Armenia met in Almaty, having signed a peace framework in May 2023."
    assert _dates(body, "meeting") == []
    assert _dates(body, "agreement") == ["2023-05"]


def test_the_participle_act_keeps_its_own_year() -> None:
    body = "Azerbaijan reopened talks with Armenia on 12 September, having attacked Karabakh in September 2023."
    assert _dates(body, "attack") == ["2023-09"]
    assert _dates(body, "meeting") == ["2024-09-12"]


def test_after_having_is_a_participle_clause_too() -> None:
    body = "Tajikistan accused Kyrgyzstan of aggression on 2 October after having clashed with its guards in June."
    assert _dates(body, "attack") == ["2024-06"]


def test_a_closed_participle_clause_leaves_the_main_clause_its_date() -> None:
    # near miss: the participle clause closes before the main verb, whose own date follows it
    body = "Kazakhstan, having hosted the talks, signed a transit accord with China on 4 October."
    assert _dates(body, "agreement") == ["2024-10-04"]


def test_a_plain_participle_is_not_told_before() -> None:
    # near miss: a present participle tells the same time as its clause
    body = "Azerbaijani forces shelled Armenian positions on 2 October, killing two soldiers."
    assert _dates(body, "attack") == ["2024-10-02"]


# --- the turn of the year in one sentence --------------------------------------------------------


def _anchor_years(text: str) -> list[int | None]:
    ds = find_dates(text)
    return [a.year if a else None for a in local_anchors(text, ds, discourse=True)]


def test_a_coordinated_predicate_in_january_is_the_next_year() -> None:
    body = (
        "Kyrgyz and Tajik forces clashed on 28 December 2022 and agreed a ceasefire on 3 January."
    )
    assert _dates(body, "ceasefire") == ["2023-01-03"]


def test_and_again_in_january_is_the_next_year() -> None:
    assert _anchor_years(
        "India and China held talks on 22 December 2022 and again on 14 January."
    ) == [None, 2023]


def test_a_clause_after_a_semicolon_in_january_is_the_next_year() -> None:
    body = "Pakistan and the Taliban fought along the border on 30 December 2023; they met in Kabul on 6 January."
    assert _dates(body, "meeting") == ["2024-01-06"]


def test_a_later_month_keeps_the_year() -> None:
    # near miss: a date later in the calendar than its anchor is the anchor's own year
    assert _anchor_years(
        "The two armies clashed on 3 March 2022 and signed a truce on 28 March."
    ) == [None, 2022]


def test_a_noun_phrase_of_an_earlier_day_keeps_the_year() -> None:
    # near miss: "and" joins two noun phrases of one predicate, no new clause
    assert _anchor_years("Ties worsened in December 2022 and the talks of 3 January failed.") == [
        None,
        2022,
    ]


def test_a_reported_clause_keeps_the_year() -> None:
    # near miss: the later date sits in what was said, an earlier event referred to
    assert _anchor_years(
        "Baku protested on 20 December 2022 and said that Yerevan shelled a post on 3 January."
    ) == [None, 2022]


# --- a day-sized anaphor after a date told as background -----------------------------------------


def test_the_next_day_counts_from_the_narrative_not_a_relative_clause_month() -> None:
    body = (
        "Aliyev met Pashinyan in Almaty on 4 October. Kazakhstan, which had offered to host the talks in "
        "July, praised the meeting. The next day they signed a protocol."
    )
    assert _dates(body, "agreement") == ["2024-10-05"]


def test_a_day_later_counts_from_the_narrative_day_of_the_sentence() -> None:
    body = (
        "On 4 October Aliyev flew to Almaty. He met Pashinyan in the city, which he had last visited in "
        "February. A day later the two signed a protocol."
    )
    assert _dates(body, "agreement") == ["2024-10-05"]


def test_the_next_day_after_a_narrative_month_still_counts_from_it() -> None:
    # near miss: a month told as the narrative's own time (not background) stays the base
    body = (
        "Uzbek and Tajik officials met in Khujand in July. The next day they signed a water accord."
    )
    assert _dates(body, "agreement") == ["2024-07"]
