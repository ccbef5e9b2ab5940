"""Debt dependence: the main creditor ("X owes Y more than any other creditor", "owes more to Y's
bank than to any other lender") is a partner; a debt told alone is not."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _rels(body: str) -> set[tuple[str, str, str]]:
    text = "Test headline\n\n" + body + "\n"
    return {(f.args["a"], f.args["b"], f.args["kind"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "relation"}


def test_main_creditor_is_a_partner() -> None:
    assert ("state:CHN", "state:LKA", "partner") in _rels(
        "Sri Lanka owes China more than it owes any other bilateral creditor.")
    assert not _rels("Sri Lanka owes China $2 billion.")
