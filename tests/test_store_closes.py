"""The command line leaves a knowledge base as one file: the write-ahead log is folded back
into it when the program ends, so copying ``kb.db`` alone copies everything stored."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CLI = "import sys; from silkgraph.serve.cli import main; sys.argv[0] = 'silkgraph'; main()"


def test_ingest_leaves_no_write_ahead_log(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text(
        "Kazakhstan signs helicopter deal\n\n"
        "ASTANA, 3 March 2024 — Kazakhstan ordered eight Airbus H145M helicopters on Monday, "
        "the defence ministry said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "kb.db"
    run = subprocess.run(
        [sys.executable, "-c", CLI, "ingest", "-q", "--db", str(db), str(article)],
        capture_output=True, text=True, check=False,
    )
    assert run.returncode == 0, run.stderr
    assert db.exists()
    assert not (tmp_path / "kb.db-wal").exists()
    assert not (tmp_path / "kb.db-shm").exists()
