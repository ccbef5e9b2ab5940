"""Per expression, the nearest date of its passage that can lend it its year
(:func:`local_anchors`; which dates can anchor at all is read in
:mod:`silkgraph.nlp.dates.anchorable`), and where paragraphs start
(:func:`paragraph_start`, :class:`ParagraphStarts`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from silkgraph.nlp.dates.anchor_clause import coordinated_clause
from silkgraph.nlp.dates.anchorable import ANCHOR_SKIP_PREPS, SENTENCE_CUT, background, can_anchor
from silkgraph.nlp.dates.find import TimeExpr

_PARA_BREAK = re.compile(r"(?:[.!?…:][\"”’'»)\]]*|\n)[ \t]*\n")

# every character a ``_PARA_BREAK`` match can hold before its last one; a position after
# any other character lies inside no match
_IN_BREAK = frozenset(".!?…:\"”’'»)] \t\n")
_BACK = 400  # characters looked at before ``pos`` at a time


def paragraph_start(text: str, pos: int, lo: int = 0) -> int:
    """Start of the paragraph holding ``pos`` (not before ``lo``): after a blank line or
    a line break that follows sentence-final punctuation (hard-wrapped lines inside a
    sentence do not break the paragraph).

    The end of the last match of ``_PARA_BREAK.finditer(text, lo, pos)``, found from a
    few hundred characters before ``pos`` instead of from ``lo``: a window starting right
    after a character no match holds before its last (``_IN_BREAK``) cuts no match, so the
    scan from ``lo`` finds there the same matches as a scan from the window's start.
    Callers pass a section's or an article's start as ``lo``: one scan from it per date
    made this quadratic in the article's length."""
    floor = max(lo, 0)
    hi = min(pos, len(text))
    while hi > floor:
        w = max(floor, hi - _BACK)
        while w > floor and text[w - 1] in _IN_BREAK:
            w -= 1
        best = -1
        for m in _PARA_BREAK.finditer(text, w, hi):
            best = m.end()
        if best >= 0:
            return best
        hi = w  # no match in text[w:hi]; none crosses w either
    return lo


class ParagraphStarts:
    """:func:`paragraph_start` for many positions of one text: the paragraph breaks
    (``_PARA_BREAK``) are found once, by one scan from ``base``, and each position is looked
    up by bisection.  (Asking :func:`paragraph_start` once per date walked back over the whole
    paragraph each time: quadratic in a long paragraph full of dates.)

    A scan from a later floor finds the same breaks as the scan from ``base`` once past a
    character that no break holds (``_IN_BREAK``): a break is made of such characters
    only, so none crosses that character and both scans start afresh after it.  Before it
    (a run of punctuation and blanks right at the floor) the floor's own scan is run.
    The scan stops at ``stop``, the last position asked about (an article's or a
    section's last date, not the end of a source that holds many articles)."""

    def __init__(self, text: str, base: int = 0, stop: int | None = None) -> None:
        self.text = text
        self.base = max(base, 0)
        self.stop = len(text) if stop is None else min(max(stop, 0), len(text))
        spans = [m.span() for m in _PARA_BREAK.finditer(text, self.base, self.stop)]
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]

    def __call__(self, pos: int, lo: int = 0) -> int:
        """As ``paragraph_start(text, pos, lo)``."""
        text, floor = self.text, max(lo, 0)
        hi = min(pos, len(text))
        if floor < self.base or hi > self.stop:
            return paragraph_start(text, pos, lo)
        if hi <= floor:
            return lo
        sync = floor  # where the floor's scan joins the one from ``base``
        if floor > self.base:
            while sync < hi and text[sync - 1] in _IN_BREAK:
                sync += 1
        j = bisect_right(self._ends, hi) - 1  # the last break ending by ``hi``
        if j >= 0 and self._starts[j] >= sync:
            return self._ends[j]
        best = -1  # no break from ``sync`` on: the last one the floor's own scan finds before it
        for m in _PARA_BREAK.finditer(text, floor, min(sync, hi)):
            best = m.end()
        return best if best >= 0 else lo


def local_anchors(
    text: str,
    exprs: list[TimeExpr],
    lo: int = 0,
    usable: Callable[[TimeExpr], bool] | None = None,
    paragraphs: int = 1,
    discourse: bool = False,
) -> list[TimeExpr | None]:
    """For each expression (offsets into ``text``, in order) the nearest preceding
    expression that can anchor a year-less date (:func:`can_anchor`, and ``usable``
    when given) within the same paragraph (``paragraphs=2``: or the one before it, for
    anaphoric spans such as "two years later").  Nothing before ``lo`` (a section's
    start) counts.  Pass the anchor's ``year`` to :func:`resolve` as ``anchor_year``.

    A new paragraph usually restarts the narrative clock: a dated statistic at the
    end of one paragraph ("… killed in 2024.") does not date "On October 8" at the
    start of the next, so by default nothing crosses a paragraph break.  Nor does an
    anchor hold across a span written after it that reaches past its year ("ordered in
    2018, delivered in 2021–2023 … On April 28"): the clock has moved on.

    ``discourse=True`` (how a reader dates the events told): the narrative's clock also
    runs across paragraph and section breaks, but only from a point of the narrative
    (a date written with its month, "the vote of 12 October 2021") to a year-less
    date that follows it closely (within half a year: "[new section] On 3 December …"),
    not from a date told as background ("since the clash of June 2020"), and not when the text between them turns to the present ("this year", "last
    month", "now"; :func:`_present_between`).

    A date told as background, in a clause subordinate to the narrative ("the embargo
    it had lifted in 2009", "a pact, which was signed in 2009,", "whose members had ignored
    its appeals in September 2022": :func:`background`), gives way to an earlier anchor of the narrative that places the date within half a
    year after itself ("On 4 March 2022 … in 2009, and on May 6" → 2022).
    """
    out: list[TimeExpr | None] = []
    anchors = [
        t for t in exprs if t.start >= lo and can_anchor(text, t) and (usable is None or usable(t))
    ]
    told_back: dict[int, bool] = {}  # ``background`` of each anchor asked about, by id

    def in_background(t: TimeExpr) -> bool:  # an anchor is asked about for each date after it
        got = told_back.get(id(t))
        if got is None:
            got = told_back[id(t)] = background(text, t)
        return got

    para = ParagraphStarts(text, max(lo, 0), max((t.start for t in exprs), default=0))  # as paragraph_start
    k = 0
    for i, te in enumerate(exprs):
        while k < len(anchors) and anchors[k].end <= te.start:
            k += 1
        nxt = exprs[i + 1] if i + 1 < len(exprs) else None
        if (te.year is None and nxt is not None and nxt.year is not None and nxt.month is not None
                and _COORD_RE.fullmatch(text, te.end, nxt.start)):
            # "late April and May 2020", "between March and June 2021": coordinated dates
            # share the year written on the last of them
            out.append(nxt)
            continue
        if k == 0:
            out.append(None)
            continue
        cand = anchors[k - 1]
        ps_te = para(te.start, max(lo, 0))
        if in_background(cand):
            # a flashback in a subordinate clause does not reset the narrative's clock; a paragraph
            # that tells its narrative in a year of its own keeps it: an anchor of an earlier paragraph
            # in another year does not replace it
            own = {a.year for a in anchors[:k] if a.start >= ps_te and not in_background(a)}
            for a in reversed(anchors[max(0, k - 9) : k - 1]):
                if not discourse and a.start < ps_te:
                    break
                if a.start < ps_te and own and a.year not in own:
                    continue
                if a.year is not None and cand.year is not None and a.year > cand.year \
                        and 0 <= _months_after(a, te) <= 6:
                    cand = a
                    break
        if _months_after(cand, te) > 6 and not coordinated_clause(text, cand, te):
            # "On December 25, 2024 ... a report in February 2025 ... on December 28": a
            # year-less date follows its anchor closely; an earlier anchor of the paragraph
            # that places it within half a year after itself tells the narrative's year
            ps0 = para(te.start, max(lo, 0))
            for a in reversed(anchors[: k - 1]):
                if a.start < ps0:
                    break
                if 0 <= _months_after(a, te) <= 6:
                    cand = a
                    break
        if any(
            t.kind == "range" and t.end_year is not None and cand.year is not None
            and t.end_year > cand.year and cand.end <= t.start < te.start
            for t in exprs[max(0, i - 8) : i]
        ):
            # "ordered in 2018, delivered in 2021–2023, … On April 28": a span reaching past
            # the anchor's year has moved the narrative's clock on; the year is not the anchor's
            out.append(None)
            continue
        ps = para(te.start, max(lo, cand.start))
        for _ in range(paragraphs - 1):
            if ps <= cand.start or ps <= lo:
                break
            ps = para(ps - 1, max(lo, cand.start))
        if cand.start >= ps:
            out.append(_forward(text, cand, te, in_background(cand)))
        elif (discourse and 0 <= _months_after(cand, te) <= 6 and not in_background(cand)
              and not _present_between(text, exprs[max(0, i - 12) : i], cand, te)
              and not _reset_before(exprs, out, i, cand.end)):
            out.append(cand)  # the narrative's clock runs on across the break
        else:
            out.append(None)
    return out


# a flashback told in the sentence of a year-less date: the pluperfect ("had signed"), a
# backward offset ("a month earlier", "two weeks before", "ago", "previously") or the
# anchor's own year named again ("in March of that year", "the same year")
_FLASHBACK_RE = re.compile(
    r"\b(?:had|’d|'d)\s+(?:not\s+|never\s+|already\s+|also\s+|just\s+)?(?:been\s+)?[a-z]+"
    r"|\b(?:earlier|before|ago|previously|prior)\b|\b(?:that|the same|the previous|this)\s+year\b"
    r"|\b(?:followed|(?:began|started)\s+when|stemm(?:ed|s)\s+from)\b",
    re.I)


def _forward(text: str, cand: TimeExpr, te: TimeExpr, told_back: bool = False) -> TimeExpr | None:
    """The anchor whose year a year-less date takes.  A date told in a later sentence
    that falls earlier in the calendar than its anchor ("In December 2024 the talks
    ended. … signed the treaty on March 13") moves the narrative into the next year:
    the anchor is lent with its year plus one.  Not when the sentence tells a flashback
    (:data:`_FLASHBACK_RE`), the date is a deadline or an open start ("by 10 May",
    "since 21 February") or told in the future; nor within the anchor's own sentence,
    where such a date is usually an earlier event referred to ("condemned the attack of
    22 April" after "met on 6 June 2025")."""
    if (te.year is not None or te.month is None or te.kind != "partial" or te.unit == "month-name"
            or te.future or te.prep in ANCHOR_SKIP_PREPS or cand.year is None or cand.month is None
            or (te.month, te.day or 1) >= (cand.month, cand.day or 1)):
        return cand
    s0 = cand.end
    for m in SENTENCE_CUT.finditer(text, cand.end, te.start + 1):  # (+1: the cut's look-ahead sees a
        s0 = m.end()  # date that opens its sentence, "… 2022. On March 21")
    if s0 == cand.end:  # no sentence break between them
        if coordinated_clause(text, cand, te) and te.month + 12 - cand.month <= 6:
            # "appointed envoys on 15 December 2021, and on 14 January held talks": the next step
            return replace(cand, year=cand.year + 1)
        return cand
    m = SENTENCE_CUT.search(text, te.end, te.end + 400)
    flashback = _FLASHBACK_RE.search(text, s0, m.start() if m else min(len(text), te.end + 400)) is not None
    if te.month + 12 - cand.month > 6:
        # beyond the 0-6 month window of a narrative's next step.  A day of the narrative keeps its
        # year ("On 10 December 2023 … on 30 November"), unless told as background ("status, granted
        # in December 2023, … after the October 26 election").  A month alone, earlier in the calendar
        # than the date told after it without a flashback, was a backdrop ("In July 2019 … signed a
        # protocol. On the night of 12-13 May …"): the date is of the time of writing, no anchor then
        # (the reference date places it).  A month told after a month keeps it: a chronicle told in
        # months ("In October 2023 … retook the region. … clashed in August") is one story, told back.
        if told_back:
            return None
        return cand if cand.day is not None or te.day is None or flashback else None
    if flashback:
        return cand
    return replace(cand, year=cand.year + 1)


def _reset_before(exprs: list[TimeExpr], out: list[TimeExpr | None], i: int, since: int) -> bool:
    """Whether a year-less date written between an anchor (ending at ``since``) and ``exprs[i]``
    took no anchor ("in June 2024. [new paragraph] In February … on May 9 … On June 27"): the
    narrative's clock was set afresh there, at the time of writing, so the anchor of an earlier
    paragraph no longer dates what follows."""
    j = i - 1
    while j >= 0 and exprs[j].start >= since:
        if exprs[j].year is None and exprs[j].month is not None and exprs[j].kind == "partial" and out[j] is None:
            return True
        j -= 1
    return False


# the text turns to the time of writing: "now", "currently", "so far", "to date"
_PRESENT_RE = re.compile(r"\b(?:now|currently|at present|so far|to date|these days|nowadays)\b", re.I)


def _present_between(text: str, exprs: list[TimeExpr], anchor: TimeExpr, te: TimeExpr) -> bool:
    """Whether the text from ``anchor`` to the year-less ``te`` (in another paragraph;
    ``exprs`` are the expressions written just before ``te``) turns to the present: a
    relative date ("this year", "last month", "two weeks ago") or a word of the present
    ("now", "currently") in the sentence that holds ``te``."""
    if any(t.kind == "relative" and anchor.end <= t.start < te.start for t in exprs):
        return True
    lo = max(0, te.start - 400)
    s0 = max(text.rfind(". ", lo, te.start), text.rfind("\n", lo, te.start), lo - 1) + 1
    end = text.find(". ", te.end)
    return _PRESENT_RE.search(text, s0, end if end >= 0 else len(text)) is not None


_COORD_RE = re.compile(r"\s*(?:and|or|to|through|until|till|-|–|—)\s*(?:(?:early|mid|late|the end of)[- ]?)?\s*", re.I)


def _months_after(anchor: TimeExpr, te: TimeExpr) -> int:
    """How many months ``te`` (a year-less month date) lies after ``anchor`` when it takes the
    anchor's year; -1 when either has no month (unknown) or ``te`` falls before it."""
    if anchor.month is None or te.month is None or te.year is not None or anchor.year is None:
        return -1
    d = te.month - anchor.month
    if d == 0 and te.day is not None and anchor.day is not None and te.day < anchor.day:
        return -1
    return d if d >= 0 else -1
