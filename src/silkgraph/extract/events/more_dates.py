"""An event's dates besides the one chosen near its trigger (:mod:`.dates`): the year an
exercise's name carries ("Vostok-2018"), and the further dates of an event told as
repeated on coordinated dates ("held in May 2022 and again in June 2023")."""

from __future__ import annotations

import re
from datetime import date

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.clock import WRITTEN_YEAR_RE
from silkgraph.extract.events.fallback_dates import point_dates
from silkgraph.extract.events.participants import clause_bounds
from silkgraph.extract.events.timeline import _gapped_repeat

# "Vostok-2018", "Rubezh 2021", "Peace Mission 2021": an exercise named with its year
EXERCISE_NAME_RE = re.compile(r"(?<![\w\-])(?P<name>(?:[A-Z][a-z]+[\s\-]){1,3}?(?P<y>(?:19|20)\d\d))(?![\w\-])")
EXERCISE_WORD_RE = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war games|wargames)\b", re.I)


def _exercise_name_date(sv: SentenceView, c: Cand) -> tuple[str | None, str | None, str]:
    """An exercise event with no date in its clause: the year its name carries."""
    if c.trig.etype not in ("cooperation", "mobilization"):
        return None, None, ""
    cs, ce = clause_bounds(sv.text, c.start, c.end)
    if not EXERCISE_WORD_RE.search(sv.text, cs, ce):
        return None, None, ""
    for m in EXERCISE_NAME_RE.finditer(sv.text, cs, ce):
        if m.group("name").split()[0] in ("In", "On", "Since", "By", "During", "Until", "From"):
            continue
        return m.group("y"), m.group("name"), f"the year in the exercise name '{m.group('name')}'"
    return None, None, ""


# "in May 2022 and again in June 2023"; a part of the day may close the first date ("on Monday evening and
# again on Tuesday"), and a repetition marked "again" may name its own occasion or place before its date ("in
# September and again at the D-8 summit in Cairo on December 19")
AGAIN_GAP_RE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+and\s+"
                          r"(?:(?:again|once more)(?:\s+(?:at|in|during|on the (?:sidelines|margins) of)\s+"
                          r"(?:the\s+|an?\s+)?[^,;:.()]{1,50}?)?|later|then|also)?\s*(?:in|on)?\s*")


def _repeated_dates(sv: SentenceView, ctx: ArticleContext, c: Cand,
                    iso: str | None) -> list[tuple[str | None, str | None, str]]:
    """"exercises held in May 2022 and again in June 2023": an event told as repeated on
    coordinated dates is one event per date (the first is ``iso``)."""
    if not iso or c.trig.etype not in ("cooperation", "mobilization", "meeting", "attack", "test", "protest"):
        return []
    ds = [d for d in point_dates(sv, ctx) if d[0] >= c.start - 40]
    out: list[tuple[str | None, str | None, str]] = []
    for a, b in zip(ds, ds[1:], strict=False):
        if a[2] == iso or (out and out[-1][0] == a[2]):
            if b[2] != a[2] and len(b[2]) >= 4 and AGAIN_GAP_RE.fullmatch(sv.text, a[1], b[0]) and \
                    not _next_day_pair(sv.text[a[1]:b[0]], a[2], b[2]) and not NEW_SUBJECT_RE.match(sv.text, b[1]):
                written = WRITTEN_YEAR_RE.search(b[3]) is not None
                out.append((b[2], b[3], "as written" if written else f"year of the coordinated date '{a[3]}'"))
    if not out:
        out = _gapped_repeat(sv, ctx, c)
    return out


# a second date fronting a clause of its own subject ("met X on 3 December, and on 19 December Y visited Z"):
# the date of that clause's event, not a repetition of the first
NEW_SUBJECT_RE = re.compile(r"\s+(?:(?:the|its|their|his|her)\s+)?(?:(?-i:[A-Z])[\w\-’']+|two|both|three)\b(?!\s*,)")


REPEAT_WORD_RE = re.compile(r"\b(?:again|once more|later|then|also)\b")


def _next_day_pair(gap: str, first: str, second: str) -> bool:
    """"the summit in Tianjin on August 31 and September 1": two days in a row joined by a bare "and" are
    the span of one event, not a repetition ("on Monday and again on Tuesday" stays two events)."""
    if len(first) != 10 or len(second) != 10 or REPEAT_WORD_RE.search(gap):
        return False
    try:
        return (date.fromisoformat(second) - date.fromisoformat(first)).days == 1
    except ValueError:
        return False
