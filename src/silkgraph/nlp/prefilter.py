"""Cheap exact pre-checks for regular expressions run on every sentence.

:mod:`silkgraph.nlp.pattern_literals` reads a compiled pattern's syntax tree for short
lower-case strings of which one must begin every match (``literal_prefixes``) or occur in
it (``literal_needs``).  ``Gate.may_match(low)`` then says, with a few
substring tests on the lower-cased sentence, whether the pattern can match it at all:
when it says no, the pattern would have found nothing, so skipping it never changes a
result.  ``Gate.finditer`` tries the pattern only where a prefix starts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

import ahocorasick

from silkgraph.nlp.branches import top_branches
from silkgraph.nlp.first_char import first_char_patterns
from silkgraph.nlp.pattern_literals import (
    LiteralSets,
    literal_needs,
    literal_prefixes,
    literal_sets,
)

__all__ = ["Gate", "GateSet", "LiteralSets", "gate_of", "literal_needs", "literal_prefixes",
           "literal_sets", "lower_for_gates", "lowered"]

# characters that IGNORECASE matches to an ASCII letter but str.lower() does not map to
# it ("ı" ~ i, "ſ" ~ s, "İ" → "i̇"): a text holding one is never pre-checked
_FOLD_SPECIAL = frozenset("\u0131\u017f\u0130\u212a")
_MANY_PREFIXES = 8  # a gate with more prefixes than this scans with Aho-Corasick
_MAX_CACHED = 4096  # answers a GateSet keeps, by the set of gates that pass
_SCANS_KEPT = 512  # texts whose shared-scan answer is kept (more than an article's sentences)


# the last text ``lower_for_gates`` was asked about, and its answer: the extractors ask
# about the same sentence object one after another (an identical object has the same answer)
_last_lowered: tuple[str | None, str | None] = (None, None)


def lower_for_gates(text: str) -> str | None:
    """The lower-cased text the gates test, or None when gates must not be trusted."""
    global _last_lowered
    last = _last_lowered
    if text is last[0]:
        return last[1]
    if not text.isascii() and not _FOLD_SPECIAL.isdisjoint(text):
        low = None
    else:
        low = text.lower()
    _last_lowered = (text, low)
    return low


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive twin of an IGNORECASE ``pattern`` to run on ``lower_for_gates``
    text: it matches there whenever ``pattern`` matches the original (str.lower keeps
    lengths and word characters once the texts ``lower_for_gates`` refuses are out), so
    "no match" is exact, and so are the positions of its matches (not their group
    texts, which come out lower-cased).  None when the pattern is not ASCII, has
    upper-case letters, character escapes, escaped backslashes or scoped inline flags
    (then the twin could miss)."""
    src = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not src.isascii() or "\\\\" in src \
            or re.search(r"(?<!\\)[A-Z]", src) \
            or re.search(r"\\[xuUN0-7]", src) \
            or re.search(r"\(\?[a-z-]+[:)]", src):  # scoped inline flags
        return None
    return re.compile(src, pattern.flags & ~re.IGNORECASE)


class _SharedScan:
    """One Aho-Corasick automaton over the prefixes of every registered gate: the prefixes
    present in a text are found with one scan, shared by all gates and gate sets that
    test the same text (the extractors test each sentence's ``low`` one after another,
    so the last text's answer is kept; the passes over a whole article after its
    sentences, such as relations' strike and insurgent pairs, test each sentence again,
    so the answers of the last ``_SCANS_KEPT`` texts are kept as well)."""

    __slots__ = ("_prefixes", "_automaton", "_last", "_present", "_kept")

    def __init__(self) -> None:
        self._prefixes: set[str] = set()
        self._automaton: Any = None
        self._last: str | None = None
        self._present: frozenset[str] = frozenset()
        self._kept: dict[str, frozenset[str]] = {}

    def register(self, prefixes: frozenset[str]) -> None:
        if not prefixes <= self._prefixes:
            self._prefixes |= prefixes
            self._automaton = None  # rebuilt on the next scan
            self._last = None
            self._kept.clear()  # (answers of fewer prefixes)

    def _built(self) -> Any:
        a = self._automaton
        if a is None:
            a = ahocorasick.Automaton()
            for p in sorted(self._prefixes):
                a.add_word(p, p)
            a.make_automaton()
            self._automaton = a
        return a

    def present(self, low: str) -> frozenset[str]:
        """The registered prefixes that occur in ``low``."""
        if low is self._last or (self._last is not None and low == self._last):
            return self._present
        got = self._kept.get(low)
        if got is None:
            got = frozenset(map(itemgetter(1), self._built().iter(low)))
            if len(self._kept) >= _SCANS_KEPT:
                self._kept.clear()
            self._kept[low] = got
        self._present = got
        self._last = low
        return got


_SCAN = _SharedScan()


class Gate:
    """A pattern with its pre-check."""

    __slots__ = ("pattern", "prefixes", "needs", "_shared", "_scanned", "_branches", "_by_char",
                 "_asked", "_answer", "_more")

    def __init__(self, pattern: re.Pattern[str], n: int = 4) -> None:
        self.pattern = pattern
        # one of the prefixes starts every match; every match holds one string of each needs set
        self.prefixes, self.needs = literal_sets(pattern, n)
        # many strings: the shared Aho-Corasick scan instead of a substring test for each
        self._shared = sum(map(len, self.needs)) > _MANY_PREFIXES
        if self._shared:
            _SCAN.register(frozenset().union(*self.needs))
        # the needs a prefix found does not imply ("ally of": "of" after "ally"): ``finditer``
        # tests them before it tries the pattern at each prefix found (no match without them)
        self._more = _beyond_prefixes(self.prefixes, self.needs)
        self._scanned = False  # the prefixes are in the shared scan (registered on first use)
        # no prefix: the gates of the top-level alternatives (``nlp.branches``), made on the
        # first ``search`` that needs them; () when there are none
        self._branches: tuple[Gate, ...] | None = () if self.prefixes is not None else None
        # a long alternation: per first character, the alternatives that can start with it
        # (``nlp.first_char``), made on the first ``search``; {} when there are none
        self._by_char: dict[str, re.Pattern[str]] | None = None
        # the text ``search`` was last asked about (held, so no other object can take its
        # identity) and its answer: extractors ask the same gate about the same sentence again
        self._asked: str | None = None
        self._answer = False

    def may_match(self, low: str | None) -> bool:
        """False only when the pattern cannot match the text ``low`` was made from."""
        return low is None or self._holds(low, self.needs)

    def may_match_in(self, low: str | None) -> bool:
        """``may_match`` for a short piece of text (a window before or after a position),
        tested with ``in``: the shared scan keeps its sentence."""
        return low is None or _holds_each(low, self.needs)

    def search_in(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, not run when the window ``text[pos:endpos]``
        (which holds every match) cannot match."""
        if not self.may_match_in(lower_for_gates(text[pos:endpos])):
            return None
        return self.pattern.search(text, pos, endpos)

    def search(self, text: str, low: str | None) -> bool:
        """Whether the pattern matches ``text`` (``low`` is its ``lower_for_gates`` form, or
        None): the pre-check, then the pattern tried only where a prefix starts, else
        everywhere — the same answer as ``pattern.search(text)``, found faster.  Asked
        again about the very same text object, the answer kept from the last time (a
        string never changes, and ``low`` only makes the answer quicker to find)."""
        if text is self._asked:
            return self._answer
        found = self._search(text, low)
        self._asked = text
        self._answer = found
        return found

    def _search(self, text: str, low: str | None) -> bool:
        if not self.may_match(low):
            return False
        if low is not None and self.prefixes is not None:
            by_char = self._by_char
            if by_char is None:
                by_char = self._by_char = first_char_patterns(self.pattern) or {}
            if by_char:  # (a yes/no answer: any alternative that can start here will do)
                for i in self._starts_in(low, self.prefixes):
                    sub = by_char.get(low[i])
                    if sub is not None and sub.match(text, i) is not None:
                        return True
                return False
            match = self.pattern.match  # ``\b`` at i still sees the character before i
            for i in self._starts_in(low, self.prefixes):
                if match(text, i) is not None:
                    return True
            return False
        if low is not None:
            branches = self._branches
            if branches is None:
                branches = self._branches = _branch_gates(self.pattern)
            if branches:  # the whole matches where one of its alternatives does (see nlp.branches)
                for b in branches:
                    if b.search(text, low):
                        return True
                return False
        return self.pattern.search(text) is not None

    def first(self, text: str, low: str | None) -> re.Match[str] | None:
        """``pattern.search(text)`` (``low`` is the text's ``lower_for_gates`` form, or None):
        the pre-check, then the pattern tried only where a prefix starts, leftmost first —
        the leftmost position where it matches is where ``search`` finds its match, and
        ``match`` there finds the same one."""
        if not self.may_match(low):
            return None
        if low is not None and self.prefixes is not None:
            match = self.pattern.match  # ``\b`` at i still sees the character before i
            for i in self._starts_in(low, self.prefixes):
                m = match(text, i)
                if m is not None:
                    return m
            return None
        return self.pattern.search(text)

    def finditer(self, text: str, low: str | None) -> list[re.Match[str]]:
        """The matches of ``pattern.finditer(text)`` (``low`` is the text's ``lower_for_gates``
        form, or None), found by trying the pattern only where one of its prefixes starts in
        ``low`` — every match starts with one — instead of at every position: the same
        match objects, in the same order."""
        prefixes = self.prefixes
        if low is None or prefixes is None:
            return list(self.pattern.finditer(text)) if self.may_match(low) else []
        if self._more and not self._holds(low, self._more):
            return []
        cands = self._starts_in(low, prefixes)
        out = []
        match = self.pattern.match
        end = 0
        for i in cands:
            if i >= end:
                m = match(text, i)  # ``\b`` and look-behinds still see the text before i
                if m is not None:
                    out.append(m)
                    end = m.end()
        return out

    def finditer_in(self, text: str, low: str | None, pos: int, endpos: int) -> list[re.Match[str]]:
        """The matches of ``pattern.finditer(text, pos, endpos)`` (``low`` is the whole text's
        ``lower_for_gates`` form, or None), found as ``finditer`` finds them: the pattern tried,
        with the same ``endpos``, only where one of its prefixes starts at or after ``pos`` — the
        engine's own attempts there are these (``\\b`` and look-behinds see the text before
        ``pos``, look-aheads and ``$`` stop at ``endpos``, as in the scan)."""
        prefixes = self.prefixes
        if low is None or prefixes is None:
            return list(self.pattern.finditer(text, pos, endpos))
        pos, endpos = max(pos, 0), min(endpos, len(text))
        out = []
        match = self.pattern.match
        end = pos
        for i in self._starts_in(low, prefixes):
            if i >= endpos:
                break
            if i >= end:
                m = match(text, i, endpos)
                if m is not None:
                    out.append(m)
                    end = m.end()
        return out

    def twin_search(self, low: str, twin: re.Pattern[str]) -> bool:
        """``twin.search(low) is not None`` for ``twin = lowered(self.pattern)``, trying
        only the positions where one of the prefixes starts (every match starts with
        one): a few anchored matches instead of a scan that tries every position."""
        if self.prefixes is None:
            return twin.search(low) is not None
        match = twin.match
        for i in self._starts_in(low, self.prefixes):  # ``\b`` at i still sees the character before i
            if match(low, i) is not None:
                return True
        return False

    def _holds(self, low: str, needs: tuple[frozenset[str], ...]) -> bool:
        """Whether ``low`` holds a string of each set of ``needs`` (``self.needs`` or ``_more``):
        the shared scan's answer for a gate it serves, else substring tests."""
        if self._shared:
            scan = _SCAN
            present = scan._present if low is scan._last else scan.present(low)
            for strings in needs:
                if strings.isdisjoint(present):
                    return False
            return True
        return _holds_each(low, needs)

    def _starts_in(self, low: str, prefixes: frozenset[str]) -> list[int]:
        """Where in ``low`` one of ``prefixes`` (``self.prefixes``) starts, in order: the
        shared scan says which occur, ``str.find`` where."""
        if not self._scanned:
            _SCAN.register(prefixes)
            self._scanned = True
        scan = _SCAN  # (the last text's answer read here: one call fewer on every gate of a sentence)
        keys = prefixes & (scan._present if low is scan._last else scan.present(low))
        out: list[int] = []
        for p in keys:
            i = low.find(p)
            while i != -1:
                out.append(i)
                i = low.find(p, i + 1)
        return sorted(set(out)) if len(keys) > 1 else out


def _branch_gates(pattern: re.Pattern[str]) -> tuple[Gate, ...]:
    """The gates of ``pattern``'s top-level alternatives when most have a literal prefix (then
    ``Gate.search`` asks them instead of running the whole at every position), else ()."""
    branches = top_branches(pattern)
    if not branches:
        return ()
    gates = tuple(Gate(b) for b in branches)
    if sum(g.prefixes is None for g in gates) * 4 > len(gates):  # (few would be gated)
        return ()
    return gates


# the gates of ``gate_of``, by the pattern's identity; each entry holds its pattern, so
# that no other pattern can take its id
_GATES: dict[int, tuple[re.Pattern[str], Gate]] = {}


def gate_of(pattern: re.Pattern[str]) -> Gate:
    """The gate of ``pattern``, made on first use.  Looked up by identity: a compiled
    pattern's hash is worked out again on every call from its whole compiled program
    (tens of microseconds for a long one), too slow for a memo asked on every sentence."""
    got = _GATES.get(id(pattern))
    if got is None:
        got = _GATES[id(pattern)] = (pattern, Gate(pattern))
    return got[1]


def _beyond_prefixes(prefixes: frozenset[str] | None,
                     needs: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """The sets of ``needs`` that a text holding one of ``prefixes`` may still lack (a set is
    implied when every prefix holds one of its strings); () without prefixes."""
    if prefixes is None:
        return ()
    return tuple(s for s in needs if not all(any(x in p for x in s) for p in prefixes))


def _holds_each(low: str, needs: tuple[frozenset[str], ...]) -> bool:
    """Whether ``low`` holds a string of each set of ``needs`` (plain loops: this runs
    for many patterns on every sentence)."""
    for strings in needs:
        for p in strings:
            if p in low:
                break
        else:
            return False
    return True


class GateSet:
    """Many gates tested at once: one Aho-Corasick pass (shared with the other gates, see
    ``_SharedScan``) finds every string present in the text, and each gate passes when
    each of its ``needs`` has a string among them, exactly as ``Gate.may_match`` would say."""

    __slots__ = ("gates", "_bits", "_keys", "_full", "_gates_of", "_always", "_by_mask", "_indices")

    def __init__(self, gates: tuple[Gate, ...] | list[Gate]) -> None:
        self.gates = tuple(gates)
        # one bit per set of strings of each gate, and per string the bits of the sets it
        # is in; a gate passes when all its bits are set (a gate with no set always does)
        self._bits: dict[str, int] = {}
        slot = 0
        full = []
        for g in self.gates:
            mine = 0
            for strings in g.needs:
                for p in strings:
                    self._bits[p] = self._bits.get(p, 0) | 1 << slot
                mine |= 1 << slot
                slot += 1
            full.append(mine)
        self._full = tuple(full)
        self._keys = frozenset(self._bits)
        if self._keys:
            _SCAN.register(self._keys)
        # per string the gates it can help pass, and the gates that always pass: on a new
        # mask only these candidates are tested, not every gate (see ``_passing_of``)
        gates_of: dict[str, set[int]] = {}
        for i, g in enumerate(self.gates):
            for strings in g.needs:
                for p in strings:
                    gates_of.setdefault(p, set()).add(i)
        self._gates_of = {p: frozenset(ix) for p, ix in gates_of.items()}
        self._always = frozenset(i for i, f in enumerate(self._full) if f == 0)
        self._by_mask: dict[int, tuple[bool, ...]] = {}
        self._indices: dict[int, tuple[int, ...]] = {}

    def _mask_keys(self, low: str) -> tuple[int, frozenset[str]]:
        """The bits of the sets that have a string in ``low``, and those strings."""
        mask = 0
        bits = self._bits
        scan = _SCAN
        keys = self._keys.intersection(scan._present if low is scan._last else scan.present(low))
        for p in keys:
            mask |= bits[p]
        return mask, keys

    def _passing_of(self, mask: int, keys: frozenset[str]) -> tuple[int, ...]:
        """The gates all of whose bits are in ``mask`` (made from ``keys``), in order.  A gate
        with a bit in ``mask`` has one of ``keys`` among its strings, so only those gates and
        the gates with no bits (which always pass) can pass: the same answer as testing every
        gate, ``(mask & full) == full``, found without a loop over all of them."""
        cands = set(self._always)
        gates_of = self._gates_of
        for p in keys:
            cands.update(gates_of[p])
        full = self._full
        return tuple(sorted(i for i in cands if (mask & full[i]) == full[i]))

    def passing(self, low: str | None) -> Sequence[bool]:
        """``[g.may_match(low) for g in gates]``, from one scan of ``low``."""
        if low is None or not self._keys:
            return [g.may_match(low) for g in self.gates]
        mask, keys = self._mask_keys(low)
        out = self._by_mask.get(mask)
        if out is None:
            if len(self._by_mask) > _MAX_CACHED:
                self._by_mask.clear()
            ok = [False] * len(self._full)
            for i in self._passing_of(mask, keys):
                ok[i] = True
            out = self._by_mask[mask] = tuple(ok)
        return out

    def passing_indices(self, low: str | None) -> Sequence[int]:
        """The positions in ``gates`` of the gates that pass, in order."""
        if low is None or not self._keys:
            return [i for i, g in enumerate(self.gates) if g.may_match(low)]
        mask, keys = self._mask_keys(low)
        out = self._indices.get(mask)
        if out is None:
            if len(self._indices) > _MAX_CACHED:
                self._indices.clear()
            out = self._indices[mask] = self._passing_of(mask, keys)
        return out
