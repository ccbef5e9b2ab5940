"""A departure told as done by a date (own sentences): "had left by 10 May", "were gone by January 19",
"had begun leaving" are withdrawals, and the "by" date dates them (the act was done by then); a
departure still to come by a date ("would leave by June", "will have left by June") is a deadline,
no withdrawal; people who are no force leaving are no withdrawal."""

from __future__ import annotations

from event_facts import assert_no_event, event_facts, of_type


def test_a_force_that_had_left_by_a_date_withdrew_then() -> None:
    got = of_type(event_facts("Indian military personnel had left the Maldives by 10 May 2024."), "retreat")
    assert got and got[0].args["date"] == "2024-05-10" and "state:IND" in got[0].args["actors"]


def test_a_force_gone_by_a_date_withdrew_then() -> None:
    got = of_type(event_facts("In January 2022 some 2,000 Russian troops arrived in Kazakhstan. "
                              "They were gone by January 19."), "retreat")
    assert got and got[0].args["date"] == "2022-01-19"


def test_a_force_that_had_begun_leaving_is_a_withdrawal() -> None:
    got = of_type(event_facts("On 17 April 2024 the Kremlin confirmed that Russian peacekeepers had begun "
                              "leaving Karabakh."), "retreat")
    assert got and got[0].args["date"] == "2024-04-17"


def test_a_departure_still_to_come_by_a_date_is_a_deadline() -> None:
    for body in ("In 2023 Moscow said its peacekeepers would leave Karabakh by June 2025.",
                 "In 2023 Moscow said its peacekeepers will have left Karabakh by June 2025."):
        assert_no_event(body, "retreat")


def test_people_who_are_no_force_leaving_is_no_withdrawal() -> None:
    assert_no_event("In March 2024 the refugees had left their homes by the thousand.", "retreat")
