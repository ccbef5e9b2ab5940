"""Event dating, session 3: the paragraph's narrative time, background dates, re-based anaphors,
times counted from events, seasons and relative years.  Original test sentences (never the
shared corpus)."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

from silkgraph.nlp.dates import find_dates, resolve

BYLINE = HEADLINE + "By A. Writer\n\n"


def _analysis(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=BYLINE)


def _dates(facts: list, etype: str) -> list[str]:  # type: ignore[type-arg]
    return sorted(f.args["date"] for f in of_type(facts, etype))


# -- the paragraph's narrative time ------------------------------------------------------

def test_undated_sentence_goes_on_at_the_paragraphs_time() -> None:
    facts = _analysis("On 27 June 2024 police in Bishkek raided the homes of Tajik traders. Officials said two "
                      "men had died in custody. Tajikistan cancelled every cultural event planned with Kyrgyzstan.")
    got = of_type(facts, "rejection")
    assert got and got[0].args["date"] == "2024-06"
    assert "narrative time" in got[0].inferences["date"]


def test_narrative_time_stops_at_a_paragraph_break() -> None:
    facts = _analysis("On 27 June 2024 police in Bishkek raided the homes of Tajik traders.\n\n"
                      "Tajikistan cancelled every cultural event planned with Kyrgyzstan.")
    assert not of_type(facts, "rejection")


def test_pluperfect_present_and_year_only_are_no_narrative_time() -> None:
    assert not of_type(_analysis("On 27 June 2024 police in Bishkek raided a market. Tajikistan had cancelled "
                                 "every cultural event planned with Kyrgyzstan."), "rejection")
    assert not of_type(_analysis("On 27 June 2024 police in Bishkek raided a market. Tajikistan does not "
                                 "recognise the border with Kyrgyzstan."), "rejection")
    year_only = _analysis("In 2016 Kazakhstan bought drones from China. Kyrgyzstan signed a deal with Russia "
                          "for transport helicopters.")
    assert not [f for f in of_type(year_only, "agreement") if "narrative time" in f.inferences.get("date", "")]


def test_background_date_of_a_relative_clause_is_no_narrative_time() -> None:
    facts = _analysis("In March 2024 Armenia said it had frozen its part in the alliance, whose members had "
                      "ignored its appeals in September 2022. Armenia then cancelled a joint exercise with Russia.")
    assert "2022-09" not in _dates(facts, "rejection")


def test_participle_adjunct_is_not_dated_by_the_paragraph() -> None:
    facts = _analysis("In June 2024 Baku raised its protests. Baku accused Paris of arming Armenia; the French "
                      "government rejected the charge, insisting that every system sold is defensive.")
    assert not [f for f in of_type(facts, "demand") if "narrative time" in f.inferences.get("date", "")]


# -- dates told as background, fronted frames ---------------------------------------------

def test_participle_date_before_the_trigger_gives_way() -> None:
    facts = _analysis("Two Armenian helicopters bought in 2015 were shot down by Azerbaijani forces in "
                      "November 2020.")
    assert _dates(facts, "attack") == ["2020-11"]
    facts = _analysis("One of the Georgian drones bought in 2019 was shot down over Abkhazia by a Russian "
                      "fighter in April 2021.")
    assert _dates(facts, "attack") == ["2021-04"]


def test_fronted_date_frames_the_main_clause_after_a_subordinate_one() -> None:
    facts = _analysis("On 6 May 2023, while the presidents were in Samarkand for a forum launched in November "
                      "2015, Kazakhstan signed an agreement with Uzbekistan on water sharing.")
    assert _dates(facts, "agreement") == ["2023-05-06"]


def test_relative_clause_month_does_not_set_the_next_dates_year() -> None:
    facts = _analysis("In February 2024 Armenia said it had frozen its part in the alliance, whose members had "
                      "ignored its appeals in September 2022. In May Armenia stopped paying its share of the "
                      "alliance budget, and on June 12 Armenia signed a defence agreement with France.")
    assert "2024-06-12" in _dates(facts, "agreement")


# -- coordinated clauses, replies, seasons -------------------------------------------------

def test_and_comma_date_dates_the_coordinated_clause() -> None:
    facts = _analysis("In June 2024 relations soured. Uzbekistan cancelled the cultural events planned with "
                      "Tajikistan, called off a ministerial visit and, on June 30, police detained two Tajik "
                      "officials in Tashkent.")
    assert "2024-06" in _dates(facts, "rejection")


def test_reply_after_a_semicolon_takes_the_month_it_answers() -> None:
    facts = _analysis("After the bombing of a train on 11 March 2025, Pakistan blamed India for the attack; "
                      "India rejected the allegation as baseless.")
    got = [f for f in of_type(facts, "rejection") if "state:IND" in f.args.get("actors", [])]
    assert got and got[0].args["date"] == "2025-03"


def test_season_with_a_year_is_a_date() -> None:
    (d,) = find_dates("Through the spring of 2025 the ministry accused its neighbour.")
    assert (d.text, d.year, d.month, d.modifier) == ("Through the spring of 2025", 2025, None, "spring")
    (e,) = find_dates("Talks resumed in summer 2023.")
    assert e.year == 2023 and resolve(e, "2025-01-01")[0] == "2023"
    facts = _analysis("Through the spring of 2025 Azerbaijan accused Armenia of firing across the border; "
                      "Armenia denied each report.")
    assert _dates(facts, "rejection") == ["2025"]


def test_date_with_a_relative_year() -> None:
    (d,) = find_dates("The offensive on September 19 last year ended the war.")
    assert d.text == "on September 19 last year" and resolve(d, "2024-02-13")[0] == "2023-09-19"
    (m,) = find_dates("They met in March this year.")
    assert resolve(m, "2024-08-01")[0] == "2024-03"


def test_would_tells_the_future_seen_from_the_past() -> None:
    (d,) = find_dates("He said the delegations would meet again on October 25.")
    assert d.future and resolve(d, "2025-10-19")[0] == "2025-10-25"


# -- anaphors and counted times -----------------------------------------------------------

def test_opening_anaphor_rebased_on_the_paragraphs_time() -> None:
    facts = _analysis("On 6 October 2024 a bomb struck a convoy near Karachi. The group claimed it. Chinese "
                      "firms suspended work. Officials met in Islamabad. The following month China imposed "
                      "sanctions on Pakistan.")
    assert "2024-11" in _dates(facts, "sanction")


def test_hours_later_in_a_news_report_counts_from_its_lead() -> None:
    text = ("LONDON, September 10 (Test Wire) – Britain and France announced new sanctions on Iran on Tuesday.\n\n"
            "Officials spoke of a dangerous escalation at a news conference.\n\n"
            "Hours later the United States imposed sanctions on Iran.\n\nPublished: 10 September 2024")
    facts = event_facts(text, opening=HEADLINE)
    got = [f for f in of_type(facts, "sanction") if f.args.get("actors") == ["state:USA"]]
    assert got and got[0].args["date"] == "2024-09-10"


def test_gapped_clause_repeats_the_event_at_its_later_date() -> None:
    facts = _analysis("On 3 May 2025 Pakistan test-fired a ballistic missile and two days later a cruise "
                      "missile.")
    assert _dates(facts, "test") == ["2025-05-03", "2025-05-05"]


def test_days_after_an_event_named_before() -> None:
    facts = _analysis("On 15 June 2020 Chinese troops clashed with Indian troops in the valley. Four days after "
                      "the clash India imposed sanctions on China.")
    assert "2020-06-19" in _dates(facts, "sanction")


def test_the_eve_of_a_summit_is_the_day_before_it() -> None:
    facts = _analysis("Kazakhstan and Uzbekistan held talks in Tashkent on 9 October 2025, on the eve of a "
                      "summit of the Organization of Turkic States.")
    assert "2025-10-10" in _dates(facts, "meeting")


def test_since_a_date_when_the_event_happened() -> None:
    text = ("NEW DELHI, September 10 (Test Wire) – India's relations with China have been strained since June 15, "
            "when 20 Indian soldiers were killed in a clash with Chinese troops.\n\nPublished: 10 September 2020")
    facts = event_facts(text, opening=HEADLINE)
    assert "2020-06-15" in _dates(facts, "attack")


def test_event_noun_in_a_pluperfect_complement_is_not_dated_by_the_report() -> None:
    facts = _analysis("In August 2021 Pakistan alleged that the group had carried out the attack on the dam.")
    assert not [f for f in of_type(facts, "attack") if f.args.get("date") == "2021-08"]
