"""The per-article event state: the events recorded so far (with their parts and dates), the
dates of the sentences, partyless dated events, and the relation and membership facts found
with them (read through ``article_state``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from silkgraph.extract.context import ArticleContext
from silkgraph.model import Fact


@dataclass
class EventRecord:
    fact: Fact
    etype: str
    parts: frozenset[str]
    date: str | None


@dataclass
class ArticleState:
    events: list[EventRecord] = field(default_factory=list)
    dates: dict[int, tuple[str, str]] = field(default_factory=dict)  # sentence → its first event date
    last_dates: dict[int, tuple[str, str]] = field(default_factory=dict)  # sentence → its last event date
    # sentence → (type, date, text) of an event told with a written date but no named party
    partyless: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], Fact] = field(default_factory=dict)
    memberships: dict[tuple[str, str], Fact] = field(default_factory=dict)


def article_state(ctx: ArticleContext) -> ArticleState:
    st: ArticleState | None = ctx.scratch.get("events.state")
    if st is None:
        st = ctx.scratch["events.state"] = ArticleState()
    return st
