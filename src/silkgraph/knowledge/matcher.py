"""The gazetteer's text matcher: how each alias's case is matched, the automaton's keys,
and the Aho-Corasick pass that finds the longest non-overlapping names in a text.

:class:`GazetteerMatcher` is a base of :class:`silkgraph.knowledge.kb.Knowledge`: it builds
its automaton from the Knowledge's alias records and entities (the lookups are in ``kb``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from silkgraph.model import Entity

from .loader import AliasRecord
from .normalise import fold

# Case modes of an alias in the matcher.
_CI = 0  # any case
_PROPER = 1  # first letter must be upper case (the alias's is): "Turkey" but not "turkey"
_EXACT = 2  # the letters' case must equal the alias's: "US" but not "us"
_LITERAL = 3  # the text must equal the alias as written, diacritics included: "Malé" not "Male"

#: Entity types / alias kinds after which a plural "s" is tolerated: "F-16s", "Afghans".
_PLURAL_TYPES = frozenset({"weapon_system"})
_PLURAL_KINDS = frozenset({"demonym"})


@dataclass(slots=True)
class Match:
    """One gazetteer match in a text; offsets are into the text given to :meth:`Knowledge.find`."""

    start: int
    end: int
    text: str
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (entity_id, alias kind)


def _case_sig(s: str) -> tuple[bool, ...]:
    """Whether each letter of ``s`` is upper case (other characters are left out)."""
    return tuple(map(str.isupper, filter(str.isalpha, s)))


def case_mode(alias: str, flags: frozenset[str]) -> int:
    """How the matcher treats the case of ``alias`` (documented in the gazetteer README)."""
    if "exact" in flags:
        return _LITERAL
    if "case_sensitive" in flags:
        return _EXACT
    letters = list(filter(str.isalpha, alias))
    uppers = sum(map(str.isupper, letters))
    alnum = sum(map(str.isalnum, alias))
    if uppers >= 2 and (uppers == len(letters) or alnum <= 4):
        return _EXACT  # acronyms and short mixed-case codes: SCO, U.S., LoC, MiG, JeM
    if letters and letters[0].isupper():
        return _PROPER
    return _CI


def key_variants(alias: str) -> set[str]:
    """Folded automaton keys for an alias: separator variants of hyphens and spaces."""
    f = " ".join(fold(alias).split())
    keys = {f}
    if f.endswith("-"):
        return keys
    has_digit = any(map(str.isdigit, f))
    # Run-together forms ("jf17", "su30mki") only for short leading codes, so that
    # "Python-3" (a missile) does not become "python3".
    joinable = has_digit and len(f.replace(" ", "-").split("-", 1)[0]) <= 4
    if "-" in f:
        keys.add(f.replace("-", " "))
        if joinable:
            keys.add(f.replace("-", ""))
    if " " in f and has_digit:
        keys.add(f.replace(" ", "-"))
        if joinable:
            keys.add(f.replace(" ", ""))
    return {k for k in keys if k.strip()}


class GazetteerMatcher:
    """The matcher over the alias ``records`` of ``entities``, built on first use."""

    entities: dict[str, Entity]
    records: list[AliasRecord]
    _automaton: Any

    def _build_automaton(self) -> Any:
        # each key's entries, in record order, without repeats (a dict keeps the order):
        # (entity_id, kind, case mode, case signature, plural_ok, combining, short
        # mixed-case alias)
        table: dict[str, dict[tuple, None]] = {}
        entities = self.entities
        for r in self.records:
            if "nomatch" in r.flags:
                continue
            alias = r.alias
            mode = case_mode(alias, r.flags)
            sig = alias if mode == _LITERAL else _case_sig(alias)  # type: ignore[assignment]
            packed = (
                r.entity_id, r.kind, mode, sig,
                entities[r.entity_id].type in _PLURAL_TYPES or r.kind in _PLURAL_KINDS,
                alias.rstrip().endswith("-"),  # combining form "Sino-": a letter must follow
                len(sig) <= 4 and not all(sig),
            )
            for key in key_variants(alias):
                table.setdefault(key, {})[packed] = None
        automaton = ahocorasick.Automaton()
        for key, unique in table.items():
            entries = tuple(unique)
            letter = next(filter(str.isalpha, key), None)
            first_alpha = -1 if letter is None else key.index(letter)
            # flex: some entry may match with a letter right after the key (combining
            # forms, plurals); without it a hit followed by an alphanumeric is dropped
            flex = any(e[5] or e[4] for e in entries)
            automaton.add_word(key, (len(key), first_alpha, entries, flex, _proper_only(entries, first_alpha)))
        automaton.make_automaton()
        return automaton

    def find(self, text: str) -> list[Match]:
        """All gazetteer matches in ``text``: left to right, longest first, non-overlapping."""
        return [Match(a, b, text[a:b], list(cands))
                for a, b, cands in self.spans(text, fold(text), 0, 0, len(text))]

    def spans(self, text: str, folded: str, lo: int, start: int,
              end: int) -> list[tuple[int, int, Sequence[tuple[str, str]]]]:
        """The matches :meth:`find` gives for ``text[start:end]``, as (start, end,
        candidates) with offsets into ``text``; ``folded`` is ``fold(text[lo:hi])`` for a
        span ``lo:hi`` holding ``start:end`` (so that one fold serves many calls). The
        candidates are shared: not to be modified."""
        if self._automaton is None:
            self._automaton = self._build_automaton()
        fs, fe = start - lo, end - lo  # the span in ``folded``
        hits: list[tuple[int, int, Sequence[tuple[str, str]]]] = []
        append = hits.append
        for last, (klen, first_alpha, entries, flex, proper) in self._automaton.iter(folded, fs, fe):
            a = last - klen + 1
            if a > fs and folded[a - 1].isalnum():
                continue
            b = last + 1
            nxt = folded[b] if b < fe else ""
            nxt_alnum = nxt.isalnum()
            if not nxt_alnum and proper is not None:
                # the common case: every entry wants a capital first letter, and the key
                # ends at a word boundary, so they all match or none does
                if text[lo + a + first_alpha].isupper():
                    append((lo + a, -lo - b, proper))
                continue
            if nxt_alnum and not flex:
                continue
            after = folded[b + 1] if b + 1 < fe else ""
            cands: Sequence[tuple[str, str]] = _candidates(text, lo + a, lo + b, nxt, after, first_alpha, entries)
            if cands:
                append((lo + a, -lo - b, cands))
        hits.sort()  # by start, longest first (no two hits have the same span)
        out: list[tuple[int, int, Sequence[tuple[str, str]]]] = []
        pos = 0
        for a, neg_b, cands in hits:
            if a >= pos:
                pos = -neg_b
                out.append((a, pos, cands))
            elif -neg_b > pos and folded[a - lo - 1] == " " and _weapons_only(cands) \
                    and _weapons_only(out[-1][2]):
                # a designation running past a weapon name it overlaps ("Thales Ground Master"
                # | "Ground Master 200"): the designation wins, and the words before it keep
                # their own longest name ("Thales")
                first = out.pop()[0]
                before = [h for h in hits if h[0] == first and -h[1] <= a]
                if before:
                    out.append((first, -before[0][1], before[0][2]))
                pos = -neg_b
                out.append((a, pos, cands))
        return out


def _weapons_only(cands: Sequence[tuple[str, str]]) -> bool:
    return all(eid.startswith("wpn:") for eid, _kind in cands)


def _proper_only(entries: tuple[tuple, ...], first_alpha: int) -> tuple[tuple[str, str], ...] | None:
    """The candidates of a key whose entries all need only a capital first letter (mode
    ``_PROPER``, not short, not combining): (entity_id, kind) in order, each entity once
    (as :func:`_candidates` gives them); else None."""
    if first_alpha < 0 or not all(e[2] == _PROPER and not e[5] and not e[6] for e in entries):
        return None
    first: dict[str, str] = {}
    for e in entries:
        first.setdefault(e[0], e[1])
    return tuple(first.items())


def _candidates(text: str, start: int, end: int, nxt: str, after: str, first_alpha: int,
                entries: tuple[tuple, ...]) -> list[tuple[str, str]]:
    """The (entity_id, kind) of the entries of a key found at ``text[start:end]`` that its
    case and the (folded) characters after it, ``nxt`` and ``after`` ("" past the end),
    allow, in order, each entity once."""
    nxt_alnum = nxt.isalnum()
    # (a capital S after a digit is a variant letter, not a plural: "Akash-1S" is no "Akash-1")
    plural_end = nxt == "s" and not after.isalnum() and not (text[end:end + 1] == "S" and text[end - 1:end].isdigit())
    cands: list[tuple[str, str]] = []
    sig: tuple[bool, ...] | None = None
    for eid, kind, mode, case_sig, plural_ok, combining, short in entries:
        if combining:
            if not nxt.isalpha():
                continue
        elif nxt_alnum and not (plural_ok and plural_end):
            continue
        if mode == _LITERAL:
            if text[start:end] != case_sig:
                continue
        elif mode == _EXACT:
            if sig is None:
                sig = _case_sig(text[start:end])
            if sig != case_sig:
                continue
        elif mode == _PROPER and first_alpha >= 0:
            if not text[start + first_alpha].isupper():
                continue
            if short and text[start:end].isupper():
                continue  # "URI" is not the town Uri
        if not cands or all(c[0] != eid for c in cands):
            cands.append((eid, kind))
    return cands
