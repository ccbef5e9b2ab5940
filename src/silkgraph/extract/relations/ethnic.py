"""Demonyms that name peoples, not states: "clashes between ethnic Kyrgyz and Uzbeks",
"ethnic Kyrgyz and Uzbek youths fought".  After "ethnic" (and in the coordination that
"ethnic" opens) a demonym tells a community, which may live on either side of a border; a
fight between communities is no relation between their states."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part

# "ethnic " right before the demonym, or "ethnic <Demonym> and " / "ethnic <Demonym>, " before it
ETHNIC_BEFORE_RE = re.compile(r"\bethnic\s+(?:[A-Z][\w\-]*\s*(?:,|and|or)\s+)?$", re.I)
LOOKBACK = 40


def peoples_masked(parts: list[Part], text: str) -> list[Part]:
    """``parts`` without the demonyms that ``ethnic`` makes a people's name."""
    if "thnic" not in text:
        return parts
    return [p for p in parts if not (p.kind == "demonym"
                                     and ETHNIC_BEFORE_RE.search(text, max(0, p.start - LOOKBACK), p.start))]
