"""Publication dates: an estimate from the dates an article refers to (the dates an article
states are :mod:`silkgraph.segment.stated`'s, re-exported here).

The estimate (``not_before`` only; ``not_after`` stays open) follows these rules:

1. Only dated references in the running text count: leads, BACKGROUND/IMPLICATIONS/
   CONCLUSIONS and body sections.  Captions (old photos), author bios and boilerplate
   are ignored.
2. A reference counts only when it is about the past: expressions introduced by a
   deadline preposition ("by 2030", "until", "before") and expressions in a clause
   with a future or plan marker ("will", "is scheduled to", "plans to", "next", …;
   not one after a past report the date belongs to: "In May 2024, he said he would …")
   are ignored, and so are dates told as scheduled or awaited without one: a
   present-tense term verb ("the treaty expires at the end of 2026", "falls due in
   2028"), a phrase looking ahead in a sentence with no past tense ("ahead of elections
   in 2026", "by the time the pipeline opens in 2027", "until its expiry in 2029") and
   a deadline ("the 2028 deadline"): :mod:`silkgraph.segment.schedule`, whose words are
   resources/ontology/schedule.yaml.  Decades are ignored (they name open spans), and
   so are years that end or name a term ("an agreement that runs to 2042", "extended to 2042", "the 2025–2030
   programme", "its 2035 strategy": :func:`~silkgraph.nlp.dates.term_end`; "a roadmap for
   2022–2027": :func:`~silkgraph.segment.schedule.plan_period`).
3. Explicit dates give lower bounds: a day is itself, a month its first day, a year its
   1 January ("mid-2024" → April, "late 2024" → September), a range its last year.
   A fiscal year ("2025–26", "FY2024/25") is current from its first year and is not a
   past year.  Figures for a period cited from a publisher with a known release
   calendar ("according to SIPRI … in 2020–2024") are public from that release (March
   2025).  A bare year more than ten years after every month-level date is a target the
   cues missed, and is dropped (with the year-less dates that lean on it).
4. The article's present year C, used for year-less dates ("On May 7", "in February")
   and relative ones ("last year"), is the latest year written with a month or day;
   but a bare year ("in 2024") or a range end is, by analysts' convention, a year
   already past, so when it is later than every month-level date C is one year after
   it.
   A year-less date first looks for a local anchor: the nearest earlier dated
   reference in its own paragraph ("in September 2022 … on September 16" → 2022;
   not "since 2020", "by 2030" or an attributive "the 2025 index"; not when a span
   written in between reaches past that year: "ordered in 2018, delivered in
   2021–2023 … On April 28"), or a point of the narrative (a date with its month, not
   told as background) shortly before it in an earlier paragraph or section ("the
   vote of 12 October 2021 … [new section] On 3 December" → 2021; see
   :func:`~silkgraph.nlp.dates.local_anchors`, ``discourse=True``).  Anaphoric spans
   ("over the subsequent four years", "two years later", "the following year", "a
   year on") may reach back one paragraph, but a year written before them in their own
   sentence wins ("created in 2016 and dissolved three years later" → 2019); the year
   they reach counts like a month-level year for C.
5. An unanchored year-less date in the lead is the article's news peg: it cannot precede the
   latest explicitly dated reference, so it moves to the next year when the whole span it
   names would ("in August" after "on 8 August 2025" is that August).
6. ``not_before`` is the latest of these bounds; the basis names the expression.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from silkgraph.knowledge.office_terms import OfficeTable
from silkgraph.model import PublishedEstimate, Section
from silkgraph.nlp.count_words import count_values
from silkgraph.nlp.dates import (
    TimeExpr,
    first_day,
    fiscal_year,
    in_name,
    local_anchors,
    sentence_dates,
    term_end,
)
from silkgraph.nlp.sentences import split_text
from silkgraph.resources import load_yaml
from silkgraph.segment.dateline_year import dateline_estimate
from silkgraph.segment.elapsed import elapsed_bound
from silkgraph.segment.schedule import (
    future_marked,
    looks_ahead,
    past_schedule,
    past_told,
    plan_period,
    reported_future,
)
from silkgraph.segment.stated import parse_date_text, stated_date

__all__ = ["estimate_published", "reference_estimate", "estimate_and_written", "stated_date", "parse_date_text"]

_SKIP_SECTIONS = {"caption", "author_bio", "boilerplate"}
_DEADLINE_PREPS = {"by", "until", "till", "before", "through"}
_CLAUSE_SPLIT = re.compile(r"[;,—–]\s*")


def _load_releases() -> tuple[dict[str, int], re.Pattern[str]]:
    """Publishers of period data and their release month (resources/ontology/releases.yaml)."""
    months: dict[str, int] = {}
    for pub in load_yaml("ontology/releases.yaml")["publishers"]:
        for name in pub["names"]:
            months[name.lower()] = int(pub["release_month"])
    names = sorted(months, key=len, reverse=True)
    pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names), re.I)
    return months, pattern


_RELEASE_MONTH, _RELEASES = _load_releases()
_MAX_AHEAD = 10  # years a bare year may lie beyond the latest month-level date


@dataclass
class _Ref:
    expr: TimeExpr
    section: str
    anchor: TimeExpr | None = None  # the local dated reference a year-less date leans on
    released: date | None = None  # a data period's figures are public from this date on
    elapsed: tuple[date, str] | None = None  # "a year after the clashes of 7 October 2023"


# a date a span runs "to" ("extended its mandate for two more years, to February 2027",
# "postponed to 14 April"): the end of a term, which may lie ahead; not one a "from" or
# "between" opened in its clause (a span told: "from May to July 2024"), nor a look back
# ("dating back to March 2019", "compared to May 2023")
_TO_DATE = re.compile(r"(?:^|[^\w’'])([\w’']+)?[\s,]*\bto\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$", re.I)
_TO_LOOK_BACK = frozenset({"back", "date", "dates", "dated", "dating", "traced", "compared", "relative",
                           "similar", "comparable", "equivalent", "contrast", "prior", "due"})
_SPAN_OPEN = re.compile(r"\b(?:from|between)\b", re.I)


def _to_end(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` is the end point of a span written "to <date>" (see ``_TO_DATE``)."""
    if te.prep is not None or te.kind != "absolute" or te.month is None:
        return False  # year-only ends are term_end's
    a = max(0, te.start - 60)
    m = _TO_DATE.search(text, a, te.start)
    if m is None or (m.group(1) or "").lower() in _TO_LOOK_BACK:
        return False
    return _SPAN_OPEN.search(text, a, m.start() + 1) is None


def _intro(before: str) -> bool:
    """Whether ``before`` (what stands before a date in its comma-delimited part) lets the date
    introduce the next part: a word at most ("In 2026, …", "Earlier, in May, …"), not a
    participle ("The deal, signed on 5 May 2024, will …": the date is the signing's)."""
    words = before.split()
    return len(words) <= 1 and not (words and past_told(words[0].lower()))


def _clause(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """The span of the comma/semicolon-delimited part of the sentence holding ``pos``; a
    short introductory part ("In 2026, …") extends to the part after it."""
    a, b = sent
    s = text[a:b]
    rel = pos - a
    cuts = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(s)] + [len(s)]
    for k, (x, y) in enumerate(zip(cuts, cuts[1:], strict=False)):
        if x <= rel < y:
            # an introductory date ("In 2026, …") belongs to the clause after it; a date
            # ending a short main clause ("It arrived in May 2025, and …") does not
            if y - x < 40 and rel - x < 12 and k + 2 < len(cuts) and _intro(s[x:rel]):
                return a + x, a + cuts[k + 2]
            return a + x, a + y
    return a, b


# spans counted from an anchor year: "over the subsequent four years", "two years later",
# "a year on", "the following year" (not "in the next year": a span ahead)
_WORD_NUM = {"a": 1} | count_values(1, 12)  # "a year later", "one" … "twelve"
_NUM = r"(?P<n>\d{1,2}|" + "|".join(_WORD_NUM) + ")"
_AFTER_YEARS = re.compile(
    r"\b(?:(?:over|during|in|within|for)\s+)?the\s+(?:subsequent|following|ensuing)\s+"
    + _NUM
    + r"\s+years\b|\b"
    + _NUM.replace("?P<n>", "?P<n2>")
    + r"\s+years?\s+(?:later|afterwards|after\s+that|on(?=\s*[,.;:]))\b"
    r"|(?<!\bin )(?<!\bover )(?<!\bwithin )(?<!\bfor )(?<!\bduring )(?<!\bthroughout )"
    r"\bthe\s+(?:next|following|subsequent)\s+year\b(?!['’]s)(?!\s+(?:of|after)\b)",
)  # matched against lower-cased text
_AFTER_YEARS_I = re.compile(_AFTER_YEARS.pattern, re.I)
_ANCHOR_PREPS_SKIP = _DEADLINE_PREPS | {"since"}


def _years_after(te: TimeExpr, k: int) -> TimeExpr:
    return TimeExpr(te.start, te.end, te.text, None, None, None, "relative", unit="years-after", offset=k)


def _after_years(seg: str, offset: int) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    low = seg.lower()
    same = len(low) == len(seg)
    pat, s = (_AFTER_YEARS, low) if same else (_AFTER_YEARS_I, seg)
    # the pattern is tried only around each "year" (the word every match holds)
    i = low.find("year")
    done = 0
    while i >= 0:
        for m in pat.finditer(s, max(done, i - 40), i + 30):
            n = (m.group("n") or m.group("n2") or "1").lower()
            k = int(n) if n.isdigit() else _WORD_NUM[n]
            te = TimeExpr(m.start() + offset, m.end() + offset, m.group(0), None, None, None, "relative")
            out.append(_years_after(te, k))
            done = m.end()
        i = low.find("year", i + 4)
    return out


def _sentence_anchor(te: TimeExpr, kept: list[TimeExpr], sent: tuple[int, int]) -> TimeExpr | None:
    """The year written before a span counted from it in the same sentence ("created in 2016
    and dissolved three years later"): it wins over the passage's anchors."""
    best = None
    for t in kept:
        if t.start >= te.start:
            break
        if (t.start >= sent[0] and t.kind == "absolute" and t.year is not None
                and t.prep not in _ANCHOR_PREPS_SKIP):
            best = t
    return best


def _collect(text: str, sections: list[Section], ahead: list[TimeExpr] | None = None,
             told: list[TimeExpr] | None = None) -> list[_Ref]:
    """The dated references of the running sections (see module doc); the dates written with
    their year that are told ahead (a future or plan marker, a schedule verb) go to ``ahead``,
    and those neither past nor ahead of the writing (a schedule told in the past, a future told
    from a past report) to ``told``."""
    pending: list[tuple[TimeExpr, str, list[tuple[int, int]], TimeExpr | None]] = []
    elapsed: dict[int, tuple[date, str]] = {}  # by a date's start: the time a span after it reaches
    for sec in sections:
        if sec.kind in _SKIP_SECTIONS:
            continue
        seg = text[sec.start : sec.end]
        # the dates of each sentence (one scan, shared with extraction's context)
        sents = split_text(text, sec.start, sec.end)
        starts = [a for a, _b in sents]
        found = [te for a, b in sents for te in sentence_dates(text[a:b], a)]
        found += _after_years(seg, sec.start)
        if not found:
            continue
        found.sort(key=lambda t: t.start)
        kept: list[TimeExpr] = []
        sent_of: list[tuple[int, int]] = []
        for te in found:
            if te.prep in _DEADLINE_PREPS or te.kind == "decade":
                continue
            if te.kind == "relative" and te.unit == "year" and text[max(0, te.start - 4) : te.start].lower() == "the ":
                continue  # "the next year", "the previous year": anaphoric (_after_years)
            if in_name(text, te) or term_end(text, te) or plan_period(text, te) or _to_end(text, te):
                continue
            k = bisect_right(starts, te.start) - 1  # the sentence holding the date, if any
            sent = sents[k] if k >= 0 and te.start < sents[k][1] else (sec.start, sec.end)
            ca, cb = _clause(text, sent, te.start)
            low = text[ca:cb].lower()
            if past_schedule(low, te.start - ca):  # "were scheduled for 20 June": before or after the writing
                if told is not None and te.kind == "absolute" and te.year:
                    told.append(te)
                continue
            if future_marked(low, te.start - ca, te.end - ca) or looks_ahead(text, te, ca, sent):
                if te.kind == "absolute" and te.year:
                    # "said talks would resume on 1 July": ahead of the report, no ceiling of the writing
                    if reported_future(low, te.start - ca):
                        if told is not None:
                            told.append(te)
                    elif ahead is not None:
                        ahead.append(te)
                continue
            kept.append(te)
            sent_of.append(sent)
            if te.kind == "absolute" and te.year:
                eb = elapsed_bound(text, te, sent[0])
                if eb is not None:
                    elapsed[te.start] = eb
        # anaphoric spans ("over the subsequent four years", "two years later") may reach
        # back into the previous paragraph of their section (only they use this anchor),
        # but a year written before the span in its own sentence wins ("created in 2016
        # and dissolved three years later")
        back: list[TimeExpr | None] = [
            _sentence_anchor(te, kept, sent_of[i]) if te.unit == "years-after" else None
            for i, te in enumerate(kept)
        ]
        if any(te.unit == "years-after" and a is None for te, a in zip(kept, back, strict=True)):
            passage = local_anchors(text, kept, sec.start, paragraphs=2)
            back = [a or p for a, p in zip(back, passage, strict=True)]
        pending.extend((te, sec.kind, sents, a2) for te, a2 in zip(kept, back, strict=True))
    # a year-less date takes the year of the narrative's preceding dated reference, in its
    # paragraph or (a point of the narrative shortly before it) across paragraph and
    # section breaks ("since 2020", "by 2030" and bare attributive years do not lend theirs);
    # only a day or month without its year (not a bare month name) uses that anchor
    kept = [p[0] for p in pending]
    if any(_leans_on_anchor(te) for te in kept):
        near = local_anchors(text, kept, sections[0].start if sections else 0, discourse=True)
    else:
        near = [None] * len(kept)
    refs: list[_Ref] = []
    for (te, kind, sents, a2), a1 in zip(pending, near, strict=True):
        ref = _Ref(te, kind, a2 if te.unit == "years-after" else a1, elapsed=elapsed.get(te.start))
        if te.kind == "range" and te.end_year and not fiscal_year(te):
            ref.released = _release(text, sents, te)
        refs.append(ref)
    return refs


def _leans_on_anchor(te: TimeExpr) -> bool:
    """A year-less date whose year :func:`estimate_published` takes from its anchor."""
    return te.kind == "partial" and te.month is not None and te.unit != "month-name"


def _release(text: str, sents: list[tuple[int, int]], te: TimeExpr) -> date | None:
    """When figures for a period ("in 2020–2024"), cited from a publisher whose release
    calendar is known (in its sentence or the one before), became public."""
    i = next((k for k, (a, b) in enumerate(sents) if a <= te.start < b), None)
    if i is None or te.end_year is None:
        return None
    around = text[sents[max(0, i - 1)][0] : sents[i][1]]
    for m in _RELEASES.finditer(around):
        month = _RELEASE_MONTH.get(m.group(0).lower())
        if month:
            return date(te.end_year + 1, month, 1)
    return None


def _span_end(te: TimeExpr, d: date) -> date:
    """The last day of the span a year-less date names: the day itself, or its month's last day."""
    if te.day:
        return d
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


_Years = list[tuple[int, str]]  # years and the text that gives each


def _explicit(refs: list[_Ref]) -> tuple[list[tuple[date, _Ref]], _Years, _Years]:
    """The lower bounds that explicit dates give (rule 3), with the years written with a month
    or a day (strong) and the bare years and range ends (weak)."""
    explicit: list[tuple[date, _Ref]] = []
    strong: list[tuple[int, str]] = []  # years written with a month or day
    weak: list[tuple[int, str]] = []  # bare years and range ends
    for r in refs:
        te = r.expr
        if te.kind == "absolute" and te.year:
            explicit.append((first_day(te, te.year), r))
            (strong if te.month else weak).append((te.year, te.text))
            if r.elapsed is not None:
                # "a year after the clashes of 7 October 2023": that time has been reached
                explicit.append((r.elapsed[0], r))
                strong.append((r.elapsed[0].year, r.elapsed[1]))
        elif te.kind == "range" and te.year and fiscal_year(te):
            # "the budget for 2025–26": a fiscal year is current from its first year on
            explicit.append((date(te.year, 1, 1), r))
        elif te.kind == "range" and te.end_year:
            explicit.append((r.released or date(te.end_year, 1, 1), r))
            weak.append((te.end_year, te.text))
        elif te.unit == "years-after" and r.anchor is not None and r.anchor.year:
            # "over the subsequent four years" after "in 2020": 2024 has been reached
            y = r.anchor.year + te.offset
            explicit.append((date(y, 1, 1), r))
            strong.append((y, f"{te.text}' after '{r.anchor.text}"))
    return explicit, strong, weak


def _year_less_bounds(refs: list[_Ref], present: tuple[int, str], cap: int,
                      latest_explicit: date | None) -> list[tuple[date, str]]:
    """The lower bounds that year-less dates give (rules 4 and 5): a month or day from its
    anchor's year, else from the present year (a news peg in the lead moved past the latest
    dated reference), and "next year"-like dates from the present year."""
    bounds: list[tuple[date, str]] = []
    cy, cbasis = present
    for r in refs:
        te = r.expr
        if (te.kind == "partial" and te.month and te.unit != "month-name" and r.anchor
                and (r.anchor.year or 0) <= cap):
            ay = r.anchor.year or cy
            d = first_day(te, ay)
            bounds.append(
                (d, f"'{te.text}' → {d.isoformat()}, year from the preceding '{r.anchor.text}'")
            )
        elif te.kind == "partial" and te.month:
            y = cy
            if te.unit == "month-name" and te.offset:
                y = cy + te.offset if te.offset > 0 else cy
            d = first_day(te, y)
            why = f"'{te.text}' → {d.isoformat()}, {cbasis}"
            # the date names a span (a month, or a day): it precedes the latest dated
            # reference only when the whole span does ("in August" after "8 August 2025"
            # is that August, not the next one)
            if r.section == "lead" and latest_explicit and _span_end(te, d) < latest_explicit:
                while _span_end(te, d) < latest_explicit:
                    d = d.replace(year=d.year + 1)
                why = (
                    f"'{te.text}' in the lead → {d.isoformat()} (a news peg cannot precede "
                    f"the latest dated reference {latest_explicit.isoformat()})"
                )
            bounds.append((d, why))
        elif te.kind == "relative" and te.unit == "year":
            y = cy + te.offset
            bounds.append((date(y, 1, 1), f"'{te.text}' → {y}, {cbasis}"))
    return bounds


def estimate_published(text: str, sections: list[Section],
                       offices: OfficeTable | None = None) -> PublishedEstimate | None:
    """Estimate when an article was published: from what it refers to
    (:func:`reference_estimate`), narrowed by a year-less wire dateline's weekday and the
    office-holders the text names when it opens with one
    (:func:`~silkgraph.segment.dateline_year.dateline_estimate`; terms of ``offices``, the
    gazetteer's ``Knowledge.offices``, else the package's)."""
    est, written = estimate_and_written(text, sections)
    return dateline_estimate(text, sections, est, offices=offices, written=written) or est


def reference_estimate(text: str, sections: list[Section]) -> PublishedEstimate | None:
    """The earliest publication date the article's dated references allow (see module doc)."""
    return estimate_and_written(text, sections)[0]


def estimate_and_written(
    text: str, sections: list[Section]
) -> tuple[PublishedEstimate | None, date | None]:
    """:func:`reference_estimate`, and the latest bound that a date written with its year
    gives by itself (no year-less date, no "a bare year is past" convention): what a
    year-less dateline's weekday may not contradict."""
    ahead: list[TimeExpr] = []
    told: list[TimeExpr] = []
    refs = _collect(text, sections, ahead, told)
    explicit, strong, weak = _explicit(refs)
    cap = 9999
    if strong:
        # a bare year more than a decade after every month-level date is a target or a
        # term's end the cues above missed, not a year the narrative has reached
        cap = max(strong)[0] + _MAX_AHEAD
        if any(y > cap for y, _ in weak):
            weak = [w for w in weak if w[0] <= cap]
            explicit = [(d, r) for d, r in explicit if d.year <= cap]
    present: tuple[int, str] | None = None
    if strong:
        present = max(strong)
        present = (present[0], f"year from '{present[1]}'")
    if weak:
        wy, wt = max(weak)
        if present is None or wy > present[0]:
            present = (wy + 1, f"year after '{wt}' (a bare year names a past year)")
    bounds: list[tuple[date, str]] = [
        (
            d,
            f"'{r.elapsed[1]}' → {d.isoformat()}"
            if r.elapsed and d == r.elapsed[0]
            else f"'{r.expr.text}' after '{r.anchor.text}' → {d.year}"
            if r.anchor and r.expr.unit
            else f"'{r.expr.text}' (figures released {d.isoformat()})"
            if r.released
            else f"'{r.expr.text}'",
        )
        for d, r in explicit
    ]
    # a release date is not a dated event: a news peg need not follow it
    # nor is a span's reach ("a year after …" may be written a little before the day)
    latest_explicit = max((d for d, r in explicit if not r.released and not (r.elapsed and d == r.elapsed[0])),
                          default=None)
    written = max((d for d, _r in explicit), default=None)
    if present is not None:
        bounds += _year_less_bounds(refs, present, cap, latest_explicit)
    ceilings = _ceilings(text, sections, ahead)
    if not bounds:
        if not ceilings:
            return None, written
        # nothing dated: the article's own copyright year is its year
        hi, hwhy = min(ceilings, key=lambda c: c[0])
        if not hwhy.startswith("©"):
            return None, written
        return PublishedEstimate(not_before=date(hi.year, 1, 1).isoformat(), not_after=hi.isoformat(),
                                 basis=f"no dated reference: the copyright year ({hwhy})"), written
    best, why = max(bounds, key=lambda b: b[0])
    basis = f"latest dated reference: {why}"
    # the earliest ceiling not before the bound nor before any date the article tells as past or
    # from a report (one before it contradicts the evidence: the article may be written after them)
    floor = max([best] + [_first_day(te) for te in told])
    fit = [c for c in ceilings if c[0] >= floor]
    not_after = None
    if fit:
        hi, hwhy = min(fit, key=lambda c: c[0])
        not_after = hi.isoformat()
        basis += f"; at the latest {not_after}: {hwhy}"
    return PublishedEstimate(not_before=best.isoformat(), not_after=not_after, basis=basis), written


def _first_day(te: TimeExpr) -> date:
    """The first day of an absolute date with its year ("1 July 2021" → itself, "July 2021" → 1 July)."""
    return date(te.year or 1, te.month or 1, te.day if te.month and te.day else 1)


# a copyright notice with its year: "© 2025 Regional Policy Forum", "Copyright 2024 …"
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b", re.I)


def _ceilings(text: str, sections: list[Section], ahead: list[TimeExpr]) -> list[tuple[date, str]]:
    """Upper bounds of the publication date: the end of the span a date told ahead names
    with its year ("will meet again in October 2025" → 2025-10-31: written before it), and
    the year of a copyright notice among the article's boilerplate ("© 2025 …" → 2025-12-31;
    a page's notice carries its own year or a later one)."""
    out: list[tuple[date, str]] = []
    for te in ahead:
        y = te.year or 0
        if te.day and te.month:
            end = date(y, te.month, te.day)
        elif te.month:
            end = date(y, te.month, calendar.monthrange(y, te.month)[1])
        else:
            end = date(y, 12, 31)
        out.append((end, f"'{te.text}' is told ahead"))
    for sec in sections:
        if sec.kind != "boilerplate" or sec.end - sec.start > 300:
            continue
        m = _COPYRIGHT.search(text, sec.start, sec.end)
        if m:
            out.append((date(int(m.group(1)), 12, 31), f"© {m.group(1)}"))
    return out
