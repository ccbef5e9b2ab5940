"""Debt dependence: the main creditor ("X owes Y more than any other creditor", "owes more to Y's
bank than to any other lender") is a partner; a debt told alone is not."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\n")


def test_main_creditor_is_a_partner() -> None:
    assert ("state:CHN", "state:LKA", "partner") in _rels(
        "Sri Lanka owes China more than it owes any other bilateral creditor.")
    assert not _rels("Sri Lanka owes China $2 billion.")
