"""Wire items and date edge cases: a weekday opening a timeline entry is no dateline place, a
one-sentence dated wire item is kept, invalid or extreme dates in front matter do not crash,
and the work of finding many date candidates (counted, not timed) grows linearly."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from silkgraph.model import Source
from silkgraph.nlp.dates import find as find_module
from silkgraph.nlp.dates import find_dates
from silkgraph.nlp.dates.find import TimeExpr
from silkgraph.nlp.dates.resolution import resolve, shift
from silkgraph.segment import segment
from silkgraph.segment.dateline_year import opens_wire_item
from silkgraph.segment.front_matter import apply_meta
from silkgraph.segment.structure import DATELINE

_TIMELINE = """OSH, May 12 (Valley Wire) - Border guards of both states withdrew from the disputed
section on Tuesday after talks between the governors, officials said.

The governors agreed to meet again before the end of the month to settle the water quotas.

Chronology

Monday, May 9, 2022 - Herders from both sides clash near the canal, and several are hurt.

Tuesday, May 10, 2022 - The governors meet at the border post and agree on a withdrawal.
"""


def test_weekday_is_no_dateline_place() -> None:
    assert DATELINE.match("Monday, May 9, 2022 - Herders clash near the canal.") is None
    assert DATELINE.match("MONDAY, May 9, 2022 - Herders clash near the canal.") is None
    assert not opens_wire_item("Monday, May 9 (Valley Wire) - Herders clash near the canal.")
    assert not opens_wire_item("MONDAY, May 9 - Herders clash near the canal.")
    # near misses: real datelines, with or without the weekday after the place
    assert DATELINE.match("OSH, Monday, May 9, 2022 - Herders clash near the canal.") is not None
    assert DATELINE.match("Osh, May 9, 2022 (Valley Wire) - Herders clash.") is not None
    assert opens_wire_item("OSH, May 9 (Valley Wire) - Herders clash near the canal.")
    assert opens_wire_item("SUNDAY SPRINGS, May 9 - Herders clash near the canal.")


def test_timeline_entry_after_a_subheading_opens_no_wire_item() -> None:
    arts = segment(Source(name="t", text=_TIMELINE))
    assert len(arts) == 1
    assert arts[0].end >= _TIMELINE.index("agree on a withdrawal")


def test_one_sentence_last_wire_item_is_kept() -> None:
    text = (
        "OSH, May 12 (Valley Wire) - Border guards of both states withdrew from the disputed "
        "section on Tuesday, officials said.\n\n"
        "Governors meet\n\n"
        "NARYN, May 13 (Valley Wire) - The governors met in Naryn.\n"
    )
    arts = segment(Source(name="t", text=text))
    assert [a.title for a in arts] == [None, "Governors meet"]
    assert all(s.kind != "boilerplate" for s in arts[1].sections)


def test_short_list_after_an_article_is_still_folded() -> None:
    # near miss: short undated lines after the last article are no article of their own
    text = (
        "OSH, May 12 (Valley Wire) - Border guards of both states withdrew from the disputed "
        "section on Tuesday, officials said.\n\n"
        "Related\n\n"
        "Governors meet in Naryn\n"
    )
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1


def test_invalid_front_matter_date_is_ignored() -> None:
    text = "---\ntitle: T\ndate: 2021-02-30\n---\nBorder guards withdrew on Tuesday, officials said.\n"
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1 and arts[0].published != "2021-02-30"
    art = arts[0]
    art.published = None
    apply_meta(art, Source(name="t", text=text), {"date": "2021-02-31"})
    assert art.published is None
    apply_meta(art, Source(name="t", text=text), {"date": "2021-02-28"})
    assert art.published == "2021-02-28"


def test_weekday_before_year_one_gives_no_date() -> None:
    text = "---\ntitle: T\ndate: 0001-01-01\n---\nBorder guards withdrew on Tuesday, officials said.\n"
    assert len(segment(Source(name="t", text=text))) == 1
    te = next(t for t in find_dates("They withdrew on Tuesday.") if t.unit == "weekday")
    assert resolve(te, "0001-01-01")[0] is None
    assert resolve(te, "2024-05-10")[0] == "2024-05-07"  # near miss: an ordinary date
    assert shift("0001-01-01", -1, "day") is None
    assert shift("2024-05-10", -1, "day") == "2024-05-09"


class _CountingPattern:
    """A date pattern that adds the characters of each range it is asked to scan to ``work``."""

    def __init__(self, pat: re.Pattern[str], work: dict[str, int]) -> None:
        self.pat, self.work = pat, work

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self.work["scanned"] += min(endpos, len(text)) - pos
        return self.pat.finditer(text, pos, endpos)


def _date_work(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[TimeExpr], dict[str, int]]:
    """The dates of ``text`` and the work done finding them: characters the patterns scanned,
    candidates built, and reads of a candidate's end (the overlap resolution's comparisons)."""
    work = {"scanned": 0, "built": 0, "end_reads": 0}

    class Counted(TimeExpr):
        def __getattribute__(self, name: str) -> object:
            if name == "end":
                work["end_reads"] += 1
            return object.__getattribute__(self, name)

    real_build = find_module._build

    def build(kind: str, m: re.Match[str], offset: int) -> TimeExpr | None:
        work["built"] += 1
        te = real_build(kind, m, offset)
        if te is not None:
            te.__class__ = Counted
        return te

    with monkeypatch.context() as mp:
        mp.setattr(find_module, "_build", build)
        mp.setattr(find_module, "PATTERNS", [(k, _CountingPattern(p, work)) for k, p in find_module.PATTERNS])
        found = find_dates(text)
    return found, work


def test_many_dates_in_one_window_are_found_with_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # one merged scan window holding every date: the work (not the clock) must grow with the
    # text, never with the square of the number of candidates
    sizes = (2000, 20000)
    works = []
    for k in sizes:
        text = "May 9 and " * k
        found, work = _date_work(text, monkeypatch)
        assert len(found) == k
        assert [t.start for t in found] == sorted(t.start for t in found)
        assert work["scanned"] <= len(find_module.PATTERNS) * (len(text) + 100)  # each pattern once at most
        assert work["built"] <= 4 * k
        assert work["end_reads"] <= 10 * k
        works.append(work)
    small, large = works
    ratio = sizes[1] / sizes[0]
    for key in ("scanned", "built", "end_reads"):
        assert large[key] <= 1.1 * ratio * small[key], key
    # overlapping candidates: the longest wins, as before
    assert [t.text for t in find_dates("on May 9, 2022 and in 2023")] == ["on May 9, 2022", "in 2023"]


def test_date_work_counter_sees_a_quadratic_overlap_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    # near miss for the counter itself: the plain pairwise overlap test reads every kept
    # candidate's end for each new one, and the count shows it
    def pairwise(cands: list[tuple[int, int, int, TimeExpr]]) -> list[TimeExpr]:
        taken: list[TimeExpr] = []
        for *_, te in sorted(cands, key=lambda c: (c[1], c[2], c[0])):
            if not any(te.start < t.end and t.start < te.end for t in taken):
                taken.append(te)
        return sorted(taken, key=lambda t: t.start)

    monkeypatch.setattr(find_module, "_resolve_overlaps", pairwise)
    k = 2000
    found, work = _date_work("May 9 and " * k, monkeypatch)
    assert len(found) == k
    assert work["end_reads"] > 100 * k
