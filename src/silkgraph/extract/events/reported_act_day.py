"""The day of an act a report tells as done before it (event dating, :mod:`dates`).

"Officials said on Saturday that at least 30 people had been killed when gunmen opened fire ...":
the day written before the that-clause dates the report (the speech verb); the act the clause tells
in the pluperfect happened before it.  A news report gives that act's own day in the sentences that
follow, by a definite noun naming the act again ("The attack began on Friday evening ..."): that
day, on or before the report's, dates the act.  Without such a sentence the report's day stands.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.news import _within_days
from silkgraph.extract.events.patterns import INCIDENT_NOUNS
from silkgraph.extract.events.timeline import _date_of
from silkgraph.extract.events.triggers import _find_triggers
from silkgraph.nlp.dates.narrative import pluperfect_complement

# the acts a report tells as done before it, with their casualties ("had been killed when ...")
ACT_TYPES = frozenset({"attack"})
# a sentence that opens with a definite noun phrase naming the act again ("The attack", "The Friday assault")
DEFINITE_OPEN_RE = re.compile(r"(?:The|That|This)\s+((?:[\w\-’']+\s+){0,2}?[\w\-’']+)\s+"
                              r"(?:began|started|happened|occurred|took place|unfolded|erupted|broke out)\b")
LOOK_AHEAD = 3  # sentences after the report's


def _names_act(noun: str, etype: str) -> bool:
    if any(t.etype == etype for t, _m in _find_triggers(noun)):
        return True
    return any(t == etype and rx.search(noun) for t, rx in INCIDENT_NOUNS)


def reported_act_day(sv: SentenceView, ctx: ArticleContext, c: Cand, report_end: int,
                     report_iso: str) -> tuple[str, str, str] | None:
    """For an act ``c`` told in a pluperfect that-clause after the report's date (ending at
    ``report_end``, resolved to ``report_iso``): the day a following sentence gives the act
    by naming it again with a definite noun; (iso, text, basis) or None."""
    if c.trig.etype not in ACT_TYPES or c.trig.kind != "verb" or len(report_iso) != 10 or \
            not pluperfect_complement(sv.text, c.start, report_end):
        return None
    for i in range(sv.index + 1, min(len(ctx.sentences), sv.index + 1 + LOOK_AHEAD)):
        view = ctx.sentences[i]
        if view.section != sv.section:
            break
        m = DEFINITE_OPEN_RE.match(view.text)
        if m is None or not _names_act(m.group(1), c.trig.etype):
            continue
        for d in view.dates:
            if d.kind in ("range", "decade") or (d.prep or "") in ("by", "until", "till", "before", "since"):
                continue
            iso, _basis = _date_of(ctx, view, d)
            if iso and len(iso) == 10 and iso <= report_iso and _within_days(iso, report_iso, 7):
                return iso, d.text, (f"the act told in the pluperfect after the report's day ({report_iso}): "
                                     f"its own day, given by '{m.group(0)} ... {d.text}'")
        return None  # the act named again without a day: the report's day stands
    return None
