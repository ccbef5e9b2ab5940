"""Dating the events of a long sentence or paragraph full of dates costs time in proportion to
its length (found by a robustness probe): the paragraph breaks before each date
(``nlp.dates.anchors.ParagraphStarts``) and the clause boundaries and relative pronouns
between each date and the event's trigger (``extract.events.gap_search.occurs``) are found
once per text, not searched again over the whole stretch for every date.

The tests count the characters the patterns are run over (a counting stand-in replaces
each compiled pattern), not seconds; and check that the answers are those of the plain
searches they replace, on random texts made of the patterns' own pieces."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from silkgraph.extract.events import dates as event_dates
from silkgraph.extract.events import gap_search
from silkgraph.extract.events.patterns import HARD_BOUNDARY_RE
from silkgraph.model import Source
from silkgraph.nlp.dates import anchors
from silkgraph.nlp.dates.anchors import ParagraphStarts, local_anchors, paragraph_start
from silkgraph.nlp.dates.find import find_dates
from silkgraph.pipeline import analyse_source

# invented test text: a wire opening, then one long sentence or paragraph of report-relative days
OPENING = "Border review\nBy A. Writer\nTBILISI, May 6, 2024 (Wire) -\n\n"
DAYS = ["this morning", "tonight", "over the weekend", "in the early hours of Sunday", "last weekend"]
WRITTEN = ["on Monday", "on 3 May", "in May", "this morning"]
EVENT = "Azerbaijani forces shelled Armenian positions "


class Counting:
    """Stands in for a compiled pattern and adds up the characters each search, match or
    scan is run over (up to the end of the match found, or the end of the stretch)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.chars = 0

    def _count(self, text: str, pos: int, endpos: int | None, m: re.Match[str] | None) -> None:
        stop = m.end() if m is not None else min(len(text), len(text) if endpos is None else endpos)
        self.chars += max(0, stop - max(pos, 0))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        m = self.pattern.search(text, pos, len(text) if endpos is None else endpos)
        self._count(text, pos, endpos, m)
        return m

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        m = self.pattern.match(text, pos, len(text) if endpos is None else endpos)
        self._count(text, pos, pos if m is None else m.end(), m)
        return m

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(text, pos, endpos, None)
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _one_sentence(n: int, opening: str = EVENT, days: list[str] = DAYS) -> str:
    return OPENING + opening + ", ".join(days[i % len(days)] for i in range(n)) + ".\n"


def _one_paragraph(n: int) -> str:
    return OPENING + " ".join(f"{EVENT}{DAYS[i % len(DAYS)]}, and troops left." for i in range(n)) + "\n"


def _scanned(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, run: Any) -> int:
    counter = Counting(getattr(module, name))
    with monkeypatch.context() as mp:
        mp.setattr(module, name, counter)
        run()
    return counter.chars


@pytest.mark.parametrize("make", [_one_sentence, _one_paragraph])
def test_paragraph_breaks_are_scanned_once_per_text(monkeypatch: pytest.MonkeyPatch, make: Any) -> None:
    """Each date's paragraph was found by walking back to the paragraph's start: in a paragraph
    of n dates, about n²/2 characters.  Now the breaks are found in one scan."""
    for n in (300, 600):
        text = make(n)
        exprs = find_dates(text)
        assert len(exprs) >= n
        chars = _scanned(monkeypatch, anchors, "_PARA_BREAK",
                         lambda text=text, exprs=exprs: local_anchors(text, exprs, discourse=True))
        assert chars <= 2 * len(text), (n, chars, len(text))


@pytest.mark.parametrize("name", ["HARD_BOUNDARY_RE", "REL_AFTER_RE", "ONSET_REL_RE"])
@pytest.mark.parametrize("opening", [EVENT, EVENT + "that the army held "], ids=["plain", "relative"])
@pytest.mark.parametrize("days", [DAYS, WRITTEN], ids=["report_relative", "written"])
def test_gap_between_trigger_and_each_date_is_not_searched_again(
        monkeypatch: pytest.MonkeyPatch, name: str, opening: str, days: list[str]) -> None:
    """One event and n dates after it in one sentence: a search per date over the gap from the
    trigger grew as n²; the characters searched now grow as n."""
    got = []
    for n in (200, 400):
        text = _one_sentence(n, opening, days)
        got.append(_scanned(monkeypatch, event_dates, name, lambda text=text: analyse_source(Source("t.txt", text))))
    assert got[1] <= 2.3 * max(got[0], 1), got
    assert got[1] <= 12 * len(_one_sentence(400, opening, days)), got


def test_the_long_sentence_still_dates_its_event() -> None:
    facts = [f for aa in analyse_source(Source("t.txt", _one_sentence(60))) for f in aa.extraction.facts
             if f.type == "event"]
    assert [(f.args["event_type"], f.args["date"], f.args["date_text"]) for f in facts] == \
        [("attack", "2024-05-06", "this morning")]


# ---- the same answers as the plain searches --------------------------------------------------

PIECES = [",", ";", "—", " and ", " but ", "and,", " while ", "whereas", "whereasx", "although", "though",
          "because", " the ", " two ", " days ", "later", "laterx", "a few", " fortnight ", "earlier", "12",
          "3", "   ", "\n", " ", "X", "it", " in ", "on", "that", "which", "who", "whom", "whose", "where",
          " had ", "began", "broke out", "word", "during", "\t\t\t\t\t\t\t\t\t\t"]


@pytest.mark.parametrize("pattern", [HARD_BOUNDARY_RE, event_dates.REL_AFTER_RE, event_dates.ONSET_REL_RE])
def test_occurs_answers_as_search(monkeypatch: pytest.MonkeyPatch, pattern: re.Pattern[str]) -> None:
    monkeypatch.setattr(gap_search, "_DIRECT", 0)  # every stretch through the index
    rng = random.Random(11)
    for _ in range(400):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(20, 300)))
        for _ in range(25):
            lo = rng.randint(0, len(text))
            end = rng.randint(lo, len(text) + 5)
            assert gap_search.occurs(pattern, text, lo, end) == (pattern.search(text, lo, end) is not None), \
                (text[lo:end], lo, end)


def test_occurs_reads_only_the_stretch() -> None:
    """A boundary after the stretch, or one whose look-ahead is cut off by its end, does not
    count; a word cut by the end is read as the stretch shows it, as ``search`` reads it."""
    text = "x " * 300 + "struck it, and the town, whereas"
    cut = text.index(", and")
    assert gap_search.occurs(HARD_BOUNDARY_RE, text, 0, len(text))
    assert not gap_search.occurs(HARD_BOUNDARY_RE, text, 0, cut)
    assert not gap_search.occurs(HARD_BOUNDARY_RE, text, 0, cut + 8)  # ", and th": no opener yet
    assert gap_search.occurs(HARD_BOUNDARY_RE, text, 0, cut + 9)  # ", and the"
    assert not gap_search.occurs(HARD_BOUNDARY_RE, text, cut + 1, len(text) - 1)  # "wherea": cut
    rel = "x " * 300 + "met the envoy whose"
    assert not gap_search.occurs(event_dates.REL_AFTER_RE, rel, 0, len(rel))
    assert gap_search.occurs(event_dates.REL_AFTER_RE, rel, 0, len(rel) - 2)  # "who" at the end


def test_paragraph_starts_answer_as_paragraph_start() -> None:
    chars = list(".!?…:\"”’')] \t\n") + ["a", "b", "c", "d", "\n", "\n"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 40)))
        base = rng.randint(0, len(text))
        starts = ParagraphStarts(text, base, rng.choice([None, rng.randint(-1, len(text) + 2)]))
        for _ in range(8):
            pos, lo = rng.randint(-2, len(text) + 3), rng.randint(-2, len(text) + 1)
            assert starts(pos, lo) == paragraph_start(text, pos, lo), (text, base, pos, lo)
