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
