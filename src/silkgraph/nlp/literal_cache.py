"""``pattern_literals.literal_sets`` answers (and other answers read from patterns' syntax
trees) kept on disk between runs.

Reading the syntax trees of the extractors' patterns (Python's regex parser, in Python)
costs every process about 0.1 s of CPU; loading the answers back about 2 ms. The file is
named by a hash of the code that computes the answers and of the Python version (whose
parser reads the patterns), and holds the answers by their arguments (pattern, flags,
n), so it never gives the answer of other code or of another pattern. New answers are
written when the process ends (a worker forked for analysis ends without writing: its
parent analysed a sample before forking). The folder is the gazetteer cache's
(``SILKGRAPH_CACHE``; ``off`` turns both off).
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Generic, TypeVar

V = TypeVar("V")
Key = tuple[str, int, int]

_FORMAT = b"silkgraph-literal-sets-1"
_KEEP = 2  # files kept (the most recently written)


class SetsCache(Generic[V]):
    """Answers by key, read from the cache file on first use."""

    __slots__ = ("_code", "_name", "_path", "_known", "_added")

    def __init__(self, code: Path, name: str = "literal-sets") -> None:
        self._code = code  # the module whose code computes the answers
        self._name = name  # the files' name (each kind of answer keeps its own files)
        self._path: Path | None = None
        self._known: dict[Key, V] | None = None
        self._added = False

    def get(self, key: Key) -> V | None:
        if self._known is None:
            self._known = self._load()
        return self._known.get(key)

    def put(self, key: Key, value: V) -> None:
        if self._known is None:
            self._known = self._load()
        self._known[key] = value
        if self._path is not None and not self._added:
            self._added = True
            atexit.register(self.save)

    def _load(self) -> dict[Key, V]:
        from silkgraph.knowledge.cache import cache_dir

        folder = cache_dir()
        if folder is None:
            return {}
        try:
            h = hashlib.sha256(_FORMAT + b"\0" + sys.version.encode() + b"\0")
            h.update(self._code.read_bytes())
            h.update(Path(__file__).read_bytes())
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # the code is not in files (a zipped install) or no folder: no cache
            return {}
        self._path = folder / f"{self._name}-{h.hexdigest()[:40]}.pickle"
        try:
            with self._path.open("rb") as f:
                known = pickle.load(f)
        except Exception:  # missing, damaged or foreign: start anew (and overwrite it)
            return {}
        return known if isinstance(known, dict) else {}

    def save(self) -> None:
        """Write the answers when some are new (and the folder is still there)."""
        path, known = self._path, self._known
        if path is None or known is None or not self._added or not path.parent.is_dir():
            return
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as f:
                pickle.dump(known, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # readers see the whole file or none
            self._added = False
            files = sorted(path.parent.glob(f"{self._name}-*.pickle"), key=lambda p: p.stat().st_mtime_ns,
                           reverse=True)
            for stale in files[_KEEP:]:
                stale.unlink(missing_ok=True)
        except OSError:  # a read-only or full disk: run without the cache
            try:
                tmp.unlink(missing_ok=True)
            except OSError:  # pragma: no cover
                pass
