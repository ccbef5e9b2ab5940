"""Event dates counted from another time (own sentences): opening anaphors ("The following
day/month") re-based on the paragraph's time, "the following month" after the trigger, "hours
later" in a news report, trailing offsets ("four days later"), a gapped clause repeated at its
later date, days after an event or incident noun named before, the eve of a summit, "since <date>,
when …", clauses counted back from a date, "within hours", "two days after that", and same-day
anaphors after a bare year."""

from __future__ import annotations

from event_facts import (
    HEADLINE,
    byline_event_facts,
    dates_of,
    essay_event_facts,
    event_facts,
    of_type,
)

from silkgraph.nlp.dates import find_anaphors, resolve_anaphor


def test_opening_anaphor_rebased_on_the_paragraphs_time() -> None:
    facts = byline_event_facts("On 6 October 2024 a bomb struck a convoy near Karachi. The group claimed it. Chinese "
                      "firms suspended work. Officials met in Islamabad. The following month China imposed "
                      "sanctions on Pakistan.")
    assert "2024-11" in dates_of(facts, "sanction")


def test_hours_later_in_a_news_report_counts_from_its_lead() -> None:
    text = ("LONDON, September 10 (Test Wire) – Britain and France announced new sanctions on Iran on Tuesday.\n\n"
            "Officials spoke of a dangerous escalation at a news conference.\n\n"
            "Hours later the United States imposed sanctions on Iran.\n\nPublished: 10 September 2024")
    facts = event_facts(text, opening=HEADLINE)
    got = [f for f in of_type(facts, "sanction") if f.args.get("actors") == ["state:USA"]]
    assert got and got[0].args["date"] == "2024-09-10"


def test_gapped_clause_repeats_the_event_at_its_later_date() -> None:
    facts = byline_event_facts("On 3 May 2025 Pakistan test-fired a ballistic missile and two days later a cruise "
                      "missile.")
    assert dates_of(facts, "test") == ["2025-05-03", "2025-05-05"]


def test_days_after_an_event_named_before() -> None:
    facts = byline_event_facts("On 15 June 2020 Chinese troops clashed with Indian troops in the valley. Four days after "
                      "the clash India imposed sanctions on China.")
    assert "2020-06-19" in dates_of(facts, "sanction")


def test_the_eve_of_a_summit_is_the_day_before_it() -> None:
    facts = byline_event_facts("Kazakhstan and Uzbekistan held talks in Tashkent on 9 October 2025, on the eve of a "
                      "summit of the Organization of Turkic States.")
    assert "2025-10-10" in dates_of(facts, "meeting")


def test_since_a_date_when_the_event_happened() -> None:
    text = ("NEW DELHI, September 10 (Test Wire) – India's relations with China have been strained since June 15, "
            "when 20 Indian soldiers were killed in a clash with Chinese troops.\n\nPublished: 10 September 2020")
    facts = event_facts(text, opening=HEADLINE)
    assert "2020-06-15" in dates_of(facts, "attack")


def test_same_day_anaphor_after_a_bare_year_is_not_that_year() -> None:
    x = find_anaphors("the cabinet met that evening")[0]
    assert resolve_anaphor(x, "2004", "a 2004 accord")[0] is None
    assert resolve_anaphor(x, "2024-05-02", "on 2 May")[0] == "2024-05-02"


def test_time_counted_from_an_incident_noun() -> None:
    facts = event_facts("Uzbek and Kyrgyz guards exchanged fire on Monday. Three days after the "
                        "shooting, Kazakhstan called on both sides to show restraint.")
    assert [f.args["date"] for f in of_type(facts, "demand")] == ["2024-07-04"]


def test_clause_counted_back_from_the_date_before_it() -> None:
    facts = event_facts("Tokayev arrived in Ankara on Thursday for talks, two days after Shavkat "
                        "Mirziyoyev met Vladimir Putin in Sochi.")
    met = [f for f in of_type(facts, "meeting") if "state:UZB" in f.args.get("actors", [])]
    assert [f.args["date"] for f in met] == ["2024-07-02"]


def test_gerund_after_the_count_is_not_counted_back() -> None:
    facts = of_type(event_facts("Turkmen troops shelled the post on Thursday, ten days after a "
                                "bombing killed six guards."), "attack")
    assert "2024-06-24" not in [f.args["date"] for f in facts]


def test_trailing_offset_dates_the_event() -> None:
    got = of_type(event_facts("Kyrgyzstan protested on March 3, and Uzbekistan expelled two Kyrgyz diplomats "
                              "four days later."), "coercion")
    assert got and got[0].args["date"] == "2024-03-07"


def test_opening_anaphor_dates_the_sentence() -> None:
    got = of_type(event_facts("Armenia recalled its envoy from Minsk on May 2. The following day, Belarus "
                              "expelled two Armenian diplomats."), "coercion")
    assert got and got[0].args["date"] == "2024-05-03"


def test_offset_after_a_coordinated_clause_is_the_second_clause_s() -> None:
    got = of_type(event_facts("On April 9 Pakistan test-fired a cruise missile and two days later a ballistic "
                              "missile."), "test")
    assert got and got[0].args["date"] == "2024-04-09"


def test_within_hours_continues_the_previous_date() -> None:
    got = of_type(essay_event_facts("On 3 May 2024 Iran tested a missile. Within hours, the European Union announced new "
                                    "sanctions on Iran."), "sanction")
    assert got and got[0].args["date"] == "2024-05-03" and got[0].args["targets"] == ["state:IRN"]


def test_two_days_after_that_dates_the_next_event() -> None:
    fs = event_facts("On 30 November 2024 the United States suspended its strategic partnership with Georgia. Two "
                     "days after that, Estonia and Latvia barred three Georgian judges from entering their territory.",
                     HEADLINE)
    assert any(f.args["date"] == "2024-12-02" for f in of_type(fs, "sanction"))


def test_the_following_month_after_the_trigger_shifts_the_sentence_date() -> None:
    facts = event_facts("In March 2023 Latvia expelled a Russian diplomat, and Estonia sanctioned two Russian banks "
                        "the following month.")
    got = [f for f in facts if f.args["event_type"] == "sanction"]
    assert got and got[0].args["date"] == "2023-04"
