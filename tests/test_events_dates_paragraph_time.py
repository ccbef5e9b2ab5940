"""Event dates from the paragraph's narrative time (own sentences, a bylined essay): an undated
sentence goes on at the time its paragraph has reached, up to a paragraph break; pluperfects,
present states, bare years, background dates of relative clauses and participle adjuncts set no
narrative time."""

from __future__ import annotations

from event_facts import byline_event_facts, dates_of, of_type


def test_undated_sentence_goes_on_at_the_paragraphs_time() -> None:
    facts = byline_event_facts("On 27 June 2024 police in Bishkek raided the homes of Tajik traders. Officials said two "
                      "men had died in custody. Tajikistan cancelled every cultural event planned with Kyrgyzstan.")
    got = of_type(facts, "rejection")
    assert got and got[0].args["date"] == "2024-06"
    assert "narrative time" in got[0].inferences["date"]


def test_narrative_time_stops_at_a_paragraph_break() -> None:
    facts = byline_event_facts("On 27 June 2024 police in Bishkek raided the homes of Tajik traders.\n\n"
                      "Tajikistan cancelled every cultural event planned with Kyrgyzstan.")
    assert not of_type(facts, "rejection")


def test_pluperfect_present_and_year_only_are_no_narrative_time() -> None:
    assert not of_type(byline_event_facts("On 27 June 2024 police in Bishkek raided a market. Tajikistan had cancelled "
                                 "every cultural event planned with Kyrgyzstan."), "rejection")
    assert not of_type(byline_event_facts("On 27 June 2024 police in Bishkek raided a market. Tajikistan does not "
                                 "recognise the border with Kyrgyzstan."), "rejection")
    year_only = byline_event_facts("In 2016 Kazakhstan bought drones from China. Kyrgyzstan signed a deal with Russia "
                          "for transport helicopters.")
    assert not [f for f in of_type(year_only, "agreement") if "narrative time" in f.inferences.get("date", "")]


def test_background_date_of_a_relative_clause_is_no_narrative_time() -> None:
    facts = byline_event_facts("In March 2024 Armenia said it had frozen its part in the alliance, whose members had "
                      "ignored its appeals in September 2022. Armenia then cancelled a joint exercise with Russia.")
    assert "2022-09" not in dates_of(facts, "rejection")


def test_participle_adjunct_is_not_dated_by_the_paragraph() -> None:
    facts = byline_event_facts("In June 2024 Baku raised its protests. Baku accused Paris of arming Armenia; the French "
                      "government rejected the charge, insisting that every system sold is defensive.")
    assert not [f for f in of_type(facts, "demand") if "narrative time" in f.inferences.get("date", "")]
