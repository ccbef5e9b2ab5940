"""Shared by the session-3 membership/relation/statistic tests: the facts of one short test
article of our own (a wire item with a dateline)."""

from __future__ import annotations

from typing import Any

from event_facts import source_facts

OPENING = "Test headline about the region\n\nALMATY, 5 July 2024 (Test Wire) – "


def facts(body: str, ftype: str) -> list[dict[str, Any]]:
    """The args of the facts of type ``ftype`` extracted from ``OPENING + body``."""
    return [dict(f.args) for f in source_facts(OPENING + body, ftype)]


def members(body: str) -> set[tuple[str, str]]:
    return {(str(a["member"]), str(a["organization"])) for a in facts(body, "membership")}


def pairs(body: str) -> set[tuple[str, str, str]]:
    return {(str(a["a"]), str(a["b"]), str(a["kind"])) for a in facts(body, "relation")}


def figures(body: str) -> set[tuple[str, float, str]]:
    return {(str(a["subject"]), float(a["value"]), str(a["unit"])) for a in facts(body, "statistic")}
