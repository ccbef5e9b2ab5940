"""Events told in domestic-politics wording (our own sentences): crowds dispersed, envoys summoned in the
passive, votes against a measure, entry bans, visits dated between the place and the purpose, and an undated
clause before ", and on <date>" in a sentence with several dates."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPEN = "Test headline about the region\n\n"


def test_dispersed_crowd_is_coercion_by_the_state_of_the_place() -> None:
    fs = event_facts("On 3 June 2024 riot police dispersed the crowd in Osh with tear gas.", OPEN)
    co = of_type(fs, "coercion")
    assert co and co[0].args["date"] == "2024-06-03" and "state:KGZ" in co[0].args["actors"]
    assert not of_type(fs, "protest")  # "riot police" are no riot


def test_police_broke_up_sit_in_and_water_cannon() -> None:
    fs = event_facts("Georgia's ruling party pushed a bill through parliament. On 8 March 2023 police in Tbilisi "
                     "answered the protesters with water cannon.", OPEN)
    assert any(f.args["date"] == "2023-03-08" for f in of_type(fs, "coercion"))
    fs = event_facts("On 2 April 2025 police in Quetta broke up a sit-in outside the press club.", OPEN)
    assert of_type(fs, "coercion")


def test_near_misses_are_no_crackdown() -> None:
    fs = event_facts("On 2 April 2025 the coalition in Kyrgyzstan broke up over the budget. The police in Osh did "
                     "not disperse the smaller rally on 3 April 2025.", OPEN)
    assert not of_type(fs, "coercion")


def test_passive_summons_of_an_envoy_is_a_protest() -> None:
    fs = event_facts("On 4 March 2024 the Kazakh ambassador was summoned to the Uzbek foreign ministry.", OPEN)
    pr = of_type(fs, "protest")
    assert pr and pr[0].args["targets"] == ["state:KAZ"] and pr[0].args["actors"] == ["state:UZB"]
    fs = event_facts("Relations were tense. In May 2024 Tehran's envoy in Islamabad was summoned to the "
                     "Pakistani foreign office.", OPEN)
    assert any("state:IRN" in (f.args.get("targets") or []) for f in of_type(fs, "protest"))


def test_parliament_voted_it_down_and_veto_overridden() -> None:
    fs = event_facts("On 10 March 2023 the Georgian parliament voted the bill down.", OPEN)
    assert [f.args["actors"] for f in of_type(fs, "rejection")] == [["state:GEO"]]
    fs = event_facts("On 28 May 2024 the Georgian parliament overrode the presidential veto.", OPEN)
    assert of_type(fs, "rejection")


def test_entry_ban_is_a_sanction() -> None:
    fs = event_facts("On 2 December 2024 Estonia and Latvia barred two senior Georgian police commanders from "
                     "entering their territory.", OPEN)
    sa = of_type(fs, "sanction")
    assert sa and set(sa[0].args["actors"]) == {"state:EST", "state:LVA"} and sa[0].args["targets"] == ["state:GEO"]


def test_visit_dated_between_place_and_purpose() -> None:
    fs = event_facts("The Turkish defence minister arrived in Baku on March 3, 2025 for talks on drone production. "
                     "The Pakistani interior minister travelled to Tehran on 9 March 2025 for talks.", OPEN)
    dates = {f.args["date"] for f in of_type(fs, "meeting")}
    assert {"2025-03-03", "2025-03-09"} <= dates


def test_received_in_a_capital_is_a_meeting_with_its_state() -> None:
    fs = event_facts("On 29 January 2024 Iran's foreign minister was received in Islamabad.", OPEN)
    me = of_type(fs, "meeting")
    assert me and {"state:IRN", "state:PAK"} <= set(me[0].args["actors"])


def test_crowd_blockade_and_unrest_are_protests() -> None:
    fs = event_facts("Unrest spread to the south of Kyrgyzstan on 5 May 2025, and protesters in Osh blocked the "
                     "main road to the airport.", OPEN)
    assert of_type(fs, "protest") and all(f.args["actors"] == ["state:KGZ"] for f in of_type(fs, "protest"))
    fs = event_facts("Kyrgyzstan has seen political unrest for years.", OPEN)
    assert not of_type(fs, "protest")  # undated: a state of affairs


def test_undated_clause_before_and_on_date_with_later_anaphor() -> None:
    fs = event_facts("Georgia has been in turmoil. In March 2023 the ruling party in Georgia pushed a bill through "
                     "its first reading. Tens of thousands of people gathered outside parliament, police answered "
                     "with water cannon, and on 9 March the party said that it was dropping the bill; the next day "
                     "the Georgian parliament rejected it.", OPEN)
    assert any(f.args["date"] == "2023-03" for f in of_type(fs, "protest"))
    assert any(f.args["date"] == "2023-03-10" for f in of_type(fs, "rejection"))


def test_two_days_after_that_dates_the_next_event() -> None:
    fs = event_facts("On 30 November 2024 the United States suspended its strategic partnership with Georgia. Two "
                     "days after that, Estonia and Latvia barred three Georgian judges from entering their territory.",
                     OPEN)
    assert any(f.args["date"] == "2024-12-02" for f in of_type(fs, "sanction"))
