"""Gazetteer data validation, loader, lookup and overlay tests (package data only)."""

from __future__ import annotations

import csv
import filecmp
import subprocess
import sys
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

import pytest

from silkgraph.knowledge import (
    ALIAS_KINDS,
    ID_PREFIX,
    Knowledge,
    KnowledgeError,
    load_knowledge,
    normalise,
)
from silkgraph.model import ENTITY_TYPES

REPO = Path(__file__).resolve().parents[1]
GAZ = resources.files("silkgraph").joinpath("resources", "gazetteer")
SIPRI = REPO.parent / "shared" / "data" / "sipri-trade-register" / "trade-register.csv"


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return load_knowledge(None)


def _csv_rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(GAZ.joinpath(name).read_text(encoding="utf-8").splitlines()))


def _entity_files() -> list[str]:
    return sorted(
        t.name
        for t in GAZ.iterdir()
        if t.name.endswith(".csv") and not t.name.startswith("_") and not t.name.endswith("aliases.csv")
    )


# -- normalisation -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [("Gökdoğan", "gokdogan"), ("JF-17", "jf17"), ("U.S.", "us"), ("Türkiye", "turkiye"),
     ("Akıncı", "akinci"), ("Əliyev", "eliyev"), ("JF‑17 “Thunder”", "jf17thunder")],
)
def test_normalise(a: str, b: str) -> None:
    assert normalise(a) == b


# -- data validation ---------------------------------------------------------------------
def test_ids_unique_across_files() -> None:
    counts = Counter(r["id"] for f in _entity_files() for r in _csv_rows(f))
    assert [i for i, n in counts.items() if n > 1] == []


def test_id_prefix_matches_type(kb: Knowledge) -> None:
    for ent in kb.entities.values():
        assert ent.type in ENTITY_TYPES
        assert ent.id.startswith(ID_PREFIX[ent.type] + ":"), ent.id


def test_country_codes_are_states(kb: Knowledge) -> None:
    iso = {e.iso3 for e in kb.entities.values() if e.type == "state"}
    bad = [(e.id, e.country) for e in kb.entities.values() if e.country and e.country not in iso]
    assert bad == []
    for e in kb.entities.values():
        if e.type == "state":
            assert e.id == f"state:{e.iso3}" and e.country == e.iso3


def test_aliases_nonempty_and_valid(kb: Knowledge) -> None:
    for r in kb.records:
        assert r.alias.strip() and normalise(r.alias), r
        assert r.kind in ALIAS_KINDS
        assert r.entity_id in kb.entities


def test_no_alias_clashes(kb: Knowledge) -> None:
    """A key names one entity unless flagged ambiguous/nomatch or it is a capital/place pair."""
    by_key = defaultdict(list)
    for r in kb.records:
        if "nomatch" not in r.flags:
            by_key[normalise(r.alias)].append(r)
    clashes = []
    for key, recs in by_key.items():
        ents = {r.entity_id for r in recs}
        if len(ents) < 2 or any("ambiguous" in r.flags for r in recs):
            continue
        # case-sensitive spellings that differ in case ("GUAM" the bloc, "Guam" the island)
        if all("case_sensitive" in r.flags for r in recs) and len({r.alias for r in recs}) == len(recs):
            continue
        named = {r.entity_id for r in recs if r.kind != "capital"}
        if len(named) == 1 and kb.entities[next(iter(named))].type == "place":
            capital_states = {r.entity_id for r in recs if r.kind == "capital"}
            # a seat of government may also be an institution's ("Brussels": the EU)
            if all(kb.entities[s].type in ("state", "organization") for s in capital_states):
                continue
        clashes.append((key, sorted(ents)))
    assert clashes == []


def test_counts(kb: Knowledge) -> None:
    types = Counter(e.type for e in kb.entities.values())
    assert types["weapon_system"] >= 1000
    assert types["organization"] >= 120
    assert types["armed_group"] >= 40
    assert types["person"] >= 80
    assert types["company"] >= 80
    assert types["program"] >= 15
    assert types["place"] >= 300
    states = [r for r in _csv_rows("states.csv")]
    assert sum(r["status"] == "UN member" for r in states) == 193
    for code in ("PSE", "VAT", "TWN", "XKX", "SUN", "YUG", "CSK", "DDR"):
        assert kb.get(f"state:{code}") is not None


def test_states_have_demonyms_and_capitals(kb: Knowledge) -> None:
    demonym = {r.entity_id for r in kb.records if r.kind == "demonym"}
    capital = {r.entity_id for r in kb.records if r.kind == "capital"}
    current = [e for e in kb.entities.values() if e.type == "state" and not e.attrs.get("historical")]
    missing_demonym = [e.id for e in current if e.id not in demonym]
    missing_capital = [e.id for e in current if e.id not in capital]
    assert len(missing_demonym) <= 3, missing_demonym
    assert len(missing_capital) <= 3, missing_capital


def test_every_capital_place_points_to_a_state(kb: Knowledge) -> None:
    for e in kb.entities.values():
        if e.attrs.get("capital_of"):
            assert kb.entities[e.attrs["capital_of"]].type == "state"


# -- API ---------------------------------------------------------------------------------
def test_lookup(kb: Knowledge) -> None:
    assert [e.id for e in kb.lookup("Gökdoğan")] == ["wpn:gokdogan"]
    assert kb.lookup("GOKDOGAN") == kb.lookup("Gökdoğan")
    assert [e.id for e in kb.lookup("JF-17")] == ["wpn:jf-17"]
    assert [e.id for e in kb.lookup("jf17 block iii")] == ["wpn:jf-17-block-iii"]
    assert [e.id for e in kb.lookup("Turkey")] == ["state:TUR"]
    assert [e.id for e in kb.lookup("Türkiye")] == ["state:TUR"]
    assert {e.id for e in kb.lookup("Islamabad")} == {"place:islamabad", "state:PAK"}
    assert kb.lookup("no such thing") == []
    assert kb.get("state:PAK") is not None and kb.get("state:PAK").name == "Pakistan"
    assert kb.get("nope") is None


def test_weapon_origin(kb: Knowledge) -> None:
    assert kb.weapon_origin("wpn:jf-17-block-iii") == "PAK"
    assert kb.get("wpn:jf-17-block-iii").attrs["co_origin"] == "CHN"
    assert kb.weapon_origin("wpn:rafale") == "FRA"
    assert kb.weapon_origin("wpn:j-10c") == "CHN"
    assert kb.weapon_origin("wpn:bayraktar-tb2") == "TUR"
    assert kb.weapon_origin("wpn:mig-29") == "SUN"
    assert kb.weapon_origin("state:PAK") is None
    sipri = [e for e in kb.entities.values() if e.type == "weapon_system"]
    assert all(e.attrs.get("category") for e in sipri)
    assert all("SIPRI" in e.attrs.get("source", "") or e.attrs.get("source") == "curated" for e in sipri)


def test_capital_and_demonym(kb: Knowledge) -> None:
    assert kb.capital_of("place:islamabad") == "state:PAK"
    assert kb.capital_of("place:karachi") is None
    assert kb.state_for_demonym("Pakistani") == "state:PAK"
    assert kb.state_for_demonym("Sino-") == "state:CHN"
    assert kb.state_for_demonym("Congolese") is None  # ambiguous


def test_search(kb: Knowledge) -> None:
    top = kb.search("Gokdogn", limit=3)
    assert top and top[0][0].id == "wpn:gokdogan" and 0 < top[0][1] <= 1
    assert kb.search("Tokaev")[0][0].id == "person:kassym-jomart-tokayev"
    assert kb.search("") == []


def test_cached() -> None:
    assert load_knowledge() is load_knowledge()


# -- overlay -----------------------------------------------------------------------------
def test_overlay_adds_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "organizations.csv").write_text(
        "id,type,name,country,kind\n"
        "org:test-forum,organization,Test Forum of Silk,UZB,forum\n"
        "org:sco,organization,Shanghai Cooperation Organisation,CHN,intergovernmental\n",
        encoding="utf-8",
    )
    (tmp_path / "aliases.csv").write_text(
        "entity_id,alias,kind,flags\norg:test-forum,TFS,acronym,\norg:sco,Shanghai Cooperation Council,variant,remove\n",
        encoding="utf-8",
    )
    kb = load_knowledge(tmp_path)
    assert kb.get("org:test-forum").country == "UZB"
    assert kb.get("org:sco").country == "CHN"
    assert [e.id for e in kb.lookup("TFS")] == ["org:test-forum"]
    assert kb.lookup("Shanghai Cooperation Council") == []
    assert [m.candidates[0][0] for m in kb.find("The TFS met.")] == ["org:test-forum"]
    assert load_knowledge(tmp_path) is kb
    assert load_knowledge().get("org:test-forum") is None


def test_overlay_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "people.csv").write_text(
        "id,type,name,country,role\nperson:jane-roe,person,Jane Roe,KAZ,analyst\n", encoding="utf-8"
    )
    monkeypatch.setenv("SILKGRAPH_OVERLAY", str(tmp_path))
    assert load_knowledge().get("person:jane-roe") is not None


@pytest.mark.parametrize(
    ("fname", "text", "needle"),
    [
        ("places.csv", "id,type,name,country\nplace:x,organization,X,\n", "places.csv:2"),
        ("places.csv", "id,type,name,country\nplace:x,place,X,Pakistan\n", "places.csv:2"),
        ("places.csv", "id,type,name,country\nplace:x,place,X,PAK\nplace:y,nowhere,Y,\n", "places.csv:3"),
        ("places.csv", "id,name\nplace:x,X\n", "places.csv:1"),
        ("extra_aliases.csv", "entity_id,alias,kind\nplace:nowhere,Nowhere,name\n", "extra_aliases.csv:2"),
        ("extra_aliases.csv", "entity_id,alias,kind\nstate:PAK,Pak,nickname\n", "extra_aliases.csv:2"),
        ("extra_aliases.csv", "entity_id,alias,kind,flags\nstate:PAK,Pak,variant,loud\n", "extra_aliases.csv:2"),
        ("extra_aliases.csv", "entity_id,alias,kind\nstate:PAK,--,variant\n", "extra_aliases.csv:2"),
    ],
)
def test_overlay_errors_name_file_and_line(tmp_path: Path, fname: str, text: str, needle: str) -> None:
    (tmp_path / fname).write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=needle.replace(".", r"\.")):
        load_knowledge(tmp_path)


def test_missing_overlay_folder(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="overlay folder not found"):
        load_knowledge(tmp_path / "missing")


# -- builder -----------------------------------------------------------------------------
@pytest.mark.skipif(not SIPRI.exists(), reason="../shared SIPRI trade register not available")
def test_build_weapons_reproducible(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "build_weapons.py"), "--sipri", str(SIPRI), "--out", str(tmp_path)],
        check=True, capture_output=True,
    )
    gaz = Path(str(GAZ))
    for name in ("weapons.csv", "weapon_aliases.csv"):
        assert filecmp.cmp(tmp_path / name, gaz / name, shallow=False), f"{name} is stale: rerun the builder"


# -- the cache on disk ---------------------------------------------------------------------
def _fresh(overlay: Path | None = None) -> Knowledge:
    """A load that does not reuse this process's Knowledge (the disk cache may serve it)."""
    import importlib

    kb_module = importlib.import_module("silkgraph.knowledge.kb")
    kb_module._cached.cache_clear()
    return load_knowledge(overlay)


def test_cache_serves_the_same_knowledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", str(tmp_path / "cache"))
    built = _fresh()
    assert len(list((tmp_path / "cache").glob("knowledge-*.pickle"))) == 1
    cached = _fresh()
    assert cached is not built
    text = "Pakistan's JF-17s and Uzbek troops met in Dushanbe; the SCO and the US said so."
    assert [(m.start, m.end, m.candidates) for m in cached.find(text)] == [
        (m.start, m.end, m.candidates) for m in built.find(text)]
    assert cached.entities == built.entities and cached.records == built.records
    assert [e.id for e in cached.lookup("Kazakhstan")] == [e.id for e in built.lookup("Kazakhstan")]


def test_cache_follows_the_overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", str(tmp_path / "cache"))
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    people = overlay / "people.csv"
    people.write_text("id,type,name,country\nperson:jane-roe,person,Jane Roe,KAZ\n", encoding="utf-8")
    assert [m.candidates for m in _fresh(overlay).find("Jane Roe spoke.")] == [
        [("person:jane-roe", "name")]]
    people.write_text("id,type,name,country\nperson:john-roe,person,John Roe,KAZ\n", encoding="utf-8")
    kb = _fresh(overlay)
    assert kb.find("Jane Roe spoke.") == [] and kb.get("person:john-roe") is not None
    assert _fresh().get("person:john-roe") is None  # the package data alone: another file


def test_damaged_cache_is_rebuilt_and_off_writes_nothing(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", str(tmp_path / "cache"))
    _fresh()
    (path,) = (tmp_path / "cache").glob("knowledge-*.pickle")
    path.write_bytes(b"not a pickle")
    assert [m.candidates[0][0] for m in _fresh().find("Pakistan")] == ["state:PAK"]
    assert path.stat().st_size > 1000  # written anew
    monkeypatch.setenv("SILKGRAPH_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert [m.candidates[0][0] for m in _fresh().find("Pakistan")] == ["state:PAK"]
    assert not (tmp_path / "xdg").exists()


def test_cache_key_covers_every_file_of_the_package_folder(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Recognition's word lists (name_cues.yaml, _given_names.csv) are no part of a cached
    Knowledge, yet a change to them, as to any gazetteer file, names another cache file."""
    import shutil

    from silkgraph.knowledge import cache, loader

    copy = tmp_path / "gazetteer"
    shutil.copytree(Path(str(GAZ)), copy)
    monkeypatch.setattr(loader, "_package_dir", lambda: copy)

    def key() -> str:
        return cache.cache_key(loader.gazetteer_sources(None))

    keys = [key()]
    assert key() == keys[0]
    for name in ("name_cues.yaml", "_given_names.csv", "_weapons_curated.csv", "people.csv"):
        f = copy / name
        f.write_bytes(f.read_bytes() + b"\n")
        keys.append(key())
    assert len(set(keys)) == len(keys)
