"""Pre-check strings for patterns that open with a look-behind.

``lookbehind_needs(pattern)`` reads the look-behind (or the choice of look-behinds) a
pattern begins with and returns the strings of which the text holds one wherever the
pattern matches — the look-behind's text lies before the match, so the gates'
``literal_needs`` (strings within every match) cannot see it.  It reads the syntax tree
with :mod:`silkgraph.nlp.pattern_literals`'s helpers; its answers are not cached.
"""

from __future__ import annotations

import re

from silkgraph.nlp.pattern_literals import _rank, _sc, _seq, _sp, _strings


def lookbehind_needs(pattern: re.Pattern[str], n: int = 4) -> tuple[frozenset[str], ...]:
    """For a pattern that begins (after ``\\b``) with a look-behind or a choice of them, one
    set of strings of which the text holds one wherever the pattern matches (the look-behind's
    text is in it): each look-behind's longest, fewest strings, as ``literal_needs`` picks them;
    ``()`` when nothing is known.  ``"(?<=\\bthe\\sfirst\\s)\\d|(?<=\\bthe\\snext\\s)\\d"`` →
    ``({"firs", "next"},)``."""
    if _sp is None:  # pragma: no cover
        return ()
    items = [it for it in _sp.parse(pattern.pattern, pattern.flags) if it[0] is not _sc.AT]
    if not items:
        return ()
    op, av = items[0]
    heads = [item for alt in av[1] for item in alt[:1]] if op is _sc.BRANCH else [items[0]]
    found: set[str] = set()
    for hop, hav in heads:
        if hop is not _sc.ASSERT or hav[0] != -1:
            return ()
        seq = list(hav[1])
        tails = [_strings(_seq(seq[k:], n)) for k in range(len(seq)) if k == 0 or seq[k - 1][0] is not _sc.LITERAL]
        best = max((t for t in tails if t is not None), key=_rank, default=None)
        if best is None:
            return ()
        found |= best
    return (frozenset(found),) if op is not _sc.BRANCH or len(heads) == len(av[1]) else ()
