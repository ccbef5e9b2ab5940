"""Argument families kept out of ``arguments``: a light verb between a subject and an event
noun, the parties of a passive agreement verb, and the start of a date range.

* "X announced new sanctions on Y": X is the subject of the light verb, not a compound
  modifier of "sanctions" (no possessor chain across a verb);
* "the treaty was initialled in Z in the presence of A, B and C": a passive agreement with
  no "by" agent is made by the parties it was concluded in the presence of;
* "held with Y from 10 to 20 June 2024": an event told over a range is dated by its start.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part, _after, _chain_before

# "in the presence of A, B and C", "in the presence of the leaders of A and B"
PRESENCE_RE = re.compile(r"\bin the presence of\s+(?:the\s+)?(?:(?:leaders?|heads?|presidents?|foreign ministers?|"
                         r"ministers?|representatives?|delegations?)\s+of\s+(?:the\s+)?)?", re.I)
PRESENCE_TYPES = frozenset({"agreement", "ceasefire"})
# "from 10 to 20 June 2024", "from 10 until 20 June": the range's first day written before the date
RANGE_START_RE = re.compile(r"\bfrom\s+(\d{1,2})\s*(?:to|until|till|through|[-–])\s*$", re.I)
FULL_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def verb_free_chain(parts: list[Part], text: str, s: int, lv: re.Match[str] | None) -> list[Part]:
    """The possessor/compound chain before an event noun, unless a light verb stands between
    the chain and the noun ("X announced new sanctions": X is the verb's subject)."""
    chain = _chain_before(parts, text, s)
    if chain and lv is not None and lv.start() >= chain[0].end:
        return []
    return chain


def presence_parties(parts: list[Part], text: str, e: int, ce: int, etype: str) -> list[Part]:
    """The parties of a passive agreement verb told "in the presence of A, B and C"."""
    if etype not in PRESENCE_TYPES:
        return []
    m = PRESENCE_RE.search(text, e, min(ce, e + 90))
    if m is None:
        return []
    return _after(parts, text, m.end(), min(len(text), m.end() + 30), ("",))


def range_start(text: str, date: tuple[str | None, str | None, str]) -> tuple[str | None, str | None, str]:
    """A day date that closes a "from D to …" range: the event is dated by the range's start."""
    iso, dtext, basis = date
    if not iso or not dtext or not FULL_DAY_RE.match(iso) or "rom " not in text:
        return date
    a = text.find(dtext)
    while a != -1:
        m = RANGE_START_RE.search(text, max(0, a - 20), a)
        if m is not None and 1 <= int(m.group(1)) < int(iso[8:]):
            return f"{iso[:8]}{int(m.group(1)):02d}", text[m.start():a] + dtext, f"{basis}; start of the range"
        a = text.find(dtext, a + 1)
    return date
