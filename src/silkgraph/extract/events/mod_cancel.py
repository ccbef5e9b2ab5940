"""The cancellation of a planned meeting is done, not planned.

"The summit planned for October was cancelled", "a scheduled visit by X had been called off", "the
proposed talks were postponed": the plan word describes the meeting undone (an attributive
participle of its subject), not the cancellation, which is told as done. A plan cue governs the
cancelling verb only as its own plan ("plans to cancel", "is scheduled to postpone").
"""

from __future__ import annotations

import re

CANCEL_VERB_RE = re.compile(r"cancel|call|postpon|scrap|shelv|boycott|abandon|suspend", re.I)
# the plan word right before the verb as its plan: "plans to cancel", "planned to call off"
OWN_PLAN_RE = re.compile(r"\b(?:plans?|planned|planning|intends?|intended|scheduled|set|proposed|aims?|aimed)\s+to\s+"
                         r"(?:\w+ly\s+)?$", re.I)
PLAN_WORD_RE = re.compile(r"\b(?:planned|scheduled|proposed)\b", re.I)


def cancel_ignores(text: str, start: int, etype: str, kind: str) -> frozenset[str]:
    """The modalities a cancelling verb at ``start`` does not take from its sentence: "planned"
    when the plan word describes what is cancelled, not the cancelling."""
    if etype != "rejection" or kind != "verb" or CANCEL_VERB_RE.match(text, start) is None:
        return frozenset()
    if not PLAN_WORD_RE.search(text, 0, start) or OWN_PLAN_RE.search(text, max(0, start - 30), start):
        return frozenset()
    return frozenset({"planned"})
