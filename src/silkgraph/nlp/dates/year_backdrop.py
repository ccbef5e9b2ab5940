"""A bare year told in passing does not set the narrative's year.

A year-less date ("on May 12", "in early July") takes the year of the nearest preceding dated
reference (:func:`silkgraph.nlp.dates.anchors.local_anchors`).  When that reference is a year
alone, what counts is the year's role in its own sentence:

- a year that dates the sentence's main event ("Russia and Georgia fought a short war in 2008",
  "militants invaded Batken in 1999", "In 1999, …", "The deal was signed in 2016") sets the
  narrative: the next dated sentence's year-less date takes it wherever it sits in that sentence
  ("The fighting began on August 7"; "Kyrgyz troops fought back, and on 23 August …");
- a year inside a subordinate phrase is an aside and does not: a participle ("bought under a
  contract signed in 2018"), a relative clause ("Kyrgyzstan, which joined the union in 2015"), a
  parenthesis, "since 2018", a year told as a modifier ("a 2018 contract"), or a year told in the
  pluperfect or ahead ("had suspended the flights in 2020", "due in 2028");
- a year-less date told in the year's own sentence keeps it ("in 2023, hosting a summit on July 4
  of that year"; "launched an offensive in 2020, and on 10 November …"): a clause's frame.

A bare year whose own sentence goes on into the present ("killed him in 1991 and has been banned
since 1992") does not set it either.  Nor does any reference, a month's or a day's too, that a clause
of the present stands beside (:mod:`silkgraph.nlp.dates.present_frame`: "Armenia, which froze its
role in February 2022, has diversified its suppliers.", "…, whose trade envoys gathered on 9 May."),
unless the later sentence, told in the past, carries on that story ("… met on 2 June, days after the
vote"; :func:`silkgraph.nlp.dates.present_frame.carries_on_story`).

Otherwise the year-less date takes no anchor and is placed by the article's reference date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from silkgraph.nlp.dates.anchorable import background
from silkgraph.nlp.dates.find import TimeExpr
from silkgraph.nlp.dates.present_frame import (
    carries_on_story,
    clause_around,
    passing_beside_present,
    told_in_present,
)

# a past participle: a regular "-ed" form or a common irregular one
_PARTICIPLE = (r"(?:\w+ed|taken|given|beaten|broken|chosen|driven|written|hidden|spoken|stolen|frozen|"
               r"fallen|risen|proven|bought|brought|built|sold|sent|held|made|won|lost|fought|struck|hit|"
               r"shot|seen|begun|done|gone|set|put|paid|laid|led|left|met|kept|told|thought|found|run|"
               r"spent|meant|dealt|split|cut|shut|sought|taught|caught|spun|sunk|sworn|drawn|grown|known|"
               r"shown|flown|thrown|withdrawn|overrun|undertaken|overtaken|stricken|been)")
# the year told in the pluperfect or ahead: "had listed … in 2003", "due in 2028", "will … by 2030"
_ASIDE_RE = re.compile(r"\b(?:had|’d|'d)\s+(?:(?:already|just|long|never|once|previously|earlier|also|"
                       r"first|not|been|since|finally|recently|twice)\s+)*" + _PARTICIPLE + r"\b"
                       r"|\b(?:due|will|would|expected|planned|scheduled)\b", re.I)
# a past participle right before the year's preposition ("a deal signed in", "systems bought last in")
_PARTICIPLE_BEFORE_RE = re.compile(r"\b(\w+)\s+" + _PARTICIPLE
                                   + r"\s+(?:\w+ly\s+)?(?:(?:in|by|during|around|back\s+in)\s+)?$", re.I)
# a participle opening the year's comma clause ("The contract, signed in 2018, …")
_OPENING_PARTICIPLE_RE = re.compile(r"\s*(?:\w+ly\s+)?" + _PARTICIPLE + r"\b", re.I)
# an auxiliary or a finite verb told before: the participle then is a passive main verb ("was signed in")
# or a reduced relative after the main verb ("operates systems bought in")
_AUX_RE = re.compile(r"(?:is|are|was|were|be|been|being|has|have|had|got|get|gets)$", re.I)
_FINITE_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|does|did|will|would|can|could|may|might|must|"
                               r"should|operates|uses|owns|fields|holds|runs|keeps|remains|buys|relies|flies|"
                               r"deploys|maintains|" + _PARTICIPLE[3:-1] + r")\b", re.I)
# a relative clause or a subordinate clause opened before the year, with no comma closing it
_RELATIVE_RE = re.compile(r"(?:^|[\s,(—–-])(?:which|who|whom|whose|where|when|while|whilst|although|though|"
                          r"because|since)\b[^,;:]*$", re.I)
# a year told as a modifier ("a 2018 contract", "the 2008 war") or with "since"/"until"
_MODIFIER_BEFORE_RE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|our)\s*$", re.I)
_YEAR_LEAD_RE = re.compile(r"\s*(?:since|until|till|before|after|as\s+of|as\s+early\s+as|from)\b", re.I)


_END = float("inf")  # sorts after every sentence end: bisect finds the last sentence opened at or before a position


def _year_only(t: TimeExpr) -> bool:
    return t.year is not None and t.month is None and t.kind in ("absolute", "partial")


def _sentence_of(bounds: Sequence[tuple[int, int]], pos: int) -> int:
    """The index of the sentence holding ``pos`` (``bounds`` in order, not overlapping), or -1."""
    i = bisect_right(bounds, (pos, _END)) - 1
    return i if i >= 0 and pos < bounds[i][1] else -1


def year_of_main_event(text: str, start: int, anchor: TimeExpr) -> bool:
    """Whether the year-only ``anchor`` dates the main event of its sentence opened at ``start``
    (not a subordinate phrase: participle, relative clause, parenthesis, "since", modifier, pluperfect,
    a time ahead)."""
    lead = text[start:anchor.start]
    if _YEAR_LEAD_RE.match(text, anchor.start, anchor.end) or _ASIDE_RE.search(lead):
        return False
    if lead.rfind("(") > lead.rfind(")"):  # "(signed in 2018)"
        return False
    if _MODIFIER_BEFORE_RE.search(lead) and re.match(r"\s*[a-z]", text[anchor.end:anchor.end + 3]):
        return False  # "a 2018 contract"
    # the clause the year sits in: from the last comma, semicolon or dash before it
    cut = max(lead.rfind(","), lead.rfind(";"), lead.rfind(" – "), lead.rfind(" — "), lead.rfind(":"))
    clause = lead[cut + 1:] if cut >= 0 else lead
    if _RELATIVE_RE.search(clause) or re.search(r",\s*(?:which|who|whose)\b[^,]*$", lead, re.I):
        return False
    if cut >= 0 and lead[:cut].strip() and _OPENING_PARTICIPLE_RE.match(clause):
        return False  # "The contract, signed in 2018, …"
    m = _PARTICIPLE_BEFORE_RE.search(clause)
    # "systems bought under a deal signed in 2016": a participle after the clause's verb
    return m is None or _AUX_RE.fullmatch(m.group(1)) is not None or not _FINITE_BEFORE_RE.search(clause, 0, m.start(1))


# a relative clause opened before a date in its own clause ("…, whose ministers met on 1 July")
_RELATIVE_OPEN_RE = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:which|who|whom|whose)\b", re.I)


def _present_backdrop(
    text: str, anchor_sentence: tuple[int, int], te_sentence: tuple[int, int], anchor: TimeExpr, te: TimeExpr
) -> bool:
    """Whether a clause of the present stands between the reference ``anchor`` and the year-less
    ``te`` (in a later sentence): the anchor told in passing beside a main clause of the present
    ("Armenia, which froze its role in February 2022, has diversified its suppliers.") unless the
    later sentence carries on that story, or ``te`` told in a relative clause of a sentence about
    the present ("It is a partner of the forum, whose trade envoys gathered on 9 May.");
    :mod:`silkgraph.nlp.dates.present_frame`."""
    a0, a1 = anchor_sentence
    if (background(text, anchor) or not year_of_main_event(text, a0, anchor)) and \
            passing_beside_present(text, a0, a1, anchor):
        return not carries_on_story(text, anchor_sentence, anchor, te_sentence)
    t0, t1 = te_sentence
    c0, _c1 = clause_around(text, t0, t1, te)
    return c0 > t0 and _RELATIVE_OPEN_RE.match(text[c0:te.start]) is not None and \
        passing_beside_present(text, t0, t1, te)


def year_sets_narrative(
    text: str, bounds: Sequence[tuple[int, int]], dates: Sequence[TimeExpr], anchor: TimeExpr, te: TimeExpr
) -> bool:
    """Whether ``anchor`` lends its year to the year-less ``te`` after it.

    ``bounds`` are the article's sentences as (start, end) offsets into ``text``, in order;
    ``dates`` all its written dates in order of their start.  An anchor that names a month lends its
    year unless a clause of the present stands between (:func:`_present_backdrop`)."""
    if te.year is not None or te.month is None:
        return True
    sa, st = _sentence_of(bounds, anchor.start), _sentence_of(bounds, te.start)
    if sa < 0 or st < 0:
        return True
    if sa == st:  # "launched an offensive in 2020, and on 10 November …": the sentence's own frame
        return True
    a0, a1 = bounds[sa]
    if _present_backdrop(text, bounds[sa], bounds[st], anchor, te):
        return False
    if not _year_only(anchor):
        return True
    if not year_of_main_event(text, a0, anchor):
        return False
    if told_in_present(text, a0, a1, (a0, anchor.end)) and not carries_on_story(text, bounds[sa], anchor, bounds[st]):
        return False  # "killed him in 1991 and has been banned since": the sentence ends in the present
    # the next dated sentence (this or the one after) goes on with a year-less date
    k = bisect_left(dates, a1, key=lambda d: d.start)
    first = dates[k] if k < len(dates) else None
    if first is None or _sentence_of(bounds, first.start) > sa + 2:
        return False
    return first.year is None and first.month is not None
