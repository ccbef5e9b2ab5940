"""A wire lead's weekday may tell the day before the dateline's day (a report filed after
midnight): the year-less dateline's estimate keeps the dateline's-day reading and names the
years the day-before reading gives; a sibling item of the same agency and episode near one
of those, and none near the reading kept, takes the item to it.  Near misses: a sibling near
the reading kept, another agency, another story, an episode months away, a lead whose
weekday is decided by the next day told as past."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from silkgraph.model import Source
from silkgraph.pipeline import ingest
from silkgraph.segment import segment
from silkgraph.segment.dateline_daybefore import day_before_note, day_before_years
from silkgraph.segment.wire_series import WireItem, assign_series, own_readings, series_basis
from silkgraph.store import SQLiteStore

# Sept 16 is a Friday in 2016 and a Saturday in 2017; Sept 14, 2017 is a Thursday.
_ANCHOR = """Pipeline talks stall over transit fees

ASHGABAT, Sept 14, 2017 (Karakum Wire) - Turkmen and Afghan negotiators broke off talks on the
Serhetabat pipeline on Thursday, the Turkmen energy ministry said.

The Serhetabat section is due to open next year.
"""
# its lead's Friday is the day before the dateline's Saturday (Sept 16, 2017); read alone, the
# dateline's-day reading gives 2016 (and names 2017 for the day before)
_DAY_BEFORE = """Afghan side offers new transit terms

ASHGABAT, Sept 16 (Karakum Wire) - Afghan negotiators offered new terms for the Serhetabat
pipeline on Friday, according to a Turkmen energy ministry official, after the talks stalled.

Prime Minister Dmitry Medvedev of Russia has backed the project.
"""


def _estimate(text: str) -> dict:
    art = segment(Source(name="t", text=text))[0]
    assert art.published_estimate is not None
    return art.published_estimate.as_dict()


def test_the_estimate_names_the_day_before_reading() -> None:
    est = _estimate(_DAY_BEFORE)
    assert est["not_before"] == est["not_after"] == "2016-09-16"
    assert day_before_years(est["basis"]) == [2017]
    # near miss: the next day told as past decides the reading: no other reading named
    told = _DAY_BEFORE.replace("after the talks stalled.", "after the talks stalled.\n\nThe ministry confirmed "
                                                           "the offer on Saturday.")
    assert day_before_years(_estimate(told)["basis"]) == []


def test_note_round_trip() -> None:
    note = day_before_note([date(2017, 9, 16), date(2023, 9, 16)])
    assert day_before_years(f"x in which 09-16 is a Friday{note} → 2016-09-16") == [2017, 2023]
    assert day_before_note([]) == "" and day_before_years("year-less dateline 09-16: no weekday") == []
    basis = series_basis(9, 16, (date(2016, 9, 16),), date(2017, 9, 16), "why", (date(2017, 9, 16),))
    est = {"not_before": "2017-09-16", "not_after": "2017-09-16", "basis": basis}
    assert own_readings(9, 16, None, est) == ((date(2017, 9, 16),), None)


def _item(key: str, agency: str, settled: date | None = None, dates: tuple[date, ...] = (),
          alts: tuple[date, ...] = (), weak: date | None = None, names: frozenset[str] = frozenset()) -> WireItem:
    return WireItem(key, key, 0, agency, settled, dates, names, alts, weak)


def test_a_sibling_near_the_day_before_reading_decides() -> None:
    items = [_item("a", "X", settled=date(2017, 9, 14)),
             _item("b", "X", settled=date(2016, 9, 16), alts=(date(2017, 9, 16),))]
    assert assign_series(items)["b"][0] == date(2017, 9, 16)
    # a weakly dated sibling weighs the two readings too (and an open item's readings)
    items = [_item("a", "X", weak=date(2017, 6, 30)),
             _item("b", "X", dates=(date(2011, 8, 3), date(2016, 8, 3)), alts=(date(2017, 8, 3),))]
    assert assign_series(items)["b"][0] == date(2017, 8, 3)
    # two items' own readings a year apart agree when one is read as the day before
    items = [_item("a", "X", settled=date(2017, 9, 14), alts=(date(2018, 9, 14),)),
             _item("b", "X", settled=date(2016, 9, 16), alts=(date(2017, 9, 16),))]
    assert assign_series(items) == {"b": (date(2017, 9, 16), assign_series(items)["b"][1])}


def test_near_misses_keep_the_dateline_day_reading() -> None:
    kept = _item("b", "X", settled=date(2016, 9, 16), alts=(date(2017, 9, 16),))
    # a sibling near the reading kept
    assert "b" not in assign_series([_item("a", "X", settled=date(2016, 9, 14)), kept])
    # another agency's item near the day-before reading
    assert "b" not in assign_series([_item("a", "Y", settled=date(2017, 9, 14)), kept])
    # the same agency months away (another episode)
    assert "b" not in assign_series([_item("a", "X", settled=date(2017, 3, 2)), kept])
    # another story: the heads share fewer than two names
    story = _item("a", "X", settled=date(2017, 9, 14), names=frozenset({"Turkmen", "Bus"}))
    named = _item("b", "X", settled=date(2016, 9, 16), alts=(date(2017, 9, 16),),
                  names=frozenset({"Turkmen", "Serhetabat", "Afghan"}))
    assert "b" not in assign_series([story, named])


def test_a_long_episode_and_the_year_turn() -> None:
    # a ten-week standoff: the sibling 60 days on
    items = [_item("a", "X", settled=date(2017, 6, 16)),
             _item("b", "X", dates=(date(2011, 8, 15), date(2016, 8, 15)), alts=(date(2017, 8, 15),))]
    assert assign_series(items)["b"][0] == date(2017, 8, 15)
    # December's item dates a January one across the year's turn
    items = [_item("a", "X", settled=date(2024, 12, 27)),
             _item("b", "X", settled=date(2024, 1, 4), alts=(date(2025, 1, 4),))]
    assert assign_series(items)["b"][0] == date(2025, 1, 4)


def test_the_store_redates_the_item_and_stays_put_on_reingest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for name, text in {"a.txt": _ANCHOR, "b.txt": _DAY_BEFORE}.items():
        p = folder / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    db = tmp_path / "x.db"

    def read() -> dict[str, dict]:
        with SQLiteStore(db) as st:
            rows = st.conn.execute("SELECT s.name, a.published_estimate, a.ref_date FROM articles a"
                                   " JOIN sources s ON s.id = a.source_id").fetchall()
        return {Path(r[0]).name: {**json.loads(r[1] or "{}"), "ref": r[2]} for r in rows}

    with SQLiteStore(db) as st:
        ingest(st, paths)
    first = read()
    assert first["b.txt"]["not_before"] == first["b.txt"]["not_after"] == "2017-09-16"
    assert "day before" in first["b.txt"]["basis"]
    with SQLiteStore(db) as st:
        ingest(st, paths)
    assert read() == first


def _bureau_item(key: str, settled: date | None, dates: tuple[date, ...], names: set[str],
                 alts: tuple[date, ...] = ()) -> WireItem:
    return WireItem(key, key, 0, "Indus Wire", settled, dates, frozenset(names), alts)


def test_far_siblings_must_share_more_than_two_states() -> None:
    """Beyond 30 days an item is of a sibling's episode only when they share three names: two
    stories of one bureau 70 days apart that both name "India" and "China" are no series."""
    anchor = _bureau_item("a", date(2021, 3, 3), (), {"India", "China", "Ladakh"})
    # May 12 is a Wednesday in 2021 and a Tuesday in 2026: the lead's "Tuesday" read as the day
    # before gives 2021, 70 days from the anchor
    cotton = _bureau_item("b", None, (date(2026, 5, 12),), {"India", "China", "Cotton"}, alts=(date(2021, 5, 12),))
    assert "b" not in assign_series([anchor, cotton])
    same_story = _bureau_item("c", None, (date(2026, 5, 12),), {"India", "China", "Ladakh"}, alts=(date(2021, 5, 12),))
    assert assign_series([anchor, same_story])["c"][0] == date(2021, 5, 12)
    # within 30 days two shared names still make a series
    near = _bureau_item("d", None, (date(2026, 3, 30),), {"India", "China", "Cotton"}, alts=(date(2021, 3, 30),))
    assert assign_series([anchor, near])["d"][0] == date(2021, 3, 30)
