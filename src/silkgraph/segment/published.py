"""Publication dates: an estimate from the dates an article refers to (the dates an article
states are :mod:`silkgraph.segment.stated`'s, re-exported here).

The estimate (``not_before`` only; ``not_after`` stays open) follows these rules:

1. Only dated references in the running text count: leads, BACKGROUND/IMPLICATIONS/
   CONCLUSIONS and body sections.  Captions (old photos), author bios and boilerplate
   are ignored.
2. A reference counts only when it is about the past: expressions introduced by a
   deadline preposition ("by 2030", "until", "before"; unless told as reached: "until
   September 2030, when parliament dismissed him", "By August 2031 the militia had
   taken …": :mod:`silkgraph.segment.reached_deadline`) and expressions in a clause
   with a future or plan marker ("will", "is scheduled to", "plans to", "next", …;
   not one after a past report the date belongs to: "In May 2024, he said he would …", nor
   one in a "that" clause a past verb governs: "the raid in March 2013 was meant to show
   that the army would …" is a past plan) are ignored, and so is a bare year in the
   infinitive of a commitment told in the past ("undertook to leave by 2001 and to
   negotiate during 2000": ahead of the commitment, not of the writing; no past year);
   so are dates told as scheduled or awaited without one: a
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
   they reach counts like a month-level year for C, and so does the year a narrative
   rolls into ("the revolution of November 2003 … on January 4 he was elected" → 2004):
   a date told as past there means the article is written in that year or later, so the
   unanchored year-less dates after it ("On July 7", "mid-August") are not put earlier.
5. An unanchored year-less date in the lead is the article's news peg: it cannot precede the
   latest explicitly dated reference, so it moves to the next year when the whole span it
   names would ("in August" after "on 8 August 2025" is that August).
6. ``not_before`` is the latest of these bounds; the basis names the expression.

The references are read by :mod:`silkgraph.segment.published_refs`, the bounds they give
(and the ``not_after`` ceilings) by :mod:`silkgraph.segment.published_bounds`; this module
combines them.
"""


from __future__ import annotations

from datetime import date

from silkgraph.knowledge.office_terms import OfficeTable
from silkgraph.model import PublishedEstimate, Section
from silkgraph.nlp.dates import TimeExpr
from silkgraph.segment.dateline_year import dateline_estimate
from silkgraph.segment.published_bounds import (
    absolute_first_day,
    ceiling_bounds,
    explicit_bounds,
    year_less_bounds,
)
from silkgraph.segment.published_refs import collect_refs
from silkgraph.segment.stated import parse_date_text, stated_date

__all__ = ["estimate_published", "reference_estimate", "estimate_and_written", "stated_date", "parse_date_text"]

_MAX_AHEAD = 10  # years a bare year may lie beyond the latest month-level date


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
    refs = collect_refs(text, sections, ahead, told)
    explicit, strong, weak = explicit_bounds(refs)
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
        bounds += year_less_bounds(refs, present, cap, latest_explicit)
    ceilings = ceiling_bounds(text, sections, ahead)
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
    floor = max([best] + [absolute_first_day(te) for te in told])
    fit = [c for c in ceilings if c[0] >= floor]
    not_after = None
    if fit:
        hi, hwhy = min(fit, key=lambda c: c[0])
        not_after = hi.isoformat()
        basis += f"; at the latest {not_after}: {hwhy}"
    return PublishedEstimate(not_before=best.isoformat(), not_after=not_after, basis=basis), written
