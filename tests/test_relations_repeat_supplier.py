"""A repeated supplier (three transfers or more to one state in an article) is a partner;
one or two sales are not, nor a pair the article has told another relation of.  (The pass
over an article's facts; the pipeline wires it in extract_article.)"""

from __future__ import annotations

from silkgraph.extract.relations.repeat import repeat_suppliers
from silkgraph.model import Fact, Span


def _transfer(sup: str, rcp: str, at: int, modality: str = "asserted") -> Fact:
    return Fact("arms_transfer", {"supplier": sup, "recipient": rcp, "system": "wpn:x"}, [Span(at, at + 10)],
                "body", modality)


def test_three_transfers_make_a_partner() -> None:
    fs = [_transfer("state:FRA", "state:IND", i * 20) for i in range(3)]
    got = repeat_suppliers(fs)
    assert [(f.args["a"], f.args["b"], f.args["kind"]) for f in got] == [("state:FRA", "state:IND", "partner")]
    assert len(got[0].evidence) == 3


def test_repeat_supplier_near_misses() -> None:
    assert not repeat_suppliers([_transfer("state:ITA", "state:TKM", i * 20) for i in range(2)])
    planned = [_transfer("state:FRA", "state:IND", i * 20, "planned") for i in range(3)]
    assert not repeat_suppliers(planned)
    told = [Fact("relation", {"a": "state:FRA", "b": "state:IND", "kind": "rival"}, [Span(0, 5)], "body")]
    assert not repeat_suppliers(told + [_transfer("state:FRA", "state:IND", i * 20) for i in range(3)])


def test_repeat_supplier_records_why_it_is_a_partner() -> None:
    got = repeat_suppliers([_transfer("state:RUS", "state:ARM", i * 20) for i in range(4)])
    assert got[0].inferences["kind"] == "partner: supplier in 4 arms transfers of this article"
