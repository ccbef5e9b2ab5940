"""The scan fast paths answer as the plain scans: the date patterns tried only where a match can
begin in a window (``nlp.dates.window_scan``) against ``pattern.finditer`` over the window, and
the clause boundaries answered from one scan of the sentence (``nlp.bounded_scan``) against
``finditer(text, 0, start)`` and ``search(text, end)``, on invented text (Unicode, edges)."""

from __future__ import annotations

import importlib
import re

from silkgraph.extract.events.patterns import BOUNDARY_RE
from silkgraph.nlp.bounded_scan import BoundedScan
from silkgraph.nlp.dates import find as F
from silkgraph.nlp.dates.patterns import PATTERNS
from silkgraph.nlp.dates.window_scan import WindowScan, _starts_of
from silkgraph.nlp.prefilter import lower_for_gates

# (the module: the package exports a function of the same name)
participants = importlib.import_module("silkgraph.extract.events.participants")

DATE_TEXTS = [
    "2020", "May 2020", "On 3 May 2020 the talks began.", "3 May", "In 2019-04-05 and 2019-13-01 nothing",
    "from 11 to 20 September 2021, between 8 and 10 December and 23–24 February", "on 3 and 10 June",
    "April 28 and 29, 2021 and May 3 to 5, 2021 and August 7–8, 2008, and March 3 and 4, 2000 refugees",
    "in the spring of 2025, in summer 2024, late autumn 2023, mid-2019, the end of 2018 and early 2017",
    "the 1990s, the early 2000s; in 1999/2000 and 2024–25, FY2025-26, between 2010 and 2012",
    "last Monday, this Friday, on Wednesday last week, over the weekend, at the end of the month",
    "yesterday, tonight, earlier this morning, three years ago, two days later, the next year, last month",
    "İstanbul on 3 May 2020, Kelvin \u212a 2021 in June, ſince 2019, ı 2018, Straße 12 März 2020",
    "Σ 12 Μay 2020, ٣ May 2020, 0 May 2020, 00 May 2020, 31 June 2020, 30 February 2020",
    "x2020y, 20201, 2020s, 12 May2020, May 12th, 2020, 12th of May 2020 and 1st June",
    "by March 2021 until April 2022 through 2023 throughout 2024 as of 2025 during 2026 till 2027",
    "Jan. 5, 2021, Sept. 3, Sep 2021, Dec.-Jan. 2021 and Mar–Apr 2020 of 2019",
    "2020 " * 5 + "on", "in\n2019\n\nOn\n3 May", "", "no date here at all",
]


def _plain(prio: int, text: str, ws: int, we: int, endpos: int) -> list[tuple]:
    out = []
    for m in PATTERNS[prio][1].finditer(text, ws, endpos):
        if m.start() >= we:
            break
        out.append((m.span(), m.groups()))
    return out


def test_window_scan_finds_the_window_matches() -> None:
    """Every pattern (not only those a window calls for), in the trigger windows and in windows
    cut anywhere, with the window's end close to the text's end."""
    for text in DATE_TEXTS:
        n = len(text)
        windows = [(ws, we) for ws, we, _k in F._windows(text)]
        windows += [(ws, we) for ws in (0, 1, 3, 7) for we in (0, 2, 5, 9, n) if ws <= n]
        for ws, we in windows:
            for endpos in {min(n, we + F._LOOKAHEAD), min(n, we + 4), n}:
                wlow = lower_for_gates(text[ws:endpos])
                scan = WindowScan(text, ws, we, endpos, wlow)
                for prio in range(len(PATTERNS)):
                    got = [(m.span(), m.groups()) for m in scan.finditer(prio)]
                    assert got == _plain(prio, text, ws, we, endpos), (text, ws, we, endpos, PATTERNS[prio][0])


def test_window_scan_is_used_by_most_patterns() -> None:
    """The day-first pattern starts with its preposition or a digit; the others have prefixes."""
    starts = _starts_of()
    kinds = [k for k, _p in PATTERNS]
    assert starts[kinds.index("dmy")][1] is True
    assert sum(s is None for s, _d in starts) <= 1


def test_window_lowering_keeps_positions() -> None:
    """A window's lower-cased text keeps each character at its place (else it is refused)."""
    for c in map(chr, range(0x110000)):
        low = lower_for_gates(c)
        assert low is None or len(low) == 1, hex(ord(c))


def test_find_dates_on_sentences() -> None:
    """The whole finder on the invented texts: the same expressions as the plain window scans."""
    import silkgraph.nlp.dates.window_scan as W

    class Plain(WindowScan):
        def finditer(self, prio: int) -> list[re.Match[str]]:  # type: ignore[override]
            return [m for m in PATTERNS[prio][1].finditer(self.text, self.ws, self.endpos) if m.start() < self.we]

    for text in DATE_TEXTS:
        fast = [vars(t) for t in F.find_dates(text, 5)]
        F.WindowScan = Plain  # type: ignore[misc]
        try:
            plain = [vars(t) for t in F.find_dates(text, 5)]
        finally:
            F.WindowScan = W.WindowScan  # type: ignore[misc]
        assert fast == plain, text


BOUNDARY_TEXTS = [
    "The army, which had crossed; the rebels — who fled — said: whereby whom whomever thatch",
    "whereby", "who", "whom", "that", "thatch", "although though", "a - b – c -d", "x;y:z—w",
    "Because İstanbul, ſince the ıf ſtate WHICH Kelvin \u212a but unless", "but", "",
    "ALTHOUGH the talks WHEREAS the deal, if not when the bid, whereas\nwhile", "sinceyesterday butter untilwhich",
]


def _plain_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    cs = 0
    for b in BOUNDARY_RE.finditer(text, 0, start):
        cs = b.end()
    m = BOUNDARY_RE.search(text, end)
    return cs, (m.start() if m else len(text))


def test_clause_bounds_answer_as_the_plain_scans() -> None:
    for text in BOUNDARY_TEXTS + [t * 3 for t in BOUNDARY_TEXTS]:
        for start in range(len(text) + 2):
            for end in range(start, min(len(text) + 2, start + 25)):
                assert participants.clause_bounds(text, start, end) == _plain_bounds(text, start, end), (text, start, end)


def test_boundary_reach_covers_its_longest_word() -> None:
    """An attempt of BOUNDARY_RE reads its longest word and the character after it (``\\b``)."""
    words = re.findall(r"[a-z]+", BOUNDARY_RE.pattern.split("(?:", 1)[1])
    assert max(map(len, words)) + 1 < participants._BOUNDARIES.reach


def test_bounded_scan_other_patterns() -> None:
    """With other patterns, their reach, and texts alternating (the kept scan is the last text's)."""
    cases = [(re.compile(r"\b(?:and|or|nor)\b,?", re.I), 5), (re.compile(r"[;:]|\s-\s|\bwhile\b"), 8),
             (re.compile(r"(?<=\w)\.(?=\s)|!{1,3}"), 6)]
    texts = ["Rain and snow, or sleet; nor hail - while.", "andor and, or!!! nor", "a. b!!!! c.d", ""]
    for pattern, reach in cases:
        scan = BoundedScan(pattern, reach)
        for _ in range(2):
            for text in texts:
                for pos in range(-1, len(text) + 2):
                    last = 0
                    for m in pattern.finditer(text, 0, pos):
                        last = m.end()
                    assert scan.last_end_before(text, pos) == last, (pattern, text, pos)
                    m = pattern.search(text, pos)
                    assert scan.first_start_from(text, pos, -7) == (m.start() if m else -7), (pattern, text, pos)


def test_bare_name_skips_only_lines_neither_reading_takes() -> None:
    """A line longer than 120 characters is no bare author line: the dated reading and the
    names reading both refuse it (checked with their own tests, run as before the early exit)."""
    from silkgraph.segment import structure
    from silkgraph.segment.bylines import dated_name_line, org_part

    def plain(line: str) -> list[str] | None:
        dated = dated_name_line(line, structure.bare_name)
        if dated:
            return dated
        names = [n for n in structure.split_names(line) if not org_part(n)]
        if names and len(line) <= 120 and all(structure._name_like(n, 2, 5) for n in names):
            return names
        return None

    heads = ["Maria Ionescu", "Anna Hakobyan and Jonas Whitfield", "Aigerim Nur | 14 July 2024", "İlkay Öztürk",
             "Maria Ionescu — June 3, 2025", "Steppe News Agency"]
    for head in heads:
        for width in (len(head), 119, 120, 121, 122, 200):
            for pad in (" ", ", Dana Lee", " and Omar Said", " | 3 June 2025"):
                line = head
                while len(line) < width:
                    line += pad
                line = line[:width] if width >= len(head) else line
                assert structure.bare_name(line) == plain(line), line
