"""Word alternations written so that the regex engine can skip ahead to them.

Python's regex engine tries a pattern at every position of a text unless the pattern
begins with a literal or a set of literal characters: then it jumps from one occurrence of
those characters to the next. ``\\b(?:people|population)`` begins with ``\\b`` and is tried
everywhere; ``word_start("people", "population")`` writes the same thing as
``(?:p(?<!\\wp)(?:eople|opulation))`` — the "not preceded by a word character" test moved
after the first character — which the engine only tries where a "p" is (scans of the
corpora 1.5-4x faster, the same matches and groups).
"""

from __future__ import annotations

_QUANTIFIERS = ("?", "*", "+", "{")


def word_start(*alternatives: str, wrap: bool = True) -> str:
    """``\\b(?:alt|alt|…)`` for a case-sensitive pattern, beginning with the alternatives'
    first characters. Each alternative is a regex fragment that begins with a plain ASCII
    letter or digit (not quantified); alternatives with the same first character keep their
    order (those with different ones never match at the same place). ``wrap=False`` leaves
    out the enclosing group, for the end of a pattern's top-level alternation (the engine
    skips only when every branch begins with a literal character)."""
    tails: dict[str, list[str]] = {}
    for alt in alternatives:
        first = alt[:1]
        if not (first.isascii() and first.isalnum()) or alt[1:2] in _QUANTIFIERS:
            raise ValueError(f"{alt!r} does not begin with a plain letter or digit")
        tails.setdefault(first, []).append(alt[1:])
    branches = "|".join(f"{c}(?<!\\w{c})(?:{'|'.join(t)})" for c, t in tails.items())
    return f"(?:{branches})" if wrap else branches
