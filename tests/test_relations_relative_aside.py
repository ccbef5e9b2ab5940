"""The subject of an alignment cue across an aside: "X, which accuses Y of …" (the
relative's antecedent is the accuser), and "X, which borders Z, is a close ally of Y" (a copula
after the aside's closing comma: a predicate of X, not an apposition of Z), and "X, Z's main
rival, is Y's partner" (a possessive apposition between the subject and its copula)."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _pairs(body: str) -> dict[frozenset[str], str]:
    text = "Test headline\n\n" + body + "\n"
    return {frozenset((f.args["a"], f.args["b"])): f.args["kind"] for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "relation"}


def test_relative_pronoun_subject_is_its_antecedent() -> None:
    got = _pairs("Kenya, which accuses Peru of meddling in its elections, recalled its envoy.")
    assert got.get(frozenset(("state:KEN", "state:PER"))) == "rival"


def test_copula_after_relative_aside() -> None:
    got = _pairs("Kenya, which borders Peru, is a close ally of Chile.")
    assert got.get(frozenset(("state:KEN", "state:CHL"))) == "ally"
    assert frozenset(("state:PER", "state:CHL")) not in got


def test_apposition_still_read_as_apposition() -> None:
    got = _pairs("Kenya, a close ally of Chile, borders Peru.")
    assert got.get(frozenset(("state:KEN", "state:CHL"))) == "ally"
    # a relative clause on a non-state noun gives no party
    assert not _pairs("The deal, which angered Peru, is a model for others.")


def test_possessive_apposition_before_copula() -> None:
    got = _pairs("Kenya, Peru's main rival, is Chile's preferred partner in the region.")
    assert got.get(frozenset(("state:KEN", "state:CHL"))) == "partner"
    assert got.get(frozenset(("state:KEN", "state:PER"))) == "rival"
    assert frozenset(("state:PER", "state:CHL")) not in got
