"""Wire items and date edge cases: a weekday opening a timeline entry is no dateline place, a
one-sentence dated wire item is kept, invalid or extreme dates in front matter do not crash,
and overlap resolution among many date candidates stays linear."""

from __future__ import annotations

import time

from silkgraph.model import Source
from silkgraph.nlp.dates import find_dates
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


def test_many_dates_in_one_window_are_found_in_linear_time() -> None:
    text = "May 9 and " * 20000
    t0 = time.perf_counter()
    found = find_dates(text)
    assert time.perf_counter() - t0 < 3.0
    assert len(found) == 20000
    assert [t.start for t in found] == sorted(t.start for t in found)
    # overlapping candidates: the longest wins, as before
    assert [t.text for t in find_dates("on May 9, 2022 and in 2023")] == ["on May 9, 2022", "in 2023"]
