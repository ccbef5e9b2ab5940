"""Shared by the extraction tests: the facts extracted from a short test article of our own (events,
statistics, and the facts of one type)."""

from __future__ import annotations

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source

HEADLINE = "Test headline about the region\n\n"
DATELINE = HEADLINE + "ALMATY, 5 July 2024 — "


def source_facts(text: str, ftype: str) -> list[Fact]:
    """The facts of type ``ftype`` extracted from ``text`` read as one source."""
    out: list[Fact] = []
    for aa in analyse_source(Source("test.txt", text + "\n")):
        out.extend(f for f in aa.extraction.facts if f.type == ftype)
    return out


def event_facts(body: str, opening: str = DATELINE, closing: str = "") -> list[Fact]:
    """The event facts of ``opening + body + closing`` read as one source."""
    return source_facts(opening + body + closing, "event")


def of_type(facts: list[Fact], etype: str) -> list[Fact]:
    return [f for f in facts if f.args["event_type"] == etype]


def event_types(facts: list[Fact]) -> list[str]:
    return [f.args["event_type"] for f in facts]


def statistic_triples(body: str, head: str = "Officials met on Monday. ") -> set[tuple[str, float, str]]:
    """(subject, value rounded to 2 places, unit) of the statistics in a short article: a headline,
    then ``head`` and ``body`` as its text."""
    return {(f.args["subject"], round(f.args["value"], 2), f.args["unit"])
            for f in source_facts("Test headline\n\n" + head + body, "statistic")}
