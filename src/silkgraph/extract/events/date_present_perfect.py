"""A year-less date in a sentence whose main clause is told in the present perfect takes the year of
the time of writing, not an old year written in an earlier sentence.

"Border guards exchanged fire on June 3, 2023. … India, for its part, has courted Kabul: its
minister met Muttaqi on April 9": the present perfect ("has courted", "have moved closer") places
what the sentence tells in the writer's present, so the year-less "April 9" is of the present's year
(the year before, when its month lies after the reference's month), not of 2023, the year the
paragraph's earlier sentence wrote.  Read only when the anchoring year lies two or more years before
the article's reference date and is written in an earlier sentence (a year in the date's own
sentence is its frame: "in 2019 X has …" is not read), and not when the perfect is a verb of saying
("has said that on June 5 …" reports a past act and keeps the narrative's year; so do verbs of showing and
reporting again, "a report has shown that …", "has repeated the claim"), nor when a pluperfect stands between the
perfect and the date ("has repeated the claim: X had imposed sanctions on April 9": before the narrative's past).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.nlp.dates import TimeExpr

# "has courted", "have moved closer", "has also seized on", "has been drawn": a present perfect
PERFECT_RE = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|already|increasingly|quietly|since|itself)\s+)?"
                        r"(?:been\s+)?(?P<v>[a-z]+(?:ed|en|wn|ught|ne|lt|de|un))\b")
# a perfect of saying reports a past act: "has said that on June 5 …"
SAYING = frozenset({"said", "stated", "claimed", "reported", "argued", "noted", "insisted", "maintained",
                    "told", "warned", "acknowledged", "admitted", "confirmed", "denied", "alleged", "written",
                    # verbs of showing and reporting again: "a report has shown that …", "has repeated the claim"
                    "repeated", "reiterated", "shown", "revealed", "found", "established", "documented", "disclosed",
                    "indicated", "suggested", "recorded", "recounted", "recalled", "described", "detailed",
                    "concluded", "determined", "asserted", "announced", "explained", "testified", "recognised",
                    "recognized", "mentioned", "cited", "quoted", "published", "uncovered", "proven", "proved",
                    "demonstrated", "highlighted", "underlined", "stressed", "emphasised", "emphasized"})
# "Iran had imposed sanctions on April 9": a pluperfect between the perfect and the date tells an act before the
# narrative's past, which keeps the narrative's year
PLUPERFECT_RE = re.compile(r"\bhad\s+(?:(?:already|also|earlier|first|previously|\w+ly)\s+)?(?:been\s+)?"
                           r"[a-z]+(?:ed|en|wn|ught|ne|lt|de|un)\b")


def perfect_present_year(ctx: ArticleContext, sv: SentenceView, d: TimeExpr, iso: str) -> tuple[str, str] | None:
    """``d``'s date in the present's year when ``sv`` tells it in the present perfect before it and
    its anchoring year (an earlier sentence's) lies two or more years before the reference date."""
    y = ctx.anchors.get(id(d))
    ref = ctx.ref_date
    if y is None or not ref or len(ref) < 7 or d.month is None or y > int(ref[:4]) - 2:
        return None
    a = sv.rel(d.start)
    head = sv.text[:a]
    if "ha" not in head or str(y) in head:
        return None  # (a literal gate; the anchor's year written in the date's own sentence frames it)
    m = PERFECT_RE.search(head)
    while m is not None and m.group("v") in SAYING:
        m = PERFECT_RE.search(head, m.end())
    if m is None or PLUPERFECT_RE.search(head, m.end()):
        return None
    ry, rm = int(ref[:4]), int(ref[5:7])
    year = ry - 1 if d.month > rm else ry
    return f"{year:04d}{iso[4:]}", f"year of the present ({ref[:7]}): told after the present perfect '{m.group(0)}'"
