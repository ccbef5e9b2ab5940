"""Members told by a partnership in a named bloc, by "its member X" after a request, by a bare
"a member state" apposition, by a count of states with "including", and a helper after "together
with" who is no co-member (own sentences, with near misses)."""

from __future__ import annotations

from dateline_facts import members


def test_partners_in_a_named_bloc() -> None:
    assert {("state:IND", "org:brics"), ("state:CHN", "org:brics")} <= members(
        "India and China, partners in BRICS, blocked the wording.")
    assert {("state:AZE", "org:ots"), ("state:UZB", "org:ots")} <= members(
        "Azerbaijan and Uzbekistan, partners in the Organization of Turkic States, agreed on tariffs.")
    assert {("state:IND", "org:brics"), ("state:RUS", "org:brics")} <= members("India and Russia are partners in BRICS.")


def test_partners_in_no_bloc() -> None:
    assert not members("Iran and Russia, partners in the war on drugs, met.")
    assert not members("Russia and Iran, partners in the Caspian Sea, met.")
    assert not members("India and Pakistan, rivals in the SCO, argued.")


def test_the_member_asking_is_a_member() -> None:
    assert ("state:ARM", "org:csto") in members("The CSTO rejected a request from its member Armenia in 2022.")
    assert ("state:ARM", "org:eaeu") in members(
        "The EAEU met in Minsk. The union ignored a request from its member Armenia for a waiver.")
    # a membership asked for stays none
    assert ("state:SRB", "org:csto") not in members("The CSTO turned down a request from Serbia to become a member.")
    assert ("state:SRB", "org:csto") not in members("Serbia's request for membership of the CSTO stalled.")


def test_a_member_state_apposition() -> None:
    assert ("state:BLR", "org:sco") in members("The SCO dismissed the objections of Belarus, a member state, last year.")
    assert ("state:ARM", "org:eaeu") in members("The EAEU applied tariffs. Armenia, a member state, objected.")
    assert not members("India criticised Pakistan, a member state, at the meeting.")


def test_counted_states_including() -> None:
    assert {("state:KAZ", "org:eaeu"), ("state:ARM", "org:eaeu")} <= members(
        "The EAEU, which unites five former Soviet republics including Kazakhstan and Armenia, met.")
    assert {("state:TUR", "org:ots"), ("state:AZE", "org:ots")} <= members(
        "The Organization of Turkic States groups five states including Turkey and Azerbaijan.")
    assert not members("The talks, which grouped six former Soviet states including Russia and Belarus, ended.")
    assert not members("Kazakhstan has three neighbours including Russia and China.")


def test_a_helper_after_together_with_is_no_co_member() -> None:
    found = members("The Shanghai Cooperation Organisation, which Iran and Belarus joined in 2023 "
                    "together with Russia's support, met again.")
    assert {("state:IRN", "org:sco"), ("state:BLR", "org:sco")} <= found
    assert ("state:RUS", "org:sco") not in found
    found = members("Egypt joined BRICS in 2024 together with Chinese backing.")
    assert ("state:EGY", "org:brics") in found
    assert ("state:CHN", "org:brics") not in found
    # a companion state still joins
    assert {("state:IRN", "org:sco"), ("state:BLR", "org:sco")} <= members("Iran joined the SCO in 2023 alongside Belarus.")
