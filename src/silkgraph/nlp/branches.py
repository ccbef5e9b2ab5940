"""The top-level alternatives of a regular expression, as patterns of their own.

A pattern ``B1|B2|...|Bn`` (the bars outside any group or character class) matches a text
somewhere exactly when one of its alternatives does: at each position the engine tries
``B1``, then ``B2``, ..., and the match ends with the alternative (nothing follows it in the
pattern), so a match at a position exists when some alternative matches there.  Compiled
apart with the same flags, each alternative means what it meant inside the whole (``^``,
``\\b`` and look-behinds see the same text; ``(?i:...)`` groups stay inside their
alternative).  :class:`silkgraph.nlp.prefilter.Gate` uses them when the whole pattern has no
literal prefix but most alternatives have one: each alternative is then tried only where its
own prefix starts, instead of the whole pattern at every position of the sentence.

Refused (None): patterns whose alternatives could depend on each other or on text outside
them — back-references, conditionals, global inline flags (which only the first alternative
would carry), verbose mode and comments — and patterns with a single alternative.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["top_branches"]

# what makes alternatives depend on each other or on the first one: a back-reference by number
# or name, a conditional, a comment, global inline flags
_REFUSED_RE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?#|\(\?[aiLmsux]+\)")


def top_branches(pattern: re.Pattern[str]) -> list[re.Pattern[str]] | None:
    """The alternatives of ``pattern``'s top level, compiled with its flags, or None (a
    single alternative, or a pattern refused above)."""
    src = pattern.pattern
    if not isinstance(src, str) or pattern.flags & re.VERBOSE or _REFUSED_RE.search(src):
        return None
    pieces = split_top(src)
    if pieces is None or len(pieces) < 2:
        return None
    try:
        return [re.compile(p, pattern.flags) for p in pieces]
    except re.error:  # (a piece that is no pattern alone: keep the whole)
        return None


def class_end(src: str, i: int) -> int:
    """The index of the ``]`` closing the character class opened at ``src[i]`` (``len(src)`` or
    more when it is not closed): ``]`` right after ``[`` or ``[^`` is a member, not its end, and
    escapes are skipped."""
    n = len(src)
    j = i + 1
    if j < n and src[j] == "^":
        j += 1
    if j < n and src[j] == "]":
        j += 1
    while j < n and src[j] != "]":
        j += 2 if src[j] == "\\" else 1
    return j


def structure(src: str, i: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of each ``(``, ``)`` and ``|`` of ``src`` from ``i`` on, escapes and
    character classes skipped; ``(index, "[")`` for a class left open, which ends the scan."""
    n = len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = class_end(src, i)
            if j >= n:
                yield i, "["
                return
            i = j + 1
            continue
        if c in "()|":
            yield i, c
        i += 1


def split_top(src: str) -> list[str] | None:
    """``src`` cut at each ``|`` outside groups, character classes and escapes (None when its
    brackets do not balance)."""
    pieces: list[str] = []
    depth = 0
    start = 0
    for i, c in structure(src):
        if c == "[":
            return None
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:  # "|"
            pieces.append(src[start:i])
            start = i + 1
    if depth != 0:
        return None
    pieces.append(src[start:])
    return pieces
