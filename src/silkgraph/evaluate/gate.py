"""The floors gate: fail when a metric falls below its versioned floor.

``eval/floors.yaml`` maps a gold file's stem (``cacianalyst-sample.dev``) to
``{metric: floor}``.  :func:`check_gate` returns one failure string per metric below its
floor (``"cacianalyst-sample.dev entities.f1 0.810 < floor 0.85"``: value to 3 decimals,
floor as written) and per floor naming
a metric the report does not produce (a typo must not pass silently).  A floors entry
whose gold was not evaluated at all (CI without ``../shared``) is only a note, see
:func:`run_gate`.  :func:`lowered_floors` compares two versions of the floors file so CI can
refuse a floor that went down without saying so.

Command line::

    python -m silkgraph.evaluate.gate --floors eval/floors.yaml --export EXPORT.jsonl \\
        GOLD.yaml [GOLD.yaml ...] [--json REPORT.json] [--previous OLD_FLOORS.yaml]

prints every report's lines, the notes and failures; exits 1 on any failure, 0 otherwise
(2 on unusable input).  Gold files whose ``text`` target does not exist are skipped with
a message.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .gold import GoldError, load_gold
from .score import Report, score

EPSILON = 1e-9


class FloorsError(ValueError):
    """The floors file is unreadable or malformed: ``"file: item: problem"``."""


@dataclass
class GateResult:
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def load_floors(path: str | Path) -> dict[str, dict[str, float]]:
    """Read ``{gold stem: {metric: floor}}``; floors must be numbers in [0, 1]."""
    path = Path(path)
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise FloorsError(f"{path}: file: cannot read: {e.strerror or e}") from None
    except yaml.YAMLError as e:
        raise FloorsError(f"{path}: yaml: invalid YAML: {e}") from None
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise FloorsError(f"{path}: top level: expected a mapping of gold name to floors")
    out: dict[str, dict[str, float]] = {}
    for gold, floors in doc.items():
        if floors is None:
            out[str(gold)] = {}
            continue
        if not isinstance(floors, dict):
            raise FloorsError(f"{path}: {gold}: expected a mapping of metric to floor")
        out[str(gold)] = {}
        for metric, floor in floors.items():
            if isinstance(floor, bool) or not isinstance(floor, int | float) or not 0 <= floor <= 1:
                raise FloorsError(
                    f"{path}: {gold}.{metric}: floor must be a number in [0, 1], got {floor!r}"
                )
            out[str(gold)][str(metric)] = float(floor)
    return out


def run_gate(floors_path: str | Path, results: dict[str, Report]) -> GateResult:
    """Failures and notes of the reports in ``results`` (keyed by gold stem)."""
    res = GateResult()
    all_floors = load_floors(floors_path)
    for gold, floors in all_floors.items():
        report = results.get(gold)
        if report is None:
            res.notes.append(f"{gold}: not evaluated; its {len(floors)} floor(s) were not checked")
            continue
        for metric, floor in floors.items():
            value = report.metrics.get(metric)
            if value is None:
                res.failures.append(f"{gold} {metric} not reported (floor {floor!r})")
            elif value < floor - EPSILON:
                res.failures.append(f"{gold} {metric} {value:.3f} < floor {floor!r}")
    for gold in results:
        if gold not in all_floors:
            res.notes.append(f"{gold}: no floors set")
    return res


def check_gate(floors_path: str | Path, results: dict[str, Report]) -> list[str]:
    """Failures only: ``"<gold> <metric> <value> < floor <floor>"``; empty means pass."""
    return run_gate(floors_path, results).failures


def lowered_floors(old_path: str | Path, new_path: str | Path) -> list[str]:
    """Floors present in ``old_path`` that ``new_path`` lowers or removes."""
    old, new = load_floors(old_path), load_floors(new_path)
    out: list[str] = []
    for gold, floors in old.items():
        for metric, floor in floors.items():
            now = new.get(gold, {}).get(metric)
            if now is None:
                out.append(f"{gold} {metric} floor {floor!r} removed")
            elif now < floor - EPSILON:
                out.append(f"{gold} {metric} floor lowered {floor!r} -> {now!r}")
    return out


def read_jsonl(path: str | Path) -> Iterator[dict]:
    """Parsed lines of a JSON Lines export; blank lines skipped."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}: line {n}: invalid JSON: {e.msg}") from None
            if isinstance(obj, dict):
                yield obj


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m silkgraph.evaluate.gate",
        description="Score an export against gold files and check floors.",
    )
    ap.add_argument("--floors", required=True, help="floors YAML (gold stem -> metric -> floor)")
    ap.add_argument("--export", required=True, help="JSON Lines export")
    ap.add_argument("--json", help="write all reports as JSON to this file")
    ap.add_argument("--previous", help="an older floors file: fail if a floor was lowered")
    ap.add_argument("gold", nargs="+", help="gold YAML files")
    args = ap.parse_args(argv)

    try:
        records = list(read_jsonl(args.export))
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    results: dict[str, Report] = {}
    for gpath in args.gold:
        try:
            gold = load_gold(gpath)
        except GoldError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        if not gold.text.exists():
            print(f"skip {gold.name}: text {gold.text} does not exist")
            continue
        report = score(gold, records)
        results[gold.name] = report
        print(f"== {gold.name}")
        for line in report.lines():
            print(f"  {line}")
    try:
        res = run_gate(args.floors, results)
        if args.previous:
            res.failures.extend(f"floors: {x}" for x in lowered_floors(args.previous, args.floors))
    except FloorsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        Path(args.json).write_text(
            json.dumps({k: v.as_dict() for k, v in results.items()}, indent=2, ensure_ascii=False)
            + "\n",
            encoding="utf-8",
        )
    for note in res.notes:
        print(f"note: {note}")
    for failure in res.failures:
        print(f"FAIL {failure}")
    print("gate: " + ("FAIL" if res.failures else "pass"))
    return 1 if res.failures else 0


if __name__ == "__main__":
    sys.exit(main())
