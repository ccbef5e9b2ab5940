"""Reported speech as an event: what a party said, warned or told another.

"X said that …", "told reporters that …", "warned that …": a dated statement by a party
is a ``statement`` event unless its complement tells an event of its own (that event is
then the news, see ``extract_events``).  What the complement says may make the statement
a threat ("would be treated as an act of war", "would respond to any transfer") or an
accusation ("had committed war crimes", "a reckless provocation"); the cue lexicons are
data (``speech_cues`` in ``resources/ontology/events.yaml``).
"""

from __future__ import annotations

import re

from silkgraph.extract.events.patterns import _DATA

SPEECH_CUES: dict[str, re.Pattern[str]] = {k: re.compile(v, re.I) for k, v in (_DATA.get("speech_cues") or {}).items()}
# the complement ends at a new main clause or sentence part ("; ", " — ", ", although …")
COMPLEMENT_END_RE = re.compile(r"[;—]|\s[-–]\s|,\s+(?:although|though|while|whereas|but)\b|\.\s")
COMPLEMENT_LEN = 260
# the order in which a statement's complement retypes it
RETYPE_ORDER = ("threat", "accusation")


def complement_span(text: str, end: int) -> tuple[int, int]:
    """The words after a speech verb that say what was said (up to a clause break)."""
    m = COMPLEMENT_END_RE.search(text, end, min(len(text), end + COMPLEMENT_LEN))
    return end, (m.start() if m else min(len(text), end + COMPLEMENT_LEN))


def has_cue(family: str, text: str, end: int) -> bool:
    """Whether the complement after ``end`` shows a cue of ``family``."""
    rx = SPEECH_CUES.get(family)
    if rx is None:
        return False
    a, b = complement_span(text, end)
    return rx.search(text, a, b) is not None


def speech_type(text: str, end: int) -> str | None:
    """The event type a statement's complement makes it (threat, accusation), or None."""
    for family in RETYPE_ORDER:
        if has_cue(family, text, end):
            return family
    return None
