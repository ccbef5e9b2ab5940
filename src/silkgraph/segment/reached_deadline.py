"""Whether a date after a deadline preposition ("by", "until", "till", "before", "through")
is a time the article tells as reached (rule 2 of :mod:`silkgraph.segment.published`).

Such a date is normally a target or the end of a term and is skipped; but an article that
tells what happened at it has been written after it, and an estimate before it would shift
every year-less date of the article.  Two shapes say the date has happened:

* a relative word (``reached_relatives`` of resources/ontology/schedule.yaml, "when") right
  after the date opens a clause told in the past with no future-in-the-past marker: "held
  the post until September 2030, when parliament dismissed him" (not "…, when the new
  rules would apply");
* "By <date>" opening its clause, the rest of the clause told in the pluperfect: "By August
  2031 the militia had taken the crossings" (not "had hoped to finish by 2031": the date is
  the infinitive's target, so the preposition must open the clause).

A future or plan marker in the date's clause still drops it afterwards (the caller's checks).
"""

from __future__ import annotations

import re

from silkgraph.nlp.dates import TimeExpr
from silkgraph.resources import load_yaml
from silkgraph.segment.schedule import future_marked, past_told, pluperfect

__all__ = ["reached_deadline"]

_DATA = load_yaml("ontology/schedule.yaml")
_RELATIVE = re.compile(
    r"\s*,?\s*(?:" + "|".join(re.escape(w) for w in _DATA["reached_relatives"]) + r")\b([^.;:!?]*)", re.I
)
_OPENERS = ",;:—–("  # what may stand right before a clause-opening "By <date>"


def reached_deadline(text: str, te: TimeExpr, clause: tuple[int, int], sent: tuple[int, int]) -> bool:
    """Whether the date ``te`` (after a deadline preposition, in ``clause`` of the sentence
    ``sent``) is told as reached (see module doc)."""
    m = _RELATIVE.match(text, te.end, sent[1])
    if m is not None:
        rel = m.group(1).lower()
        if past_told(rel) and not future_marked(rel, 0, 0):
            return True
    if (te.prep or "").lower() != "by":
        return False
    head = text[sent[0] : te.start].rstrip()  # the date's text holds its preposition
    if head and head[-1] not in _OPENERS:
        return False
    rest = text[te.end : clause[1] if clause[1] > te.end else sent[1]].lower()
    if clause[1] - te.end < 8:  # "By May 2031, the militia had …": the clause after the comma
        rest = text[te.end : sent[1]].lower()
    return pluperfect(rest) and not future_marked(rest, 0, 0)
