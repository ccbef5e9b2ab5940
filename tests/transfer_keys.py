"""Keys of the arms transfers extracted from a short invented text, for the transfer tests (the
extraction itself is ``transfers`` in test_extract_transfers.py)."""

from __future__ import annotations

from typing import Any

from test_extract_transfers import transfers


def parties_and_system(got: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """(supplier, recipient, system) of each transfer in ``got``."""
    return {(t["supplier"], t["recipient"], t["system"]) for t in got}


def parties_system_status(got: list[dict[str, Any]]) -> set[tuple[str, str, str, str]]:
    """(supplier, recipient, system, status) of each transfer in ``got``."""
    return {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in got}


def parties_and_system_of(text: str) -> set[tuple[str, str, str]]:
    """(supplier, recipient, system) of each transfer extracted from ``text``."""
    return parties_and_system(transfers(text))


def by_system(got: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The transfers in ``got`` by their system."""
    return {t["system"]: t for t in got}


def parties(got: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """(supplier, recipient) of each transfer in ``got``."""
    return {(t["supplier"], t["recipient"]) for t in got}
