"""Working records: items, trigger hits, parties and transfer drafts."""

from __future__ import annotations

from dataclasses import dataclass, field

from silkgraph.extract.transfers.lexicon import Trigger
from silkgraph.model import Mention


@dataclass
class Item:
    start: int  # offsets into the sentence text
    end: int
    system: str  # weapon entity id or category string
    category: bool
    mention: Mention | None = None
    why: str | None = None  # the system is inferred (a programme's aircraft)


@dataclass
class Hit:
    start: int
    end: int
    trig: Trigger
    rel: bool = False  # the verb of an object relative clause after the system ("S, which Y bought")


@dataclass
class Party:
    eid: str
    why: str | None = None  # inference, when not a mention of the sentence


@dataclass
class Draft:
    item: Item
    hit: Hit
    status: str
    supplier: Party | None
    recipients: list[Party] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)  # every trigger of the sentence
    items: list[Item] = field(default_factory=list)  # every item of the sentence
    fate: tuple[int, int] | None = None  # a later delivery's words (``later_delivery``)
