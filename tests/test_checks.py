"""Claim checks against SIPRI reference data, on a store with synthetic facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shared_data import SIPRI_DELIVERIES, SIPRI_TRADE_REGISTER, needs_sipri

from silkgraph.analyse.checks import check_all, check_article, classify_statistic, compare_share
from silkgraph.model import (
    AnalysedArticle,
    Article,
    Entity,
    Extraction,
    Fact,
    Section,
    Sentence,
    Source,
    Span,
)
from silkgraph.store import open_store
from silkgraph.store.reference import import_sipri

FIX = Path(__file__).parent / "fixtures" / "sipri"

ENTS = {e.id: e for e in (
    Entity("state:RUS", "state", "Russia", iso3="RUS"),
    Entity("state:ARM", "state", "Armenia", iso3="ARM"),
    Entity("state:CHN", "state", "China", iso3="CHN"),
    Entity("state:PAK", "state", "Pakistan", iso3="PAK"),
    Entity("state:UZB", "state", "Uzbekistan", iso3="UZB"),
    Entity("wpn:j-10c", "weapon_system", "J-10C", country="CHN"),
)}


def _stat(value: float, measure: str, period: list[int] | None, subject: str = "state:RUS",
          scope: str | None = "state:ARM", unit: str = "percent") -> dict[str, Any]:
    return {"subject": subject, "measure": measure, "value": value, "unit": unit,
            "period": period, "scope": scope}


def _store(tmp_path: Path, name: str, text: str, facts: list[tuple[str, dict[str, Any]]]):
    store = open_store(str(tmp_path / "kb.db"))
    art = Article(start=0, end=len(text), sections=[Section("body", "", 0, len(text))])
    ex = Extraction(entities=dict(ENTS), facts=[
        Fact(type=t, args=a, evidence=[Span(0, len(text))], section="body") for t, a in facts])
    store.write_source(Source(name=name, text=text),
                       [AnalysedArticle(article=art, sentences=[Sentence(0, len(text), "body", 0)],
                                        extraction=ex)])
    return store, art.id


J10 = {"supplier": "state:CHN", "recipient": "state:PAK", "system": "wpn:j-10c", "quantity": 20,
       "quantity_qualifier": None, "value": {"amount": 1.525e9, "currency": "USD"},
       "date": "2022", "status": None}


def test_classify() -> None:
    assert classify_statistic(_stat(94, "share of Armenia's major arms imports", [2011, 2020])
                              ).check == "import_share"
    assert classify_statistic(_stat(5.8, "share of global arms exports", [2019, 2023],
                                    scope=None)).check == "world_export_share"
    k = classify_statistic(_stat(4, "fourth-largest supplier of conventional weapons globally",
                                 None, scope=None, unit="rank"))
    assert k is not None and (k.check, k.rank) == ("world_rank", 4)
    k = classify_statistic(_stat(4, "rank", None, scope=None, unit=""),
                           "China ranks as the fourth-largest supplier of conventional weapons globally")
    assert k is not None and k.rank == 4
    assert classify_statistic(_stat(17, "share price rise", None, unit="percent")) is None
    assert classify_statistic(_stat(64, "decline in arms exports to Central Asia", [2020, 2024])
                              ).check == "change"


def test_tolerance() -> None:
    assert compare_share(94, 93.86) == "consistent"
    assert compare_share(50, 93.86) == "differs"
    assert compare_share(3, 1.6) == "consistent"  # within 2 points
    assert compare_share(18, 14.4) == "differs"


def test_statistics_on_fixture(tmp_path: Path) -> None:
    text = "Russia accounted for 94 percent of Armenia's major arms imports between 2011 and 2020."
    store, aid = _store(tmp_path, "a.txt", text, [
        ("statistic", _stat(92, "share of Armenia's major arms imports", [2011, 2020])),
        ("statistic", _stat(50, "share of Armenia's arms imports", [2011, 2020])),
        ("statistic", _stat(90, "share of Armenia's arms imports", None)),
        ("statistic", _stat(90, "share of Armenia's arms imports", [1990, 1994])),
        ("statistic", _stat(90, "share of imports", [2011, 2020], subject="org:sco")),
        ("statistic", _stat(12, "number of provinces", [2011, 2020], unit="count")),
    ])
    import_sipri(store, FIX / "deliveries.csv")
    vs = {(v.claim["value"], tuple(v.claim["period"] or ())): v for v in check_article(store, aid)}
    assert len(vs) == 5  # the province count is not an arms-trade figure
    ok = vs[(92, (2011, 2020))]
    assert ok.verdict == "consistent" and ok.computed and ok.computed["value"] == pytest.approx(
        92.33, abs=0.01)
    assert "12 Feb 2026" in ok.message and ok.vintage == "2026-02-12"
    bad = vs[(50, (2011, 2020))]
    assert bad.verdict == "differs" and "claimed 50" in bad.message and "92.3" in bad.message
    assert {r["sipri_id"] for r in bad.records} == {"59556", "56113"}
    assert "differs from SIPRI data generated 12 Feb 2026" in bad.message
    assert vs[(90, ())].verdict == "not_checkable" and vs[(90, ())].reason == "no period stated"
    assert "outside" in (vs[(90, (1990, 1994))].reason or "")
    assert vs[(90, (2011, 2020))].reason == "subject is not a state"
    assert all(v.as_dict()["verdict"] for v in vs.values())


def test_transfer_on_fixture(tmp_path: Path) -> None:
    store, aid = _store(tmp_path, "b.txt", "Pakistan entered into a US$ 1.525 billion deal with "
                        "China for the acquisition of 20 J-10C aircraft.", [
                            ("arms_transfer", J10),
                            ("arms_transfer", {**J10, "system": "J-10C", "quantity": 36,
                                               "value": {"amount": 1.4e9, "currency": "USD"},
                                               "date": "2021", "status": "ordered"}),
                            ("arms_transfer", {**J10, "recipient": "state:UZB",
                                               "system": "JF-17"}),
                        ])
    import_sipri(store, FIX / "trade-register.csv")
    import_sipri(store, FIX / "deliveries.csv")
    vs = check_all(store)
    by_q = {(v.claim["quantity"], v.claim["recipient"]): v for v in vs}
    diff = by_q[(20, "state:PAK")]
    assert diff.verdict == "differs"
    fields = {f["field"]: f for f in diff.fields}
    assert fields["quantity"]["result"] == "differs" and fields["quantity"]["sipri"] == 36
    assert fields["value"]["result"] == "differs" and fields["value"]["sipri"]["amount"] == 1.4e9
    assert fields["order year"]["sipri"] == 2021 and fields["order year"]["result"] == "differs"
    assert {r["shape"] for r in diff.records} == {"trade_register", "deliveries"}
    assert "31435" in {r["sipri_id"] for r in diff.records}
    assert by_q[(36, "state:PAK")].verdict == "matches"
    assert by_q[(20, "state:UZB")].verdict == "not_in_sipri"


@needs_sipri
def test_shared_checks(tmp_path: Path) -> None:
    text = "Between 2011 and 2020, Russia accounted for 94 percent of Armenia's major arms imports."
    store, aid = _store(tmp_path, "c.txt", text, [
        ("statistic", _stat(94, "share of Armenia's major arms imports", [2011, 2020])),
        ("statistic", _stat(5.8, "share of global arms exports", [2019, 2023],
                            subject="state:CHN", scope=None)),
        ("statistic", _stat(18, "share of the region's total arms imports", [2015, 2019],
                            subject="state:CHN", scope="place:central-asia")),
        ("arms_transfer", J10),
    ])
    import_sipri(store, SIPRI_TRADE_REGISTER)
    import_sipri(store, SIPRI_DELIVERIES)
    vs = {v.check + ("" if v.check == "transfer" else str(v.claim.get("value"))): v
          for v in check_article(store, aid)}
    assert vs["import_share94"].verdict == "consistent"
    assert vs["import_share18"].verdict == "differs"
    assert vs["world_export_share5.8"].verdict == "consistent"
    j = vs["transfer"]
    assert j.verdict == "differs"
    assert {f["field"] for f in j.fields if f["result"] == "differs"} == {
        "quantity", "value", "order year"}
    assert {r["sipri_id"] for r in j.records} >= {"31435"}
