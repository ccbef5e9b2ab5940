"""Builders of the code's own patterns marked ``with_cached_compiles`` (silkgraph.regex_cache) run
under the program cache on first use: they build the same patterns as when run plainly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from silkgraph import regex_cache
from silkgraph.extract import modality
from silkgraph.extract.transfers.lexicon import lexicon as transfers_lexicon
from silkgraph.nlp.first_char import first_char_patterns

# an invented gate pattern: a long alternation of words (several per first letter)
GATE = re.compile(r"\b(?:sold|supplied|shipped|delivered|donated|bought|built|leased|lent|handed)\b", re.I)
TEXTS = ["Kazakhstan bought and leased two aircraft", "it HANDED over the ships", "no deal here", ""]


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", str(folder))
    monkeypatch.setattr(regex_cache, "_PROGRAMS", regex_cache._Programs())
    re.purge()  # (re's own in-memory cache would answer before the program cache is asked)


def _all_patterns(x: object) -> list[re.Pattern[str]]:
    if isinstance(x, re.Pattern):
        return [x]
    if isinstance(x, dict):
        return [p for v in x.values() for p in _all_patterns(v)]
    if isinstance(x, (tuple, list, frozenset, set)):
        return [p for v in x for p in _all_patterns(v)]
    if hasattr(x, "__dataclass_fields__"):
        return [p for f in x.__dataclass_fields__ for p in _all_patterns(getattr(x, f))]
    return []


def test_first_char_groups_same_cached_and_plain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = first_char_patterns.__wrapped__(GATE)  # type: ignore[attr-defined]
    _fresh(monkeypatch, tmp_path)
    first = first_char_patterns(GATE)  # compiled anew under the cache (misses) ...
    regex_cache._PROGRAMS.save()
    _fresh(monkeypatch, tmp_path)
    again = first_char_patterns(GATE)  # ... and made from the stored programs
    assert regex_cache._PROGRAMS.used and not regex_cache._PROGRAMS.missed  # all hits
    assert plain is not None and set(plain) == set(first or {}) == set(again or {}) == set("bdhls")
    for c, pat in plain.items():
        for other in (first, again):
            assert other is not None and other[c] == pat and other[c].flags == pat.flags
            for t in TEXTS:
                assert [m.span() for m in other[c].finditer(t)] == [m.span() for m in pat.finditer(t)]
    assert not regex_cache._PROGRAMS.active  # the context is left on return


@pytest.mark.parametrize("builder", [transfers_lexicon, modality.cues, modality.clause_rules])
def test_lexicons_same_cached_and_plain(builder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    plain = _all_patterns(builder.__wrapped__.__wrapped__())  # neither lru_cache nor the cache
    _fresh(monkeypatch, tmp_path)
    builder.__wrapped__()  # fills the program cache
    regex_cache._PROGRAMS.save()
    _fresh(monkeypatch, tmp_path)
    cached = _all_patterns(builder.__wrapped__())  # built from the stored programs
    assert not regex_cache._PROGRAMS.missed  # all hits
    assert plain and len(cached) == len(plain)
    for a, b in zip(cached, plain, strict=True):
        assert a == b and (a.flags, a.groups, dict(a.groupindex)) == (b.flags, b.groups, dict(b.groupindex))


def test_off_runs_the_builder_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SILKGRAPH_CACHE", "off")
    monkeypatch.setattr(regex_cache, "_PROGRAMS", regex_cache._Programs())
    assert first_char_patterns(GATE) == first_char_patterns.__wrapped__(GATE)  # type: ignore[attr-defined]
    assert regex_cache._PROGRAMS.path is None


def test_visit_pattern_is_the_same_text_in_every_process() -> None:
    """The visited-city pattern lists equal-length verbs alphabetically (not in set order, which
    varies with the process's string hashing): one text, so the program cache always holds it; and
    equal-length words cannot both match at one place, so any tie order matches the same."""
    from itertools import permutations

    from silkgraph.extract.recognise import capitals

    verbs = sorted(capitals.VISIT_VERBS, key=lambda w: (-len(w), w))
    assert capitals._COORD_VISIT_RE.pattern.startswith(r"\b(?:" + "|".join(verbs) + ")")
    rest = capitals._COORD_VISIT_RE.pattern[len(r"\b(?:" + "|".join(verbs) + ")"):]
    texts = ["the envoy visited Tashkent and ", "she toured both Astana, Bishkek, then ",
             "after touring Baku or ", "he visits Yerevan, then ", "a visit Minsk and "]
    by_len: dict[int, list[str]] = {}
    for v in verbs:
        by_len.setdefault(len(v), []).append(v)
    tied = max(by_len.values(), key=len)
    for order in list(permutations(tied))[:6]:  # other orders of the largest tie
        other = [w for w in verbs if w not in tied]
        mixed = sorted(other + list(order), key=len, reverse=True)  # (stable: keeps the tie's order)
        pat = re.compile(r"\b(?:" + "|".join(mixed) + ")" + rest)
        for t in texts:
            a, b = capitals._COORD_VISIT_RE.search(t), pat.search(t)
            assert a is not None and b is not None and a.span() == b.span()
