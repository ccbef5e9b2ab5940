"""Pronoun and definite-plural subjects of event verbs resolved to the parties told before: a
pronoun after a fronted year-less time phrase ("On 29 March he …"), a pronoun standing for the
subject of the sentence before ("He accused …", "It warned …"), a pronoun coordinated with a named
person ("where he and X signed"), leaders told of together ("The presidents met …"), a numeral with
a plural noun ("the two border commissions agreed"), and a fronted "when" clause that leaves the
main clause's subject.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2024\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_pronoun_after_a_day_and_month() -> None:
    got = of_type(_facts("In March 2023 President Ilham Aliyev visited Kyiv. On 29 March he accused Russia of "
                         "violating the border."), "accusation")
    assert got and got[0].args["actors"] == ["state:AZE"]
    assert got[0].args["date"] == "2023-03-29"
    assert "'he' = " in got[0].inferences["actors"]


def test_pronoun_after_an_anaphoric_time() -> None:
    got = of_type(_facts("In March 2023 President Ilham Aliyev visited Kyiv. The next day he accused Russia of "
                         "violating the border."), "accusation")
    assert got and got[0].args["actors"] == ["state:AZE"]


def test_pronoun_after_a_month_with_no_person_before_is_left() -> None:
    got = of_type(_facts("In March 2023 Ukraine closed its border. In April he accused Russia of violating it."),
                  "accusation")
    assert all(not f.args.get("actors") for f in got)


def test_pronoun_coordinated_with_a_named_leader() -> None:
    got = of_type(_facts("President Serdar Berdimuhamedov of Turkmenistan went to Moscow, where he and Vladimir "
                         "Putin signed a declaration on 10 June 2022."), "agreement")
    assert got and set(got[0].args["actors"]) == {"state:TKM", "state:RUS"}


def test_coordinated_pronoun_without_antecedent_adds_nobody() -> None:
    got = of_type(_facts("On 10 June 2022 he and Vladimir Putin met in Sochi."), "meeting")
    assert got and got[0].args["actors"] == ["state:RUS"]


def test_the_presidents_are_the_leaders_named_before() -> None:
    got = of_type(_facts("Ilham Aliyev and Vladimir Putin signed a declaration in Moscow on 22 February 2022. "
                         "The presidents met again in Dushanbe on 9 October 2025."), "meeting")
    assert got and set(got[0].args["actors"]) == {"state:AZE", "state:RUS"}


def test_the_presidents_after_one_leader_are_not_his_pair() -> None:
    got = of_type(_facts("President Ilham Aliyev spoke in Baku on 22 February 2022. The presidents met again in "
                         "Dushanbe on 9 October 2025."), "meeting")
    assert all("state:AZE" not in (f.args.get("actors") or []) for f in got)


def test_two_bodies_with_a_plural_noun_stand_for_the_pair() -> None:
    got = of_type(_facts("Armenia and Azerbaijan set up border commissions in 2023. On 19 April 2024 the two "
                         "border commissions agreed to trace the first stretch of frontier."), "agreement")
    assert got and set(got[0].args["actors"]) == {"state:ARM", "state:AZE"}


def test_two_villages_are_no_pair_of_states() -> None:
    got = of_type(_facts("Armenia and Azerbaijan set up border commissions in 2023. On 19 April 2024 the two "
                         "villages agreed to trace the first stretch of frontier."), "agreement")
    assert not got


def test_his_country_is_the_leaders_state() -> None:
    got = of_type(_facts("President Ilham Aliyev praised the deal in 2018. On 9 October 2025 his country accused "
                         "Russia of delaying talks."), "accusation")
    assert got and got[0].args["actors"] == ["state:AZE"]


def test_his_country_with_no_person_before_is_left() -> None:
    got = of_type(_facts("Ukraine praised the deal in 2018. On 9 October 2025 his country accused Russia of "
                         "delaying talks."), "accusation")
    assert all(not f.args.get("actors") for f in got)


def test_pronoun_subjects_stand_for_the_subject_before() -> None:
    facts = event_facts("Pashinyan said on 12 June 2024 that Armenia would leave the bloc. He accused some "
                        "members of the bloc of planning a war against Armenia.")
    got = of_type(facts, "accusation")
    assert got and got[0].args["actors"] == ["state:ARM"] and "He" in got[0].inferences.get("actors", "")
    facts = event_facts("Azerbaijan's State Border Service said on 13 February 2024 that its units had fired. It "
                        "warned that any further provocation would meet an even harsher response.")
    assert any("state:AZE" in (f.args.get("actors") or []) for f in of_type(facts, "threat"))


def test_a_fronted_when_clause_leaves_the_main_subject() -> None:
    facts = event_facts("When Kazakhstan refused to recognise the annexation in October 2022, Dmitry Medvedev "
                        "threatened Astana.")
    got = of_type(facts, "threat")
    assert got and got[0].args["actors"] == ["state:RUS"] and got[0].args["targets"] == ["state:KAZ"]
