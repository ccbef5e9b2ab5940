"""Events told as not done: an act that would make the event happen told as failed ("failed to
reach a deal", "failed to broker a truce", "failed to sign"), or an event noun whose own clause
says it never came about ("the proposed 2024 agreement … was never signed", "a planned summit was
never held", "the deal fell through").

Such a mention is no event of any mood. The cues are data (``not_done`` in
resources/ontology/modality.yaml); the failed act is read right before the trigger (within
60 characters), the denial right after a noun trigger (within 120 characters, its own clause).
A failure to stop something ("failed to prevent an attack") is no cue: the attack happened.
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.resources import load_yaml


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("ontology/modality.yaml")["not_done"]
    return re.compile(data["failed_before"], re.I), re.compile(data["never_after"], re.I)


def not_done(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the trigger at ``start``-``end`` (a "verb" or "noun") is told as not having happened."""
    failed, never = _patterns()
    lo = max(0, start - 60)
    if "fail" in text or "unable" in text or "could" in text or "manage" in text or "n’t" in text or "n't" in text:
        if failed.search(text, lo, start):
            return True
    if kind == "noun" and ("never" in text or "not" in text or "n’t" in text or "n't" in text or "fell" in text):
        return never.match(text[end:end + 120]) is not None
    return False
