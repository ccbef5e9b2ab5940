"""Event dates and the clause they belong to (own sentences): a participle's date or a relative
clause's gives way to the trigger's; a fronted date frames the main clause after a subordinate one,
and a verb coordinated after it shares its subject; a relative clause's month sets no later year; a
date before a semicolon dates its own clause; an opening day, an opening "when" clause or ", and on
<date>" dates coordinated clauses; a reply takes the month it answers, and a request is not dated by
the answer; a withdrawal is dated by the takeover told in its relative clause; events in pluperfect
complements, "in which" relatives and "since" clauses keep their own dates."""

from __future__ import annotations

from event_facts import BYLINE, HEADLINE, byline_event_facts, dates_of, event_facts, of_type


def test_participle_date_before_the_trigger_gives_way() -> None:
    facts = byline_event_facts("Two Armenian helicopters bought in 2015 were shot down by Azerbaijani forces in "
                      "November 2020.")
    assert dates_of(facts, "attack") == ["2020-11"]
    facts = byline_event_facts("One of the Georgian drones bought in 2019 was shot down over Abkhazia by a Russian "
                      "fighter in April 2021.")
    assert dates_of(facts, "attack") == ["2021-04"]


def test_fronted_date_frames_the_main_clause_after_a_subordinate_one() -> None:
    facts = byline_event_facts("On 6 May 2023, while the presidents were in Samarkand for a forum launched in November "
                      "2015, Kazakhstan signed an agreement with Uzbekistan on water sharing.")
    assert dates_of(facts, "agreement") == ["2023-05-06"]


def test_relative_clause_month_does_not_set_the_next_dates_year() -> None:
    facts = byline_event_facts("In February 2024 Armenia said it had frozen its part in the alliance, whose members had "
                      "ignored its appeals in September 2022. In May Armenia stopped paying its share of the "
                      "alliance budget, and on June 12 Armenia signed a defence agreement with France.")
    assert "2024-06-12" in dates_of(facts, "agreement")


def test_and_comma_date_dates_the_coordinated_clause() -> None:
    facts = byline_event_facts("In June 2024 relations soured. Uzbekistan cancelled the cultural events planned with "
                      "Tajikistan, called off a ministerial visit and, on June 30, police detained two Tajik "
                      "officials in Tashkent.")
    assert "2024-06-30" in dates_of(facts, "rejection")


def test_reply_after_a_semicolon_takes_the_month_it_answers() -> None:
    facts = byline_event_facts("After the bombing of a train on 11 March 2025, Pakistan blamed India for the attack; "
                      "India rejected the allegation as baseless.")
    got = [f for f in of_type(facts, "rejection") if "state:IND" in f.args.get("actors", [])]
    assert got and got[0].args["date"] == "2025-03-11"


def test_event_noun_in_a_pluperfect_complement_is_not_dated_by_the_report() -> None:
    facts = byline_event_facts("In August 2021 Pakistan alleged that the group had carried out the attack on the dam.")
    assert not [f for f in of_type(facts, "attack") if f.args.get("date") == "2021-08"]


def test_date_before_a_semicolon_dates_its_own_clause() -> None:
    facts = event_facts("Pakistani jets bombed camps in Afghanistan on Sunday; Kabul later condemned the raid.")
    got = of_type(facts, "attack")
    assert got and got[0].args["date"] == "2024-06-30"


def test_withdrawal_dated_by_the_takeover_in_its_relative_clause() -> None:
    facts = event_facts("Russia withdrew its border guards from the Lars checkpoint, which Georgian officers "
                        "took over on March 1, 2024.", opening=BYLINE)
    got = of_type(facts, "retreat")
    assert got and got[0].args["date"] == "2024-03-01"


def test_other_relative_clause_dates_stay_the_relatives() -> None:
    facts = event_facts("Russia withdrew its border guards from the Lars checkpoint, which Georgia had seized "
                        "on March 1, 2008.", opening=BYLINE)
    assert "2008-03-01" not in [f.args["date"] for f in of_type(facts, "retreat")]


def test_opening_day_dates_the_coordinated_clause_to_the_day() -> None:
    facts = event_facts("On 3 June 2024 Kazakhstan's foreign minister met his Uzbek counterpart in Tashkent, "
                        "and the two ministers signed a memorandum on water sharing.", HEADLINE)
    assert [f.args["date"] for f in of_type(facts, "agreement")] == ["2024-06-03"]


def test_undated_clause_before_and_on_date_with_later_anaphor() -> None:
    fs = event_facts("Georgia has been in turmoil. In March 2023 the ruling party in Georgia pushed a bill through "
                     "its first reading. Tens of thousands of people gathered outside parliament, police answered "
                     "with water cannon, and on 9 March the party said that it was dropping the bill; the next day "
                     "the Georgian parliament rejected it.", HEADLINE)
    assert any(f.args["date"].startswith("2023-03") for f in of_type(fs, "protest"))
    assert any(f.args["date"] == "2023-03-10" for f in of_type(fs, "rejection"))


def test_a_since_clause_event_is_not_dated_by_the_main_clause() -> None:
    facts = event_facts("Modi travelled to Moscow in July 2024 for his first summit with Putin since Russia invaded "
                        "Ukraine.")
    assert not [f for f in of_type(facts, "attack") if f.args["date"] == "2024-07"]


def test_in_which_relative_dates_its_event_noun() -> None:
    got = of_type(event_facts("The ministers met in Tashkent on 3 June 2024, where they condemned the bombing in "
                              "Quetta, in which militants had killed nine people on 14 April."), "attack")
    assert got and got[0].args["date"] == "2024-04-14"


def test_a_request_is_not_dated_by_the_answer_that_did_so() -> None:
    facts = event_facts("In May 2023 Georgia asked the OSCE to send observers, and the OSCE did so on 3 July 2023.")
    assert not [f for f in facts if f.args["event_type"] == "demand" and f.args["date"] == "2023-07"]


def test_coordinated_verb_after_a_fronted_date_shares_the_subject() -> None:
    facts = event_facts("In 2023 Washington imposed visa restrictions on the judges and, in July, "
                        "paused $20 million in assistance to the Georgian government.")
    got = [f for f in facts if f.args["date"] == "2023-07"]
    assert got and got[0].args["actors"] == ["state:USA"]


def test_an_opening_when_clause_dates_a_later_coordinated_clause() -> None:
    facts = event_facts("Ties warmed. When the president went to Ankara in May 2022, he praised the hosts, "
                        "and Kazakhstan Engineering signed with Turkish Aerospace to assemble drones.")
    got = [f for f in facts if f.args["event_type"] == "agreement"]
    assert got and got[0].args["date"] == "2022-05"
