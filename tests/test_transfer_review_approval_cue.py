"""One approval cue (ontology/transfers.yaml: approval_verbs, approval_tail) read both as the
planned-status modifier and as the seller's decision ("X approved the sale of S to Y": X sells, a
plan).  Before, the two lists disagreed: "green-lighted" found the seller but not the plan, and
"approving", "notified" or a price without a currency sign found neither.  Own invented sentences."""

from __future__ import annotations

from test_extract_transfers import transfers

from silkgraph.extract.transfers.lexicon import lexicon
from silkgraph.extract.transfers.roles import APPROVER_RE


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in transfers(text)}


def test_every_approval_wording_is_a_planned_sale_by_the_approver() -> None:
    assert _facts("Denmark green-lighted the sale of 14 tanks to Oman.") == {("state:DNK", "state:OMN", "tanks", "planned")}
    assert _facts("Spain, approving the sale of 12 tanks to Peru, cited jobs.") == {
        ("state:ESP", "state:PER", "tanks", "planned")}
    assert _facts("Norway authorised a 300 million sale of 20 howitzers to Chile.") == {
        ("state:NOR", "state:CHL", "artillery", "planned")}


def test_the_two_readers_share_the_words() -> None:
    mods = [p for p, status in lexicon().modifiers if status == "planned"]
    for cue in ("green-lighted the ", "approving the possible ", "gave its approval for the ", "notified a $2 billion "):
        assert APPROVER_RE.search(cue) is not None
        assert any(p.search(cue) for p in mods)


def test_near_misses() -> None:
    # the approval of something else, then a delivery: no approver as seller, no plan
    assert _facts("Denmark approved the budget, and Sweden delivered 14 tanks to Oman in 2021.") == {
        ("state:SWE", "state:OMN", "tanks", "delivered")}
    # a sale told without an approval keeps the noun's status
    assert not any(st == "planned" for *_x, st in _facts("Denmark completed the sale of 14 tanks to Oman in 2020."))
