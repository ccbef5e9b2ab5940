"""Which dates can lend their year to a later year-less date (not names, deadlines,
terms or background facts) and, per expression, the nearest such anchor in its
passage (:func:`local_anchors`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from silkgraph.nlp.dates.find import TimeExpr
from silkgraph.nlp.dates.patterns import MONTHS

_ANCHOR_SKIP_PREPS = frozenset({"by", "until", "till", "before", "through", "since"})
_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s$")
_PARA_BREAK = re.compile(r"(?:[.!?…:][\"”’'»)\]]*|\n)[ \t]*\n")


def in_name(text: str, te: TimeExpr) -> bool:
    """A bare year inside a name ("Vision 2030", "IDEF 2023", "Kazakhstan 2050") is a
    label, not a reference to that year.  ``te``'s offsets are into ``text``."""
    if te.kind != "absolute" or te.month is not None or te.prep:
        return False
    m = _NAME_BEFORE.search(text[max(0, te.start - 30) : te.start])
    return bool(m) and m.group(1).lower().rstrip(".") not in MONTHS


# a non-restrictive participial modifier ("the S-400, bought from Russia in 2018 for $5.4
# billion, ...") tells a background fact: its year is not the narrative's
_PARTICIPIAL_BEFORE = re.compile(
    r",\s+(?:(?:first|originally|reportedly|already|once)\s+)?(?:[a-z]+ed|bought|built|sold|made|won|"
    r"held|given|taken|brought|paid|set|begun|written|known|seen|shot|laid|put|led|left|fought)\b[^,;.]*$")
_CLAUSE_AFTER = re.compile(r"^(?:[^,;.]|\.\d){0,60},")


def parenthetical(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` (offsets into ``text``) is a year-only date in a parenthetical participle
    (", bought from Russia in 2018 for $5.4 billion,"): a background fact."""
    before = text[max(0, te.start - 60) : te.start]
    return bool(_PARTICIPIAL_BEFORE.search(before)) and bool(_CLAUSE_AFTER.match(text[te.end : te.end + 62]))


# a year told as background, in a clause subordinate to the narrative's (the text of the
# clause before the year, from its last comma, semicolon, dash or bracket): a relative
# clause ("which it has held since …", "who took office in 2019"), an open start ("since
# the flood of May 2019", "since the coup in 2014"), the pluperfect ("the embargo
# it had lifted in 2009") or a participle after a noun in object position ("revoked the
# embargo lifted in 2009", "recalled a treaty signed in 2009", "sent four jets bought for
# $120 million in 2019"; not "and the army retreated in 2009", whose noun begins a clause,
# nor a verb with an object, "of the UN set up the mission")
_CLAUSE_CUT = re.compile(r"[,;:(—–]|\.\s")
# a determiner or a number before the noun ("the", "its", "four", "12"); the word before
# it (a verb or preposition) is none of these ("the two delegations agreed …" is a clause)
_DETERMINERS = (
    r"the|a|an|its|their|his|her|this|that|these|those|some|several|many|few|both|"
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|hundreds?|dozens?"
)
_SUBORDINATE = re.compile(
    r"\b(?:which|who|whom|whose|since)\b|\b(?:had|’d|'d)\s+(?:been\s+|not\s+|never\s+|already\s+)?[a-z]+"
    r"|\b(?!(?:and|but|or|nor|then|so|yet|while|when|as|because|after|before|until|once|if|though|"
    r"although|" + _DETERMINERS + r")\s)[a-z]+\s+(?:" + _DETERMINERS + r")\s+"
    r"(?:(?!(?:was|were|is|are|be|been|being|has|have|had)\s)[\w’'-]+\s+){0,3}?"
    r"(?:[a-z]+ed|built|bought|sold|made|won|held|given|taken|brought|paid|set|begun|written|known|"
    r"laid|put|led|fought|signed|drawn|struck|sent)\s+(?:(?:in|on|at|from|by|for|to|with|under|during|"
    r"into|after|of|between|over|as|through)\s+(?:[\w$€£’'.-]+\s+){0,4}?)?$")
# an aside set off by brackets or a pair of dashes ("the deal (signed in 2019) lapsed",
# "the deal — a relic of 2019 — lapsed"): the bracket or dash is open before the year
# in its sentence and closes after it
_DASH = re.compile(r"\s[—–]\s|—")  # a spaced dash, or an em dash written solid
_SENTENCE_CUT = re.compile(r"[.!?…]\s+(?=[A-Z\"“‘'(])|\n")


def aside(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` (offsets into ``text``) stands in a parenthetical aside of its
    sentence: inside brackets ("the deal (signed in 2019) lapsed") or between a pair of
    dashes ("the deal — a relic of 2019 — lapsed")."""
    a = max(0, te.start - 160)
    for m in _SENTENCE_CUT.finditer(text, a, te.start):
        a = m.end()
    m = _SENTENCE_CUT.search(text, te.end, te.end + 160)
    b = m.start() if m else min(len(text), te.end + 160)
    if text.rfind("(", a, te.start) > text.rfind(")", a, te.start):
        return text.find(")", te.end, b) >= 0
    if len(_DASH.findall(text, a, te.start)) % 2 == 1:
        return _DASH.search(text, te.end, b) is not None
    return False


# a participle after the subject's noun, and the subject's verb right after the date: "two
# helicopters bought from X in 2015 were shot down", "the base, built in 1962, was closed"
_PARTICIPLES = (r"[a-z]+ed|built|bought|sold|made|won|held|given|taken|brought|paid|set|begun|written|known|"
                r"laid|put|led|fought|signed|drawn|struck|sent")
_REDUCED_BEFORE = re.compile(r"\b[A-Za-z][\w\-]*,?\s+(?:" + _PARTICIPLES + r")\s+"
                             r"(?:(?:from|by|to|for|with|under|at)\s+(?:[\w’'.\-]+\s+){0,3}?)?$")
_VERB_AFTER = re.compile(r"\s*,?\s*(?:was|were|is|are|has|have|had)\b")
# an indefinite noun phrase in apposition, with a participle: ", an event first reported in 2021",
# ", a deal signed in May 2019", ", a step taken that March": a comment on what the clause told
_APPOSITION = re.compile(r",\s+(?:an?|one)\s+(?:[\w’'-]+\s+){1,2}?(?:(?:first|later|only|originally|since|also)\s+)?"
                         r"(?:" + _PARTICIPLES + r")\s+(?:(?:in|on|at|from|by|for|to|with|under|during|after)\s+"
                         r"(?:[\w$€£’'.-]+\s+){0,3}?)?$")


def background(text: str, te: TimeExpr) -> bool:
    """Whether the year of ``te`` (offsets into ``text``) is told in a clause subordinate
    to the narrative's: a relative clause, an open start, the pluperfect or a participle
    modifying a noun ("the embargo it had lifted in 2009", "since the flood of May 2019",
    "a treaty signed in 2009", "drones bought in 2019 were shot down", an apposition ", an event
    first reported in 2021"), or a bare year in a
    parenthetical aside (:func:`aside`);
    see :func:`local_anchors`."""
    if te.month is None and aside(text, te):
        return True
    if _VERB_AFTER.match(text, te.end) and _REDUCED_BEFORE.search(text, max(0, te.start - 80), te.start):
        return True
    if _APPOSITION.search(text, max(0, te.start - 80), te.start):
        return True
    a = max(0, te.start - 90)
    for m in _CLAUSE_CUT.finditer(text, a, te.start):
        a = m.end()
    return _SUBORDINATE.search(text[a : te.start]) is not None


def fiscal_year(te: TimeExpr) -> bool:
    """A fiscal or season year written as a range of two calendar years ("2025–26",
    "FY2025-26", "2024/25"): one current year, not a span whose end has passed."""
    if te.kind != "range" or te.year is None or te.end_year != te.year + 1:
        return False
    m = _FISCAL.search(te.text)
    return m is not None and (m.group(1) == "/" or len(m.group(2)) == 2)


_FISCAL = re.compile(r"\d{4}\s?([-–—/])\s?(\d{4}|\d\d)$")


# the verb or adverb before "to" when a year ends a term: "runs to 2042", "extended to
# 2042", "up to 2030"; "dates back to 2019" and "from 2010 to 2019" look back
_TO_BEFORE = re.compile(r"(?:^|[^\w])([A-Za-z’']+)\s+to\s+$")
_LOOK_BACK = frozenset({"back", "date", "dates", "dated", "dating", "traced", "from", "compared",
                        "relative", "similar", "comparable", "equivalent", "contrast"})
# the plan or term a year or range names: "the 2025–2030 programme", "its 2035 strategy"
_PLAN_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:programmes?|programs?|plans?|strateg(?:y|ies)|concepts?|"
    r"roadmaps?|agendas?|frameworks?|doctrines?|targets?|goals?|horizons?|timelines?|"
    r"agreements?|contracts?|leases?|budgets?|mandates?|terms?)\b"
)


def term_end(text: str, te: TimeExpr) -> bool:
    """A year that ends or names a term of validity, a lease or a plan rather than a time
    already reached: "an agreement that runs to 2042", "extended to 2042", "up to 2030",
    "the 2025–2030 programme", "its 2035 strategy" (deadline prepositions, "by 2030",
    "until 2042", are the caller's ``prep``; names like "Vision 2030" are :func:`in_name`).
    ``te``'s offsets are into ``text``."""
    if te.year is None or te.month is not None or te.prep or te.kind not in ("absolute", "range"):
        return False
    m = _TO_BEFORE.search(text, max(0, te.start - 30), te.start)
    if m is not None and m.group(1).lower() not in _LOOK_BACK:
        return True
    if te.kind == "range" and fiscal_year(te):
        return False
    before = text[max(0, te.start - 12) : te.start].lower()
    attributive = te.kind == "range" or before.endswith(("the ", "its ", "their ", "a ", "’s ", "'s "))
    return attributive and _PLAN_AFTER.match(text, te.end, te.end + 60) is not None


def can_anchor(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` can lend its year to a later year-less date: a written year that
    is not a deadline or an open start ("by 2030", "since 2020"), a range, a decade or
    part of a name.  A bare year must set the time of the telling ("in 2023", "late
    2023"); used as an attribute ("the 2025 Global Terrorism Index") it does not, nor
    does a year-only date inside a parenthetical participle (", bought in 2018 for X,")."""
    return (
        te.kind == "absolute"
        and te.year is not None
        and te.prep not in _ANCHOR_SKIP_PREPS
        and (te.month is not None or te.prep is not None or te.modifier is not None)
        and not in_name(text, te)
        and not term_end(text, te)
        and not (te.month is None and parenthetical(text, te))
    )


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
        if _months_after(cand, te) > 6:
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
            or te.future or te.prep in _ANCHOR_SKIP_PREPS or cand.year is None or cand.month is None
            or (te.month, te.day or 1) >= (cand.month, cand.day or 1)):
        return cand
    s0 = cand.end
    for m in _SENTENCE_CUT.finditer(text, cand.end, te.start):
        s0 = m.end()
    if s0 == cand.end:  # no sentence break between them
        return cand
    if te.month + 12 - cand.month > 6:
        # beyond the 0-6 month window of a narrative's next step: a date of the anchor's own year
        # told after it ("On 10 December 2023 … on 30 November"), unless the anchor is background
        # ("status, granted in December 2023, … after the October 26 election"): no anchor then
        return None if told_back else cand
    m = _SENTENCE_CUT.search(text, te.end, te.end + 400)
    if _FLASHBACK_RE.search(text, s0, m.start() if m else min(len(text), te.end + 400)):
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
