"""A hostility wished away or averted: no relation told.

"Azerbaijan was not seeking a quarrel with Russia", "Kazakhstan has no wish for a conflict with
Uzbekistan", "Armenia does not want a war with Azerbaijan", "to avert a war with India": the
hostile cue is the object of a negated wish or of an averting verb, so the sentence denies or
forestalls the very relation the cue would name.  The verb phrases are the one pattern
``denied_desire`` of ``resources/ontology/relations.yaml``; only a few words before the cue are
read (an article or an adjective or two may stand between)."""

from __future__ import annotations

import re

from silkgraph.resources import load_yaml

DENIED_RE = re.compile(load_yaml("ontology/relations.yaml")["denied_desire"], re.I)
_GATE = ("not", "no ", "never", "n't", "n’t", "avoid", "avert", "prevent", "forestall")


def denied_before(text: str, pos: int) -> bool:
    """Whether a negated wish or an averting verb governs the cue starting at ``pos``."""
    window = text[max(0, pos - 60):pos]
    low = window.lower()
    if not any(g in low for g in _GATE):
        return False
    return DENIED_RE.search(window) is not None
