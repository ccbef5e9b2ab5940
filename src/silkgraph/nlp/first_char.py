"""Per-first-character sub-patterns of a long alternation, for a yes/no test at one position.

A gate (:class:`silkgraph.nlp.prefilter.Gate`) asks whether its pattern matches at the
positions where one of the pattern's literal prefixes starts.  For a pattern that opens with a
long list of alternatives — ``A1|A2|...|An``, or ``(?:A1|...|An)`` with an optional ``\\b``
before it and anything after it (``\\b(?:A1|...|An)\\b``, ``(?:A1|...|An)s?``) — the engine tries
every alternative in turn at each such position, though only those that can start with the
character there can match.  :func:`first_char_patterns` gives, per lower-case first character
``c``, the same pattern with only the alternatives one of whose literal prefixes
(:func:`silkgraph.nlp.pattern_literals.literal_prefixes`, strings of ``lower_for_gates`` text)
begins with ``c``, in their order.

Exactness (of the yes/no answer only; the match found may come from another alternative, so
callers must not use its groups): the whole matches at ``i`` exactly when the optional ``\\b``
holds at ``i``, some alternative matches at ``i`` and the rest of the pattern matches after it.
An alternative's every match begins with one of its prefixes, so one that matches at ``i`` has
a prefix starting with the lower-cased text's character at ``i``: it is in that character's
sub-pattern, which therefore matches at ``i`` exactly when the whole does.  Alternatives are
compiled with the pattern's flags and mean there what they meant in the whole (the conditions
of :mod:`silkgraph.nlp.branches`: no back-references, conditionals, comments, global inline
flags or verbose mode).  A pattern with an alternative of unknown start, or too few
alternatives to gain from it, gets None.
"""

from __future__ import annotations

import re

from silkgraph.nlp.branches import _REFUSED_RE, split_top, structure
from silkgraph.nlp.pattern_literals import literal_prefixes
from silkgraph.regex_cache import with_cached_compiles

__all__ = ["first_char_patterns"]

_MIN_ALTERNATIVES = 8  # fewer: the engine's own tries are cheap enough
_HEADS = ("\\b(?:", "(?:")  # the openings of a leading group of alternatives that are read


@with_cached_compiles  # (built once per gate: the code's own patterns)
def first_char_patterns(pattern: re.Pattern[str]) -> dict[str, re.Pattern[str]] | None:
    """Per first character (of ``lower_for_gates`` text), the pattern reduced to the
    alternatives that can start with it; None when the pattern is not such a list."""
    src = pattern.pattern
    if not isinstance(src, str) or pattern.flags & re.VERBOSE or _REFUSED_RE.search(src):
        return None
    top = split_top(src)  # the top level's own alternatives
    for head in _HEADS:
        if src.startswith(head) and top is not None:
            end = _group_end(src, len(head))
            # (the group closes inside the first top-level alternative; the others follow it)
            if end is not None and end < len(top[0]):
                pieces = split_top(src[len(head):end])
                if pieces is not None and len(pieces) >= _MIN_ALTERNATIVES:
                    return _grouped(pattern, head, top[0][end:], pieces, top[1:])
            break
    if top is None or len(top) < _MIN_ALTERNATIVES:
        return None
    return _grouped(pattern, "", "", top)


def _group_end(src: str, i: int) -> int | None:
    """The index of the ``)`` closing the group whose inside starts at ``i`` (escapes and
    character classes skipped, as ``split_top`` does), or None."""
    depth = 0
    for j, c in structure(src, i):
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return j
            depth -= 1
    return None


def _grouped(pattern: re.Pattern[str], head: str, tail: str, pieces: list[str],
             others: list[str] | None = None) -> dict[str, re.Pattern[str]] | None:
    """Per first character, ``head`` + its pieces + ``tail``, then (``others``: the top-level
    alternatives after the leading group's, "\\b(?:A|B)\\b|C|D") those of them that can start
    with it: the whole matches at ``i`` when one of its top-level alternatives does."""
    starts = _starts(pieces, pattern.flags)
    more = _starts(others or [], pattern.flags)
    if starts is None or more is None:
        return None
    out: dict[str, re.Pattern[str]] = {}
    for c in sorted(frozenset().union(*starts, *more)):
        chosen = [p for p, s in zip(pieces, starts, strict=True) if c in s]
        alts = [head + "|".join(chosen) + tail] if chosen else []
        alts += [p for p, s in zip(others or [], more, strict=True) if c in s]
        out[c] = re.compile("|".join(alts), pattern.flags)
    return out


def _starts(pieces: list[str], flags: int) -> list[frozenset[str]] | None:
    """The first characters each piece's matches can start with (of ``lower_for_gates`` text),
    or None when one has an unknown start or is no pattern alone."""
    out: list[frozenset[str]] = []
    for p in pieces:
        try:
            prefixes = literal_prefixes(re.compile(p, flags))
        except re.error:
            return None
        if not prefixes:
            return None
        out.append(frozenset(s[0] for s in prefixes))
    return out
