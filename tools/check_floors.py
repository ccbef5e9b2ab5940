"""Floors may rise, never silently fall.

Walks the history of eval/floors.yaml; every commit that lowers or removes a floor must
say so in its message with a line starting "Floor lowered:" followed by the reason.
Exits 1 (naming the commit and the floors) when one does not. Run from the repository
root; used by eval/gate.sh in CI.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from silkgraph.evaluate.gate import lowered_floors

FLOORS = "eval/floors.yaml"


def git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def main() -> int:
    try:
        commits = git("log", "--format=%H", "--reverse", "--", FLOORS).split()
    except (subprocess.CalledProcessError, FileNotFoundError):
        print("check_floors: no git history; skipped")
        return 0
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        prev: Path | None = None
        for i, sha in enumerate(commits):
            cur = Path(tmp) / f"{i}.yaml"
            try:
                cur.write_text(git("show", f"{sha}:{FLOORS}"), encoding="utf-8")
            except subprocess.CalledProcessError:  # the file was deleted in this commit
                cur.write_text("{}\n", encoding="utf-8")
            if prev is not None:
                lowered = lowered_floors(prev, cur)
                message = git("log", "-1", "--format=%B", sha)
                said = any(line.strip().lower().startswith("floor lowered:") for line in message.splitlines())
                if lowered and not said:
                    bad += 1
                    print(f"{sha[:10]} lowers floors without a 'Floor lowered: <why>' line:")
                    for item in lowered:
                        print(f"  {item}")
            prev = cur
    if bad:
        return 1
    print(f"check_floors: {len(commits)} version(s) of {FLOORS}; no floor fell silently")
    return 0


if __name__ == "__main__":
    sys.exit(main())
