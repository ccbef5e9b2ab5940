"""Sanction events (our own sentences): duties hiked, trade privileges withdrawn, goods blocked,
arms supplies halted, licences revoked, the snapback triggered, closures and cut supplies, entry
bans, new sanctions announced (the announcer acts), a bloc agreeing to a one-sided act; coordinated
sanctions share their subject; trade policy without a party, evading or cancelling are none."""

from __future__ import annotations

from event_facts import (
    HEADLINE,
    args_by_type,
    assert_no_event,
    assert_party,
    essay_event_facts,
    event_facts,
    of_type,
)


def test_duties_and_trade_privileges_are_sanctions() -> None:
    sa = args_by_type("On 7 June 2024 Ankara hiked import duties on Chinese cars to 40 percent.").get("sanction")
    assert sa and sa[0]["actors"] == ["state:TUR"] and sa[0]["targets"] == ["state:CHN"]
    sa = args_by_type("In March 2014 Moscow revoked the duty-free access it had given to Moldova.").get("sanction")
    assert sa and sa[0]["targets"] == ["state:MDA"]
    assert args_by_type("On 3 March 2022 Canada stripped Russia of its trade preferences.").get("sanction")
    assert args_by_type("In August 2024 Tajikistan blocked Kyrgyz trucks at the border.").get("sanction")
    assert args_by_type("In February 2005 Britain suspended military supplies to Nepal.").get("sanction")


def test_trade_policy_without_a_party_is_no_sanction() -> None:
    for text in ("The ministry raised the duty on cigarettes on 1 January 2024.",
                 "Customs duties rose sharply in 2019 as the currency fell.",
                 "Ankara did not impose duties on Chinese cars in 2023.",
                 "Kazakhstan banned Kazakh sugar on 1 June 2023."):
        assert not args_by_type(text).get("sanction"), text


def test_coordinated_sanctions_share_the_subject_and_stay_two() -> None:
    got = args_by_type("In March 2021 Canada accused Georgia of fraud, withdrew the trade preferences it had granted "
                 "Tbilisi and a week later raised customs duties on all Georgian imports.").get("sanction")
    assert got and all(g["actors"] == ["state:CAN"] and g["targets"] == ["state:GEO"] for g in got)


def test_announcer_of_sanctions_is_the_actor() -> None:
    for s in ("On 3 May 2024 the United Kingdom and France announced new sanctions on Iran.",
              "On 3 May 2024 Canada imposed fresh sanctions on Belarus."):
        got = of_type(essay_event_facts(s), "sanction")
        assert got, s
        actors, targets = set(got[0].args["actors"]), set(got[0].args.get("targets") or [])
        assert actors and not actors & targets, s
        assert targets == {"state:IRN"} or targets == {"state:BLR"}, s


def test_closures_suspensions_and_cut_supplies() -> None:
    assert_party("On 12 October 2025 Islamabad closed the Torkham and Chaman crossings.", "coercion", "state:PAK")
    assert_party("Pakistan suspended all trade with India on 24 April 2025.", "sanction", "state:IND")
    assert_party("In August 2022 Tajikistan cut water supplies to Uzbek farms.", "coercion", "state:TJK")
    assert_party("Iran's parliament voted on 16 March 2025 to suspend cooperation with the International Atomic Energy "
                 "Agency.", "sanction", "org:iaea")
    assert_party("On 10 March 2025 Britain froze the assets of two Kyrgyz banks.", "sanction", "state:GBR")


def test_evading_or_cancelling_is_no_new_sanction_or_agreement() -> None:
    assert_no_event("On 10 March 2025 a Kyrgyz bank was accused of helping firms evade sanctions.", "sanction")
    assert_no_event("On 3 July 2024 Britain said it would cancel its air services agreements with Iran.", "agreement")


def test_entry_ban_is_a_sanction() -> None:
    fs = event_facts("On 2 December 2024 Estonia and Latvia barred two senior Georgian police commanders from "
                     "entering their territory.", HEADLINE)
    sa = of_type(fs, "sanction")
    assert sa and set(sa[0].args["actors"]) == {"state:EST", "state:LVA"} and sa[0].args["targets"] == ["state:GEO"]


def test_bloc_agreeing_to_a_one_sided_act_is_that_act() -> None:
    got = event_facts("In March the EU agreed to suspend visa-free travel for holders of Serbian "
                      "diplomatic passports.")
    assert of_type(got, "sanction") and not of_type(got, "agreement")


def test_revoked_clearance_is_a_sanction() -> None:
    facts = event_facts("Armenia revoked on March 4 the operating licence of a Russian bank.")
    got = [f for f in facts if f.args["event_type"] == "sanction"]
    assert got and got[0].args["actors"] == ["state:ARM"] and got[0].args["date"] == "2024-03-04"


def test_triggering_the_snapback_is_a_sanction() -> None:
    facts = event_facts("France and Germany triggered the snapback mechanism in March 2024.")
    got = [f for f in facts if f.args["event_type"] == "sanction"]
    assert got and set(got[0].args["actors"]) == {"state:FRA", "state:DEU"}
