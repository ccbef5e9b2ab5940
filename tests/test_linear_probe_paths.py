"""Paths a robustness probe found growing faster than their input cost work in proportion to it:

* a year-less dateline's weekdays (``segment.dateline_told``): each weekday's clause is read
  within a bounded window of it, and each section is split into sentences once
  (``segment.dateline_year._told_after``);
* demonym lists before a relation noun (``relations.demonym_allies``) and base noun phrases
  (``relations.foreign_base``): parts found by bisection on their ends, not by a walk over all
  parts per cue;
* parallel number lists (``statistics.respective``): a list holds at most 14 numbers, so a long
  run of numbers with no "and" is not rescanned from each of its numbers;
* the bloc an article is about (``memberships.salient``): running counts kept per article, and
  a sentence's first reference back to a bloc looked for once;
* a participle after a system (``transfers.hits._passive_hit``): a participle more than 200
  characters away is not read.

The tests count characters scanned or parts and calls looked at, never seconds: work on an
input twice as long must be about twice the work.  Sentences are invented."""

from __future__ import annotations

import re
from typing import Any

import pytest

from silkgraph.extract.events import Part
from silkgraph.extract.memberships import salient
from silkgraph.extract.relations.demonym_allies import demonym_allies
from silkgraph.extract.relations.foreign_base import foreign_bases
from silkgraph.extract.statistics.respective import NUMBER_LIST_RE
from silkgraph.extract.transfers import hits as hits_mod
from silkgraph.extract.transfers.lexicon import Trigger
from silkgraph.extract.transfers.model import Hit, Item
from silkgraph.model import Section
from silkgraph.nlp.dates import find_dates
from silkgraph.pipeline import analyse_source
from silkgraph.read import read_bytes
from silkgraph.segment import dateline_told, dateline_year

LINEAR = 2.3  # work on twice the input: at most this many times the work


class Counting:
    """Stands in for a compiled pattern and adds up the characters of the stretches it is run over."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]) -> None:
        self.pattern, self.tally = pattern, tally

    def _span(self, s: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int]:
        end = len(s) if endpos is None else min(endpos, len(s))
        self.tally[0] += max(0, end - pos)
        return pos, end

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self.pattern.search(s, *self._span(s, pos, endpos))

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self.pattern.match(s, *self._span(s, pos, endpos))

    def fullmatch(self, s: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self.pattern.fullmatch(s, *self._span(s, pos, endpos))

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self.pattern.finditer(s, *self._span(s, pos, endpos))


class CountingList(list):  # type: ignore[type-arg]
    """A list of parts that counts the parts looked at (by index or by iteration)."""

    looked = 0

    def __getitem__(self, key: Any) -> Any:
        got = super().__getitem__(key)
        CountingList.looked += len(got) if isinstance(key, slice) else 1
        return got

    def __iter__(self) -> Any:
        for x in super().__iter__():
            CountingList.looked += 1
            yield x


DL = "ALMATY, Jan 6 (Wire) - "


def _weekday_text(n: int, by: bool = False) -> str:
    rep = "and by Thursday nobody had spoken " if by else "a spokesman told reporters on Thursday about talks "
    return DL + "Talks ended on Wednesday in Astana " + rep * n + "officials said."


def _dateline_work(n: int, monkeypatch: pytest.MonkeyPatch, by: bool = False) -> tuple[int, list[bool]]:
    tally = [0]
    for name in ("_CLAUSE_CUT", "_CLAUSE_END", "_BY_CLAUSE_END", "_PLUPERFECT", "_BARE_FRONT"):
        monkeypatch.setattr(dateline_told, name, Counting(getattr(dateline_told, name), tally))
    real_future, real_past = dateline_told.future_marked, dateline_told.past_told

    def future(clause: str, rel: int, rel_end: int) -> bool:
        tally[0] += len(clause)
        return real_future(clause, rel, rel_end)

    def past(s: str) -> bool:
        tally[0] += len(s)
        return real_past(s)

    monkeypatch.setattr(dateline_told, "future_marked", future)
    monkeypatch.setattr(dateline_told, "past_told", past)
    text = _weekday_text(n, by)
    sent = (len(DL), len(text))
    told = []
    for te in find_dates(text, 0):
        if te.unit == "weekday":
            dateline_told.told_ahead(text, sent, te)
            told.append(dateline_told.told_in_past(text, sent, te))
    monkeypatch.undo()
    return tally[0], told


@pytest.mark.parametrize("by", [False, True])
def test_weekday_clauses_read_in_a_bounded_window(monkeypatch: pytest.MonkeyPatch, by: bool) -> None:
    w1, told1 = _dateline_work(200, monkeypatch, by)
    w2, told2 = _dateline_work(400, monkeypatch, by)
    assert w2 <= LINEAR * w1
    # the answers: "told reporters on Thursday" and "by Thursday nobody had spoken" are told in the past
    assert len(told2) == 401 and all(told2[1:])


def test_told_after_splits_each_section_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    real = dateline_year.split_text

    def split(text: str, a: int, b: int) -> list[tuple[int, int]]:
        calls[0] += 1
        return real(text, a, b)

    monkeypatch.setattr(dateline_year, "split_text", split)
    para = "Leaders meet on Thursday in Astana. " * 300 + "A spokesman told reporters on Thursday that talks went well."
    text = DL + "Talks ended on Wednesday.\n\n" + para
    secs = [Section("body", "", 0, len(DL) + 25), Section("body", "", len(DL) + 27, len(text))]
    got = dateline_year._told_after(text, secs, 3)
    assert got is not None and text[got.start:got.end] == "on Thursday" and got.start > len(text) - 60
    assert calls[0] == 1  # the first section has no Thursday; the second is split once
    # a Thursday told only ahead is none
    calls[0] = 0
    assert dateline_year._told_after(DL + "Talks ended on Wednesday. " + para[:-62], [secs[0]], 3) is None


def _parts(text: str, kinds: dict[str, tuple[str, str]]) -> CountingList:
    found = re.finditer(r"\b(?:" + "|".join(map(re.escape, kinds)) + r")\b", text)
    return CountingList(Part(kinds[m.group()][0], m.start(), m.end(), None, kinds[m.group()][1]) for m in found)


DEMONYMS = {"Russian": ("state:russia", "demonym"), "Turkish": ("state:turkey", "demonym"),
            "Baku": ("state:azerbaijan", "capital")}


def _demonym_work(n: int) -> tuple[int, list[tuple[str, str, str]]]:
    text = "Baku relies on " + "Russian allies and Turkish partners and " * n + "on Baku's Turkish and Russian allies."
    ps = _parts(text, DEMONYMS)
    matches = list(re.finditer(r"(?P<noun>allies|partners)\b", text))
    CountingList.looked = 0
    found = demonym_allies(ps, text, matches)
    return CountingList.looked, [(a.eid, b.eid, kind) for a, b, kind, _pos, _why in found]


def test_demonym_lists_found_by_bisection() -> None:
    w1, f1 = _demonym_work(300)
    w2, f2 = _demonym_work(600)
    assert w2 <= LINEAR * w1
    assert f2 == [("state:azerbaijan", "state:turkey", "ally"), ("state:azerbaijan", "state:russia", "ally")]
    # near miss: demonyms with no possessor ("relies on Russian allies") tell nobody's allies
    assert f1 == f2


BASES = {"Russia": ("state:russia", "name"), "Tajikistan": ("state:tajikistan", "name"),
         "Kyrgyzstan": ("state:kyrgyzstan", "name")}


def _bases_work(n: int) -> tuple[int, set[tuple[str, str]]]:
    text = "Russia has " + "Russia's base in Tajikistan and its air base at Kant in Kyrgyzstan, " * n + "officials said."
    ps = _parts(text, BASES)
    matches = list(re.finditer(r"\bbase (?:at Kant )?in ", text))
    CountingList.looked = 0
    found = foreign_bases(ps, text, matches)
    return CountingList.looked, {(a.eid, b.eid) for a, b, _k, _pos, _why in found}


def test_base_owners_and_hosts_found_by_bisection() -> None:
    w1, f1 = _bases_work(300)
    w2, f2 = _bases_work(600)
    assert w2 <= LINEAR * w1
    assert f1 == f2 == {("state:russia", "state:tajikistan"), ("state:russia", "state:kyrgyzstan")}


def test_number_lists_bounded() -> None:
    text = "at 5% and 4% respectively; 6, 4 and 4 percent; 12 percent and 9 percent; 36 and 33 per cent, 1, 2, and 3%"
    assert [m.group("list") for m in NUMBER_LIST_RE.finditer(text)] == [
        "5% and 4", "6, 4 and 4", "12 percent and 9", "36 and 33", "1, 2, and 3"]
    # fourteen numbers are one list; of a longer run only the last fourteen are read
    fourteen = ", ".join(str(i) for i in range(1, 14)) + " and 14 percent"
    assert NUMBER_LIST_RE.search(fourteen).group("list") == fourteen[: -len(" percent")]  # type: ignore[union-attr]
    run = ", ".join(str(i) for i in range(1, 40)) + " and 40 percent"
    assert NUMBER_LIST_RE.search(run).group("list").startswith("27, 28")  # type: ignore[union-attr]
    # a long run with no "and": each attempt reads at most fourteen numbers, so no match and no rescan
    assert NUMBER_LIST_RE.search("Shares were " + ", ".join(f"{i % 97}%" for i in range(3000)) + " overall.") is None


def _salient_work(n: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, set[str | None]]:
    tally = [0]
    real_bloc, real_topic = salient.is_bloc, salient._topic
    topics: set[str | None] = set()

    def is_bloc(ctx: Any, eid: str) -> bool:
        tally[0] += 1
        return real_bloc(ctx, eid)

    def topic(ctx: Any, upto: int) -> str | None:
        got = real_topic(ctx, upto)
        topics.add(got)
        return got

    monkeypatch.setattr(salient, "is_bloc", is_bloc)
    monkeypatch.setattr(salient, "_topic", topic)
    monkeypatch.setattr(salient, "BLOC_ANAPHOR_RE", Counting(salient.BLOC_ANAPHOR_RE, tally))
    text = ("Bloc notes\n\nThe SCO met in Astana. "
            + "Russia signed a deal with the EU. Iran became the bloc's ninth member in 2023. " * n + "\n")
    analyse_source(read_bytes(text.encode(), name="salient.txt"))
    monkeypatch.undo()
    return tally[0], topics


def test_article_bloc_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    w1, t1 = _salient_work(60, monkeypatch)
    w2, t2 = _salient_work(120, monkeypatch)
    assert w2 <= LINEAR * w1
    # "the EU" completes "a deal with": a side remark, so the bloc the article is about is meant
    # ("the SCO" first, then "the EU", named once more, is the most named)
    assert t1 == t2 == {"org:sco", "org:eu"}


class CountingText(str):
    """A sentence that counts the characters of the slices taken of it."""

    sliced = 0

    def __getitem__(self, key: Any) -> str:
        got = super().__getitem__(key)
        CountingText.sliced += len(got)
        return got


def _passive_work(n: int, verb: str, phrase: str) -> tuple[int, list[int]]:
    unit = f"the Alpha systems {phrase} the navy, " + "while the weather was calm over the sea " * 5
    text = CountingText(unit * n)
    trig = Trigger(re.compile(verb), "delivered", "sell")
    items = [Item(m.start(), m.end(), "weapon:alpha", False) for m in re.finditer("Alpha", text)]
    hs = [Hit(m.start(), m.end(), trig) for m in re.finditer(verb, text)]
    CountingText.sliced = 0
    got = [hits_mod._passive_hit(text, it, hs) for it in items]
    return CountingText.sliced, [h.start - it.end if h else -1 for h, it in zip(got, items, strict=True)]


def test_far_participles_not_read() -> None:
    # a verb that is no participle of the system ("the Alpha systems supplies"): every later
    # verb is tried, and only those within reach are read
    w1, d1 = _passive_work(100, "supplies", "supplies")
    w2, d2 = _passive_work(200, "supplies", "supplies")
    assert w2 <= LINEAR * w1
    assert set(d2) == {-1}
    # each system's own participle is found ("the Alpha systems were delivered to")
    w1, d1 = _passive_work(100, "delivered", "were delivered to")
    w2, d2 = _passive_work(200, "delivered", "were delivered to")
    assert w2 <= LINEAR * w1
    assert set(d2) == {len(" systems were ")}
