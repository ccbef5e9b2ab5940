"""Resolve what an analyst types ("Turkey", "turkiye", "JF17") to a stored entity."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable

from silkgraph.knowledge.normalise import normalise

# the gazetteer's lookup key: casefold, strip diacritics, keep letters and digits ("Türkiye" → "turkiye")
norm = normalise


class NameError_(LookupError):
    """A name that resolves to no entity, or to several."""

    def __init__(self, name: str, candidates: list[tuple[str, str]], ambiguous: bool) -> None:
        self.name = name
        self.candidates = candidates  # (entity id, display name)
        self.ambiguous = ambiguous
        super().__init__(self.message)

    @property
    def message(self) -> str:
        opts = ", ".join(f"{n} ({i})" for i, n in self.candidates[:8])
        if self.ambiguous:
            return f"{self.name!r} is ambiguous; did you mean: {opts}?"
        if opts:
            return f"no entity called {self.name!r}; did you mean: {opts}?"
        return f"no entity called {self.name!r}"


UnknownName = NameError_


class Resolver:
    """Exact id, then exact normalised name/alias, then prefix, then fuzzy (difflib)."""

    def __init__(self, names: Iterable[tuple[str, str]], display: dict[str, str]) -> None:
        self.display = display
        self.by_norm: dict[str, set[str]] = defaultdict(set)
        for eid, name in names:
            if name:
                key = norm(name)
                if key:
                    self.by_norm[key].add(eid)
        for eid in display:
            self.by_norm[norm(eid)].add(eid)
            self.by_norm[norm(eid.split(":", 1)[-1])].add(eid)

    def _cands(self, ids: Iterable[str]) -> list[tuple[str, str]]:
        return sorted(((i, self.display.get(i, i)) for i in ids), key=lambda c: (c[1], c[0]))

    def candidates(self, name: str, n: int = 8) -> list[tuple[str, str]]:
        key = norm(name)
        if not key:
            return []
        keys = difflib.get_close_matches(key, list(self.by_norm), n=n * 2, cutoff=0.72)
        keys += [k for k in self.by_norm if len(key) >= 3 and k.startswith(key)][:n]
        seen: list[str] = []
        for k in keys:
            for eid in sorted(self.by_norm[k]):
                if eid not in seen:
                    seen.append(eid)
        return self._cands(seen[:n])

    def resolve(self, name: str) -> str:
        if name in self.display:
            return name
        key = norm(name)
        exact = self.by_norm.get(key, set())
        if len(exact) == 1:
            return next(iter(exact))
        if len(exact) > 1:
            # a state beats a city or a person of the same name ("Georgia")
            states = [e for e in exact if e.startswith("state:")]
            if len(states) == 1:
                return states[0]
            raise NameError_(name, self._cands(exact), ambiguous=True)
        cands = self.candidates(name)
        close = difflib.get_close_matches(key, list(self.by_norm), n=3, cutoff=0.85)
        close_ids = {eid for k in close for eid in self.by_norm[k]}
        if len(close_ids) == 1:
            return next(iter(close_ids))
        prefix = {eid for k in self.by_norm if len(key) >= 4 and k.startswith(key)
                  for eid in self.by_norm[k]}
        if len(prefix) == 1 and not close_ids:
            return next(iter(prefix))
        raise NameError_(name, cands, ambiguous=len(close_ids) > 1 or len(prefix) > 1)
