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
