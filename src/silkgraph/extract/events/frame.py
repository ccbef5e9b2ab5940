"""An event noun in a fronted frame takes no party from the main clause.

"During the same visit, A and B agreed to …", "Since the war of 2020 A and B have been …": the
noun of the frame ("visit", "war") names the occasion or the time of the main clause; the parties
of the main clause are the main verb's, not the occasion's.  The frame is a sentence-initial
prepositional phrase (During, Since, After, Following, Before, Amid, Ahead of) up to its comma,
or, with no comma, up to the end of the date that closes it right before a capitalised subject
("Since the war of 2020 Türkiye …").

A journey the frame tells without its traveller ("During a visit to Baku, the prime minister
signed …", "On his trip to Ankara, he …") is the main clause subject's own: the understood
visitor of an indefinite or possessive-pronoun visit is the subject that follows, so its parties stay.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import SentenceView
from silkgraph.extract.events.candidates import Cand

FRAME_OPEN_RE = re.compile(r"(?:During|Since|After|Following|Before|Amid|Ahead of)\s")
# "During a visit to Baku,", "During his trip to Ankara,": a journey whose traveller is the main clause's subject
OWN_JOURNEY_RE = re.compile(r"(?:During|On|In the course of)\s+(?:an?|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?"
                            r"(?:visit|trip|journey|tour)\s+to\s+(?:the\s+)?[A-Z](?:(?!\bby\b)[^,]){1,60},\s+(?!and\b)")
SUBJECT_AFTER_RE = re.compile(r"\s+[A-Z]")
SUBJECT_ZONE_RE = re.compile(r"[,\s]*(?:(?:the|an?|[A-Z][\w\-’'.]*)\s+){0,6}")


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
    own = OWN_JOURNEY_RE.match(sv.text) is not None
    for c in cands:
        if c.trig.kind != "noun" or c.end > end:
            continue
        c.actors = [p for p in c.actors if p.end <= end or (own and _subject(sv.text, end, p.start))]
        c.targets = [p for p in c.targets if p.end <= end]


def _subject(text: str, end: int, start: int) -> bool:
    """Whether a party at ``start`` heads the main clause after the frame (only the article and
    capitalised words of a name or title before it: "…, the Georgian prime minister", "…, President X")."""
    return start >= end and SUBJECT_ZONE_RE.fullmatch(text, end, start) is not None
