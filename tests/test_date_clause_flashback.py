"""A pluperfect clause after a semicolon tells an earlier event: its year-less date keeps the anchor's year
(our own sentences); a plain next clause across the year's turn still takes the next year."""

from __future__ import annotations

from event_facts import event_facts, of_type


def test_a_pluperfect_clause_after_a_december_date_stays_in_its_year() -> None:
    facts = event_facts(
        "Tajikistan ratified the water accord on 12 December 2019; Uzbekistan had ratified it on 18 June."
    )
    dates = sorted(str(f.args.get("date")) for f in facts if f.args.get("date"))
    assert "2019-06-18" in dates and "2020-06-18" not in dates, dates


def test_a_plain_next_clause_across_the_turn_takes_the_next_year() -> None:
    facts = of_type(
        event_facts("Armenian and Azerbaijani troops clashed on 29 December 2019 and agreed a truce on 4 January."),
        "ceasefire",
    )
    assert facts and facts[0].args["date"] == "2020-01-04"


def test_a_day_anaphor_counts_from_a_background_date_of_its_own_sentence() -> None:
    facts = of_type(
        event_facts(
            "Kazakh and Kyrgyz officials met in Astana on 3 March 2024.\n\n"
            "The border accord, which took effect on 14 August 2021, collapsed the next day when Kyrgyz "
            "guards fired on Tajik positions."
        ),
        "attack",
    )
    assert facts and facts[0].args["date"] == "2021-08-15"


def test_a_day_anaphor_in_a_reported_clause_counts_from_its_own_sentence() -> None:
    facts = event_facts(
        "Nepal protested to India on 20 May 2020. It said an Indian survey team had crossed on May 8, and "
        "that Nepali police met them two days later and urged them to leave."
    )
    dated = [f for f in facts if f.args.get("event_type") != "protest"]
    assert dated and all(f.args.get("date") == "2020-05-10" for f in dated), [f.args for f in facts]
