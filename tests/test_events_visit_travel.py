"""Leaders' journeys: "travelled to <a foreign capital>", "paid a visit to <city>", "made his first
foreign trip to X", "chose X for his first state visit" are meetings with the host state; a journey
at home is none.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

CLOSING = "\nPublished: 12 March 2024\n"


def _meetings(body: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body, closing=CLOSING), "meeting")


def test_travel_to_a_foreign_capital_is_a_visit() -> None:
    got = _meetings("President Kassym-Jomart Tokayev travelled to Yerevan on 18 August 2023, where he opened "
                    "a trade fair.")
    assert got and {"state:KAZ", "state:ARM"} <= set(got[0].args["actors"])


def test_travel_at_home_is_no_visit() -> None:
    assert not _meetings("President Kassym-Jomart Tokayev flew to Almaty on 18 August 2023 and opened a fair.")


def test_a_first_foreign_trip_to_a_capital() -> None:
    got = _meetings("Kassym-Jomart Tokayev made his first foreign trip to Moscow in June 2022.")
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:RUS"}


def test_a_capital_chosen_for_a_first_visit() -> None:
    got = _meetings("Narendra Modi chose Kathmandu for his first foreign visit in August 2014.")
    assert got and set(got[0].args["actors"]) == {"state:IND", "state:NPL"}


def test_a_city_chosen_for_other_things_is_no_visit() -> None:
    assert not _meetings("In May 2014 the committee chose Paris for its first exhibition.")


def test_a_pronoun_subject_of_a_meeting_verb_is_a_party() -> None:
    got = _meetings("Kassym-Jomart Tokayev made his first foreign trip to Moscow in June 2022. "
                    "A month later he was in Beijing, where he met Xi Jinping.")
    assert any(set(f.args["actors"]) == {"state:KAZ", "state:CHN"} for f in got)


def test_two_visits_months_apart_are_two_events() -> None:
    got = _meetings("Tokayev's visit to Ankara in May 2023 came five months after Ilham Aliyev travelled to Moscow "
                    "in December 2022.")
    assert any(set(f.args["actors"]) == {"state:AZE", "state:RUS"} for f in got)


def test_a_guest_told_by_a_pronoun() -> None:
    got = _meetings("On 20 May 2024 the cabinet promoted the army chief, General Asim Munir, and on 18 June 2024 "
                    "Donald Trump hosted him for lunch.")
    assert got and {"state:USA", "state:PAK"} <= set(got[0].args["actors"])
    assert "'him'" in got[0].inferences["actors"]


def test_him_with_no_person_before_adds_no_party() -> None:
    got = _meetings("On 18 June 2024 Donald Trump hosted him for lunch.")
    assert all(set(f.args.get("actors") or []) <= {"state:USA"} for f in got)


def test_a_visit_to_a_city_makes_its_state_the_host() -> None:
    facts = event_facts("In March 2023 President Kassym-Jomart Tokayev paid a visit to Ankara.")
    got = [f for f in facts if f.args["event_type"] == "meeting"]
    assert got and set(got[0].args["actors"]) == {"state:KAZ", "state:TUR"}
