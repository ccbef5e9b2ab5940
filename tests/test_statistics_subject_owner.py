"""Statistics: whose figure it is when the clause's actor is told indirectly — a leader's state
("his country", leaders coordinated with "and"), the lender after "a loan from", the owner of a
measure before "which", the actor after "with" of a gerund, a region as the subject of a share of
"the country's" territory, the article's state for an unowned budget (first named on a tie), and
the amount before it in the sentence for a part of it."""

from __future__ import annotations

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
