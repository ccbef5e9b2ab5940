"""The literal prefixes of the event triggers: the lower-case strings (at most ``PREFIX_LEN``
long) every match of a trigger's pattern begins with, read from its syntax tree, which
``triggers`` indexes the triggers by (kept on disk between runs, keyed by this module's code)."""

from __future__ import annotations

from pathlib import Path

from silkgraph.nlp.literal_cache import SetsCache

PREFIX_LEN = 3


def _prefixes(items: list, pres: set[tuple[str, bool]]) -> set[tuple[str, bool]]:  # type: ignore[type-arg]
    """Extend (prefix, open) pairs through a parsed pattern: the lower-case strings (at
    most ``PREFIX_LEN`` long) a match must begin with; a prefix is closed where the
    pattern stops being literal."""
    from re import _constants as C  # type: ignore[attr-defined]

    for op, av in items:
        if not any(o for _, o in pres):
            return pres
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.LITERAL or (op is C.IN and all(o is C.LITERAL for o, _ in av) and len(av) <= 4):
            chars = [chr(av).lower()] if op is C.LITERAL else sorted({chr(v).lower() for _, v in av})
            nxt: set[tuple[str, bool]] = set()
            for p, o in pres:
                if not o:
                    nxt.add((p, o))
                    continue
                for ch in chars:
                    q = p + ch
                    nxt.add((q, len(q) < PREFIX_LEN))
            pres = nxt
        elif op is C.SUBPATTERN:
            pres = _prefixes(list(av[-1]), pres)
        elif op is C.BRANCH:
            out: set[tuple[str, bool]] = set()
            for alt in av[1]:
                out |= _prefixes(list(alt), pres)
            pres = out
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            # an optional item ("re-?opened"): the prefixes with it and without it, both still open
            pres = _prefixes(list(av[2]), pres) | pres
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, _hi, sub = av
            once = {(p, False) for p, _ in _prefixes(list(sub), pres)}
            pres = once if lo >= 1 else once | {(p, False) for p, _ in pres}
        else:
            return {(p, False) for p, _ in pres}
    return pres


def _trigger_prefixes(pattern: str) -> frozenset[str]:
    """The prefixes ``_prefixes`` reads from ``pattern``'s syntax tree (kept on disk between
    runs: see :mod:`silkgraph.nlp.literal_cache`)."""
    key = (pattern, 0, PREFIX_LEN)
    pres = _PREFIXES.get(key)
    if pres is None:
        from re import _parser as P  # type: ignore[attr-defined]

        try:
            pres = frozenset(p for p, _ in _prefixes(list(P.parse(pattern)), {("", True)}))
        except Exception:  # pragma: no cover - an unusual pattern is simply tried everywhere
            pres = frozenset({""})
        _PREFIXES.put(key, pres)
    return pres


_PREFIXES: SetsCache[frozenset[str]] = SetsCache(Path(__file__), "trigger-prefixes")
