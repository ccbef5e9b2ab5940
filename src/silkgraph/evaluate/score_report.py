"""The :class:`Report` of one export against one gold file, and P/R/F1 counting."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .gold import FACT_KINDS
from .score_facts import TRANSFER_ATTRS

SEG_METRICS = (
    "seg.articles",
    "seg.authors",
    "seg.sections",
    "seg.published",
    "seg.published_tight",
)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f1


def ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


@dataclass
class Report:
    """Scores of one export against one gold file."""

    gold: str
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-able; keys in a fixed order."""
        return {
            "gold": self.gold,
            "metrics": {k: round(v, 6) for k, v in self.metrics.items()},
            "counts": {k: dict(v) for k, v in self.counts.items()},
            "articles": self.articles,
            "notes": list(self.notes),
        }

    def lines(self) -> list[str]:
        """Human-readable lines, one per metric group."""
        out: list[str] = []
        m, c = self.metrics, self.counts
        for k in SEG_METRICS:
            cnt = c.get(k, {})
            if k == "seg.articles":
                extra = f"({cnt.get('exported', 0)} exported, {cnt.get('in_text', 0)} in text)"
            else:
                extra = f"({cnt.get('ok', 0)}/{cnt.get('scored', 0)})"
            out.append(f"{k:<19} {m[k]:.3f} {extra}")
        for group in ("entities", *FACT_KINDS):
            cnt = c[group]
            na = ", n/a" if cnt["tp"] == cnt["fp"] == cnt["fn"] == 0 else ""
            out.append(
                f"{group:<19} P {m[group + '.p']:.3f} R {m[group + '.r']:.3f} "
                f"F1 {m[group + '.f1']:.3f} (tp {cnt['tp']} fp {cnt['fp']} fn {cnt['fn']}{na})"
            )
            if group == "entities":
                for k in m:
                    if k.startswith("entities.r."):
                        tc = c[k]
                        out.append(f"{k:<19} {m[k]:.3f} ({tc['tp']}/{tc['gold']})")
            if group == "arms_transfers":
                for attr in TRANSFER_ATTRS:
                    k = f"arms_transfers.{attr}"
                    out.append(f"{k} {m[k]:.3f} ({c[k]['ok']}/{c[k]['scored']})")
        out.extend(f"note: {n}" for n in self.notes)
        return out
