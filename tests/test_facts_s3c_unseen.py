"""Session 3c: memberships, relations and statistics on wording met in a fresh blind set
(own example sentences)."""

from __future__ import annotations

from s3_facts import figures, members, pairs


def test_leader_commits_money_for_state() -> None:
    got = figures("On 2 May 2024 Narendra Modi arrived in Colombo and announced a line of credit "
                  "of 20 billion rupees, about $240 million.")
    assert ("state:IND", 240_000_000.0, "USD") in got


def test_its_share_of_imports_is_the_subjects() -> None:
    got = figures("France remains Egypt's second arms supplier, although its share of Egyptian arms "
                  "imports fell to 21 percent in 2019-23.")
    assert ("state:FRA", 21.0, "percent") in got
    assert not any(s == "state:EGY" for s, _v, _u in got)


def test_pronoun_vote_winner() -> None:
    got = figures("Mohamed Abdi won the presidency of Somalia in 2023. He won the run-off on 3 May "
                  "with 61 percent of the vote, and later asked Kenya to withdraw its troops.")
    assert ("person:mohamed-abdi", 61.0, "percent") in got


def test_price_after_figure_stays_a_deal() -> None:
    got = figures("In May Russia signed an agreement under which Russia would lend €1.3 billion of "
                  "the line's estimated €1.6 billion cost.")
    assert not any(v == 1_600_000_000.0 for _s, v, _u in got)


def test_taken_back_into_organisation() -> None:
    assert ("state:FJI", "org:commonwealth") in members(
        "In 2014 the new government took Fiji back into the Commonwealth.")


def test_grouping_founded_with() -> None:
    got = members("Zambia sent no delegation to a meeting of the Colombo Security Conclave, the "
                  "maritime grouping it had founded with India and Sri Lanka.")
    assert {("state:ZMB", "org:colombo-security-conclave"), ("state:IND", "org:colombo-security-conclave"),
            ("state:LKA", "org:colombo-security-conclave")} <= got


def test_co_chairing_a_bilateral_commission_is_no_membership() -> None:
    assert not members("The two ministers co-chaired the fifth session of the India-Japan Joint "
                       "Commission on Defence Cooperation.")


def test_tied_by_treaty() -> None:
    assert ("state:AUS", "state:PNG", "ally") in pairs(
        "Papua New Guinea, tied to Australia by treaty and by a military mission on its soil, "
        "keeps Beijing at arm's length.")


def test_soldiers_faced_each_other() -> None:
    assert ("state:CHN", "state:IND", "rival") in pairs(
        "In 2017 Indian and Chinese soldiers faced each other at the plateau for weeks.")


def test_ceasefire_between_belligerents() -> None:
    assert ("state:ARM", "state:AZE", "adversary") in pairs(
        "The ceasefire between Armenia and Azerbaijan was broken again in May.")


def test_present_supplier_despite_falling_share() -> None:
    assert ("state:EGY", "state:FRA", "partner") in pairs(
        "France remains Egypt's largest arms supplier, although its share of Egyptian arms imports fell.")
