"""Readers: files, bytes, standard input and directories → :class:`~silkgraph.model.Source`.

Offsets downstream point into ``Source.text``, so the text is fixed here once:

* bytes are decoded as UTF-8 (a BOM is dropped), else cp1252, else latin-1; the codec
  used is recorded in ``Source.encoding``;
* newlines are normalised (``\\r\\n`` and lone ``\\r`` → ``\\n``) before anything else;
* Markdown is kept exactly as written (segmentation reads ``#`` headings itself);
* for HTML, ``Source.text`` is the article text extracted by trafilatura (not the
  markup): offsets point into that extracted text.  Metadata found in the page goes to
  ``Source.meta`` as ``{"title": str, "authors": [str], "date": "YYYY-MM-DD"}``.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from silkgraph.model import Source

__all__ = [
    "DEFAULT_INCLUDE",
    "MAX_BYTES",
    "ReadError",
    "decode_bytes",
    "iter_sources",
    "read_bytes",
    "read_file",
    "read_stdin",
]

MAX_BYTES = 20 * 1024 * 1024
DEFAULT_INCLUDE = ["*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.text"]

_EXT_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


class ReadError(Exception):
    """A source that could not be read; ``str(e) == f"{path}: {reason}"``."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def _size_error(path: str, size: int, max_bytes: int) -> ReadError:
    mb = size / (1024 * 1024)
    limit = max_bytes / (1024 * 1024)
    limit_s = f"{limit:.0f}" if limit == int(limit) else f"{limit:.1f}"
    return ReadError(path, f"file is {mb:.1f} MB, over the {limit_s} MB limit (set --max-size)")


# every byte but the control characters text does not use (tab, newline, form feed,
# carriage return and escape are text): deleting them leaves the others to count
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        # UTF-16 text also has NULs; we do not read UTF-16 unless it has a BOM
        return not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff"))
    control = len(sample.translate(None, _NOT_CONTROL))
    return control / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)`` with newlines normalised."""
    if data.startswith(b"\xef\xbb\xbf"):
        text, enc = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        text, enc = data.decode("utf-16"), "utf-16"
    else:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, enc = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, enc = data.decode("latin-1"), "latin-1"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, enc


def _sniff_format(name: str, text: str, fmt: str | None) -> str:
    if fmt:
        return fmt
    ext = os.path.splitext(name)[1].lower()
    if ext in _EXT_FORMATS:
        return _EXT_FORMATS[ext]
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(html|body|article|p)\b", head):
        return "html"
    if re.match(r"(---\n|#{1,2} \S)", text.lstrip("\ufeff")):
        return "markdown"
    return "text"


def _iso_date(value: Any) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    return m.group(0) if m else None


def _html_source(name: str, text: str, size: int, enc: str) -> Source:
    import trafilatura  # imported lazily: it is slow to import

    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # trafilatura raises assorted errors on junk input
        doc = None
    body: str | None = None
    meta: dict[str, Any] = {}
    if doc is not None:
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        body = data.get("text")
        if data.get("title"):
            meta["title"] = str(data["title"]).strip()
        author = data.get("author")
        if author:
            meta["authors"] = [
                a.strip() for a in re.split(r";|\s+and\s+", str(author)) if a.strip()
            ]
        date = _iso_date(data.get("date"))
        if date:
            meta["date"] = date
    if not body or not body.strip():
        try:
            body = trafilatura.extract(text, output_format="txt")
        except Exception:
            body = None
    if not body or not body.strip():
        raise ReadError(name, "no article text found in HTML")
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return Source(name=name, text=body, encoding=enc, fmt="html", meta=meta, size=size)


def read_bytes(
    data: bytes, name: str, *, fmt: str | None = None, max_bytes: int = MAX_BYTES
) -> Source:
    """Decode bytes read from ``name`` into a Source; raises :class:`ReadError`."""
    if len(data) > max_bytes:
        raise _size_error(name, len(data), max_bytes)
    if _looks_binary(data):
        raise ReadError(name, "binary file")
    text, enc = decode_bytes(data)
    if not text.strip():
        raise ReadError(name, "empty file")
    kind = _sniff_format(name, text, fmt)
    if kind == "html":
        return _html_source(name, text, len(data), enc)
    return Source(name=name, text=text, encoding=enc, fmt=kind, size=len(data))


def read_file(path: Path | str, *, max_bytes: int = MAX_BYTES) -> Source:
    """Read one file; raises :class:`ReadError` (never OSError)."""
    name = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError(name, "is a directory")
        size = p.stat().st_size
        if size > max_bytes:
            raise _size_error(name, size, max_bytes)
        data = p.read_bytes()
    except ReadError:
        raise
    except FileNotFoundError:
        raise ReadError(name, "no such file") from None
    except PermissionError:
        raise ReadError(name, "permission denied") from None
    except OSError as e:
        raise ReadError(name, e.strerror or str(e)) from None
    return read_bytes(data, name, max_bytes=max_bytes)


def read_stdin(max_bytes: int = MAX_BYTES) -> Source:
    """Read standard input (name ``"<stdin>"``)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data = stream.read(max_bytes + 1)
    else:
        data = sys.stdin.read(max_bytes + 1).encode("utf-8")
    if len(data) > max_bytes:
        raise _size_error("<stdin>", len(data), max_bytes)
    return read_bytes(data, "<stdin>", max_bytes=max_bytes)


def _matches(name: str, patterns: list[str]) -> bool:
    low = name.lower()
    return any(fnmatch.fnmatch(low, pat.lower()) for pat in patterns)


def list_inputs(paths: list[str | Path], *, include: list[str] | None = None) -> list[str]:
    """The inputs ``iter_sources`` will read, in order, without reading them: files
    named explicitly, files found in directories (recursive, sorted, matching
    ``include``), ``"-"`` for stdin, and names that do not exist (reported when read)."""
    patterns = include or DEFAULT_INCLUDE
    out: list[str] = []
    for raw in paths:
        p = Path(raw)
        if str(raw) != "-" and p.is_dir():
            files: list[Path] = []
            for root, dirs, names in os.walk(p, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in names
                             if not n.startswith(".") and _matches(n, patterns))
            out.extend(str(f) for f in sorted(files, key=lambda q: q.as_posix()))
        else:
            out.append(str(raw))
    return out


def iter_sources(
    paths: list[str | Path],
    *,
    include: list[str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Source | ReadError]:
    """Sources from files, directories (recursive, sorted) and ``"-"`` (stdin), read one
    at a time (streamed).

    Directories only yield files whose names match ``include`` (glob patterns); a file
    named explicitly is always read.  Problems are yielded as :class:`ReadError`.
    """
    for name in list_inputs(paths, include=include):
        if name == "-":
            try:
                yield read_stdin(max_bytes)
            except ReadError as e:
                yield e
            continue
        p = Path(name)
        if not p.exists():
            yield ReadError(name, "no such file or directory")
            continue
        try:
            yield read_file(p, max_bytes=max_bytes)
        except ReadError as e:
            yield e
