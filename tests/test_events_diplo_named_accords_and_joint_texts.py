"""Agreements told in analyst shapes: an accord named and dated after its name ("the X Treaty of 1921",
"the Y Declaration of June 2021"), a joint declaration or statement adopted or issued, what was agreed
told after the occasion or the date ("agreed during talks in Moscow to …", "agreed on 21 October on …"),
relations restored.  Near misses: an accord acted on or negated, a passive "had been agreed at X's
request", an agreement clause that crosses into another clause.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, event_tuples, of_type

OPENING = "Test headline about the region\n\nBy A. Writer\n\nThe region has been restless for years. "
CLOSING = "\nPublished: 10 December 2025\n"


def _agreements(body: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body, opening=OPENING, closing=CLOSING), "agreement")


def _dated(body: str, date: str) -> list:  # type: ignore[type-arg]
    return [f for f in _agreements(body) if f.args["date"] == date]


def _exact(body: str) -> set:  # type: ignore[type-arg]
    """The (type, actors, targets, date) tuples of all the agreements of ``body``."""
    return event_tuples(_agreements(body))


def test_named_treaty_of_year_between_parties() -> None:
    assert _exact("Relations still rest on the Kars Friendship Treaty of 1921 between Türkiye and Armenia.") == \
        {("agreement", ("state:ARM", "state:TUR"), (), "1921")}


def test_named_declaration_of_month_year_with_clause_states() -> None:
    got = _exact("Azerbaijan's alliance with Türkiye, sealed in the Shusha Declaration of June 2021, remains firm.")
    assert got == {("agreement", ("state:AZE", "state:TUR"), (), "2021-06")}


def test_near_miss_named_treaty_held_in_abeyance() -> None:
    assert not _dated("On 23 April the cabinet held the Indus Waters Treaty of 1960 in abeyance and expelled "
                      "Pakistan's defence advisers.", "1960")


def test_near_miss_named_protocol_never_ratified() -> None:
    assert not _dated("Georgia never ratified the Association Protocol of 2014 with Armenia.", "2014")


def test_near_miss_named_agreement_suspended() -> None:
    assert not _dated("Kazakhstan suspended the Caspian Transit Agreement of 2019 with Russia on 7 November 2025.",
                      "2019")


def test_joint_declaration_adopted() -> None:
    got = _exact("The foreign ministers of Azerbaijan, Georgia and Türkiye adopted a joint declaration in "
                 "Tbilisi on 8 May 2024.")
    assert got == {("agreement", ("state:AZE", "state:GEO", "state:TUR"), (), "2024-05-08")}


def test_joint_statement_issued() -> None:
    assert _exact("Kazakhstan and Kyrgyzstan issued a joint statement on 3 March 2025 pledging closer trade.") == \
        {("agreement", ("state:KAZ", "state:KGZ"), (), "2025-03-03")}


def test_named_declaration_adopted() -> None:
    assert _exact("The foreign ministers of Pakistan, Türkiye and Azerbaijan adopted the Islamabad Declaration "
                  "on 13 January 2021.") == {("agreement", ("state:AZE", "state:PAK", "state:TUR"), (), "2021-01-13")}


def test_agreed_during_talks_to() -> None:
    got = _agreements("Uzbekistan agreed during talks in Moscow in April 2025 to buy more Russian gas.")
    assert len(got) == 1 and got[0].args["date"] == "2025-04" and "state:UZB" in got[0].args["actors"]


def test_agreed_at_the_summit_to_a_credit_line() -> None:
    got = _agreements("India agreed at the summit on 4 July 2024 to a new credit line for Bhutan.")
    assert len(got) == 1 and got[0].args["date"] == "2024-07-04" and "state:IND" in got[0].args["actors"]


def test_agreed_on_date_on_arrangements() -> None:
    got = _exact("India and China agreed on 21 October 2024 on patrolling arrangements along the border.")
    assert got == {("agreement", ("state:CHN", "state:IND"), (), "2024-10-21")}


def test_restored_diplomatic_ties() -> None:
    got = _exact("Under a deal reached on 10 March 2023, Iran and Saudi Arabia restored diplomatic ties.")
    assert got == {("agreement", ("state:IRN", "state:SAU"), (), "2023-03-10")}


def test_near_miss_ceasefire_agreed_at_a_request() -> None:
    assert not _agreements("The spokesman said on 15 October 2025 that the ceasefire had been agreed at "
                           "Pakistan's request and that Afghan forces had been instructed to observe it.")


def test_near_miss_ties_that_remain_frozen() -> None:
    assert not _agreements("Armenia has not established diplomatic relations with Türkiye, an official said "
                           "on 2 May 2025.")


def test_accords_a_visit_produced() -> None:
    got = _agreements("Tokayev's state visit to Beijing in July 2024 produced a dozen agreements.")
    assert len(got) == 1 and got[0].args["date"] == "2024-07" and "state:KAZ" in got[0].args["actors"]


def test_near_miss_talks_produced_no_agreement() -> None:
    assert not _agreements("The talks between Armenia and Azerbaijan in Almaty on 12 May 2024 produced no agreement.")


def test_near_miss_reached_no_deal() -> None:
    assert not _agreements("Armenia and Azerbaijan reached no deal in Almaty on 12 May 2024.")


def test_near_miss_war_ended_with_an_agreement_is_not_a_second_one() -> None:
    got = _agreements("The war ended with a Russian-brokered agreement between Armenia and Azerbaijan on "
                      "10 November 2020.")
    assert len(got) <= 1
