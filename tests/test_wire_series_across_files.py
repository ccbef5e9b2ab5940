"""A wire agency's series across texts: items of one agency whose year-less datelines lie
within a few weeks take the year a settled sibling (or all of them together) allows, at the
corpus level of the store, whatever the order or batching of the ingest; another agency's
item, or one months away, lends no year."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from silkgraph.pipeline import ingest
from silkgraph.segment.wire_series import WireItem, assign_series, own_dates
from silkgraph.store import SQLiteStore

# June 9 is a Tuesday in 2015, 2020 and 2026; June 11 a Thursday in 2015, 2020 and 2026.
# The settled item: the page's date line over it gives 2020 (its weekday alone fits 2015, 2020, 2026).
_SETTLED = """VALLEY WIRE | Asia | Tue 9 Jun 2020 08:00 GMT
Reservoir talks resume after a two-year pause

By Amina Tursunova

KHUJAND, June 9 (Valley Wire) - Water officials of Tajikistan and Uzbekistan met on Tuesday in the
border town over the Kairakkum reservoir, the first such meeting since the talks broke down earlier this year, in February 2020,
the ministry said.

The delegations agreed to meet again within a month.
"""
# the open siblings: a weekday in the lead, nothing that picks among 2015, 2020 and 2026
_OPEN_1 = """Reservoir deal draft goes to ministers

KHUJAND, June 11 (Valley Wire) - The draft of a water-sharing deal on the Kairakkum reservoir was
sent to the ministers of Tajikistan and Uzbekistan on Thursday, officials said.

Farmers downstream have complained of shortages for several summers.
"""
# no weekday at all: no estimate of its own
_OPEN_2 = """Farmers welcome reservoir draft

ISFARA, June 13 (Valley Wire) - Farmers' groups in Tajikistan welcomed the draft of the
Kairakkum water-sharing deal, saying the summer's shortages had hurt the cotton harvest.

A spokesman for the growers' union said the deal should be signed before the autumn.
"""
# another agency, same days: lends no year and takes none
_OTHER_AGENCY = _OPEN_1.replace("(Valley Wire)", "(Steppe Press)").replace("Reservoir deal", "Water deal")
# the same agency on the same days, another story: it shares no names with the episode
_OTHER_STORY = """Bus fares rise in the capital

DUSHANBE, June 10 (Valley Wire) - City buses raised their fares on Wednesday, the transport
office said, citing the cost of fuel.

Commuters said the rise would hurt families.
"""
# the same agency months later: no series
_MONTHS_AWAY = _OPEN_1.replace("June 11", "October 14").replace("on Thursday", "on Wednesday")


def _write(folder: Path, files: dict[str, str]) -> list[Path]:
    out = []
    for name, text in files.items():
        p = folder / name
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def _estimates(db: Path) -> dict[str, dict | None]:
    with SQLiteStore(db) as st:
        rows = st.conn.execute("SELECT s.name, a.published_estimate FROM articles a"
                               " JOIN sources s ON s.id = a.source_id").fetchall()
    return {Path(r[0]).name: (json.loads(r[1]) if r[1] else None) for r in rows}


def _dump(db: Path) -> list[tuple]:
    with SQLiteStore(db) as st:
        arts = st.conn.execute("SELECT id, published, published_estimate, ref_date FROM articles ORDER BY id").fetchall()
        facts = st.conn.execute("SELECT id, type, date, args FROM facts ORDER BY id").fetchall()
    return [tuple(r) for r in arts] + [tuple(r) for r in facts]


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = _write(folder, {"a_settled.txt": _SETTLED, "b_open.txt": _OPEN_1, "c_open.txt": _OPEN_2,
                            "d_other.txt": _OTHER_AGENCY, "e_later.txt": _MONTHS_AWAY,
                            "f_story.txt": _OTHER_STORY})
    return {p.name: p for p in paths}


def test_one_folder_dates_the_series(files: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "one.db"
    with SQLiteStore(db) as st:
        ingest(st, [next(iter(files.values())).parent])
    est = _estimates(db)
    assert est["a_settled.txt"]["not_before"] == "2020-06-09"
    assert est["b_open.txt"]["not_before"] == est["b_open.txt"]["not_after"] == "2020-06-11"
    assert "same agency's item of 2020-06-09: " in est["b_open.txt"]["basis"]
    assert est["b_open.txt"]["basis"].endswith("→ 2020-06-11")
    assert est["c_open.txt"]["not_before"] == est["c_open.txt"]["not_after"] == "2020-06-13"
    # near misses: another agency keeps its own latest year; the same agency months later too
    assert est["d_other.txt"]["not_before"] == "2026-06-11" and "same agency" not in est["d_other.txt"]["basis"]
    assert est["e_later.txt"]["not_before"] == "2026-10-14" and "same agency" not in est["e_later.txt"]["basis"]
    # June 10 is a Wednesday in 2015, 2020 and 2026: another story of the agency keeps its own year
    assert est["f_story.txt"]["not_before"] == "2026-06-10" and "same agency" not in est["f_story.txt"]["basis"]


def test_order_and_batches_give_the_same_database(files: dict[str, Path], tmp_path: Path) -> None:
    together, apart = tmp_path / "together.db", tmp_path / "apart.db"
    with SQLiteStore(together) as st:
        ingest(st, sorted(files.values()))
    with SQLiteStore(apart) as st:  # the open items first, their settled sibling later
        ingest(st, [files["c_open.txt"], files["d_other.txt"]])
        assert _estimates(apart)["c_open.txt"] is None  # alone, nothing dates it
        ingest(st, [files["e_later.txt"], files["b_open.txt"]])
        ingest(st, [files["a_settled.txt"], files["f_story.txt"]])
    assert _dump(together) == _dump(apart)
    before = _dump(apart)
    with SQLiteStore(apart) as st:  # ingesting again changes nothing
        report = ingest(st, sorted(files.values()))
    assert len(report.unchanged) == 6 and _dump(apart) == before


def test_the_series_year_moves_the_items_events(files: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "ev.db"
    with SQLiteStore(db) as st:
        ingest(st, [files["b_open.txt"]])
        before = st.conn.execute("SELECT ref_date FROM articles").fetchone()[0]
        ingest(st, [files["a_settled.txt"], files["f_story.txt"]])
        rows = st.conn.execute("SELECT s.name, a.ref_date FROM articles a JOIN sources s ON s.id = a.source_id"
                               ).fetchall()
    assert before == "2026-06-11"
    assert {Path(n).name: r for n, r in rows}["b_open.txt"] == "2020-06-11"


def _item(key: str, agency: str, settled: date | None = None, dates: tuple[date, ...] = ()) -> WireItem:
    return WireItem(key, key, 0, agency, settled, dates)


def test_year_turn_and_open_groups() -> None:
    # a January item open over 2019 and 2025 beside a settled December 30, 2024: 2025
    items = [_item("dec", "X", settled=date(2024, 12, 30)),
             _item("jan", "X", dates=(date(2019, 1, 3), date(2025, 1, 3)))]
    assert assign_series(items)["jan"][0] == date(2025, 1, 3)
    # all open: the latest year every item allows
    items = [_item("p", "Y", dates=(date(2013, 3, 4), date(2019, 3, 4), date(2024, 3, 4))),
             _item("q", "Y", dates=(date(2013, 3, 6), date(2019, 3, 6))),
             _item("r", "y", dates=tuple(date(y, 3, 8) for y in range(2010, 2027)))]
    got = assign_series(items)
    # (2024 is a Wednesday March 6 before the present that q's evidence ruled out: the latest
    # episode, 2019, is not the present's, and the series gives the window 2013-2019)
    assert {k: (v[0].year, v[2].year) for k, v in got.items()} == {"p": (2013, 2019), "q": (2013, 2019), "r": (2013, 2019)}
    # ... and with q open up to 2024 too, the latest episode every item allows is the present's
    items[1] = _item("q", "Y", dates=(date(2013, 3, 6), date(2019, 3, 6), date(2024, 3, 6)))
    assert {k: v[0].year for k, v in assign_series(items).items()} == {"p": 2024, "q": 2024, "r": 2024}
    # near miss: a single open item with no sibling gets nothing; nor does another agency's
    assert assign_series([_item("s", "Z", dates=(date(2019, 3, 6), date(2024, 3, 6))),
                          _item("t", "W", settled=date(2024, 3, 5))]) == {}


def test_agency_covering_the_same_season_in_two_years_takes_the_nearest() -> None:
    items = [_item("old", "X", settled=date(2024, 9, 14)), _item("new", "X", settled=date(2025, 9, 19)),
             _item("open", "X", dates=(date(2024, 9, 18), date(2025, 9, 18), date(2026, 9, 18)))]
    assert assign_series(items)["open"][0] == date(2025, 9, 18)
    # equally near in both years: left as it was
    items[1] = _item("new", "X", settled=date(2025, 9, 22))
    assert "open" not in assign_series(items)


def test_own_dates_read_back_from_the_stored_estimate() -> None:
    present = date(2026, 11, 1)
    est = {"not_before": "2026-06-11", "not_after": "2026-06-11",
           "basis": "year-less dateline 06-11: 'on Thursday' in the lead is the dateline's day; of 2015, 2020, 2026, "
                    "the latest such year up to the present → 2026-06-11"}
    assert own_dates(6, 11, None, est, present) == (None, (date(2015, 6, 11), date(2020, 6, 11), date(2026, 6, 11)))
    assert own_dates(6, 11, "2020-06-11", None, present) == (date(2020, 6, 11), ())
    window = {"not_before": "2024-09-18", "not_after": "2026-09-18", "basis": "year-less dateline 09-18: no weekday"}
    assert own_dates(9, 18, None, window, present)[1] == (date(2024, 9, 18), date(2025, 9, 18), date(2026, 9, 18))


def test_a_dated_dateline_settles_its_siblings(tmp_path: Path) -> None:
    folder = tmp_path / "dated"
    folder.mkdir()
    dated = _SETTLED.replace("KHUJAND, June 9 (Valley Wire)", "KHUJAND, June 9, 2015 (Valley Wire)").split("\n", 1)[1]
    paths = _write(folder, {"a.txt": dated, "b.txt": _OPEN_1})
    db = tmp_path / "dated.db"
    with SQLiteStore(db) as st:
        ingest(st, paths)
    est = _estimates(db)
    assert est["b.txt"]["not_before"] == "2015-06-11"
    assert "same agency's item of 2015-06-09" in est["b.txt"]["basis"]


def test_a_failing_redate_keeps_the_stored_item_and_the_others_go_on(
        files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import silkgraph.pipeline as pl

    plain = pl.analyse_source

    def flaky(source, extract=True, estimates=None, articles=None):  # type: ignore[no-untyped-def]
        if estimates and source.name.endswith("b_open.txt"):
            raise RuntimeError("broken re-analysis")
        return plain(source, extract=extract, estimates=estimates, articles=articles)

    monkeypatch.setattr(pl, "analyse_source", flaky)
    db = tmp_path / "flaky.db"
    with SQLiteStore(db) as st:  # an open item stored first: its settled sibling re-dates it
        ingest(st, [files["b_open.txt"]])
        report = ingest(st, [next(iter(files.values())).parent])
    assert any(name.endswith("b_open.txt") and "wire series" in why for name, why in report.skipped)
    est = _estimates(db)
    assert est["c_open.txt"]["not_before"] == "2020-06-13"  # its sibling's failure did not stop it
    assert "same agency" not in est["b_open.txt"]["basis"]  # the stored version is kept


def test_title_case_headline_words_are_no_names() -> None:
    from silkgraph.segment.wire_series import episode_names

    a = episode_names("Kazakh Border Guards Detain Smugglers\n\nALMATY, August 23 (Steppe Wire) - Kazakh border "
                      "guards detained four smugglers near Zharkent on Monday.", "Steppe Wire")
    b = episode_names("Tajik Border Guards Seize Heroin Haul\n\nKHOROG, August 25 (Steppe Wire) - Tajik border "
                      "guards seized heroin near Ishkashim on Wednesday.", "Steppe Wire")
    assert "Border" not in a and "Guards" not in b
    assert len(a & b) < 2
