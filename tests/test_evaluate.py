"""Tests of silkgraph.evaluate: gold loading, the scorer and the floors gate.

Fixtures (tests/fixtures/eval): mini.txt (three articles), mini.gold.yaml (describes
two of them) and mini.export.jsonl (a perfect export of them).  Each test mutates a copy
of the export records and checks the one count it is about.
"""

from __future__ import annotations

import copy
import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from silkgraph.evaluate import (
    FloorsError,
    GoldError,
    check_gate,
    load_floors,
    load_gold,
    lowered_floors,
    normalize_name,
    run_gate,
    score,
)
from silkgraph.evaluate.gate import main as gate_main
from silkgraph.evaluate.gold import Gold
from silkgraph.evaluate.score import _date_compatible

FIX = Path(__file__).parent / "fixtures" / "eval"
GOLD = FIX / "mini.gold.yaml"
EXPORT = FIX / "mini.export.jsonl"
SHARED_GOLD = (
    Path(__file__).resolve().parents[2] / "shared" / "gold" / "cacianalyst-sample.dev.yaml"
)


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in EXPORT.read_text(encoding="utf-8").splitlines() if line]


def by_id(recs: list[dict], rid: str) -> dict:
    return next(r for r in recs if r.get("id") == rid)


@pytest.fixture(scope="module")
def gold() -> Gold:
    return load_gold(GOLD)


def counts(report: Any, key: str) -> tuple[int, int, int]:
    c = report.counts[key]
    return c["tp"], c["fp"], c["fn"]


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Gökdoğan", "gokdogan"),
        ("JF-17", "jf17"),
        ("JF-17 Thunder", "jf 17 thunder"),
        ("Türkiye", "TURKIYE"),
        ("İstanbul", "istanbul"),
        ("Kırıkkale", "kirikkale"),
        ("Fazl-e-Haider", "fazlehaider"),
        ("Shanghai Cooperation Organization", "shanghai cooperation organization"),
    ],
)
def test_normalize_name_equal(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def test_normalize_name_distinguishes() -> None:
    assert normalize_name("J-10C") != normalize_name("J-10")
    assert normalize_name("PL-15E") == "pl15e"


# --------------------------------------------------------------------------- gold loading


def test_load_fixture_gold(gold: Gold) -> None:
    assert gold.name == "mini.gold"
    assert gold.text == (FIX / "mini.txt").resolve()
    assert gold.articles_in_text == 3
    a1 = gold.articles[0]
    assert a1.published == ("2025-05-01", "2025-12-31")  # YAML dates became strings
    assert a1.events[0].date == "2025-05" and a1.events[1].date == "2020"
    assert a1.events[2].optional is True
    assert a1.arms_transfers[1].system is None  # "*"
    assert a1.arms_transfers[0].years == (2024,)
    # fact names inherit the `also` of the gold entity they name
    org = a1.memberships[0].organization
    assert "OTS" in org.also and "Organization of Turkic States" in org.also


@pytest.mark.skipif(not SHARED_GOLD.exists(), reason="../shared gold not present")
def test_load_shared_dev_gold() -> None:
    g = load_gold(SHARED_GOLD)
    assert g.name == "cacianalyst-sample.dev"
    assert [a.id for a in g.articles] == ["a1", "a2", "a3"]
    assert g.articles[1].arms_transfers[3].years == (2015, 2013)
    assert g.articles[2].events[6].types == ("agreement", "cooperation")


BAD_GOLD = {
    "unknown event type": (
        "events:\n      - {type: atack, date: 2025}\n",
        "articles[0] (x1).events[0].type: unknown event type 'atack'",
    ),
    "unknown key": (
        "relations:\n      - {a: PAK, b: IND, kind: rival, optinal: true}\n",
        "articles[0] (x1).relations[0]: unknown key(s) optinal",
    ),
    "missing field": (
        "arms_transfers:\n      - {supplier: PAK, system: JF-17}\n",
        "articles[0] (x1).arms_transfers[0]: missing recipient",
    ),
    "state not iso3": (
        "entities:\n      state: [Pakistan]\n",
        "articles[0] (x1).entities.state[0]: states must be ISO3 codes",
    ),
    "bad date": (
        "events:\n      - {type: attack, date: 2025-13}\n",
        "articles[0] (x1).events[0].date: invalid date",
    ),
    "bad section": (
        "sections: [lead, backgrund]\n",
        "articles[0] (x1).sections: unknown section kind 'backgrund'",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_GOLD))
def test_malformed_gold_names_file_and_item(tmp_path: Path, case: str) -> None:
    body, expected = BAD_GOLD[case]
    path = tmp_path / "broken.dev.yaml"
    path.write_text(
        "corpus: t\ntext: t.txt\narticles_in_text: 1\narticles:\n"
        '  - id: x1\n    starts_with: "Hello"\n    ' + body,
        encoding="utf-8",
    )
    with pytest.raises(GoldError) as err:
        load_gold(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}: "), msg
    assert expected in msg, msg


def test_gold_file_level_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(GoldError, match=r"nope\.yaml: file: cannot read"):
        load_gold(missing)
    bad = tmp_path / "bad.yaml"
    bad.write_text("articles: [\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad\.yaml: line \d+: invalid YAML"):
        load_gold(bad)
    few = tmp_path / "few.yaml"
    few.write_text(
        "text: t.txt\narticles_in_text: 0\narticles:\n  - {id: a, starts_with: x}\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"few\.yaml: articles_in_text: 0 is fewer"):
        load_gold(few)
    dup = tmp_path / "dup.yaml"
    dup.write_text(
        "text: t.txt\narticles:\n  - {id: a, starts_with: x}\n  - {id: a, starts_with: y}\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"dup\.yaml: articles\[1\] \(a\): duplicate article id"):
        load_gold(dup)


# --------------------------------------------------------------------------- the perfect export

EXPECTED_METRICS = [
    "seg.articles",
    "seg.authors",
    "seg.sections",
    "seg.published",
    "seg.published_tight",
    "entities.p",
    "entities.r",
    "entities.f1",
    "entities.r.state",
    "entities.r.organization",
    "entities.r.weapon_system",
    "entities.r.place",
    "arms_transfers.p",
    "arms_transfers.r",
    "arms_transfers.f1",
    "arms_transfers.quantity",
    "arms_transfers.value",
    "arms_transfers.year",
    "arms_transfers.status",
    "events.p",
    "events.r",
    "events.f1",
    "memberships.p",
    "memberships.r",
    "memberships.f1",
    "relations.p",
    "relations.r",
    "relations.f1",
    "statistics.p",
    "statistics.r",
    "statistics.f1",
]


def test_perfect_export_scores_one(gold: Gold) -> None:
    report = score(gold, records())
    assert list(report.metrics) == EXPECTED_METRICS
    assert all(v == 1.0 for v in report.metrics.values()), report.metrics
    assert counts(report, "entities") == (11, 0, 0)  # person + IND optional: dropped
    assert counts(report, "events") == (4, 0, 0)  # accession optional; ceasefire recommended
    assert counts(report, "arms_transfers") == (2, 0, 0)  # hypothetical IND->ARM excluded
    assert report.notes == []


def test_lines_format(gold: Gold) -> None:
    lines = score(gold, records()).lines()
    assert lines[0] == "seg.articles        1.000 (3 exported, 3 in text)"
    assert "arms_transfers      P 1.000 R 1.000 F1 1.000 (tp 2 fp 0 fn 0)" in lines
    assert "arms_transfers.quantity 1.000 (1/1)" in lines
    assert "entities.r.state    1.000 (8/8)" in lines


def test_as_dict_is_json_and_deterministic(gold: Gold) -> None:
    recs = records()
    first = json.dumps(score(gold, recs).as_dict())
    shuffled = recs[:]
    random.Random(7).shuffle(shuffled)
    assert json.dumps(score(gold, shuffled).as_dict()) == first
    d = json.loads(first)
    assert list(d) == ["gold", "metrics", "counts", "articles", "notes"]
    assert d["articles"][0]["gold"] == "a1" and d["articles"][0]["export"] == "art:1"


def test_empty_both_sides_is_one_and_na(gold: Gold) -> None:
    recs = [r for r in records() if r.get("type") != "membership"]
    g = copy.deepcopy(gold)
    g.articles[0].memberships = []
    report = score(g, recs)
    assert report.metrics["memberships.f1"] == 1.0
    assert "memberships         P 1.000 R 1.000 F1 1.000 (tp 0 fp 0 fn 0, n/a)" in report.lines()


# --------------------------------------------------------------------------- articles


def test_article_count_ratio(gold: Gold) -> None:
    recs = [r for r in records() if r.get("id") != "art:3"]
    assert score(gold, recs).metrics["seg.articles"] == pytest.approx(2 / 3)
    extra = records() + [dict(by_id(records(), "art:3"), id="art:4")]
    assert score(gold, extra).metrics["seg.articles"] == pytest.approx(3 / 4)


def test_articles_of_other_sources_ignored(gold: Gold) -> None:
    recs = records()
    for r in recs:
        if r.get("kind") == "article":
            r["source"] = "/elsewhere/other.txt"
    report = score(gold, recs)
    assert report.metrics["seg.articles"] == 0.0
    assert report.metrics["seg.authors"] == 0.0
    assert counts(report, "events") == (0, 0, 4)  # gold items of unmatched articles are missed
    # same basename in another directory still counts
    for r in recs:
        if r.get("kind") == "article":
            r["source"] = "/elsewhere/mini.txt"
    assert score(gold, recs).metrics["seg.articles"] == 1.0


def _gold_with_preamble(tmp_path: Path, pad: int) -> tuple[Gold, list[dict]]:
    lead = "The  quick\nbrown fox jumps over the lazy dog."
    text = ("x" * pad) + "\n" + lead + "\nMore text.\n"
    (tmp_path / "p.txt").write_text(text, encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        "text: p.txt\narticles_in_text: 1\narticles:\n"
        '  - {id: a, starts_with: "The quick brown fox jumps", authors: []}\n',
        encoding="utf-8",
    )
    art = {
        "kind": "article",
        "id": "A",
        "source": "p.txt",
        "start": 0,
        "end": len(text),
        "authors": [],
    }
    return load_gold(tmp_path / "p.yaml"), [art]


def test_starts_with_within_400_chars_whitespace_normalised(tmp_path: Path) -> None:
    g, recs = _gold_with_preamble(tmp_path, 300)
    assert score(g, recs).articles[0]["export"] == "A"
    g, recs = _gold_with_preamble(tmp_path, 380)  # starts inside, ends past char 400
    assert score(g, recs).articles[0]["export"] is None
    g, recs = _gold_with_preamble(tmp_path, 500)
    report = score(g, recs)
    assert report.articles[0]["export"] is None
    assert report.metrics["seg.authors"] == 0.0
    assert "gold articles with no exported match: a" in report.notes[0]


def test_crlf_text_is_normalised(tmp_path: Path, gold: Gold) -> None:
    for name in ("mini.gold.yaml", "mini.txt"):
        shutil.copy(FIX / name, tmp_path / name)
    raw = (FIX / "mini.txt").read_text(encoding="utf-8")
    (tmp_path / "mini.txt").write_bytes(raw.replace("\n", "\r\n").encode("utf-8"))
    report = score(load_gold(tmp_path / "mini.gold.yaml"), records())
    assert report.metrics["seg.articles"] == 1.0
    assert [a["export"] for a in report.articles] == ["art:1", "art:2"]


def test_facts_of_unmatched_articles_ignored(gold: Gold) -> None:
    recs = records()
    f14 = by_id(recs, "f14")
    assert f14["article"] == "art:3"
    f14["args"]["event_type"] = "attack"
    assert counts(score(gold, recs), "events") == (4, 0, 0)


def test_authors_exact_as_set(gold: Gold) -> None:
    recs = records()
    by_id(recs, "art:2")["authors"] = ["Jane Doe", "John Smith"]
    assert score(gold, recs).metrics["seg.authors"] == 1.0
    by_id(recs, "art:2")["authors"] = ["Jane Doe"]
    assert score(gold, recs).metrics["seg.authors"] == 0.5


def test_sections_sequence_ignores_boilerplate(gold: Gold) -> None:
    recs = records()
    a1 = by_id(recs, "art:1")
    assert a1["sections"][-1]["kind"] == "boilerplate"
    a1["sections"].insert(0, {"kind": "boilerplate", "label": "", "start": 0, "end": 1})
    assert score(gold, recs).metrics["seg.sections"] == 1.0
    a1["sections"][1], a1["sections"][2] = a1["sections"][2], a1["sections"][1]
    assert score(gold, recs).metrics["seg.sections"] == 0.5


@pytest.mark.parametrize(
    ("published", "estimate", "ok", "tight"),
    [
        ("2025-05-20", None, True, True),  # stated, in the window (2025-05-07 .. 06-30)
        ("2025-07-01", None, False, False),  # stated, after it
        ("2025-05", None, True, True),  # partial: the span overlaps
        (None, {"not_before": "2025-04-10", "not_after": None}, True, True),  # 27 days early
        (None, {"not_before": "2025-04-01", "not_after": None}, True, False),  # 36 days early
        (None, {"not_before": "2025-01-01", "not_after": "2025-05-06"}, False, False),
        (None, {"not_before": "2025-07-01", "not_after": None}, False, False),
        (None, None, False, False),
    ],
)
def test_published(
    gold: Gold, published: str | None, estimate: dict | None, ok: bool, tight: bool
) -> None:
    recs = records()
    a2 = by_id(recs, "art:2")
    a2["published"] = published
    a2["published_estimate"] = None if estimate is None else dict(estimate, basis="t")
    d = score(gold, recs).articles[1]
    assert (d["published"], d["published_tight"]) == (ok, tight)


# --------------------------------------------------------------------------- entities


def test_entity_also_and_alias_matching(gold: Gold) -> None:
    recs = records()
    org = by_id(recs, "org:ots")
    org["name"], org["aliases"] = "OTS", []
    assert counts(score(gold, recs), "entities") == (11, 0, 0)
    org["name"] = "Turkic Council"
    report = score(gold, recs)
    assert counts(report, "entities") == (10, 1, 1)
    assert report.metrics["entities.r.organization"] == 0.0
    org["aliases"] = ["Organisation of Turkic States"]
    assert counts(score(gold, recs), "entities") == (11, 0, 0)


def test_states_match_by_iso3(gold: Gold) -> None:
    recs = records()
    tur = by_id(recs, "state:TUR")
    tur["name"], tur["aliases"] = "Republic of Türkiye", []
    assert counts(score(gold, recs), "entities") == (11, 0, 0)
    del tur["iso3"]  # the id state:TUR still carries it
    assert counts(score(gold, recs), "entities") == (11, 0, 0)


def test_optional_entities_neither_rewarded_nor_penalised(gold: Gold) -> None:
    recs = [r for r in records() if r.get("id") != "person:ayse-gokdogan"]
    assert counts(score(gold, recs), "entities") == (11, 0, 0)
    ind = by_id(recs, "state:IND")  # optional in a1, required in a2
    ind["mentions"] = [m for m in ind["mentions"] if m["article"] != "art:1"]
    assert counts(score(gold, recs), "entities") == (11, 0, 0)


def test_entity_precision_only_gold_types(gold: Gold) -> None:
    recs = records()
    mention = [{"article": "art:1", "start": 0, "end": 2, "text": "By"}]
    recs.append(
        {
            "kind": "entity",
            "id": "co:x",
            "type": "company",
            "name": "Mini Analyst",
            "aliases": [],
            "mentions": mention,
        }
    )
    assert counts(score(gold, recs), "entities") == (11, 0, 0)  # no company in gold
    recs.append(
        {
            "kind": "entity",
            "id": "state:GEO",
            "type": "state",
            "name": "Georgia",
            "iso3": "GEO",
            "aliases": [],
            "mentions": mention,
        }
    )
    report = score(gold, recs)
    assert counts(report, "entities") == (11, 1, 0)
    assert report.articles[0]["entities"]["spurious"] == ["state:GEO"]


def test_entity_matching_is_one_to_one(gold: Gold) -> None:
    recs = records()
    dup = copy.deepcopy(by_id(recs, "wpn:gokdogan"))
    dup["id"], dup["name"] = "wpn:gokdogan-2", "Gokdogan"
    recs.append(dup)
    assert counts(score(gold, recs), "entities") == (11, 1, 0)


# --------------------------------------------------------------------------- arms transfers


def test_system_star_matches_any_system(gold: Gold) -> None:
    recs = records()
    f02 = by_id(recs, "f02")
    for system in ("wpn:t-90", "armoured vehicles", None):
        f02["args"]["system"] = system
        assert counts(score(gold, recs), "arms_transfers") == (2, 0, 0)
    f02["args"]["supplier"] = "state:BLR"
    assert counts(score(gold, recs), "arms_transfers") == (1, 1, 1)


def test_specific_system_not_stolen_by_star(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("Lead text here.\n", encoding="utf-8")
    (tmp_path / "t.yaml").write_text(
        "text: t.txt\narticles:\n  - id: a\n    starts_with: Lead text\n    arms_transfers:\n"
        '      - {supplier: RUS, recipient: AZE, system: "*"}\n'
        "      - {supplier: RUS, recipient: AZE, system: MiG-29}\n",
        encoding="utf-8",
    )
    art = {"kind": "article", "id": "A", "source": "t.txt", "start": 0, "end": 16}

    def tr(fid: str, system: str) -> dict:
        return {
            "kind": "fact",
            "id": fid,
            "type": "arms_transfer",
            "article": "A",
            "modality": "asserted",
            "args": {"supplier": "state:RUS", "recipient": "state:AZE", "system": system},
        }

    g = load_gold(tmp_path / "t.yaml")
    # the MiG-29 export sorts first; the "*" item must still leave it to the MiG-29 item
    report = score(g, [art, tr("f1", "MiG-29"), tr("f2", "tanks")])
    assert counts(report, "arms_transfers") == (2, 0, 0)
    assert report.articles[0]["arms_transfers"]["matched"] == {
        "arms_transfers[0]": "f2",
        "arms_transfers[1]": "f1",
    }
    report = score(g, [art, tr("f1", "MiG-29")])
    assert report.articles[0]["arms_transfers"]["matched"] == {"arms_transfers[1]": "f1"}


@pytest.mark.parametrize(
    ("change", "attr", "ok"),
    [
        ({"quantity": 12}, "quantity", 1),
        ({"quantity": 13}, "quantity", 0),
        ({"quantity": None}, "quantity", 0),
        ({"value": {"amount": 100_900_000.0, "currency": "USD"}}, "value", 1),  # within 1%
        ({"value": {"amount": 102_000_000.0, "currency": "USD"}}, "value", 0),
        ({"value": {"amount": 100_000_000.0, "currency": "EUR"}}, "value", 0),
        ({"date": "2024-02"}, "year", 1),
        ({"date": "2023"}, "year", 0),
        ({"status": "in_service"}, "status", 1),
        ({"status": "ordered"}, "status", 0),
    ],
)
def test_transfer_attributes(gold: Gold, change: dict, attr: str, ok: int) -> None:
    recs = records()
    by_id(recs, "f01")["args"].update(change)
    report = score(gold, recs)
    assert counts(report, "arms_transfers") == (2, 0, 0)  # attributes never break the key
    assert report.counts[f"arms_transfers.{attr}"]["ok"] == ok + (attr == "status")


def test_transfer_year_also_and_unscored_fields(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("Lead text here.\n", encoding="utf-8")
    (tmp_path / "t.yaml").write_text(
        "text: t.txt\narticles:\n  - id: a\n    starts_with: Lead text\n    arms_transfers:\n"
        "      - {supplier: CHN, recipient: UZB, system: FD-2000, year: 2015, year_also: [2013]}\n",
        encoding="utf-8",
    )
    art = {"kind": "article", "id": "A", "source": "t.txt", "start": 0, "end": 16}
    fact = {
        "kind": "fact",
        "id": "f",
        "type": "arms_transfer",
        "article": "A",
        "modality": "asserted",
        "args": {
            "supplier": "state:CHN",
            "recipient": "state:UZB",
            "system": "FD-2000",
            "date": "2013",
            "quantity": 9,
        },
    }
    report = score(load_gold(tmp_path / "t.yaml"), [art, fact])
    assert report.counts["arms_transfers.year"] == {"ok": 1, "scored": 1}
    assert report.counts["arms_transfers.quantity"] == {"ok": 0, "scored": 0}  # not in gold
    assert report.metrics["arms_transfers.quantity"] == 1.0


def test_hypothetical_and_recommended_excluded(gold: Gold) -> None:
    recs = records()
    by_id(recs, "f08")["modality"] = "asserted"  # was hypothetical
    assert counts(score(gold, recs), "arms_transfers") == (2, 1, 0)
    recs = records()
    by_id(recs, "f13")["modality"] = "planned"  # was recommended
    assert counts(score(gold, recs), "events") == (4, 1, 0)
    recs = records()
    by_id(recs, "f09")["modality"] = "hypothetical"  # a real event no longer counts
    assert counts(score(gold, recs), "events") == (3, 0, 1)


# --------------------------------------------------------------------------- events


@pytest.mark.parametrize(
    ("gold_date", "export_date", "ok"),
    [
        ("2025-05", "2025-05", True),
        ("2025-05", "2025-05-07", True),
        ("2025-05", "2025", False),
        ("2025-05", "2025-06-01", False),
        ("2025", "2025-12-31", True),
        ("2025", "2024", False),
        ("2025-05-07", "2025-05-07", True),
        ("2025-05-07", "2025-05", False),
        ("2025", None, False),
        (None, None, True),
        (None, "1999", True),
    ],
)
def test_date_precision(gold_date: str | None, export_date: str | None, ok: bool) -> None:
    assert _date_compatible(gold_date, export_date) is ok


def test_event_matching_rules(gold: Gold) -> None:
    recs = records()
    f04 = by_id(recs, "f04")  # meeting 2025-05 PAK+AZE at Baku
    f04["args"]["date"] = "2025-05-12"
    assert counts(score(gold, recs), "events") == (4, 0, 0)
    f04["args"]["date"] = None
    assert counts(score(gold, recs), "events") == (3, 1, 1)
    f04["args"]["date"] = "2025-05"
    f04["args"]["event_type"] = "agreement"
    assert counts(score(gold, recs), "events") == (3, 1, 1)
    f04["args"]["event_type"] = "meeting"
    f04["args"]["actors"], f04["args"]["targets"] = ["state:FRA"], ["state:AZE"]
    assert counts(score(gold, recs), "events") == (4, 0, 0)  # one gold participant suffices
    f04["args"]["actors"], f04["args"]["targets"] = ["state:FRA"], []
    assert counts(score(gold, recs), "events") == (3, 1, 1)


def test_event_matching_is_one_to_one(gold: Gold) -> None:
    recs = records()
    # a2 has two gold attacks on 2025-05-07; one exported attack matches only one of them
    recs = [r for r in recs if r.get("id") != "f10"]
    assert counts(score(gold, recs), "events") == (3, 0, 1)
    extra = copy.deepcopy(by_id(recs, "f09"))
    extra["id"] = "f09b"
    recs += [extra, dict(copy.deepcopy(extra), id="f09c")]
    assert counts(score(gold, recs), "events") == (4, 1, 0)


def test_optional_events_neither_rewarded_nor_penalised(gold: Gold) -> None:
    recs = [r for r in records() if r.get("id") != "f06"]  # the optional accession
    assert counts(score(gold, recs), "events") == (4, 0, 0)
    recs = records()
    dup = dict(copy.deepcopy(by_id(recs, "f06")), id="f06b")
    recs.append(dup)
    assert counts(score(gold, recs), "events") == (4, 0, 0)


def test_event_without_participants_matches_on_location(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("Lead text here.\n", encoding="utf-8")
    (tmp_path / "t.yaml").write_text(
        "text: t.txt\narticles:\n  - id: a\n    starts_with: Lead text\n"
        "    entities: {place: [Pahalgam]}\n    events:\n"
        "      - {type: attack, date: 2025-04, location: Pahalgam, fatalities: 26}\n"
        "      - {type: statement}\n",
        encoding="utf-8",
    )
    g = load_gold(tmp_path / "t.yaml")
    art = {"kind": "article", "id": "A", "source": "t.txt", "start": 0, "end": 16}
    place = {
        "kind": "entity",
        "id": "place:pahalgam",
        "type": "place",
        "name": "Pahalgam",
        "aliases": [],
        "mentions": [{"article": "A", "start": 0, "end": 1, "text": "L"}],
    }

    def ev(fid: str, etype: str, date: str | None, loc: str | None) -> dict:
        return {
            "kind": "fact",
            "id": fid,
            "type": "event",
            "article": "A",
            "modality": "asserted",
            "args": {
                "event_type": etype,
                "date": date,
                "actors": [],
                "targets": [],
                "location": loc,
            },
        }

    assert counts(
        score(
            g,
            [
                art,
                place,
                ev("e1", "attack", "2025-04-22", "place:pahalgam"),
                ev("e2", "statement", None, None),
            ],
        ),
        "events",
    ) == (2, 0, 0)
    assert counts(score(g, [art, place, ev("e1", "attack", "2025-04-22", None)]), "events") == (
        0,
        1,
        2,
    )


# --------------------------------------------------------------------------- other facts


def test_memberships_and_relations(gold: Gold) -> None:
    recs = records()
    by_id(recs, "f03")["args"]["organization"] = "org:csto"
    assert counts(score(gold, recs), "memberships") == (0, 1, 1)
    recs = records()
    f07 = by_id(recs, "f07")  # stored as (ARM, AZE): unordered
    f07["args"]["kind"] = "rival"  # any listed kind
    assert counts(score(gold, recs), "relations") == (2, 0, 0)
    f07["args"]["kind"] = "partner"
    assert counts(score(gold, recs), "relations") == (1, 1, 1)


@pytest.mark.parametrize(
    ("value", "unit", "ok"),
    [
        (5.8, "percent", True),
        (5.85, "percent", True),
        (5.9, "percent", False),
        (5.8, "%", True),
        (5.8, "count", False),
    ],
)
def test_statistics(gold: Gold, value: float, unit: str, ok: bool) -> None:
    recs = records()
    by_id(recs, "f12")["args"].update(value=value, unit=unit)
    assert counts(score(gold, recs), "statistics") == ((1, 0, 0) if ok else (0, 1, 1))


def test_fact_args_resolve_through_entity_aliases(gold: Gold) -> None:
    recs = records()
    org = by_id(recs, "org:ots")
    org["name"], org["aliases"] = "Turkic Council", ["OTS"]
    assert counts(score(gold, recs), "memberships") == (1, 0, 0)


# --------------------------------------------------------------------------- gate


def _floors(tmp_path: Path, text: str, name: str = "floors.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_gate_pass_and_fail(tmp_path: Path, gold: Gold) -> None:
    recs = [r for r in records() if r.get("id") != "f10"]  # events: tp 3 fn 1
    report = score(gold, recs)
    ok = _floors(tmp_path, "mini.gold:\n  seg.articles: 1.0\n  events.f1: 0.8\n")
    assert check_gate(ok, {"mini.gold": report}) == []
    bad = _floors(tmp_path, "mini.gold:\n  events.f1: 0.9\n  events.r: 0.75\n", "bad.yaml")
    assert check_gate(bad, {"mini.gold": report}) == ["mini.gold events.f1 0.857 < floor 0.9"]


def test_gate_unevaluated_gold_is_a_note(tmp_path: Path, gold: Gold) -> None:
    floors = _floors(
        tmp_path, "cacianalyst-sample.dev:\n  seg.articles: 1.0\nmini.gold:\n  seg.articles: 1.0\n"
    )
    res = run_gate(floors, {"mini.gold": score(gold, records())})
    assert res.failures == [] and res.ok
    assert res.notes == ["cacianalyst-sample.dev: not evaluated; its 1 floor(s) were not checked"]


def test_gate_unknown_metric_fails_and_bad_floor_rejected(tmp_path: Path, gold: Gold) -> None:
    report = score(gold, records())
    typo = _floors(tmp_path, "mini.gold:\n  event.f1: 0.5\n")
    assert check_gate(typo, {"mini.gold": report}) == [
        "mini.gold event.f1 not reported (floor 0.5)"
    ]
    with pytest.raises(FloorsError, match="mini.gold.events.f1: floor must be a number"):
        load_floors(_floors(tmp_path, "mini.gold:\n  events.f1: high\n", "x.yaml"))


def test_lowered_floors(tmp_path: Path) -> None:
    old = _floors(tmp_path, "g:\n  a: 0.8\n  b: 0.5\n  c: 0.3\n", "old.yaml")
    new = _floors(tmp_path, "g:\n  a: 0.9\n  b: 0.4\n", "new.yaml")
    assert lowered_floors(old, new) == ["g b floor lowered 0.5 -> 0.4", "g c floor 0.3 removed"]


def test_project_floors_file_is_valid() -> None:
    floors = load_floors(Path(__file__).resolve().parents[1] / "eval" / "floors.yaml")
    assert floors["cacianalyst-sample.dev"]["seg.articles"] == 1.0


def test_gate_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    floors = _floors(tmp_path, "mini.gold:\n  events.f1: 1.0\n")
    missing = tmp_path / "ghost.yaml"
    missing.write_text("text: no-such.txt\narticles: []\n", encoding="utf-8")
    out_json = tmp_path / "r.json"
    rc = gate_main(
        [
            "--floors",
            str(floors),
            "--export",
            str(EXPORT),
            "--json",
            str(out_json),
            str(GOLD),
            str(missing),
        ]
    )
    out = capsys.readouterr().out
    assert rc == 0, out
    assert "skip ghost: text" in out and "gate: pass" in out
    assert json.loads(out_json.read_text())["mini.gold"]["metrics"]["events.f1"] == 1.0
    export = tmp_path / "e.jsonl"
    export.write_text(
        "\n".join(json.dumps(r) for r in records() if r.get("id") != "f10"), encoding="utf-8"
    )
    rc = gate_main(["--floors", str(floors), "--export", str(export), str(GOLD)])
    out = capsys.readouterr().out
    assert rc == 1
    assert "FAIL mini.gold events.f1 0.857 < floor 1.0" in out


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("bcm", 33.0), ("cubic metres", 33e9), True),
        (("billion cubic meters", 12.9), ("bcm", 12.9), True),
        (("tonnes", 4.5e6), ("t", 4.5e6), True),
        (("metric tons", 100.0), ("tonnes", 100.0), True),
        (("km", 573.0), ("kilometres", 573.0), True),
        (("%", 5.8), ("percent", 5.8), True),
        (("bcm", 33.0), ("cubic metres", 33.0), False),  # a bare 33 cubic metres is another figure
        (("t", 100.0), ("km", 100.0), False),
    ],
)
def test_a_unit_written_two_ways_is_one_measure(a: tuple[str, float], b: tuple[str, float], same: bool) -> None:
    from silkgraph.evaluate.score_facts import canonical_measure

    ua, va = canonical_measure(*a)
    ub, vb = canonical_measure(*b)
    assert (ua == ub and abs(va - vb) <= 1e-9 * max(abs(va), abs(vb))) is same
