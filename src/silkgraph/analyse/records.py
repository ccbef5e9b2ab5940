"""The plain records the workbench API returns (dataclasses; ``dataclasses.asdict`` → JSON)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Evidence:
    start: int
    end: int
    text: str


@dataclass
class EntityRecord:
    id: str
    type: str
    name: str
    iso3: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    mentions: int = 0
    facts: int = 0


@dataclass
class FactRecord:
    """One fact from an article, with its evidence and the names of the entities it cites."""

    id: str
    type: str
    article_id: str
    article_title: str | None
    section: str
    modality: str
    date: str | None
    args: dict[str, Any]
    evidence: list[Evidence]
    attribution: str | None = None
    confidence: float = 1.0
    origin: str = "article"
    names: dict[str, str] = field(default_factory=dict)  # entity id -> name
    summary: str = ""


@dataclass
class Transfer:
    """An arms transfer: from an article (``origin="article"``) or a reference set (``"sipri"``)."""

    id: str
    origin: str
    supplier: str | None
    recipient: str | None
    system: str | None
    quantity: int | None = None
    quantity_qualifier: str | None = None
    value: dict[str, Any] | None = None
    date: str | None = None
    date_text: str | None = None
    status: str | None = None
    modality: str = "asserted"
    article_id: str | None = None
    article_title: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    sipri_id: str | None = None
    vintage: str | None = None
    description: str | None = None


@dataclass
class Event:
    id: str
    event_type: str
    plover: str | None
    actors: list[str]
    targets: list[str]
    date: str | None
    date_text: str | None
    location: str | None
    fatalities: int | None
    modality: str
    article_id: str
    article_title: str | None
    evidence: list[Evidence] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    summary: str = ""


@dataclass
class ArticleSummary:
    id: str
    source: str
    title: str | None
    authors: list[str]
    published: str | None
    ref_date: str | None
    facts: int = 0
    mentions: int = 0


@dataclass
class MentionRecord:
    start: int
    end: int
    text: str
    entity_id: str
    entity_type: str | None
    entity_name: str | None
    kind: str = "name"


@dataclass
class ArticleView:
    """An article with its text (``offset`` = where ``text`` starts in its source)."""

    summary: ArticleSummary
    text: str
    offset: int
    sections: list[dict[str, Any]]
    mentions: list[MentionRecord]
    facts: list[FactRecord]


@dataclass
class SearchHit:
    sentence_id: int
    article_id: str
    article_title: str | None
    section: str
    start: int
    end: int
    text: str
    highlighted: str  # hits wrapped in HL_OPEN / HL_CLOSE control characters


@dataclass
class CoMention:
    entity: EntityRecord
    sentences: int


@dataclass
class SentenceRecord:
    id: int
    article_id: str
    article_title: str | None
    section: str
    start: int
    end: int
    text: str


@dataclass
class TimelineItem:
    date: str  # partial ISO as stated, or the article's date when ``approximate``
    kind: str  # event type, or "transfer"/"membership"/…
    label: str
    fact_id: str
    article_id: str | None
    origin: str = "article"
    actors: list[str] = field(default_factory=list)
    approximate: bool = False


@dataclass
class Dossier:
    entity: EntityRecord
    facts_by_type: dict[str, list[FactRecord]]
    transfers_in: list[Transfer]
    transfers_out: list[Transfer]
    transfers_of_system: list[Transfer]
    events: list[Event]
    relations: list[FactRecord]
    memberships: list[FactRecord]
    statistics: list[FactRecord]
    comentioned: list[CoMention]
    articles: list[ArticleSummary]
    sentences: list[SentenceRecord]
    timeline: list[TimelineItem]
    suppliers_since: dict[str, str | None] = field(default_factory=dict)  # supplier -> first date


@dataclass
class Node:
    id: str
    name: str
    type: str
    x: float
    y: float
    degree: int
    bloc: int  # community number (0 = largest)


@dataclass
class Edge:
    a: str
    b: str
    kind: str  # ally, partner, rival, adversary, neutral, transfer, member
    weight: int
    fact_ids: list[str] = field(default_factory=list)


@dataclass
class Network:
    nodes: list[Node]
    edges: list[Edge]
    blocs: list[list[str]]  # entity ids per bloc, largest first
