"""An event noun in a fronted frame takes no party from the main clause.

"During the same visit, A and B agreed to …", "Since the war of 2020 A and B have been …": the
noun of the frame ("visit", "war") names the occasion or the time of the main clause; the parties
of the main clause are the main verb's, not the occasion's.  The frame is a sentence-initial
prepositional phrase (During, Since, After, Following, Before, Amid, Ahead of) up to its comma,
or, with no comma, up to the end of the date that closes it right before a capitalised subject
("Since the war of 2020 Türkiye …").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import SentenceView
from silkgraph.extract.events.candidates import Cand

FRAME_OPEN_RE = re.compile(r"(?:During|Since|After|Following|Before|Amid|Ahead of)\s")
SUBJECT_AFTER_RE = re.compile(r"\s+[A-Z]")


def frame_end(sv: SentenceView) -> int | None:
    """The end of the sentence's fronted frame (relative offset), or None."""
    text = sv.text
    if FRAME_OPEN_RE.match(text) is None:
        return None
    comma = text.find(",")
    if 0 < comma <= 90:  # a short phrase: a longer stretch holds the main clause ("During X the two sides did Y, …")
        return comma
    for d in sv.dates:
        b = sv.rel(d.end)
        if b <= 120 and SUBJECT_AFTER_RE.match(text, b):
            return b
    return None


def frame_parties(sv: SentenceView, cands: list[Cand]) -> None:
    """Drop from each event noun of the frame the parties named after it."""
    end = frame_end(sv)
    if end is None:
        return
    for c in cands:
        if c.trig.kind != "noun" or c.end > end:
            continue
        c.actors = [p for p in c.actors if p.end <= end]
        c.targets = [p for p in c.targets if p.end <= end]
