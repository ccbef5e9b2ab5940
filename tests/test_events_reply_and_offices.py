"""Who acts and when, in sentences that tell several acts: a reply coordinated after the last
dated clause ("…, X voiced concern the next day, and Y rejected the statement") shares that
clause's month; "they" after leaders named together stands for their states; heads of
security services act for their states, holders of a bloc's offices do not act for the state
of their nationality; a legislature acts for its state.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

CLOSING = "\nPublished: 12 March 2024\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, closing=CLOSING)


def test_a_coordinated_reply_takes_the_month_of_the_last_date() -> None:
    got = _facts("When a priest was arrested in Moldova on 25 November 2023, Romania voiced \"deep concern\" the "
                 "next day, and Moldova rejected the statement as interference in its affairs.")
    acc = of_type(got, "accusation")
    assert acc and acc[0].args["actors"] == ["state:ROU"] and acc[0].args["date"] == "2023-11-26"
    rej = of_type(got, "rejection")
    assert rej and rej[0].args["actors"] == ["state:MDA"] and rej[0].args["date"] == "2023-11-26"


def test_a_reply_after_a_semicolon_clause_with_its_own_break_is_not_dated() -> None:
    got = _facts("Romania voiced concern on 25 November 2023; months passed, and Moldova rejected the statement.")
    assert not of_type(got, "rejection") or of_type(got, "rejection")[0].args["date"] != "2023-11"


def test_summoning_a_high_commissioner() -> None:
    got = _facts("On 12 January 2024 Pakistan summoned India's high commissioner over the shelling.")
    assert got and got[0].args["actors"] == ["state:PAK"] and got[0].args.get("targets") == ["state:IND"]


def test_they_after_leaders_named_together() -> None:
    got = of_type(_facts("On 31 March 2024 Emomali Rahmon, Sadyr Japarov and Shavkat Mirziyoyev met in Khujand, "
                         "where they signed an agreement on their borders."), "agreement")
    assert got and set(got[0].args["actors"]) == {"state:TJK", "state:KGZ", "state:UZB"}


def test_security_chiefs_act_for_their_states() -> None:
    got = _facts("On 19 September 2023 Kamchybek Tashiev and Saimumin Yatimov signed a protocol on the border.")
    assert any({"state:KGZ", "state:TJK"} <= set(f.args["actors"]) for f in got)


def test_a_bloc_official_does_not_act_for_her_home_state() -> None:
    got = _facts("On 4 April 2024 Ursula von der Leyen announced a package of loans for Uzbekistan.")
    assert all("state:DEU" not in (f.args.get("actors") or []) for f in got)


def test_a_legislature_acts_for_its_state() -> None:
    got = of_type(_facts("On 8 April 2024 the State Duma ratified the treaty with Iran."), "agreement")
    assert got and "state:RUS" in got[0].args["actors"]
