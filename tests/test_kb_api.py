"""The Python API (silkgraph.api) and the query commands, on the synthetic knowledge base."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
import typer
from kbfixture import build_kb
from typer.testing import CliRunner

import silkgraph.api as sg
from silkgraph.serve import cli_query


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_kb(tmp_path_factory.mktemp("kb") / "kb.db")


@pytest.fixture()
def kb(db: str) -> sg.KnowledgeBase:
    k = sg.open(db)
    yield k
    k.close()


@pytest.mark.parametrize("name,eid", [
    ("Turkey", "state:TUR"), ("turkiye", "state:TUR"), ("TÜRKIYE", "state:TUR"),
    ("JF17", "wpn:jf-17"), ("jf-17 thunder", "wpn:jf-17"), ("state:PAK", "state:PAK"),
    ("SCO", "org:sco"), ("Pakstan", "state:PAK"), ("AZE", "state:AZE"),
])
def test_resolve_names(kb: sg.KnowledgeBase, name: str, eid: str) -> None:
    assert kb.resolve(name) == eid


def test_unknown_name_suggests(kb: sg.KnowledgeBase) -> None:
    with pytest.raises(sg.UnknownName) as ei:
        kb.resolve("Chinx")
    assert ("state:CHN", "China") in ei.value.candidates
    assert "did you mean" in ei.value.message
    with pytest.raises(sg.UnknownName):
        kb.resolve("Atlantis")


def test_who_supplies_azerbaijan_and_since_when(kb: sg.KnowledgeBase) -> None:
    d = kb.dossier("Azerbaijan")
    assert d.entity.id == "state:AZE"
    assert d.suppliers_since == {"state:TUR": "2020", "state:PAK": "2024", "state:RUS": None}
    assert {t.system for t in d.transfers_in} == {"wpn:bayraktar-tb2", "wpn:jf-17", "artillery"}
    assert all(t.evidence and t.article_id for t in d.transfers_in)
    assert any(r.args["kind"] == "ally" for r in d.relations)
    assert d.articles and d.sentences and d.timeline
    assert {c.entity.id for c in d.comentioned} >= {"state:TUR", "state:PAK"}


def test_uzbekistan_purchases(kb: sg.KnowledgeBase) -> None:
    ts = kb.transfers(recipient="Uzbekistan")
    assert [(t.supplier, t.system, t.status, t.modality) for t in ts] == [
        ("state:CHN", "wpn:j-10c", "negotiating", "reported")]
    assert "negotiating" in ts[0].evidence[0].text
    d = kb.dossier("uzbekistan")
    assert d.memberships[0].args["organization"] == "org:sco"
    assert d.statistics[0].args["value"] == 12.0


def test_india_pakistan_may_2025(kb: sg.KnowledgeBase) -> None:
    es = kb.events(actor="India", since="2025-05", until="2025-05")
    assert len(es) == 4  # two strikes as stated, one claimed shoot-down, the ceasefire
    assert {e.event_type for e in es} == {"attack", "ceasefire"}
    assert all(e.date and e.date.startswith("2025-05") for e in es)
    assert kb.events(actor="India", type="ceasefire")[0].date == "2025-05-10"
    assert [e.modality for e in kb.events(actor="Pakistan", modality="claimed")] == ["claimed"]
    # a year-only date overlaps a month inside it
    assert {t.id for t in kb.transfers(since="2025-02", until="2025-04")} == {
        t.id for t in kb.transfers(recipient="Uzbekistan")}


def test_transfer_filters(kb: sg.KnowledgeBase) -> None:
    assert len(kb.transfers()) == 5
    assert [t.supplier for t in kb.transfers(system="artillery")] == ["state:RUS"]
    assert [t.recipient for t in kb.transfers(system="JF17")] == ["state:AZE"]
    assert {t.status for t in kb.transfers(status="delivered")} == {"delivered"}
    assert len(kb.transfers(modality="reported")) == 2
    assert len(kb.transfers(since="2023")) == 2
    assert len(kb.transfers(until="2021")) == 1
    assert len(kb.transfers(party="Pakistan")) == 2
    page1, page2 = kb.transfers(limit=2), kb.transfers(limit=2, offset=2)
    assert len(page1) == 2 and not {t.id for t in page1} & {t.id for t in page2}
    with pytest.raises(ValueError):
        kb.transfers(origin="nowhere")


def test_relations_memberships_statistics(kb: sg.KnowledgeBase) -> None:
    assert {r.args["kind"] for r in kb.relations()} == {"ally", "adversary"}
    assert [r.args["b"] for r in kb.relations(entity="India")] == ["state:PAK"]
    assert {m.args["member"] for m in kb.memberships(organization="SCO")} == {
        "state:UZB", "state:IND", "state:PAK"}
    assert kb.statistics(subject="Uzbekistan")[0].summary.startswith("Uzbekistan: military spending")


def test_search_highlights(kb: sg.KnowledgeBase) -> None:
    hits = kb.search("J-10C")
    assert len(hits) == 3
    assert all("\x02J-10C\x03" in h.highlighted for h in hits)
    assert kb.search("ceasefire AND agreed")[0].section == "body"
    assert kb.search('"><') == [] or all(isinstance(h.text, str) for h in kb.search('"><'))
    assert kb.search("Türkiye")  # diacritics folded by the FTS tokenizer


def test_article_view_offsets(kb: sg.KnowledgeBase) -> None:
    for a in kb.articles():
        view = kb.article(a.id)
        assert view is not None
        for f in view.facts:
            for e in f.evidence:
                assert view.text[e.start - view.offset : e.end - view.offset] == e.text
        for m in view.mentions:
            assert view.text[m.start - view.offset : m.end - view.offset] == m.text
    assert kb.article("art-missing") is None
    assert kb.articles(entity="Uzbekistan")[0].title == "Uzbekistan shops for fighters"


def test_timeline_and_network(kb: sg.KnowledgeBase) -> None:
    items = kb.timeline("Pakistan")
    assert [i.date for i in items] == sorted(i.date for i in items)
    assert {"transfer", "attack", "ceasefire"} <= {i.kind for i in items}
    net = kb.network()
    bloc = {n.id: n.bloc for n in net.nodes}
    assert bloc["state:CHN"] == bloc["state:PAK"]
    assert bloc["state:AZE"] == bloc["state:TUR"]
    assert bloc["state:IND"] != bloc["state:PAK"]
    assert {e.kind for e in net.edges} == {"ally", "adversary", "transfer", "member"}
    assert all(-1.0001 <= n.x <= 1.0001 and -1.0001 <= n.y <= 1.0001 for n in net.nodes)
    assert kb.network() == net  # deterministic
    assert {n.id for n in kb.network(entity="Türkiye").nodes} == {"state:TUR", "state:AZE"}


def test_reference_and_check_hooks(kb: sg.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []

    def reference_transfers(store, supplier=None, recipient=None, system=None, since=None,
                            until=None, vintage=None):  # type: ignore[no-untyped-def]
        calls.append({"supplier": supplier, "recipient": recipient})
        rows = [{"supplier": "state:TUR", "recipient": "state:AZE", "system": "wpn:bayraktar-tb2",
                 "quantity": 6, "date": "2020", "status": "delivered", "origin": "sipri",
                 "sipri_id": "S1", "vintage": "2025"}]
        return [r for r in rows if recipient in (None, r["recipient"])
                and supplier in (None, r["supplier"])]

    ref = types.ModuleType("silkgraph.store.reference")
    ref.reference_transfers = reference_transfers  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "silkgraph.store.reference", ref)
    chk = types.ModuleType("silkgraph.analyse.checks")
    chk.check_article = lambda store, aid: [{"verdict": "confirmed", "message": "matches SIPRI"}]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "silkgraph.analyse.checks", chk)

    sipri = kb.transfers(recipient="Azerbaijan", origin="sipri")
    assert [(t.origin, t.sipri_id, t.quantity) for t in sipri] == [("sipri", "S1", 6)]
    assert sipri[0].names["state:TUR"] == "Türkiye"
    assert len(kb.transfers(recipient="Azerbaijan", origin="all")) == 4
    assert len(kb.transfers(recipient="Azerbaijan")) == 3  # article facts only by default
    d = kb.dossier("Azerbaijan")
    assert any(t.origin == "sipri" for t in d.transfers_in)
    assert kb.check_article(kb.articles()[0].id) == [{"verdict": "confirmed", "message": "matches SIPRI"}]


def test_hooks_absent_degrade(kb: sg.KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "silkgraph.store.reference", None)  # import fails
    monkeypatch.setitem(sys.modules, "silkgraph.analyse.checks", None)
    assert kb.transfers(origin="sipri") == []
    assert kb.check_article(kb.articles()[0].id) is None


# -- the query commands ----------------------------------------------------------------

def _cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """test app"""

    cli_query.register(app)
    return app


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(_cli(), list(args))
    return r.exit_code, r.stdout, r.stderr


def test_cli_entity(db: str) -> None:
    code, out, _ = _run("entity", "turkey", "--db", db)
    assert code == 0 and "Türkiye" in out and "Bayraktar TB2" in out
    code, out, _ = _run("entity", "JF17", "--db", db, "--json")
    assert code == 0 and json.loads(out)["entity"]["id"] == "wpn:jf-17"
    code, _, err = _run("entity", "Chinx", "--db", db)
    assert code == 2 and "did you mean" in err and "China" in err


def test_cli_transfers_events_search(db: str, tmp_path: Path) -> None:
    code, out, _ = _run("transfers", "--db", db, "--recipient", "Azerbaijan", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    code, out, _ = _run("transfers", "--db", db, "--supplier", "Pakistan", "--csv")
    lines = out.strip().splitlines()
    assert code == 0 and lines[0].startswith("id,origin,supplier") and len(lines) == 2
    code, out, _ = _run("events", "--db", db, "--actor", "India", "--since", "2025-05",
                        "--until", "2025-05", "--json")
    assert code == 0 and len(json.loads(out)) == 4
    code, out, _ = _run("events", "--db", db, "--type", "ceasefire")
    assert code == 0 and "ceasefire" in out
    code, out, _ = _run("search", "ceasefire", "--db", db)
    assert code == 0 and "ceasefire" in out
    code, out, _ = _run("search", "J-10C", "--db", db, "--json")
    assert code == 0 and len(json.loads(out)) == 3
    code, out, _ = _run("entities", "--db", db, "--type", "state", "--csv")
    assert code == 0 and "state:PAK" in out
