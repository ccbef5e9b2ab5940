"""A check's verdict on one claim and the label of the SIPRI data's vintage it names
("differs from SIPRI data generated 12 Feb 2026"), shared by the checks of statistics and
of arms transfers (moved from analyse/checks.py)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass
class Verdict:
    fact_id: str
    article_id: str
    fact_type: str  # statistic | arms_transfer
    check: str  # import_share | world_export_share | world_rank | supplier_rank | volume | transfer
    verdict: str  # consistent | differs | not_checkable | matches | not_in_sipri
    message: str
    claim: dict[str, Any]
    computed: dict[str, Any] | None = None
    tolerance: str | None = None
    reason: str | None = None  # for not_checkable
    vintage: str | None = None
    source: str = "SIPRI Arms Transfers Database"
    records: list[dict[str, Any]] = field(default_factory=list)  # SIPRI deals used
    fields: list[dict[str, Any]] = field(default_factory=list)  # transfer: field by field
    evidence: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def vintage_label(vintage: str | None) -> str:
    """"2026-02-12" → "12 Feb 2026"."""
    if not vintage:
        return "of unknown date"
    try:
        d = date.fromisoformat(vintage)
    except ValueError:
        return vintage
    return f"{d.day} {d.strftime('%b %Y')}"
