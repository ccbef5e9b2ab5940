"""A time counted from another event, inserted between commas ("On 22 May, two days before Y invaded
Z, X and W signed …"): the parties of the inserted clause are not the main clause's, and the
inserted clause's own event ends at its closing comma.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2024\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_main_clause_parties_skip_the_inserted_clause() -> None:
    facts = _facts("On 22 February 2022, two days before Russia invaded Ukraine, Poland and Lithuania signed a "
                   "defence pact.")
    deal = of_type(facts, "agreement")
    assert deal and set(deal[0].args["actors"]) == {"state:POL", "state:LTU"}
    war = of_type(facts, "attack")
    assert war and war[0].args["actors"] == ["state:RUS"] and war[0].args.get("targets") == ["state:UKR"]
    assert war[0].args["date"] == "2022-02-24"


def test_a_trailing_offset_clause_keeps_its_own_parties() -> None:
    facts = _facts("Poland signed a pact with Lithuania on 22 February 2022, two days before Russia invaded Ukraine.")
    deal = of_type(facts, "agreement")
    assert deal and set(deal[0].args["actors"]) == {"state:POL", "state:LTU"}


def test_and_a_day_later_opens_a_new_clause() -> None:
    facts = _facts("On 3 May 2023 Poland imposed tariffs on Ukraine, and four days later Ukraine accused Poland of "
                   "blackmail.")
    acc = of_type(facts, "accusation")
    assert acc and acc[0].args["actors"] == ["state:UKR"] and acc[0].args.get("targets") == ["state:POL"]
    assert acc[0].args["date"] == "2023-05-07"


def test_and_a_few_helicopters_is_no_clause() -> None:
    facts = _facts("On 3 May 2023 Poland sent tanks to Ukraine, and a few helicopters.")
    assert all("state:UKR" not in (f.args.get("actors") or []) for f in facts)
