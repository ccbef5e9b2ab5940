"""The number of an apposition's head after a list of states: "X and Y, both members of the
SCO" (plural: the whole list) against "X and Y, the newest member of the SCO" (singular: Y,
the nearest state, alone).  The words that make a head plural or distributive are
``apposition_plural`` in ``resources/ontology/memberships.yaml``."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.memberships.cues import _DATA

PLURAL_HEAD_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _DATA.get("apposition_plural") or ()) + r")\b",
                            re.I)


def apposed(near: list[Part], text: str, s: int, e: int) -> list[Part]:
    """The states an apposition cue ``text[s:e]`` describes out of the list ``near`` right before
    it: all of them under a plural or distributive head, else only the last one."""
    if len(near) < 2 or PLURAL_HEAD_RE.search(text, s, e) is not None:
        return near
    return near[-1:]
