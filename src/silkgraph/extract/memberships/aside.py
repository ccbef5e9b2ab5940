"""A relative clause set off by commas between the subject and its verb: "Armenia, which accuses
Moscow of failing to protect it, froze its participation in the CSTO".  The states of the aside
are not the verb's subject; the subject is what stands before the aside."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part

# ", which/who … ," closed right before the cue (an adverb or two between)
ASIDE_BEFORE_RE = re.compile(r",\s*(?:which|who|whose)\b[^,;:()\"“”]{3,120},\s*(?:(?:also|since|then|later|now|still|formally|officially|in\s+\w+(?:\s+\d{4})?)\s+){0,2}$",
                             re.I)


def before_aside(states: list[Part], text: str, s: int) -> tuple[list[Part], int] | None:
    """The states before a comma-closed relative aside that ends right before ``s``, and where
    the aside begins; None when there is no such aside."""
    m = ASIDE_BEFORE_RE.search(text, max(0, s - 160), s)
    if m is None or m.end() != s:
        return None
    return [p for p in states if p.end <= m.start()], m.start()


# ", along with Y and Z," closed right before the cue: companions who share the verb; also a relative
# opened by the companion phrase, commas or none: "X, which like Y is Z's partner in ORG" (session 21)
WITH_ASIDE_RE = re.compile(r"(?:,\s*(?:along\s+with|together\s+with|as\s+well\s+as|alongside|like)\s+[^,;:()\"“”]{2,80}?"
                           r"(?:,\s*(?:and\s+)?[^,;:()\"“”]{2,40}?)*,|,\s*(?:which|who)\s*,?\s*(?:along\s+with|together\s+with|"
                           r"alongside|like)\s+(?-i:[A-Z])[^,;:()\"“”]{1,60}?(?:,|\s))"  # (the cue, the relative's verb, follows)
                           r"\s*(?:(?:also|both|all|now|still|formally)\s+){0,2}$", re.I)


def with_aside(states: list[Part], text: str, s: int) -> tuple[list[Part], int, list[Part]] | None:
    """"X, along with Y and Z, belongs to": the states before a companion aside that ends right
    before ``s``, where it begins, and the states named inside it (they share the verb)."""
    m = WITH_ASIDE_RE.search(text, max(0, s - 160), s)
    if m is None or m.end() != s:
        return None
    return [p for p in states if p.end <= m.start()], m.start(), [p for p in states if m.start() < p.start < m.end()]
