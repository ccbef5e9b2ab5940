from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from silkgraph.read import ReadError, iter_sources, read_bytes, read_file, read_stdin

FIX = Path(__file__).parent / "fixtures"


def test_plain_text_utf8_and_crlf() -> None:
    src = read_file(FIX / "read" / "crlf.txt")
    assert src.text == "Line one.\nLine two.\n"
    assert src.encoding == "utf-8"
    assert src.fmt == "text"
    assert src.size == len((FIX / "read" / "crlf.txt").read_bytes())


def test_bom_is_stripped() -> None:
    src = read_bytes("\ufeffHello there.".encode(), "x.txt")
    assert src.text == "Hello there."
    assert src.encoding == "utf-8-sig"


def test_latin1_fallback() -> None:
    src = read_file(FIX / "read" / "latin1.txt")
    assert src.encoding in ("cp1252", "latin-1")
    assert "José Martínez" in src.text
    assert "café" in src.text


def test_binary_file() -> None:
    with pytest.raises(ReadError) as e:
        read_file(FIX / "read" / "binary.bin")
    assert e.value.reason == "binary file"
    assert str(e.value) == f"{FIX / 'read' / 'binary.bin'}: binary file"


def test_empty_file() -> None:
    with pytest.raises(ReadError, match="empty file"):
        read_file(FIX / "read" / "empty.txt")


def test_oversized_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (25 * 1024 * 1024))
    with pytest.raises(ReadError) as e:
        read_file(big)
    assert e.value.reason == "file is 25.0 MB, over the 20 MB limit (set --max-size)"
    # a higher limit reads it
    assert read_file(big, max_bytes=30 * 1024 * 1024).size == 25 * 1024 * 1024


def test_missing_file() -> None:
    with pytest.raises(ReadError) as e:
        read_file(FIX / "nope.txt")
    assert e.value.path.endswith("nope.txt")


def test_markdown_kept_as_is() -> None:
    path = FIX / "segment" / "article.md"
    src = read_file(path)
    assert src.fmt == "markdown"
    assert src.text == path.read_text(encoding="utf-8")


def test_html_extracts_text_and_meta() -> None:
    src = read_file(FIX / "segment" / "page.html")
    assert src.fmt == "html"
    assert "<p>" not in src.text
    assert "ferry capacity" in src.text
    assert "Home | World" not in src.text
    assert src.meta["title"] == "Caspian Corridor Gains Momentum"
    assert src.meta["authors"] == ["Nadia Karimova"]
    assert src.meta["date"] == "2025-04-09"


def test_broken_html() -> None:
    with pytest.raises(ReadError, match="no article text found in HTML"):
        read_file(FIX / "read" / "broken.html")


def test_sniff_html_without_extension() -> None:
    html = (FIX / "segment" / "page.html").read_bytes()
    assert read_bytes(html, "page").fmt == "html"


def test_iter_sources_directory_sorted_and_errors(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second file text.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# T\n\nFirst.", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x,y", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = list(iter_sources([tmp_path, tmp_path / "missing.txt"]))
    names = [
        Path(o.name).name if not isinstance(o, ReadError) else "ERR:" + Path(o.path).name
        for o in out
    ]
    assert names == ["a.md", "two.txt", "ERR:empty.txt", "ERR:missing.txt"]  # sorted by path
    only_md = list(iter_sources([tmp_path], include=["*.md"]))
    assert [Path(s.name).name for s in only_md if not isinstance(s, ReadError)] == ["a.md"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"Text from a pipe.\r\n")

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    src = read_stdin()
    assert src.name == "<stdin>"
    assert src.text == "Text from a pipe.\n"
    monkeypatch.setattr(sys, "stdin", FakeStdin())
    FakeStdin.buffer = io.BytesIO(b"More.")
    out = list(iter_sources(["-"]))
    assert out[0].name == "<stdin>"
