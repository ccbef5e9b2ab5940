"""The look-ahead's gate (store/wire_head_gate.py): a text none of whose substrings can be a
wire dateline with an agency is not cut into articles ahead of its analysis.  The gate must
never say False for a text with a series item (every dateline form below opens an item and
passes), and a batch with gated-out sources (new, or replacing a stored version that had an
item) gives the same database as the look-ahead cutting every source."""

from __future__ import annotations

from pathlib import Path

import pytest

import silkgraph.store.series_ahead as sa
from silkgraph.pipeline import ingest
from silkgraph.read import read_file
from silkgraph.segment import segment
from silkgraph.store import SQLiteStore
from silkgraph.store.wire_head_gate import may_open_wire_item
from silkgraph.store.wire_series import _HEAD, head_item

_LEAD = "Herders of the upper valley moved their flocks to lower pastures after the first frost, officials said.\n"
# every way the dateline patterns give an item: year-less (month first or day first, with a
# weekday, agency in brackets after the date, between slashes, or before the date) and dated
_DATELINES = [
    "TALAS, Oct 14 (Valley Wire) - ",
    "TALAS, Oct. 14th (Valley Wire) – ",
    "TALAS, 14 October (Valley Wire) — ",
    "TALAS, Thursday, Oct 14 /Valley Agency/ - ",
    "Talas, October 14 (Valley Wire) - ",
    "TALAS (Valley Wire) - Oct 14 - ",
    "TALAS, Kyrgyzstan (Valley Wire), 14 October — ",
    "TALAS, October 14, 2021 (Valley Wire) - ",
    "TALAS, 14 October 2021 /Valley Agency/ ",
    "TALAS, 2021-10-14 (Valley Wire) - ",
    "TALAS (Valley Wire) — Oct 14, 2021 — ",
]
# near misses: dates, years and brackets that are no dateline with an agency
_NO_DATELINE = [
    "Flocks moved down\n\nHerders moved on October 14 as the frost came (early this year) and stayed.\n",
    "Pasture report\n\nIn 2021 the council (the valley's) counted 40 flocks; half went south in October.\n",
    "Notes\n\nThe ministry of agriculture and the herders' union met and agreed on new grazing fees.\n",
]


def _items(text: str) -> int:
    from silkgraph.model import Source

    src = Source("t.txt", text)
    n = 0
    for i, a in enumerate(segment(src)):
        est = a.published_estimate.as_dict() if a.published_estimate else None
        item, _meta = head_item("k", "t.txt", i, text[a.start:a.start + _HEAD], a.published, est)
        n += item is not None
    return n


@pytest.mark.parametrize("dateline", _DATELINES)
def test_every_dateline_form_with_an_agency_passes(dateline: str) -> None:
    text = "Herds move down early\n\n" + dateline + _LEAD
    assert _items(text) == 1  # the form is a real series item ...
    assert may_open_wire_item(text)  # ... and the gate lets it through


@pytest.mark.parametrize("text", _NO_DATELINE)
def test_texts_without_a_dateline_are_gated_out(text: str) -> None:
    assert _items(text) == 0
    assert not may_open_wire_item(text)


def test_no_sample_with_an_item_is_gated_out() -> None:
    samples = Path(__file__).resolve().parents[1] / "src" / "silkgraph" / "samples"
    for p in sorted(samples.iterdir()):
        if p.suffix not in (".txt", ".md", ".html"):
            continue
        text = read_file(str(p)).text
        if _items(text):
            assert may_open_wire_item(text), p.name


def _dump(db: Path) -> list[tuple]:
    with SQLiteStore(db) as st:
        arts = st.conn.execute("SELECT id, published, published_estimate, ref_date FROM articles ORDER BY id").fetchall()
        facts = st.conn.execute("SELECT id, type, date, args FROM facts ORDER BY id").fetchall()
    return [tuple(r) for r in arts] + [tuple(r) for r in facts]


# March 3 is a Tuesday in 2015 (and in 1992, 1998, 2009, 2020, 2026): the anchor dates the open item
_ANCHOR = ("Bridge inspected\n\nNARYN, March 3, 2015 (Highland Wire) - Engineers of Kyrgyzstan and Kazakhstan "
           "inspected the Naryn river bridge on Tuesday, the transport office said.\n")
_OPEN = ("Cracks in the bridge\n\nNARYN, March 5 (Highland Wire) - Inspectors from Kyrgyzstan and Kazakhstan "
         "reported cracks in the Naryn river bridge on Thursday, officials said.\n")


def test_gated_sources_give_the_same_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {"a_anchor.txt": _ANCHOR, "b_open.txt": _OPEN}
    texts.update({f"n{i}.txt": t for i, t in enumerate(_NO_DATELINE)})
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    paths = sorted(folder.iterdir())

    def run(db: Path, jobs: int) -> list[tuple]:
        with SQLiteStore(db) as st:
            ingest(st, paths, jobs=jobs)
            # a second batch replaces the anchor with a text without any dateline (its item is forgotten)
            (folder / "a_anchor.txt").write_text(_NO_DATELINE[0] + "A later note.\n", encoding="utf-8")
            ingest(st, [folder / "a_anchor.txt", folder / "b_open.txt"], jobs=jobs)
            (folder / "a_anchor.txt").write_text(_ANCHOR, encoding="utf-8")
        return _dump(db)

    gated = {j: run(tmp_path / f"g{j}.db", j) for j in (1, 2)}
    monkeypatch.setattr(sa, "may_open_wire_item", lambda text: True)  # the look-ahead cuts every source
    plain = run(tmp_path / "p.db", 1)
    assert gated[1] == gated[2] == plain
