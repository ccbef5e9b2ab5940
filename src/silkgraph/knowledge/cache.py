"""The parsed gazetteer and its built matcher, kept on disk between runs.

Parsing the gazetteer CSVs and building the Aho-Corasick matcher takes about 0.15 s of
CPU in every process; loading them back from a pickle about half of that. The cache file
is named by a hash of everything the result depends on: the text of every gazetteer file
(the package's and the overlay's, with their names), the source of the modules that parse
them and build the matcher (and of the model they make), the Python version and the
matcher library's build. Any change to one of them names another file, so a stale cache
is never read; a file that cannot be read is rebuilt, one that cannot be written is left.
The package folder's files the loader does not parse (recognition's ``name_cues.yaml`` and
``_given_names.csv``, read by every process and never cached here) are in the hash as well,
so that a cached Knowledge can never outlive a change to any file of the folder.

``SILKGRAPH_CACHE`` names the folder (default ``$XDG_CACHE_HOME/silkgraph``, else
``~/.cache/silkgraph``); ``SILKGRAPH_CACHE=off`` (or empty, ``0``, ``no``) turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import ahocorasick

from .loader import Layers, package_other_files

if TYPE_CHECKING:  # pragma: no cover
    from .kb import Knowledge

CACHE_ENV = "SILKGRAPH_CACHE"
_FORMAT = b"silkgraph-knowledge-1"
_KEEP = 4  # cache files kept (the most recently written)
_OFF = ("", "0", "off", "no", "false")
_HERE = Path(__file__).resolve().parent
# the modules whose code decides what a cached Knowledge holds
_CODE = (_HERE / "kb.py", _HERE / "matcher.py", _HERE / "loader.py", _HERE / "normalise.py", _HERE / "cache.py",
         _HERE.parent / "model.py")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home folder: no cache
            return None
    return Path(base) / "silkgraph"


def cache_key(layers: Layers) -> str:
    h = hashlib.sha256(_FORMAT)
    lib = getattr(ahocorasick, "__file__", None) or ""
    h.update(f"\0{sys.version}\0{lib}\0".encode())
    if lib:
        st = os.stat(lib)
        h.update(f"{st.st_size}\0{st.st_mtime_ns}\0".encode())
    for path in _CODE:
        h.update(path.read_bytes())
        h.update(b"\0")
    for name, data in package_other_files():
        h.update(f"other\0{name}\0{len(data)}\0".encode())
        h.update(data)
    for is_overlay, sources in layers:
        h.update(b"overlay\0" if is_overlay else b"package\0")
        for src in sources:
            h.update(f"{src.name}\0{len(src.text)}\0".encode())
            h.update(src.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def cached_knowledge(layers: Layers, build: Callable[[], Knowledge]) -> Knowledge:
    """The Knowledge ``build()`` makes from ``layers``, from the cache when it holds it
    (its matcher built, as ``Knowledge.find`` would build it on first use)."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        key = cache_key(layers)
    except OSError:  # the code is not in files to hash (a zipped install): no cache
        return build()
    path = folder / f"knowledge-{key[:40]}.pickle"
    kb = _read(path)
    if kb is None:
        kb = build()
        kb.find("")  # build the matcher now, so that it is kept too
        _write(path, kb)
    return kb


def _read(path: Path) -> Knowledge | None:
    from .kb import Knowledge

    try:
        with path.open("rb") as f:
            kb = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception:  # a damaged or foreign file: build anew (and overwrite it)
        return None
    return kb if isinstance(kb, Knowledge) else None


def _write(path: Path, kb: Knowledge) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            pickle.dump(kb, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # readers see the whole file or none
    except Exception:  # a read-only or full disk (or anything else): run without the cache
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Keep the ``_KEEP`` most recent cache files (old code or data leave stale ones)."""
    try:
        files = sorted(folder.glob("knowledge-*.pickle"), key=lambda p: p.stat().st_mtime_ns,
                       reverse=True)
        for old in files[_KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
