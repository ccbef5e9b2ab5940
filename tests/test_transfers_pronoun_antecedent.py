"""Arms transfers: a pronoun's antecedent in the previous sentence is the state written freely
(a subject), not one governed by a preposition ("fled to Oman"), when there is one (own sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_antecedent_skips_a_governed_state() -> None:
    got = transfers("A year after its king fled to Oman, Yemen has changed its friends. "
                    "Its new government flies Turkish drones.")
    assert [(t["supplier"], t["recipient"]) for t in got] == [("state:TUR", "state:YEM")]


def test_only_a_governed_state_is_still_the_antecedent() -> None:
    got = transfers("Many officials have fled to Oman. Its new government flies Turkish drones.")
    assert [(t["supplier"], t["recipient"]) for t in got] == [("state:TUR", "state:OMN")]


def test_pronoun_of_a_coordinated_clause_is_its_nearest_subject() -> None:
    got = transfers("Italy supplied 24 Puma vehicles in 2023, Ghana signed for three Ground Master 200 radars that "
                    "October, and it ordered 36 CAESAR howitzers in June 2024.")
    caesar = [t for t in got if t["system"] == "wpn:caesar"]
    assert [(t["supplier"], t["recipient"]) for t in caesar] == [("state:FRA", "state:GHA")]


def test_pronoun_skips_a_relative_aside() -> None:
    got = transfers("Ghana took the opposite course. It is a member of the ECOWAS, to which Togo also belongs, "
                    "and it buys Russian T-72 tanks.")
    assert [(t["supplier"], t["recipient"]) for t in got] == [("state:RUS", "state:GHA")]


def test_pronoun_after_an_object_is_the_main_subject() -> None:
    got = transfers("Russia told Armenia that it would deliver T-72 tanks.")
    assert [t["supplier"] for t in got] == ["state:RUS"]
