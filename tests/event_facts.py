"""Shared by the extraction tests: the facts extracted from a short test article of our own (events,
statistics, and the facts of one type)."""

from __future__ import annotations

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source

HEADLINE = "Test headline about the region\n\n"
DATELINE = HEADLINE + "ALMATY, 5 July 2024 — "
BYLINE = HEADLINE + "By A. Writer\n\n"


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


def dates_of(facts: list[Fact], etype: str) -> list[str]:
    """The sorted dates of the events of type ``etype``."""
    return sorted(f.args["date"] for f in of_type(facts, etype))


def byline_event_facts(body: str) -> list[Fact]:
    """The event facts of a bylined essay (a headline and "By A. Writer", no date) with ``body``."""
    return event_facts(body, opening=BYLINE)


def args_by_type(text: str) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    """The event facts' arguments of a headlined ``text``, grouped by event type."""
    out: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for f in event_facts(text, HEADLINE):
        out.setdefault(f.args["event_type"], []).append(f.args)
    return out


def statistic_triples(body: str, head: str = "Officials met on Monday. ") -> set[tuple[str, float, str]]:
    """(subject, value rounded to 2 places, unit) of the statistics in a short article: a headline,
    then ``head`` and ``body`` as its text."""
    return {(f.args["subject"], round(f.args["value"], 2), f.args["unit"])
            for f in source_facts("Test headline\n\n" + head + body, "statistic")}


WIRE = "Test headline about the region\n\nASTANA, March 12 (Test Wire) – "
PUBLISHED = "\nPublished: 12 March 2024"


def wire_event_facts(body: str, opening: str = WIRE, published: str = PUBLISHED) -> list[Fact]:
    """The event facts of a wire report (dateline 12 March, published 12 March 2024) with ``body``."""
    return event_facts(body, opening, published)


def essay_event_facts(body: str) -> list[Fact]:
    """The event facts of an essay (a headline, no dateline, published 12 March 2024) with ``body``."""
    return event_facts(body, HEADLINE, PUBLISHED)


def assert_party(body: str, etype: str, party: str) -> None:
    """Some event of type ``etype`` in ``body`` has ``party`` among its actors or targets."""
    got = of_type(event_facts(body), etype)
    assert any(party in (f.args.get("actors") or []) + (f.args.get("targets") or []) for f in got), \
        (body, etype, [(f.args["event_type"], f.args.get("actors"), f.args.get("targets")) for f in event_facts(body)])


def assert_no_event(body: str, etype: str) -> None:
    """No event of type ``etype`` in ``body``."""
    assert not of_type(event_facts(body), etype), (body, event_types(event_facts(body)))


def event_tuple(f: Fact) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    """(type, sorted actors, sorted targets, date) of an event fact, for exact assertions."""
    return (f.args["event_type"], tuple(sorted(f.args.get("actors") or [])),
            tuple(sorted(f.args.get("targets") or [])), f.args.get("date") or "")


def event_tuples(facts: list[Fact]) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    """The set of ``event_tuple`` of ``facts``."""
    return {event_tuple(f) for f in facts}


def dated_parties(body: str, etype: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """(date, sorted participants) of the asserted or reported events of type ``etype`` in ``body``
    (after the default dateline)."""
    out = []
    for f in of_type(event_facts(body), etype):
        if f.modality not in ("asserted", "reported"):
            continue
        parts = tuple(sorted(set((f.args.get("actors") or []) + (f.args.get("targets") or []))))
        out.append((f.args.get("date"), parts))
    return out
