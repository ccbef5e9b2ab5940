"""Grounding, over every fact of every sample: each fact has verbatim evidence, and each
entity argument is a mention inside that evidence or a recorded inference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from silkgraph.model import FACT_TYPES, MODALITIES, entity_refs
from silkgraph.pipeline import ingest
from silkgraph.serve.cli import sample_paths
from silkgraph.store import open_store

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cacianalyst-sample.txt"


def _kb(tmp_path_factory: pytest.TempPathFactory, paths: list[str]):
    store = open_store(str(tmp_path_factory.mktemp("g") / "kb.db"))
    rep = ingest(store, paths)
    assert not rep.skipped, rep.skipped
    return store


@pytest.fixture(scope="module")
def samples_kb(tmp_path_factory):
    return _kb(tmp_path_factory, sample_paths())


def check_grounding(store) -> int:
    c = store.conn
    texts = {r[0]: r[1] for r in c.execute(
        "SELECT a.id, s.text FROM articles a JOIN sources s ON s.id = a.source_id")}
    n = 0
    for f in c.execute("SELECT * FROM facts").fetchall():
        n += 1
        assert f["type"] in FACT_TYPES
        assert f["modality"] in MODALITIES
        text = texts[f["article_id"]]
        ev = c.execute('SELECT start, "end", text FROM evidence WHERE fact_id = ?', (f["id"],)).fetchall()
        assert ev, f"fact {f['id']} has no evidence"
        for e in ev:
            assert text[e["start"]:e["end"]] == e["text"], "evidence is not verbatim"
        in_evidence = {m[0] for e in ev for m in c.execute(
            'SELECT entity_id FROM mentions WHERE article_id = ? AND start >= ? AND "end" <= ?',
            (f["article_id"], e["start"], e["end"]))}
        args = json.loads(f["args"])
        inferences = json.loads(f["inferences"])
        assert not any("unexplained" in str(v) for v in inferences.values()), (f["id"], inferences, args)
        for role, eid in entity_refs(args):
            if eid in in_evidence:
                continue
            explained = any(role == k or k.startswith(role) or role.startswith(k.rstrip("s"))
                            for k in inferences)
            assert explained, f"{f['type']} {f['id']}: {role}={eid} is neither in the evidence nor inferred: {args}"
    return n


def test_every_sample_fact_is_grounded(samples_kb):
    assert check_grounding(samples_kb) > 50


def test_samples_cover_every_fact_type(samples_kb):
    types = {r[0] for r in samples_kb.conn.execute("SELECT DISTINCT type FROM facts")}
    assert types == set(FACT_TYPES)


def test_samples_cover_modalities(samples_kb):
    mods = {r[0] for r in samples_kb.conn.execute("SELECT DISTINCT modality FROM facts")}
    # asserted plus at least the hedged and planned kinds
    assert {"asserted", "reported", "planned"} <= mods, mods
    # and both non-factual kinds: samples/scenarios.md's "Scenarios" and "Recommendations"
    # sections state facts conditionally ("If Russia were to …, Tajikistan would buy …")
    # and normatively ("Turkmenistan should apply for observer status …")
    assert {"recommended", "hypothetical"} <= mods, mods


def test_samples_cover_transfer_statuses(samples_kb):
    statuses = {json.loads(r[0]).get("status") for r in samples_kb.conn.execute(
        "SELECT args FROM facts WHERE type = 'arms_transfer'")}
    assert {"ordered", "delivered", "planned"} <= statuses, statuses


def test_inferred_supplier_is_recorded(samples_kb):
    rows = [json.loads(r[0]) for r in samples_kb.conn.execute(
        "SELECT inferences FROM facts WHERE type = 'arms_transfer'")]
    assert any("supplier" in inf for inf in rows)


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not present")
def test_shared_corpus_facts_are_grounded(tmp_path_factory):
    store = _kb(tmp_path_factory, [str(SHARED)])
    assert check_grounding(store) > 50
