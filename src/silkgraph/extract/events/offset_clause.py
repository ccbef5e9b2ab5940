"""A time counted from another event, inserted between commas: "On 22 May, two days before Y invaded
Z, X and W signed …".  The main clause's subject comes after the inserted clause, and a trigger
inside the inserted clause ends its clause at the closing comma."""

from __future__ import annotations

import re

# ", two days before": the count opens right after a comma
INSERTED_OFFSET_RE = re.compile(r",\s+(?:(?:just|only|exactly|some|barely)\s+)?(?:\w+|a few)\s*$")


def inserted_offset_bounds(text: str, sub: re.Match[str], cs: int, ce: int, s: int, e: int) -> tuple[int, int]:
    """The clause bounds (cs, ce) of the trigger ``text[s:e]`` given the last "days before/after"
    (``sub``) before it: past the inserted clause's closing comma, or up to it."""
    if INSERTED_OFFSET_RE.search(text, max(0, sub.start() - 30), sub.start()) is None:
        return cs, ce
    comma = text.rfind(",", max(cs, sub.end()), s)
    if comma != -1:
        return comma + 1, ce  # "On 22 May, two days before Y invaded Z, X signed": the main clause's subject
    close = text.find(",", e, ce) if ce > e else -1
    return cs, (close if close != -1 else ce)  # "…, two days before Y invaded Z, …": the inserted clause ends
