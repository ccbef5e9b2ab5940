"""Gold records and vocabularies: names, facts, articles, and the name compare-key."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

EVENT_TYPES = (
    "attack",
    "coercion",
    "mobilization",
    "sanction",
    "protest",
    "threat",
    "rejection",
    "accusation",
    "demand",
    "retreat",
    "military_aid",
    "aid",
    "cooperation",
    "concession",
    "support",
    "agreement",
    "ceasefire",
    "meeting",
    "accession",
    "statement",
    "test",
)

RELATION_KINDS = ("ally", "partner", "rival", "adversary", "neutral")

MEMBERSHIP_ROLES = ("member", "observer", "partner")

#: gold list key -> export fact ``type``
FACT_KINDS = {
    "arms_transfers": "arms_transfer",
    "events": "event",
    "memberships": "membership",
    "relations": "relation",
    "statistics": "statistic",
}

_ISO3 = re.compile(r"^[A-Z]{3}$")

# letters NFKD does not decompose into base + combining mark
_FOLD_EXTRA = str.maketrans(
    {"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ħ": "h", "æ": "ae", "œ": "oe", "þ": "th"}
)


class GoldError(ValueError):
    """A gold file is missing, unreadable or malformed: ``"file: item: problem"``."""


def normalize_name(text: str) -> str:
    """Compare-key of a name: case-folded, diacritics removed, letters and digits only.

    ``normalize_name("Gökdoğan") == "gokdogan"``, ``normalize_name("JF-17") == "jf17"``.
    """
    s = text.casefold().translate(_FOLD_EXTRA)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(_FOLD_EXTRA)
    return "".join(c for c in s if c.isalnum())


@dataclass(frozen=True)
class GoldName:
    """A gold name: ``name`` plus accepted variants ``also``."""

    name: str
    also: tuple[str, ...] = ()

    @property
    def iso3(self) -> str | None:
        """The ISO3 code when the name is one (``PAK``); states are always ISO3 in gold."""
        return self.name if _ISO3.match(self.name) else None

    @property
    def keys(self) -> frozenset[str]:
        """Normalised forms of the name and of every ``also``."""
        return frozenset(k for k in (normalize_name(n) for n in (self.name, *self.also)) if k)

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class GoldTransfer:
    supplier: GoldName
    recipient: GoldName
    system: GoldName | None  # None means "*": any system or category
    quantity: int | None = None
    value_usd: float | None = None
    years: tuple[int, ...] = ()  # year followed by year_also; empty: not scored
    status: tuple[str, ...] = ()  # empty: not scored
    optional: bool = False


@dataclass(frozen=True)
class GoldEvent:
    types: tuple[str, ...]
    date: str | None = None
    actors: tuple[GoldName, ...] = ()
    targets: tuple[GoldName, ...] = ()
    location: GoldName | None = None
    fatalities: int | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldMembership:
    member: GoldName
    organization: GoldName
    role: str | None = None
    since: str | None = None
    optional: bool = False


@dataclass(frozen=True)
class GoldRelation:
    a: GoldName
    b: GoldName
    kinds: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class GoldStatistic:
    subject: GoldName
    value: float
    unit: str
    period: tuple[int, int] | None = None
    optional: bool = False


@dataclass
class GoldArticle:
    id: str
    starts_with: str
    authors: list[str] | None = None  # None: not scored
    sections: list[str] | None = None
    published: tuple[str | None, str | None] | None = None  # (not_before, not_after)
    entities: dict[str, list[GoldName]] = field(default_factory=dict)
    optional_entities: dict[str, list[GoldName]] = field(default_factory=dict)
    arms_transfers: list[GoldTransfer] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    memberships: list[GoldMembership] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    statistics: list[GoldStatistic] = field(default_factory=list)


@dataclass
class Gold:
    path: Path
    corpus: str
    text: Path  # resolved path of the source text
    articles_in_text: int
    articles: list[GoldArticle]

    @property
    def name(self) -> str:
        """The gold's name: its file stem (``cacianalyst-sample.dev``)."""
        return self.path.stem
