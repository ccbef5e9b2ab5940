"""Statistics: whose figure it is when the clause's actor is told indirectly — a leader's state
("his country", leaders coordinated with "and", a leader committing money), the lender after "a
loan from", the owner of a measure before "which", the actor after "with" of a gerund, a region as
the subject of a share of "the country's" territory, the owner of a territory share, the state
after "in" for an indicator, the article's state for an unowned budget (first named on a tie) or
for trade "between" two states, an organisation named again by its common noun ("the bank held …")
with the figure restated after it, and the amount before it in the sentence for a part of it."""

from __future__ import annotations

from dateline_facts import figures, statistic_figures
from event_facts import statistic_triples as _stats


def test_his_country_is_the_leaders_state() -> None:
    got = _stats("Meeting Erdoğan in Ankara, Ilham Aliyev said his country had spent $2 billion on Turkish arms.")
    assert ("state:AZE", 2e9, "USD") in got


def test_coordinated_leaders_set_a_target() -> None:
    got = _stats("The council met in Ankara; ten accords were signed, and Shehbaz Sharif and Recep Tayyip "
                 "Erdoğan set a target of $4 billion in annual trade.")
    assert ("state:PAK", 4e9, "USD") in got


def test_loan_from_a_lender() -> None:
    got = _stats("The Hambantota port was built with a $307 million loan from China's Exim Bank.")
    assert ("org:china-exim", 3.07e8, "USD") in got


def test_owner_of_the_measure_before_which() -> None:
    got = _stats("Russia holds a fifth of Tajikistan's external debt, which stood at $3.3 billion in 2024.")
    assert ("state:TJK", 3.3e9, "USD") in got and ("state:RUS", 3.3e9, "USD") not in got


def test_with_gerund_actor() -> None:
    got = _stats("Arms imports reached $1 billion, with Israel accounting for 60 percent of the total.")
    assert ("state:ISR", 60.0, "percent") in got


def test_region_share_of_the_countrys_territory() -> None:
    got = _stats("Karakalpakstan, in the west, covers 37 percent of the country's territory.",
                 head="Uzbekistan is large. ")
    assert ("place:karakalpakstan", 37.0, "percent") in got


def test_unowned_budget_is_the_articles_state_first_named_on_a_tie() -> None:
    head = "Pakistan raised taxes after the clashes with India in May. "
    got = _stats("The Rs 17.6 trillion budget sets aside Rs 8.2 trillion for interest payments.", head=head)
    assert ("state:PAK", 17.6e12, "PKR") in got and ("state:PAK", 8.2e12, "PKR") in got
    got = _stats("Public debt stood at 70 percent of GDP.", head=head)
    assert ("state:PAK", 70.0, "percent") in got and ("state:IND", 70.0, "percent") not in got


def test_territory_share_is_the_owner_s() -> None:
    assert figures("Russian troops occupy about 20 percent of Georgia's territory.") == {("state:GEO", 20.0, "percent")}


def test_trade_between_prefers_the_article_state() -> None:
    got = figures("India buys Russian oil. India's imports soared. Bilateral trade between India and Russia "
                  "reached $65 billion in 2024.")
    assert ("state:IND", 65e9, "USD") in got


def test_indicator_in_a_state() -> None:
    assert ("state:TJK", 3.6, "percent") in _stats("Inflation in Tajikistan stood at 3.6 percent in 2024.")
    assert ("state:KGZ", 400e6, "USD") in _stats("Defence spending in Kyrgyzstan rose to $400 million last year.")
    assert not any(s == "state:KAZ" for s, _v, _u in _stats("Officials in Kazakhstan said 40 percent of the staff had left."))


def test_the_bank_and_restated_figure() -> None:
    got = statistic_figures("The Asian Development Bank has lent widely in Tajikistan. In 2019 the bank held 25 percent of the "
                            "country's external debt; by 2024 its $800 million amounted to about 12 percent.")
    assert {("org:adb", 25.0, "percent"), ("org:adb", 800e6, "USD"), ("org:adb", 12.0, "percent")} <= got
    assert not any(s == "org:adb" for s, _v, _u in statistic_figures(
        "The Asian Development Bank opened an office in Tajikistan. In 2022 the government held 25 percent of the "
        "company's shares."))


def test_leader_commits_money_for_state() -> None:
    got = figures("On 2 May 2024 Narendra Modi arrived in Colombo and announced a line of credit "
                  "of 20 billion rupees, about $240 million.")
    assert ("state:IND", 240_000_000.0, "USD") in got
