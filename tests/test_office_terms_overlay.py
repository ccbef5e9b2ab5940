"""An overlay's office_terms.csv adds terms of office, and each gazetteer carries its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from silkgraph.knowledge import KnowledgeError, load_knowledge
from silkgraph.knowledge.office_terms import OfficeTermsError, package_table
from silkgraph.model import Source
from silkgraph.pipeline import analyse_source
from silkgraph.segment import segment

# March 4 is a Monday in 2013, 2019 and 2024; the present (ontology/present.yaml) is later
TEXT = ("ASTANA, March 4 (Test Wire) – President Daniyar Tolegenov opened the new session "
        "of parliament on Monday, state media said.")
PEOPLE = "id,type,name,country,role\nperson:daniyar-tolegenov,person,Daniyar Tolegenov,KAZ,\n"
TERMS = "person_id,office,from,to\n"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SILKGRAPH_OVERLAY", raising=False)
    monkeypatch.setenv("SILKGRAPH_CACHE", "off")


def _overlay(folder: Path, terms: str, people: str = PEOPLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "people.csv").write_text(people, encoding="utf-8")
    (folder / "office_terms.csv").write_text(TERMS + terms, encoding="utf-8")
    return folder


def _year(text: str, folder: Path | None) -> str | None:
    offices = load_knowledge(folder).offices if folder is not None else None
    (art,) = segment(Source(name="t", text=text), offices)
    return art.published_estimate.not_before if art.published_estimate else None


def test_without_an_overlay_the_package_terms() -> None:
    offices = load_knowledge().offices
    assert offices is not None and offices.terms == package_table().terms
    assert dict(offices.names) == dict(package_table().names)
    # an unknown president bounds nothing: the latest Monday March 4
    assert _year(TEXT, None) == "2024-03-04"


def test_an_overlay_term_dates_a_yearless_wire_item(tmp_path: Path) -> None:
    folder = _overlay(tmp_path / "a", "person:daniyar-tolegenov,president,2012-01-10,2016-02-01\n")
    assert _year(TEXT, folder) == "2013-03-04"


def test_an_overlay_of_terms_alone_adds_a_package_persons_term(tmp_path: Path) -> None:
    (tmp_path / "office_terms.csv").write_text(
        TERMS + "person:asif-ali-zardari,prime_minister,2001-01-01,2001-02-01\n", encoding="utf-8")
    offices = load_knowledge(tmp_path).offices
    assert offices is not None and len(offices.terms) == len(package_table().terms) + 1
    assert offices.terms[-1].office == "prime_minister"
    assert offices.names["person:asif-ali-zardari"][0] == "Asif Ali Zardari"


def test_two_overlays_in_one_process_do_not_mix(tmp_path: Path) -> None:
    early = _overlay(tmp_path / "a", "person:daniyar-tolegenov,president,2012-01-10,2016-02-01\n")
    late = _overlay(tmp_path / "b", "person:daniyar-tolegenov,president,2017-05-01,2021-05-01\n")
    assert _year(TEXT, early) == "2013-03-04"
    assert _year(TEXT, late) == "2019-03-04"
    assert _year(TEXT, None) == "2024-03-04"
    assert _year(TEXT, early) == "2013-03-04"


def test_the_ingest_uses_the_overlays_terms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _overlay(tmp_path / "a", "person:daniyar-tolegenov,president,2017-05-01,2021-05-01\n")
    monkeypatch.setenv("SILKGRAPH_OVERLAY", str(folder))
    (aa,) = analyse_source(Source(name="t", text=TEXT), extract=False)
    est = aa.article.published_estimate
    assert est is not None and est.not_before == "2019-03-04" and "Daniyar Tolegenov" in est.basis


@pytest.mark.parametrize(("row", "needle"), [
    ("person:nobody-known,president,2012-01-10,\n", "add a people row"),
    ("person:daniyar-tolegenov,king,2012-01-10,\n", "use one of president"),
    ("person:daniyar-tolegenov,president,2012-31-10,\n", "YYYY-MM-DD"),
    ("person:daniyar-tolegenov,president,2016-01-10,2012-01-10\n", "before it starts"),
    ("person:daniyar-tolegenov,president,2012-01-10,,extra\n", "more fields"),
])
def test_a_malformed_overlay_row_names_file_and_line(tmp_path: Path, row: str, needle: str) -> None:
    folder = _overlay(tmp_path, "person:daniyar-tolegenov,president,2012-01-10,2016-02-01\n" + row)
    with pytest.raises(OfficeTermsError) as err:
        load_knowledge(folder)
    assert f"{folder / 'office_terms.csv'}:3:" in str(err.value) and needle in str(err.value)
    assert isinstance(err.value, KnowledgeError)


def test_a_wrong_header_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "o"
    folder.mkdir()
    (folder / "office_terms.csv").write_text("person,office,start,end\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"office_terms\.csv:1: header must be person_id,office,from,to"):
        load_knowledge(folder)
