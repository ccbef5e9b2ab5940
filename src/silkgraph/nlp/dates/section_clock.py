"""Whether the narrative's clock runs from a dated anchor into the analysis sections.

An analytical article tells its chronology under BACKGROUND and turns to the present under
IMPLICATIONS and CONCLUSIONS: "BACKGROUND: … In September 2018 Kathmandu withdrew from the exercise.
IMPLICATIONS: Xi's visit on October 12-13 upgraded relations …" is October of the year of writing, not
of 2018.  A year-less date that opens or follows the start of an analysis section does not take the
year of an anchor told in another section when that year is older than the year the date has by the
publication date (the most recent such day not after it); the narrative's clock runs on only within
its section ("BACKGROUND: In March 2018 … [new paragraph] On 7 May …" stays 2018) and where both
readings agree.
"""

from __future__ import annotations

from silkgraph.nlp.dates.find import TimeExpr

ANALYSIS_SECTIONS = frozenset({"implications", "conclusions"})


def stale_across_sections(te: TimeExpr, anchor_year: int, te_section: str, anchor_section: str | None,
                          present_year: int | None, other_paragraph: bool = False) -> bool:
    """Whether a year-less ``te`` in an analysis section (``te_section``) should not take ``anchor_year``,
    the year of an anchor told in another section (``anchor_section``) or in an earlier paragraph
    (``other_paragraph``: an analysis section's paragraph turns to the present as its section does,
    "… tested again in March 2018. [new paragraph] After the attack on April 22 …"), because the
    publication date gives it a later year (``present_year``, what :func:`resolve` gives without the
    anchor)."""
    return (te.year is None and te.month is not None and te_section in ANALYSIS_SECTIONS
            and anchor_section is not None and (anchor_section != te_section or other_paragraph)
            and present_year is not None and present_year > anchor_year)


def parse_year(iso: str | None) -> int | None:
    """The year of a partial ISO date ("2025-05-07" → 2025); None for none or a span."""
    return int(iso[:4]) if iso and iso[:4].isdigit() and "/" not in iso else None


# days after a day-anchor within which a new paragraph's date still tells the same story
CLOSE_STEP_DAYS = 31


def close_step(anchor: TimeExpr, te: TimeExpr) -> bool:
    """Whether year-less ``te`` falls within a month after ``anchor``'s day in the calendar ("On 3 May
    2022 … [new paragraph] On May 6 …"): the next step of the story told just before, not the present."""
    if anchor.day is None or anchor.month is None or te.month is None:
        return False
    days = (te.month - anchor.month) * 31 + (te.day or 1) - anchor.day
    return 0 <= days <= CLOSE_STEP_DAYS
