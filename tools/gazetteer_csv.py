"""The CSV form every gazetteer builder reads and writes (``tools/build_*.py``): a header row,
then one row per dict, ``\\n`` line ends, UTF-8. One writer, so the committed files stay
byte-identical whichever builder wrote them."""

from __future__ import annotations

import csv
import io
from pathlib import Path


def read_csv(path: Path) -> list[dict[str, str]]:
    """The rows of a gazetteer CSV, by its header."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def csv_text(rows: list[dict[str, str]], header: list[str] | None = None) -> str:
    """The rows as CSV text; ``header`` defaults to the first row's keys."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header if header is not None else list(rows[0]),
                       lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def write_csv(path: Path, rows: list[dict[str, str]], header: list[str] | None = None) -> None:
    """Write :func:`csv_text` of the rows to ``path``."""
    path.write_text(csv_text(rows, header), encoding="utf-8", newline="")
