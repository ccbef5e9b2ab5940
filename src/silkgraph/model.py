"""Record types shared by every step of the pipeline.

Offsets are the spine: every ``start``/``end`` below is a character offset into the
text of the :class:`Source` the record came from (never into an article or a
sentence), so a mention, a sentence and a fact's evidence all point at the same
characters.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

SECTION_KINDS = (
    "lead",
    "caption",
    "background",
    "implications",
    "conclusions",
    "author_bio",
    "body",
    "boilerplate",
)

ENTITY_TYPES = (
    "state",
    "organization",
    "armed_group",
    "person",
    "weapon_system",
    "place",
    "program",
    "company",
    "event_name",
)

FACT_TYPES = ("arms_transfer", "event", "membership", "relation", "statistic")

MODALITIES = (
    "asserted",
    "reported",
    "alleged",
    "claimed",
    "denied",
    "planned",
    "expected",
    "recommended",
    "hypothetical",
)

TRANSFER_STATUSES = (
    "interest",
    "negotiating",
    "planned",
    "ordered",
    "delivered",
    "in_service",
    "cancelled",
)


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """A short deterministic id: same inputs, same id, on every run and machine."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{h[:length]}"


# fact argument keys that hold entity ids, and the role each gives the entity
ENTITY_ARG_ROLES = {
    "supplier": "supplier", "recipient": "recipient", "system": "system", "actors": "actor",
    "targets": "target", "location": "location", "member": "member",
    "organization": "organization", "a": "a", "b": "b", "subject": "subject", "scope": "scope",
    "source": "source",
}


def entity_refs(args: dict[str, Any]) -> list[tuple[str, str]]:
    """(role, entity id) pairs named by a fact's args (ids contain ":"; categories do not)."""
    refs: list[tuple[str, str]] = []
    for key, role in ENTITY_ARG_ROLES.items():
        if key not in args:
            continue
        val = args[key]
        if isinstance(val, list):
            refs.extend((role, v) for v in val if isinstance(v, str) and ":" in v)
        elif isinstance(val, str) and ":" in val:
            refs.append((role, val))
    return refs


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Source:
    """One input: a file, a page or standard input, decoded to text."""

    name: str  # the path or URL as given (what exports call ``source``)
    text: str
    encoding: str = "utf-8"
    fmt: str = "text"  # text | markdown | html
    meta: dict[str, Any] = field(default_factory=dict)  # title/author/date from HTML metadata
    size: int = 0  # bytes read

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        return stable_id("src:", self.name)


@dataclass
class Section:
    kind: str  # one of SECTION_KINDS
    label: str  # the heading as written ("BCKGROUND"); "" when there is none
    start: int
    end: int


@dataclass
class PublishedEstimate:
    not_before: str  # YYYY-MM-DD
    not_after: str | None
    basis: str

    def as_dict(self) -> dict[str, Any]:
        return {"not_before": self.not_before, "not_after": self.not_after, "basis": self.basis}


@dataclass
class Article:
    """An article found in a source by segmentation."""

    start: int
    end: int
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # stated date, YYYY-MM-DD
    published_estimate: PublishedEstimate | None = None
    sections: list[Section] = field(default_factory=list)
    source_name: str = ""
    id: str = ""  # filled by the pipeline: stable_id over the article's text

    def reference_date(self) -> str | None:
        """The date relative expressions resolve against: stated, else estimated."""
        if self.published:
            return self.published
        if self.published_estimate:
            return self.published_estimate.not_before
        return None


@dataclass
class Sentence:
    start: int
    end: int
    section: str  # section kind
    index: int = 0  # position within its article


@dataclass
class Entity:
    id: str  # state:PAK, org:sco, wpn:jf-17-block-iii, person:asif-ali-zardari
    type: str  # one of ENTITY_TYPES
    name: str
    iso3: str | None = None  # states only
    country: str | None = None  # ISO3 the entity belongs to / comes from
    aliases: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)  # category, role, …


@dataclass
class Mention:
    start: int
    end: int
    text: str
    entity_id: str
    kind: str = "name"  # name | acronym | capital | demonym | variant | title
    role: str | None = None  # e.g. "place" when a capital is used as a place


@dataclass
class Fact:
    type: str  # one of FACT_TYPES
    args: dict[str, Any]
    evidence: list[Span]
    section: str
    modality: str = "asserted"
    inferences: dict[str, str] = field(default_factory=dict)  # arg -> why it was inferred
    attribution: str | None = None  # a named source of a claim ("according to SIPRI")
    confidence: float = 1.0
    id: str = ""  # filled by the pipeline


@dataclass
class Extraction:
    """What recognition, resolution and extraction found in one article."""

    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)  # every entity referenced
    facts: list[Fact] = field(default_factory=list)
    # aliases learnt from this article only, e.g. an acronym defined in the text:
    # (entity_id, alias, kind)
    local_aliases: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class AnalysedArticle:
    """An article with everything the pipeline derived from it, ready to store."""

    article: Article
    sentences: list[Sentence]
    extraction: Extraction = field(default_factory=Extraction)
