"""Compiled regular expressions kept on disk between runs.

The extractors compile some 2,300 patterns when they are imported and when a first article is
analysed; Python's regex parser and code generator are written in Python, and the compilation
costs every process about 0.4 s of CPU, the largest part of start-up.  What they make is a plain
list of integers (the matcher's program) that ``_sre.compile`` turns into a pattern in
microseconds.  While :func:`cached_compiles` is active, ``re.compile`` (through
``re._compiler.compile``, which it calls on a miss of its own in-memory cache) takes the program
from a file written by an earlier process, and compiles only the patterns it does not hold.

Exactness: the file is named by a hash of the Python version (whose parser and code generator
make the programs) and of this module's code, and holds each program by its pattern's text and
flags, so it never gives the program of another pattern or another Python; the pattern made from
a cached program is equal (``==``: same text, flags and program) to the one ``re.compile`` makes.
The first program made in a process is checked against ``re.compile``'s own: on any difference
(a Python whose internals differ) the cache turns itself off.  A file that cannot be read is
ignored and rewritten.  Only the programs the process used are written back, and only when it had
to compile some (a changed pattern), so the file never grows with patterns no longer in the code.
The folder is the gazetteer cache's (``SILKGRAPH_CACHE``; ``off`` turns all caches off).

Only the extractors' load (:func:`silkgraph.pipeline.analysis.load_and_freeze`), the warm-up sample and the
builders marked :func:`with_cached_compiles` (lexicons and gates built once, on first use, from the
code and its resources) are read under it: the patterns made there are the code's own, not the
per-article ones built from an article's names, which would only fill the file.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import os
import pickle
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

try:  # CPython's regex internals (3.11)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no cache
    _sre = _compiler = _parser = None  # type: ignore[assignment]

__all__ = ["cached_compiles", "with_cached_compiles"]

_FORMAT = b"silkgraph-regex-programs-1"
_KEEP = 2  # files kept (the most recently written)
# (flags, program, groups, groupindex, indexgroup): the program as machine words, a quarter of
# the memory of a list of ints (the file's entries stay in memory for the process)
Entry = tuple[int, "array[int]", int, dict[str, int], tuple[str | None, ...]]
_WORD = "I" if array("I").itemsize >= 4 else "L"  # (the programs are of 32-bit words)


class _Programs:
    """The programs by (pattern, flags): those read from the file, and those used."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.known: dict[tuple[str, int], Entry] | None = None
        self.used: dict[tuple[str, int], Entry] = {}
        self.missed = False
        self.checked = False
        self.broken = _sre is None
        self.active = False
        self.original: Any = None

    def load(self) -> None:
        if self.known is not None:
            return
        self.known = {}
        from silkgraph.knowledge.cache import cache_dir

        folder = cache_dir()
        if folder is None:
            return
        try:
            h = hashlib.sha256(_FORMAT + b"\0" + sys.version.encode() + b"\0")
            h.update(f"{getattr(_sre, 'MAGIC', '')}\0{getattr(_sre, 'CODESIZE', '')}\0".encode())
            h.update(Path(__file__).read_bytes())
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # the code is not in files (a zipped install) or no folder: no cache
            return
        self.path = folder / f"regex-programs-{h.hexdigest()[:40]}.pickle"
        try:
            with self.path.open("rb") as f:
                known = pickle.load(f)
        except Exception:  # missing, damaged or foreign: start anew (and overwrite it)
            return
        if isinstance(known, dict):
            self.known = known

    def compile(self, p: Any, flags: int = 0) -> Any:
        """``re._compiler.compile(p, flags)``, from the stored program when there is one."""
        if self.broken or type(p) is not str or type(flags) is not int or flags & re.DEBUG:
            return self.original(p, flags)
        key = (p, flags)
        got = self.used.get(key) or (self.known or {}).get(key)
        if got is not None:
            try:
                pat = _made(p, got)
            except Exception:  # a damaged entry: compiled anew below
                pass
            else:
                self.used[key] = got
                return pat
        entry = _program(p, flags)
        pat = _made(p, entry)
        if not self.checked:  # the first one made here: as re.compile makes it, or no cache
            self.checked = True
            want = self.original(p, flags)
            if pat != want or pat.groupindex != want.groupindex:  # pragma: no cover - another Python
                self.broken = True
                return want
        self.used[key] = entry
        if not self.missed and self.path is not None:
            self.missed = True
            atexit.register(self.save)
        return pat

    def save(self) -> None:
        """Write the programs this process used (when it had to make some)."""
        path = self.path
        if path is None or not self.missed or self.broken or not path.parent.is_dir():
            return  # (a folder removed since, e.g. a test run's: not made again)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as f:
                pickle.dump(self.used, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # readers see the whole file or none
            self.missed = False
            files = sorted(path.parent.glob("regex-programs-*.pickle"), key=lambda q: q.stat().st_mtime_ns,
                           reverse=True)
            for stale in files[_KEEP:]:
                stale.unlink(missing_ok=True)
        except OSError:  # a read-only or full disk, or the folder removed: run without the cache
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)


def _made(p: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(p, flags, code.tolist(), groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _program(p: str, flags: int) -> Entry:
    """The arguments of ``_sre.compile`` after ``p`` for pattern ``p``, as
    ``re._compiler.compile`` works them out (plain words: the code's named constants do not pickle)."""
    tree = _parser.parse(p, flags)
    code = array(_WORD, [int(c) for c in _compiler._code(tree, flags)])
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))


_PROGRAMS = _Programs()


@contextlib.contextmanager
def cached_compiles() -> Iterator[None]:
    """While active, ``re.compile`` takes the programs of the patterns it has to compile from the
    cache file (see the module doc); it restores ``re._compiler.compile`` on exit."""
    if _PROGRAMS.active or _PROGRAMS.broken:
        yield
        return
    _PROGRAMS.load()
    if _PROGRAMS.path is None:  # caching is off
        yield
        return
    _PROGRAMS.original = _compiler.compile
    _PROGRAMS.active = True
    _compiler.compile = _PROGRAMS.compile
    try:
        yield
    finally:
        _compiler.compile = _PROGRAMS.original
        _PROGRAMS.active = False


_F = TypeVar("_F", bound=Callable[..., Any])


def with_cached_compiles(fn: _F) -> _F:
    """``fn`` run under :func:`cached_compiles`: for a builder of the code's own patterns that runs
    once, on first use (put it under its ``lru_cache``, so that only a miss enters here).  With one
    process no warm-up sample runs under the cache, and such builders compiled their patterns anew
    in every run (about 1 % of a one-process ingest's CPU).  Exact: a cached program makes a
    pattern equal to the one ``re.compile`` makes (module doc)."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        with cached_compiles():
            return fn(*args, **kwargs)

    return run  # type: ignore[return-value]
