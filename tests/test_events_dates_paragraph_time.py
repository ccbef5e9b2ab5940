"""Event dates from the paragraph's narrative time (own sentences, a bylined essay): an undated
sentence goes on at the time its paragraph has reached, up to a paragraph break; pluperfects,
present states, bare years, background dates of relative clauses and participle adjuncts set no
narrative time."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

BYLINE = HEADLINE + "By A. Writer\n\n"


def _analysis(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=BYLINE)


def _dates(facts: list, etype: str) -> list[str]:  # type: ignore[type-arg]
    return sorted(f.args["date"] for f in of_type(facts, etype))


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
