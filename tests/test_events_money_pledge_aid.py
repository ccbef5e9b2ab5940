"""A sum of money announced, pledged or provided by a party is aid even when the clause names no
recipient ("Japan announced $20 million in humanitarian assistance", "pledged 50 billion yen, about
…"); a sum named for an order, a price or a share is not.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nFloods have displaced thousands of people in the south of Chile. "
CLOSING = "\nPublished: 12 March 2024\n"


def _aid(body: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body, opening=OPENING, closing=CLOSING), "aid")


def test_an_announced_sum_of_assistance_is_aid() -> None:
    got = _aid("On 4 March 2024 Japan announced $20 million in humanitarian assistance.")
    assert got and got[0].args["actors"] == ["state:JPN"] and got[0].args["date"] == "2024-03-04"


def test_a_pledged_sum_in_loans_and_grants_is_aid() -> None:
    got = _aid("On 4 March 2024 Canada pledged some $300 million in investment, loans and grants.")
    assert got and got[0].args["actors"] == ["state:CAN"]


def test_a_bare_pledged_sum_is_aid() -> None:
    got = _aid("In February 2024 Germany pledged 90 million euros, about $97 million, for the reconstruction.")
    assert got and got[0].args["actors"] == ["state:DEU"]


def test_an_order_or_a_share_is_no_aid() -> None:
    assert not _aid("On 4 March 2024 Brazil announced a $150 million export order for armoured vehicles.")
    assert not _aid("In 2023 France provided 30 percent of Chile's arms imports.")
    assert not _aid("On 4 March 2024 Spain announced plans to spend $40 million on new schools.")
