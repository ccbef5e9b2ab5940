"""Event dates told relative to the time of a report or to a dated occasion (event dating, :mod:`dates`).

* An act told in the perfect up to the report's time, from a recent day ("Kyrgyz and Tajik forces have
  exchanged fire since Monday", "internet access has been cut since Sunday night", "224 people had been
  detained since Thursday"): the act began on that day, which dates it.  A "since" date is otherwise the
  start of a span, not the event's day (:data:`~silkgraph.nlp.dates.narrative.NOT_POINT_PREPS`); only a
  day of the report's week counts (a state kept "since 2019" is background, not an event of that year).
* An act told in a pluperfect that-clause after the day of its report, with a day of its own closing
  the clause ("the Guards said on Tuesday that naval forces had seized a tanker late on Friday"): the
  report's day dates the saying, the clause's day the act.
* An act followed in its sentence by a second verb counted from it ("India blamed Pakistan and a day later
  suspended the treaty", "made a visit to X and was expected in Y a day later"): the count dates the second
  verb; the act is on the day the count starts from (the anaphor's date moved back by its offset).  With no
  day told before but the report's own (a dateline, a date line), the count is not taken forward from the
  report: the second act, done and told in the past, is no later than the report's day
  (:func:`no_later_than_report`), and the first is the count back from that day.
* An act told "on the eve of" an occasion written with its day ("signed a protocol on the eve of the
  summit in Astana on 14 March"): the day before the occasion's.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.news import within_days
from silkgraph.extract.events.patterns import DATELINE_RE, HARD_BOUNDARY_RE
from silkgraph.extract.events.timeline import narrative_date
from silkgraph.nlp.dates import TimeExpr, shift
from silkgraph.nlp.dates.narrative import not_a_point, pluperfect_complement
from silkgraph.segment.schedule import past_told

# the perfect right before the verb trigger: "have exchanged", "has been cut", "had been largely cut"
PERFECT_BEFORE_RE = re.compile(r"\b(?:have|has|had|’ve|'ve)\s+(?:been\s+)?(?:(?:[a-z]+ly|all|already|since)\s+)?$",
                               re.I)
# the trigger holding the auxiliary ("had been detained")
PERFECT_TRIGGER_RE = re.compile(r"(?:have|has|had)\s", re.I)
# the words between the trigger and a date of its clause after it ("since Monday", "late on Friday"): its
# object and adjuncts, no new clause
CLAUSE_GAP_RE = re.compile(r"[^,;:.!?]{0,80}")
# "said on Tuesday that", "announced late on Monday that": a saying's day, its that-clause after it
SAID_DAY_THAT_RE = re.compile(r"\s+that\b")
SAID_BEFORE_DAY_RE = re.compile(r"\b(?:said|announced|stated|reported|confirmed|claimed|added|disclosed|revealed|"
                                r"told\s+(?:[\w\-’']+\s+){1,3}?)\s*(?:late\s+|early\s+)?(?:on\s+)?[\w\-’' ]{2,24}$")
ONSET_DAYS = 10  # how far before the report the onset day may lie


def perfect_since(sv: SentenceView, ctx: ArticleContext, c: Cand, d: TimeExpr) -> bool:
    """Whether the "since" date ``d`` dates the verb trigger ``c``: the act is told in the perfect and
    the date, a recent day (a weekday, or a day at most :data:`ONSET_DAYS` before the report), closes
    its clause ("have exchanged fire along the border since Monday")."""
    if d.prep != "since" or c.trig.kind != "verb" or not ctx.ref_date:
        return False
    a = sv.rel(d.start)
    if a < c.end or not CLAUSE_GAP_RE.fullmatch(sv.text, c.end, a) or HARD_BOUNDARY_RE.search(sv.text, c.end, a):
        return False
    if not (PERFECT_BEFORE_RE.search(sv.text, max(0, c.start - 40), c.start) or
            PERFECT_TRIGGER_RE.match(sv.text, c.start, c.end)):
        return False
    if d.unit == "weekday":
        return True
    iso, _basis = ctx.date_of(d)
    return bool(iso) and len(iso or "") == 10 and within_days(iso or "", ctx.ref_date, ONSET_DAYS) and \
        (iso or "") <= ctx.ref_date[:10]


# "on the eve of the summit in Astana", "on the eve of talks with X": the occasion named before its date
EVE_BEFORE_RE = re.compile(r"\b[Oo]n the eve of\s+(?:(?:a|an|the|its|their|his|her)\s+)?[^,;:.!?]{0,70}?\s*$")


def eve_of_date(sv: SentenceView, c: Cand, a: int, iso: str) -> tuple[str, str] | None:
    """The day before ``iso`` when the date (at ``a``) closes an "on the eve of <occasion>" phrase that
    does not hold the trigger ``c``: (iso, basis); None otherwise (a month or year stays as it is)."""
    if len(iso) != 10 or "eve of" not in sv.text:
        return None
    m = EVE_BEFORE_RE.search(sv.text, max(0, a - 110), a)
    if m is None or m.start() <= c.start < a:
        return None  # (the trigger inside the occasion's own words: "on the eve of the summit, which met on ...")
    got = shift(iso, -1, "day")
    if got is None:
        return None
    return got, f"the day before {iso}: '{m.group(0).strip()}' its eve"


def said_day_that(text: str, b: int) -> bool:
    """Whether the date ending at ``b`` is a saying's day that opens a that-clause right after it
    ("officials said on Tuesday that …", "the ministry announced late on Monday that …")."""
    return SAID_DAY_THAT_RE.match(text, b) is not None and \
        SAID_BEFORE_DAY_RE.search(text, max(0, b - 45), b) is not None


def reported_with_own_day(sv: SentenceView, c: Cand, b: int) -> bool:
    """Whether the trigger ``c`` (a verb, or a noun: "… had foiled a drone attack") stands in a that-clause
    opened after a date ending at ``b`` (the report's: "said on Tuesday that … had seized", "said on
    Tuesday that troops seized …"; a past tense only after a saying's day) and a day of its own follows the trigger in that clause ("… late on
    Friday"): the date before is then the saying's, not the act's."""
    if not pluperfect_complement(sv.text, c.end, b) and not (  # (the trigger may hold the auxiliary: "had been detained")
            said_day_that(sv.text, b) and "." not in sv.text[b:c.start]):
        return False
    for x in sv.dates:
        a = sv.rel(x.start)
        if a < c.end or not_a_point(x) or not (x.unit == "weekday" or x.day is not None):
            continue
        # (a day the clause gives its act after the trigger: a weekday or a day of a month, no new clause before it)
        return CLAUSE_GAP_RE.fullmatch(sv.text, c.end, a) is not None and \
            not HARD_BOUNDARY_RE.search(sv.text, c.end, a)
    return False


# a second verb phrase coordinated after the event's ("… and was expected in Y", "… and flew on to Z"): an
# anaphor closing it dates that verb, not the event's
COORDINATED_VERB_RE = re.compile(r"\b(?:and|but|then)\s+(?:(?:later|then|also)\s+)?(?:was|were|is|are|had|has|have|will|"
                                 r"would|did|went|flew|left|[a-z]{3,}ed)\b")
# "… and a day later suspended": a time opening the next coordinated verb phrase
AND_BEFORE_RE = re.compile(r"\b(?:and|then)\s*$")
# the units a count can be taken back by, with the precision (ISO length) its date needs for that
_BACK_UNITS = {"day": 10, "week": 10, "month": 7, "year": 4}


def counts_from_event(sv: SentenceView, c: Cand, d: TimeExpr) -> bool:
    """Whether the anaphor ``d``, after the trigger ``c``, counts a later (earlier) verb of the same
    sentence from ``c``'s event: a second verb phrase coordinated after ``c``'s ends with it, or it
    opens one ("… and a day later suspended …")."""
    a = sv.rel(d.start)
    if d.kind != "anaphoric" or not d.offset or a < c.end or HARD_BOUNDARY_RE.search(sv.text, c.end, a):
        return False
    return COORDINATED_VERB_RE.search(sv.text, c.end, a) is not None or \
        AND_BEFORE_RE.search(sv.text, max(c.end, a - 8), a) is not None


def counted_from_here(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """The day the first anaphor after the trigger ``c`` counts from, when that anaphor counts a later
    verb of the sentence from ``c``'s event (:func:`counts_from_event`) and the sentence writes no date
    of its own before it (a dateline's is the report's): (iso, text, basis).  When the count would start
    from the report's own day, the later verb is no later than that day (:func:`no_later_than_report`)
    and the count runs back from it."""
    dm = DATELINE_RE.match(sv.text) if sv.index < 3 else None
    for d in sv.anaphors:
        a = sv.rel(d.start)
        if a < c.end:
            continue
        if not counts_from_event(sv, c, d) or (d.unit or "") not in _BACK_UNITS:
            return None, None, ""
        if any(sv.rel(x.start) < a and not not_a_point(x) and not (dm and sv.rel(x.end) <= dm.end())
               for x in sv.dates):
            return None, None, ""  # "recalled X on Tuesday and summoned Y a day later": the written day dates it
        unit = d.unit or ""
        iso, _basis = narrative_date(ctx, sv, d)
        base = shift(iso, -d.offset, unit) if iso and len(iso) >= _BACK_UNITS[unit] else None
        if base is None:
            return None, None, ""
        ref = report_day(ctx)
        if len(ref) == 10 and d.offset > 0 and base[:10] >= ref[:len(base)]:
            # "(5 July) India blamed Pakistan and a day later suspended the treaty": not counted on from the
            # report's day; the suspension is that day at the latest, the accusation the count before it
            back = shift(ref, -d.offset, unit)
            if back is None:
                return None, None, ""
            back = back[:_BACK_UNITS[unit]]
            return back, d.text, f"'{d.text}' counted back from the report's day ({ref}): this act's, told " \
                "before the next verb, which is no later than the report"
        return base, d.text, f"the day '{d.text}' ({iso}) counts from: this act's, told before the next verb"
    return None, None, ""


def report_day(ctx: ArticleContext) -> str:
    """The report's own day as stated (a dateline, a date line; not an estimate from the dates it
    tells), "" when none is."""
    got = ctx.article.published or ""
    return got[:10] if len(got) >= 10 else ""


def no_later_than_report(sv: SentenceView, ctx: ArticleContext, c: Cand, d: TimeExpr,
                         got: tuple[str | None, str | None, str]) -> tuple[str | None, str | None, str]:
    """``got``, the date of the verb trigger ``c`` from the anaphor ``d`` counted forward ("a day later
    suspended"), kept at the report's day when it falls after it and the act is told done in the past
    tense: a completed act is reported after it happened (the anaphor counted from the report's own day)."""
    iso, text, basis = got
    ref = report_day(ctx)
    if iso is None or d.kind != "anaphoric" or not d.offset or d.offset < 0 or len(ref) != 10 or \
            c.trig.kind != "verb" or iso[:len(ref)] <= ref[:len(iso)]:
        return got
    if not past_told(sv.text[c.start:c.end].lower()) or NOT_DONE_BEFORE_RE.search(sv.text, max(0, c.start - 30), c.start):
        return got
    return ref[:len(iso)], text, f"{basis}; no later than the report's day ({ref}): an act told done"


# "will suspend", "is to suspend", "plans to": an act not yet done
NOT_DONE_BEFORE_RE = re.compile(r"\b(?:will|would|shall|to|could|may|might)\s+(?:[\w\-]+\s+){0,2}$", re.I)


__all__ = ["COORDINATED_VERB_RE", "counted_from_here", "counts_from_event", "eve_of_date", "no_later_than_report",
           "perfect_since", "reported_with_own_day"]
