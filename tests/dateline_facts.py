"""Shared by the membership, relation and statistic tests: the facts of one short test article of
our own with a dateline (a wire item from Almaty, or a report from Baku)."""

from __future__ import annotations

from typing import Any

from event_facts import source_facts

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source

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


BAKU = "Test headline\n\nBAKU, 3 March 2024 — "


def relation_triples(body: str, opening: str = BAKU, *, asserted_only: bool = False,
                     unordered: bool = False) -> set[tuple[str, str, str]]:
    """(a, b, kind) of the relations extracted from ``opening + body`` (by default a Baku dateline);
    ``asserted_only`` leaves out the hypothetical and recommended ones, ``unordered`` sorts each pair."""
    out: set[tuple[str, str, str]] = set()
    for aa in analyse_source(Source("t.txt", opening + body + "\n")):
        for f in aa.extraction.facts:
            if f.type != "relation" or (asserted_only and f.modality in ("hypothetical", "recommended")):
                continue
            a, b = str(f.args["a"]), str(f.args["b"])
            if unordered:
                a, b = sorted((a, b))
            out.add((a, b, str(f.args["kind"])))
    return out


def asserted_relation_triples(body: str) -> set[tuple[str, str, str]]:
    """(a, b, kind) of the relations extracted from ``BAKU + body``, leaving out the hypothetical and
    recommended ones."""
    return relation_triples(body, asserted_only=True)


def statistic_figures(body: str) -> set[tuple[str, float, str]]:
    """(subject, value, unit) of the statistics extracted from ``BAKU + body``."""
    text = BAKU + body + "\n"
    return {(f.args["subject"], f.args["value"], f.args["unit"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "statistic"}
