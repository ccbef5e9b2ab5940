"""The README is checked: its two quick-start commands are the ones CI runs, and every
``silkgraph`` command it mentions exists."""

from __future__ import annotations

import re
from pathlib import Path

from silkgraph.serve.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_names() -> set[str]:
    import typer.main

    group = typer.main.get_command(app)
    return set(group.commands)  # type: ignore[attr-defined]


def test_quick_start_commands():
    assert "pip install . && silkgraph demo" in README
    assert "pip install -e '.[test]' && pytest" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && pytest" in ci


def test_every_documented_command_exists():
    names = command_names()
    docs = README + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    # commands as shown in fenced code blocks and inline code: `silkgraph NAME ...`
    code = re.findall(r"```.*?```", docs, flags=re.S) + re.findall(r"`[^`\n]+`", docs)
    used = {m for block in code for m in re.findall(r"\bsilkgraph ([a-z][a-z-]+)", block)}
    assert used, "the docs show no command"
    missing = sorted(u for u in used if u not in names)
    assert not missing, f"documented but not defined: {missing}"


def test_tour_commands_run_on_the_demo(tmp_path, monkeypatch):
    """The README's tour, command by command, on a fresh demo knowledge base."""
    import shlex

    from typer.testing import CliRunner

    runner = CliRunner()
    db = str(tmp_path / "demo.db")
    monkeypatch.setenv("SILKGRAPH_DB", db)
    block = README.split("## A tour on the sample data", 1)[1].split("```", 2)[1]
    ran = 0
    for line in block.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line.startswith("silkgraph ") or line.startswith("silkgraph serve"):
            continue
        res = runner.invoke(app, shlex.split(line)[1:])
        assert res.exit_code == 0, f"{line}: {res.output}"
        assert res.output.strip(), line
        ran += 1
    assert ran >= 5
