"""A statement's type is decided by what its complement says: reports or charges declared untrue ("said the
reports were false", "said it had nothing to do with …") make it a rejection; a betrayal or human-rights abuses
laid on a party make it an accusation; a refusal told with a gerund or a possessor ("declining X's request",
"turned down Iran's request") is a rejection.  Near misses keep the plain statement.  Own sentences (dateline
5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts, event_types, of_type


def _types(body: str) -> list[str]:
    return sorted(event_types(event_facts(body)))


def test_reports_declared_false_are_a_rejection() -> None:
    facts = event_facts("On 3 July the Kyrgyz foreign ministry said reports that its troops had crossed the border "
                        "were false.")
    assert [f.args["actors"] for f in of_type(facts, "rejection")] == [["state:KGZ"]]
    assert not of_type(facts, "statement")


def test_nothing_to_do_with_a_blast_is_a_rejection() -> None:
    assert "rejection" in _types("On 3 July Tajikistan said it had nothing to do with the explosion in Osh.")


def test_a_betrayal_laid_on_a_party_is_an_accusation() -> None:
    types = _types("On 3 July the Georgian president said the government had betrayed the constitution.")
    assert "accusation" in types
    assert "statement" not in types


def test_human_rights_abuses_told_are_an_accusation() -> None:
    assert "accusation" in _types("On 3 July Britain said there had been serious human rights abuses in Belarus.")


def test_a_request_turned_down_with_a_possessor_is_a_rejection() -> None:
    assert "rejection" in _types("On 4 July Turkmenistan turned down Iran's request to reopen the gas pipeline.")


def test_a_request_declined_as_a_gerund_is_a_rejection() -> None:
    body = "On 4 July the Mongolian parliament voted to stay neutral, declining a Russian request for transit rights."
    assert "rejection" in _types(body)


def test_near_miss_a_neutral_statement_stays_a_statement() -> None:
    types = _types("On 3 July the Kyrgyz president said his country would remain neutral.")
    assert types == ["statement"]


def test_near_miss_reports_told_as_true_stay_a_statement() -> None:
    types = _types("On 3 July the Kazakh ministry said reports of a new pipeline deal were accurate.")
    assert "rejection" not in types
