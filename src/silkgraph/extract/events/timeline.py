"""The article's timeline as event dating reads it: the time a paragraph's narrative has
reached (an event told with no date of its own goes on at it), anaphors re-based when the date
told just before cannot resolve them ("The following month", "Hours later" in a news report),
and times counted from an event named before ("Four days after the clash").  Split from
:mod:`silkgraph.extract.events.dates`, which chooses among them."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import ArticleState
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.clock import WRITTEN_YEAR_RE, narrative_anaphor, narrative_year
from silkgraph.extract.events.date_apposed import apposed_day
from silkgraph.extract.events.date_month_part import month_part_of_narrative
from silkgraph.extract.events.date_present_again import present_year
from silkgraph.extract.events.date_present_perfect import perfect_present_year
from silkgraph.extract.events.dating_years import THAT_YEAR_AFTER_RE, past_flashback_year, that_year
from silkgraph.extract.events.news import NOT_NARRATIVE_RE, lead_day
from silkgraph.extract.events.patterns import (
    BOUNDARY_RE,
    HARD_BOUNDARY_RE,
    INCIDENT_NOUNS,
)
from silkgraph.extract.events.triggers import _find_triggers
from silkgraph.nlp.dates import TimeExpr, resolve_anaphor, shift
from silkgraph.nlp.dates.narrative import (
    BACKGROUND_BEFORE_RE,
    DEADLINE_PREPS,
    PARTICIPLE_ADJUNCT_RE,
    PLUPERFECT_RE,
    SINCE_WHEN_RE,
    UNIT_OFFSET_RE,
    event_offset,
    narrative_time,
    told_as_background,
)
from silkgraph.nlp.dates.patterns import NUMBER_WORDS

# "on Friday, a day after X met Y", "on 9 March, two days before the fighting began": the event of the
# clause counted from the date told before it (its subject and up to a few words before the trigger)
COUNTED_BACK_RE = re.compile(r",\s+(?:(?:exactly|just|only|some|barely)\s+)?(?P<n>\d{1,2}|an?|one|two|three|four|five|"
                             r"six|seven|eight|nine|ten|eleven|twelve)\s+(?P<u>day|week|month|year)s?\s+"
                             r"(?P<dir>after|before)\s+(?:[\w\-’'.]+\s+){0,6}$", re.I)
# "The next week", "that month": a time counted in weeks or longer names no day the narrative is on
COARSE_ANAPHOR_RE = re.compile(r"\b(?:weeks?|months?|years?|fortnight|spring|summer|autumn|winter)\b", re.I)
NO_BASE_SECTIONS = frozenset({"author_bio", "boilerplate", "caption"})
# the precision a base date needs for a count in each unit ("a month after" a month, "a year after" a year)
COARSE_ENOUGH = {"month": 7, "year": 4}
THAT_YEAR_ALONE_RE = re.compile(r"(?:of\s+)?(?:that|the same)\s+year", re.I)


def _narrative_base(ctx: ArticleContext, sv: SentenceView, back: int = 6,
                    flashbacks: bool = False, day: bool = False) -> tuple[str, str, int] | None:
    """The time the paragraph's narrative has reached before ``sv`` (:func:`narrative_time`):
    (iso, text, sentence index) or None."""
    def date_of(d: TimeExpr) -> str | None:  # an anaphor as told, not re-based (no recursion)
        return (ctx.date_of(d) if d.kind == "anaphoric" else narrative_date(ctx, sv, d))[0]

    return narrative_time(ctx.text, ctx.sentences, sv.index, date_of, back=back, flashbacks=flashbacks,
                          day=day, skip_sections=NO_BASE_SECTIONS)


# a sentence opened by a time before or after another, with no count ("Days after the tariffs were announced,",
# "In the run-up to the summit,", "Ahead of the vote,"): not the day told before, only near it (its month)
UNCOUNTED_FRAME_RE = re.compile(r"(?:(?:Days|Weeks)\s+(?:after|before)|"
                                r"In the (?:run-up|lead-up|days|weeks)\s+(?:to|before|after|leading up to)|Ahead of)\b")


def _paragraph_time(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """An event told in the simple past, in a sentence with no date of its own, goes on with
    the paragraph's narrative ("On June 27 police raided X. Investigators said ... . Baku
    cancelled every event ..."): it takes the time the narrative has reached (the last point
    date told before it in the paragraph, :func:`_narrative_base`) at month precision."""
    deadlines = [d for d in sv.dates if (d.prep or "") in DEADLINE_PREPS]
    if any(d not in deadlines and not told_as_background(ctx.text, d) for d in sv.dates) or \
            sv.section in NO_BASE_SECTIONS or any(
            not (sv.rel(x.start) >= c.end and PLUPERFECT_RE.search(sv.text, c.end, sv.rel(x.start)))
            for x in sv.anaphors):  # not "calling off X, an exercise it had been due to host that October"
        return None, None, ""
    head = sv.text[:c.end]
    if NOT_NARRATIVE_RE.search(head) or BACKGROUND_BEFORE_RE.search(sv.text, 0, c.start) or \
            PARTICIPLE_ADJUNCT_RE.match(sv.text, max(0, c.start - 2)):
        return None, None, ""  # "rejected the charge, insisting that ...": the manner of the act told
    if UNIT_OFFSET_RE.search(sv.text):
        return None, None, ""  # "Three days after the crash X did": dated from another event
    base = _narrative_base(ctx, sv)
    if base is None or len(base[0]) < 7:
        return None, None, ""  # a year told alone dates a listing, not a narrative
    iso, text, _i = base
    if any((narrative_date(ctx, sv, d)[0] or "9999")[:7] < iso[:7] for d in deadlines):
        return None, None, ""  # "told them to leave by March 31": the order came before its deadline
    if _i == sv.index - 1 and len(iso) == 10 and not COARSE_ANAPHOR_RE.search(text) and \
            not UNCOUNTED_FRAME_RE.match(sv.text):
        # told in the sentence right before ("The crisis began on 3 May. Gunmen attacked …"): that day goes on
        return iso, None, f"the day told in the sentence before ('{text}', {iso}): told next, with no date of its own"
    return iso[:7], None, f"the paragraph's narrative time ('{text}', {iso}): told next, with no date of its own"


def narrative_date(ctx: ArticleContext, sv: SentenceView, d: TimeExpr) -> tuple[str | None, str]:
    """``ctx.date_of(d)``; an anaphor ("the following month", "hours later", "that October")
    that the date told just before cannot resolve, or resolves past the time of writing (its
    base a term's end, "runs to 2042"), is resolved against the paragraph's narrative time
    (:func:`_narrative_base`, flashbacks included) or, in a news report, its lead's date."""
    iso, basis = ctx.date_of(d)
    if d.kind == "relative" and d.unit == "month":
        told = month_part_of_narrative(ctx, sv, d, lambda v, x: narrative_date(ctx, v, x)[0])
        if told is not None:  # "Talks opened in October. At the end of the month …": October's end
            return told
    if d.kind == "partial" and iso and d.month is not None:
        memo = ctx.scratch.setdefault("events.narrative_year", {})
        if id(d) not in memo:
            memo[id(d)] = _partial_year(ctx, sv, d, iso, basis)
        return memo[id(d)]
    if d.kind == "anaphoric" and THAT_YEAR_ALONE_RE.fullmatch(d.text):
        month = next((x for x in sv.dates if x.kind == "partial" and x.month is not None and
                      THAT_YEAR_AFTER_RE.fullmatch(ctx.text, x.end, d.end)), None)
        if month is not None:  # "In December that year": the month told with it
            return narrative_date(ctx, sv, month)
    if d.kind != "anaphoric":
        return iso, basis
    ref_year = int(ctx.ref_date[:4]) if ctx.ref_date else None
    if iso is not None and not (ref_year and int(iso[:4]) > ref_year + 1):
        memo = ctx.scratch.setdefault("events.anaphor_narrative", {})
        if id(d) not in memo:
            memo[id(d)] = narrative_anaphor(ctx, sv, d, iso, basis)
        return memo[id(d)]
    memo = ctx.scratch.setdefault("events.anaphor_rebase", {})
    if id(d) not in memo:
        memo[id(d)] = _rebase(ctx, sv, d)
    return memo[id(d)]


def _partial_year(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, iso: str, basis: str) -> tuple[str | None, str]:
    """A year-less date's year: the one "that year" names, else out of a pluperfect flashback, else the
    narrative's (:mod:`silkgraph.extract.events.dating_years`, :func:`narrative_year`)."""
    got = that_year(ctx, sv, d)
    if got is None and id(d) in ctx.anchors:
        got = present_year(ctx, sv, d, iso)  # "left in 2012 and has stayed away ever since, while in February …"
    if got is None and id(d) in ctx.anchors:
        got = perfect_present_year(ctx, sv, d, iso)  # "India has courted Kabul: X met Y on April 9" after 2023
    if got is None and id(d) in ctx.anchors:
        got = past_flashback_year(ctx, sv, d, iso)
    if got is not None:
        return got
    return narrative_year(ctx, sv, d, iso, basis) if id(d) in ctx.anchors else (iso, basis)


def _rebase(ctx: ArticleContext, sv: SentenceView, d: TimeExpr) -> tuple[str | None, str]:
    """``d`` resolved against the paragraph's narrative time, else a news report's lead."""
    base = _narrative_base(ctx, sv, back=8, flashbacks=True)
    if base is not None:
        return resolve_anaphor(d, base[0], base[1])
    lead = lead_day(ctx)
    if lead is not None and lead[2] < sv.index:
        return resolve_anaphor(d, lead[0], f"the news report's lead ('{lead[1]}')")
    return None, f"no date told before '{d.text}'"


def _since_when(sv: SentenceView, d: TimeExpr, c: Cand) -> bool:
    """Whether ``c`` is told in a when-clause right after "since <date>", which it dates."""
    b = sv.rel(d.end)
    m = SINCE_WHEN_RE.match(sv.text, b)
    return m is not None and c.start >= m.end() and not HARD_BOUNDARY_RE.search(sv.text, m.end(), c.start)


def counted_back(text: str, c: Cand, dtext: str, iso: str, b: int) -> tuple[str | None, str | None, str]:
    """"arrived on Friday, a day after Rahmon met Xi": a verb event in a clause counted from the date
    told before it (ending at ``b``) is that date moved back (after) or on (before) by the count.
    Not a noun or gerund: "twelve days after a suicide bombing" names an event told again."""
    if b > c.start or c.trig.kind != "verb" or text[c.start:c.end].endswith("ing"):
        return None, None, ""
    rm = COUNTED_BACK_RE.search(text, b, c.start)
    if rm is None or rm.end() != c.start or HARD_BOUNDARY_RE.search(text, b, rm.start()):
        return None, None, ""
    n = rm.group("n").lower()
    k = int(n) if n.isdigit() else NUMBER_WORDS[n]
    got = shift(iso, -k if rm.group("dir").lower() == "after" else k, rm.group("u").lower())
    if got is None:
        return None, None, ""
    return got, dtext, f"'{rm.group(0).strip(', ')}' counted back from '{dtext}' ({iso})"


def _after_event(sv: SentenceView, ctx: ArticleContext, st: ArticleState,
                 c: Cand) -> tuple[str | None, str | None, str]:
    """"Four days after the clash X told …": the sentence opens with a time counted from an event
    named by a definite noun; an event told after it takes the last event of that type recorded
    before, dated to the day, shifted by the count."""
    off = event_offset(sv.text)
    if off is None or c.start < len(off[3]) or apposed_day(sv, len(off[3]), c.start) is not None:
        return None, None, ""  # ("Four days after the clash, on May 9, X …": the day written is the act's)
    k, unit, noun, said = off
    types = {t.etype for t, _m in _find_triggers(noun)}
    if not types:  # "a day after the shooting": the last incident of its kind told
        types = {t for t, rx in INCIDENT_NOUNS if rx.search(noun)}
    if not types:  # "three days after the crash" with "crashed" told since the paragraph's last day
        return _after_told_noun(sv, ctx, k, unit, noun, said)
    told = [(r.fact.evidence[0].start, r.date) for r in st.events if r.etype in types and r.date]
    told += [(ctx.sentences[i].start, v[1]) for i, v in st.partyless.items() if v[0] in types]
    told = [t for t in told if t[0] < sv.start]
    if told and len(max(told)[1]) == 10:
        base = max(told)[1]  # the event meant is the last one of its kind told, dated to the day
    elif told and COARSE_ENOUGH.get(unit, 10) <= len(max(told)[1]):
        base = max(told)[1]  # "A month after the invasion [February 2022]": a count in months from a month
    elif told:
        return None, None, ""
    else:  # not recorded (its parties unnamed): the last day told in the paragraph
        day = _narrative_base(ctx, sv, day=True)
        if day is None:
            return None, None, ""
        base = day[0]
    got = shift(base, k, unit)
    if got is None:
        return None, None, ""
    return got, said, f"'{said}': {base} shifted by {k:+d} {unit}(s)"


NOMINAL_SUFFIX_RE = re.compile(r"(?:ation|ition|ion)$")


def _after_told_noun(sv: SentenceView, ctx: ArticleContext, k: int, unit: str, noun: str,
                     said: str) -> tuple[str | None, str | None, str]:
    """"Three days after the crash" where no event type names the noun: the last sentence before
    (same section, six back) that tells the noun's stem ("crash", "crashed"), dated by its own day
    or else by the day the paragraph's narrative had reached there."""
    head = noun.split()[-1].lower()
    if len(head) < 4:
        return None, None, ""
    stem = head[:max(4, len(head) - 2)] if head.endswith(("es", "ed")) else head.rstrip("s")
    nom = NOMINAL_SUFFIX_RE.search(stem)
    if nom and nom.start() >= 5:
        stem = stem[:nom.start()]  # "the accusation" told by "accused", "the election" by "elected"
    rx = re.compile(r"\b" + re.escape(stem), re.I)  # (only for the rare sentence opened by such an offset)
    for i in range(sv.index - 1, max(-1, sv.index - 7), -1):
        view = ctx.sentences[i]
        if view.section != sv.section:
            break
        if not rx.search(view.text):
            continue
        days = [iso for iso in (narrative_date(ctx, view, d)[0] for d in view.dates if d.kind != "anaphoric") if iso]
        day = (days[0], view.text[:40], i) if days and len(days[0]) == 10 else _narrative_base(ctx, view, day=True)
        if day is None or len(day[0]) != 10:
            return None, None, ""
        got = shift(day[0], k, unit)
        if got is None:
            return None, None, ""
        return got, said, f"'{said}': the {head} told before, on {day[0]} ('{day[1]}'), shifted by {k:+d} {unit}(s)"
    return None, None, ""


# "and two days later a 120-kilometre rocket;": the coordinated clause repeats the verb (gapping)
GAPPED_AND_RE = re.compile(r"\band\s+$")
GAPPED_OBJECT_RE = re.compile(r"\s+(?:a|an|another|the|its|their|\d[\d,.\-]*|one|two|three|four|five|six|"
                              r"several|more)\s[^;,.:]*")
FINITE_RE = re.compile(r"\b(?:was|were|is|are|had|has|have|did|will|would)\b|\b\w+ed\b")


def _gapped_repeat(sv: SentenceView, ctx: ArticleContext,
                   c: Cand) -> list[tuple[str | None, str | None, str]]:
    """"test-fired X on May 3 and two days later a Fatah rocket": an anaphoric time after "and",
    followed by only an object, repeats the event on that later date."""
    for x in sv.anaphors:
        a = sv.rel(x.start)
        if a < c.end or a - c.end > 90 or x.offset <= 0 or not GAPPED_AND_RE.search(sv.text, c.end, a):
            continue
        if HARD_BOUNDARY_RE.search(sv.text, c.end, a) or BOUNDARY_RE.search(sv.text, c.end, a):
            return []
        m = GAPPED_OBJECT_RE.match(sv.text, sv.rel(x.end))
        if m is None or FINITE_RE.search(m.group(0)):
            return []
        iso, basis = narrative_date(ctx, sv, x)
        return [(iso, x.text, basis)] if iso else []
    return []  # a list of dated objects: gapped_conjunct tells each item with its own parties


# "X blacklisted three firms, in April 2024 four more, and in September an institute": a list of
# dated objects after one verb repeats the event on each date (the object cut at a relative pronoun)
LIST_GAP_RE = re.compile(r",\s+(?:and\s+|then\s+)?(?:in\s+|on\s+)?$")
LIST_SEP_RE = re.compile(r",\s+(?:and\s+|then\s+)?(?:in\s+|on\s+)?")
RELATIVE_CUT_RE = re.compile(r"\s(?:that|which|who|whose|whom)\s")
OBJECT_END_RE = re.compile(r"\s*(?:$|[,;.]|and\s)")
# what follows a list's last object up to the end of its clause
CLAUSE_REST_RE = re.compile(r"[^;.]*")


def listed_items(sv: SentenceView, ctx: ArticleContext,
                 c: Cand) -> list[tuple[tuple[str | None, str | None, str], int, int]]:
    """One verb, a list of dated objects: each date after the first (the verb's own) repeats the
    event, on the object after it: (date, start, end of the item's object) each. The first list
    item's gap holds only the verb's object and one comma, the next ones only the separator, and
    each object is a bare noun phrase (no verb, no event word). The last item is no object when a
    clause goes on after it ("and on 9 May the presidents of A, B and C met"): it is a new subject."""
    out: list[tuple[tuple[str | None, str | None, str], int, int]] = []
    if ", " not in sv.text[c.end:]:
        return out
    prev, own, cut, stop = c.end, False, False, len(sv.text)
    for d in sorted(sv.dates, key=lambda t: t.start):
        a, b = sv.rel(d.start), sv.rel(d.end)
        if b <= c.end or d.kind in ("range", "decade"):
            continue
        if a < prev:  # the date inside the verb's own phrase ("on 5 May"): the list starts after it
            prev, own = max(prev, b), True
            continue
        gap = sv.text[prev:a]
        if not out and not own and "," not in gap and len(gap) < 60:  # the verb's own date
            prev, own = b, True
            continue
        first, stop = not out and not own, a  # (a date that is no list item ends the list)
        if not LIST_GAP_RE.search(gap) or (first and (gap.count(",") != 1 or len(gap) > 90)) or \
                (not first and not LIST_SEP_RE.fullmatch(gap)) or FINITE_RE.search(gap):
            break
        m = GAPPED_OBJECT_RE.match(sv.text, b)
        if m is None:
            break
        obj = RELATIVE_CUT_RE.split(m.group(0), maxsplit=1)[0]
        if FINITE_RE.search(obj) or _find_triggers(obj) or (len(obj) == len(m.group(0)) and
                                                             not OBJECT_END_RE.match(sv.text, b + len(obj))):
            break
        iso, basis = narrative_date(ctx, sv, d)
        if not iso or "/" in iso:
            break
        if out and not WRITTEN_YEAR_RE.search(d.text):  # "and in September": the year of the list
            iso = out[-1][0][0][:4] + iso[4:]  # type: ignore[index]
        out.append(((iso, d.text, basis), b, b + len(obj)))
        prev, cut, stop = b + len(obj), len(obj) < len(m.group(0)), len(sv.text)
    if out and not cut:
        rest = CLAUSE_REST_RE.match(sv.text, out[-1][2], max(stop, out[-1][2]))
        if rest and (FINITE_RE.search(rest.group(0)) or _find_triggers(rest.group(0))):
            out.pop()  # the last "object" is the subject of a clause of its own
    return out

