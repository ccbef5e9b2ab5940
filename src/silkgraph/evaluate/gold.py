"""Load and validate gold-standard YAML files (``/work/shared/spec/gold.md``).

:func:`load_gold` turns a gold file into plain, typed records and rejects anything
malformed with a :class:`GoldError` whose message reads ``"<file>: <item>: <problem>"``,
e.g. ``"x.dev.yaml: articles[1] (a2).events[3]: unknown event type 'atack'"``.

Validation is strict on purpose: an unknown key in a gold item (``optinal: true``)
is an error, not a silently ignored field, because a typo in gold silently changes
what is scored.  ``note`` is accepted everywhere and ignored.

Normalisations done here (so the scorer never sees YAML quirks):

* dates: YAML reads ``2025-06-25`` as a date and ``2025`` as an int; every gold date is
  turned into a partial ISO string ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``;
* an event ``type``, a relation ``kind`` and a transfer ``status`` may be a string or a
  list; all become tuples;
* a name may be a string or ``{name: .., also: [..]}``; all become :class:`GoldName`;
* a name inside a fact (``organization: Shanghai Cooperation Organisation``) inherits the
  ``also`` variants of the gold entity it names: first an entity of the same article
  (``entities`` or ``optional_entities``), else one of any article in the file.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from silkgraph.model import ENTITY_TYPES, SECTION_KINDS, TRANSFER_STATUSES

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
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

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


# --------------------------------------------------------------------------- loading


class _Ctx:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, item: str, problem: str) -> GoldError:
        return GoldError(f"{self.file}: {item}: {problem}")


def _keys(ctx: _Ctx, item: str, obj: Any, allowed: set[str], required: set[str]) -> dict:
    if not isinstance(obj, dict):
        raise ctx.fail(item, f"expected a mapping, got {type(obj).__name__}")
    unknown = sorted(str(k) for k in obj if k not in allowed and k != "note")
    if unknown:
        raise ctx.fail(item, f"unknown key(s) {', '.join(unknown)}")
    missing = sorted(k for k in required if obj.get(k) is None)
    if missing:
        raise ctx.fail(item, f"missing {', '.join(missing)}")
    return obj


def _name(ctx: _Ctx, item: str, obj: Any) -> GoldName:
    if isinstance(obj, str) and obj.strip():
        return GoldName(obj.strip())
    if isinstance(obj, dict):
        _keys(ctx, item, obj, {"name", "also"}, {"name"})
        name = obj["name"]
        if not isinstance(name, str) or not name.strip():
            raise ctx.fail(item, f"name must be a non-empty string, got {name!r}")
        also = obj.get("also") or []
        if not isinstance(also, list) or not all(isinstance(a, str) and a.strip() for a in also):
            raise ctx.fail(item, f"also must be a list of strings, got {also!r}")
        return GoldName(name.strip(), tuple(a.strip() for a in also))
    raise ctx.fail(item, f"a name must be a string or {{name, also}}, got {obj!r}")


def _names(ctx: _Ctx, item: str, obj: Any) -> tuple[GoldName, ...]:
    if obj is None:
        return ()
    if not isinstance(obj, list):
        raise ctx.fail(item, f"expected a list of names, got {obj!r}")
    return tuple(_name(ctx, f"{item}[{i}]", o) for i, o in enumerate(obj))


def _date(ctx: _Ctx, item: str, obj: Any) -> str | None:
    if obj is None:
        return None
    if isinstance(obj, _dt.datetime):
        obj = obj.date()
    if isinstance(obj, _dt.date):
        return obj.isoformat()
    if isinstance(obj, int) and not isinstance(obj, bool):
        obj = f"{obj:04d}"
    if not isinstance(obj, str) or not _DATE.match(obj):
        raise ctx.fail(item, f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {obj!r}")
    try:
        parts = [int(p) for p in obj.split("-")]
        _dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as e:
        raise ctx.fail(item, f"invalid date {obj!r}: {e}") from None
    return obj


def _int(ctx: _Ctx, item: str, obj: Any) -> int | None:
    if obj is None:
        return None
    if isinstance(obj, bool) or not isinstance(obj, int):
        raise ctx.fail(item, f"expected an integer, got {obj!r}")
    return obj


def _number(ctx: _Ctx, item: str, obj: Any) -> float | None:
    if obj is None:
        return None
    if isinstance(obj, bool) or not isinstance(obj, int | float):
        raise ctx.fail(item, f"expected a number, got {obj!r}")
    return float(obj)


def _choices(
    ctx: _Ctx, item: str, obj: Any, allowed: tuple[str, ...], what: str
) -> tuple[str, ...]:
    if obj is None:
        return ()
    values = obj if isinstance(obj, list) else [obj]
    for v in values:
        if v not in allowed:
            raise ctx.fail(item, f"unknown {what} {v!r} (expected one of {', '.join(allowed)})")
    return tuple(values)


def _optional(ctx: _Ctx, item: str, obj: dict) -> bool:
    v = obj.get("optional", False)
    if not isinstance(v, bool):
        raise ctx.fail(item, f"optional must be true or false, got {v!r}")
    return v


def _list(ctx: _Ctx, item: str, obj: Any) -> list:
    if obj is None:
        return []
    if not isinstance(obj, list):
        raise ctx.fail(item, f"expected a list, got {type(obj).__name__}")
    return obj


def _transfer(ctx: _Ctx, item: str, o: Any) -> GoldTransfer:
    allowed = {
        "supplier",
        "recipient",
        "system",
        "quantity",
        "value_usd",
        "year",
        "year_also",
        "status",
        "optional",
        "quantity_qualifier",
        "date",
    }
    o = _keys(ctx, item, o, allowed, {"supplier", "recipient", "system"})
    system = None if o["system"] == "*" else _name(ctx, f"{item}.system", o["system"])
    years: list[int] = []
    if o.get("year") is not None:
        years.append(_int(ctx, f"{item}.year", o["year"]) or 0)
    for i, y in enumerate(_list(ctx, f"{item}.year_also", o.get("year_also"))):
        years.append(_int(ctx, f"{item}.year_also[{i}]", y) or 0)
    if o.get("date") is not None:  # tolerated alias of year
        years.append(int((_date(ctx, f"{item}.date", o["date"]) or "0")[:4]))
    return GoldTransfer(
        supplier=_name(ctx, f"{item}.supplier", o["supplier"]),
        recipient=_name(ctx, f"{item}.recipient", o["recipient"]),
        system=system,
        quantity=_int(ctx, f"{item}.quantity", o.get("quantity")),
        value_usd=_number(ctx, f"{item}.value_usd", o.get("value_usd")),
        years=tuple(years),
        status=_choices(ctx, f"{item}.status", o.get("status"), TRANSFER_STATUSES, "status"),
        optional=_optional(ctx, item, o),
    )


def _event(ctx: _Ctx, item: str, o: Any) -> GoldEvent:
    allowed = {"type", "date", "actors", "targets", "location", "fatalities", "optional"}
    o = _keys(ctx, item, o, allowed, {"type"})
    types = _choices(ctx, f"{item}.type", o["type"], EVENT_TYPES, "event type")
    if not types:
        raise ctx.fail(f"{item}.type", "empty type list")
    loc = o.get("location")
    return GoldEvent(
        types=types,
        date=_date(ctx, f"{item}.date", o.get("date")),
        actors=_names(ctx, f"{item}.actors", o.get("actors")),
        targets=_names(ctx, f"{item}.targets", o.get("targets")),
        location=None if loc is None else _name(ctx, f"{item}.location", loc),
        fatalities=_int(ctx, f"{item}.fatalities", o.get("fatalities")),
        optional=_optional(ctx, item, o),
    )


def _membership(ctx: _Ctx, item: str, o: Any) -> GoldMembership:
    o = _keys(
        ctx,
        item,
        o,
        {"member", "organization", "role", "since", "optional"},
        {"member", "organization"},
    )
    role = o.get("role")
    if role is not None and role not in MEMBERSHIP_ROLES:
        raise ctx.fail(f"{item}.role", f"unknown role {role!r}")
    return GoldMembership(
        member=_name(ctx, f"{item}.member", o["member"]),
        organization=_name(ctx, f"{item}.organization", o["organization"]),
        role=role,
        since=_date(ctx, f"{item}.since", o.get("since")),
        optional=_optional(ctx, item, o),
    )


def _relation(ctx: _Ctx, item: str, o: Any) -> GoldRelation:
    o = _keys(ctx, item, o, {"a", "b", "kind", "optional"}, {"a", "b", "kind"})
    kinds = _choices(ctx, f"{item}.kind", o["kind"], RELATION_KINDS, "relation kind")
    if not kinds:
        raise ctx.fail(f"{item}.kind", "empty kind list")
    return GoldRelation(
        a=_name(ctx, f"{item}.a", o["a"]),
        b=_name(ctx, f"{item}.b", o["b"]),
        kinds=kinds,
        optional=_optional(ctx, item, o),
    )


def _statistic(ctx: _Ctx, item: str, o: Any) -> GoldStatistic:
    o = _keys(
        ctx,
        item,
        o,
        {"subject", "value", "unit", "period", "optional", "measure", "scope"},
        {"subject", "value", "unit"},
    )
    period = o.get("period")
    if period is not None:
        if (
            not isinstance(period, list)
            or len(period) != 2
            or not all(isinstance(p, int) and not isinstance(p, bool) for p in period)
        ):
            raise ctx.fail(f"{item}.period", f"expected [start_year, end_year], got {period!r}")
        period = (period[0], period[1])
    unit = o["unit"]
    if not isinstance(unit, str):
        raise ctx.fail(f"{item}.unit", f"expected a string, got {unit!r}")
    return GoldStatistic(
        subject=_name(ctx, f"{item}.subject", o["subject"]),
        value=_number(ctx, f"{item}.value", o["value"]) or 0.0,
        unit=unit,
        period=period,
        optional=_optional(ctx, item, o),
    )


def _entities(ctx: _Ctx, item: str, obj: Any) -> dict[str, list[GoldName]]:
    if obj is None:
        return {}
    if not isinstance(obj, dict):
        raise ctx.fail(item, f"expected a mapping of entity type to names, got {obj!r}")
    out: dict[str, list[GoldName]] = {}
    for etype, names in obj.items():
        if etype not in ENTITY_TYPES:
            raise ctx.fail(item, f"unknown entity type {etype!r}")
        parsed = list(_names(ctx, f"{item}.{etype}", names))
        if etype == "state":
            for i, n in enumerate(parsed):
                if n.iso3 is None:
                    raise ctx.fail(
                        f"{item}.state[{i}]", f"states must be ISO3 codes, got {n.name!r}"
                    )
        out[etype] = parsed
    return out


_ARTICLE_KEYS = {
    "id",
    "starts_with",
    "authors",
    "sections",
    "published",
    "entities",
    "optional_entities",
    *FACT_KINDS,
    "title",
}


def _article(ctx: _Ctx, index: int, o: Any) -> GoldArticle:
    item = f"articles[{index}]"
    if isinstance(o, dict) and isinstance(o.get("id"), str):
        item = f"{item} ({o['id']})"
    o = _keys(ctx, item, o, _ARTICLE_KEYS, {"id", "starts_with"})
    if not isinstance(o["id"], str):
        raise ctx.fail(item, f"id must be a string, got {o['id']!r}")
    sw = o["starts_with"]
    if not isinstance(sw, str) or not sw.strip():
        raise ctx.fail(f"{item}.starts_with", "must be a non-empty string")
    authors = o.get("authors")
    if authors is not None and (
        not isinstance(authors, list) or not all(isinstance(a, str) for a in authors)
    ):
        raise ctx.fail(f"{item}.authors", f"expected a list of strings, got {authors!r}")
    sections = o.get("sections")
    if sections is not None:
        if not isinstance(sections, list):
            raise ctx.fail(f"{item}.sections", f"expected a list, got {sections!r}")
        _choices(ctx, f"{item}.sections", sections, SECTION_KINDS, "section kind")
    published = None
    if o.get("published") is not None:
        p = _keys(ctx, f"{item}.published", o["published"], {"not_before", "not_after"}, set())
        nb = _date(ctx, f"{item}.published.not_before", p.get("not_before"))
        na = _date(ctx, f"{item}.published.not_after", p.get("not_after"))
        if nb is None and na is None:
            raise ctx.fail(f"{item}.published", "needs not_before and/or not_after")
        published = (nb, na)
    art = GoldArticle(
        id=o["id"],
        starts_with=sw,
        authors=authors,
        sections=sections,
        published=published,
        entities=_entities(ctx, f"{item}.entities", o.get("entities")),
        optional_entities=_entities(ctx, f"{item}.optional_entities", o.get("optional_entities")),
    )
    parsers = {
        "arms_transfers": _transfer,
        "events": _event,
        "memberships": _membership,
        "relations": _relation,
        "statistics": _statistic,
    }
    for key, parse in parsers.items():
        items = _list(ctx, f"{item}.{key}", o.get(key))
        setattr(art, key, [parse(ctx, f"{item}.{key}[{i}]", x) for i, x in enumerate(items)])
    return art


_Lexicon = dict[str, tuple[str, ...]]


def _lexicon(articles: list[GoldArticle]) -> _Lexicon:
    """Normalised key -> every variant of the gold entity (entities before optional)."""
    lex: dict[str, list[str]] = {}
    for art in articles:
        for group in (art.entities, art.optional_entities):
            for names in group.values():
                for n in names:
                    variants = [n.name, *n.also]
                    for k in n.keys:
                        bucket = lex.setdefault(k, [])
                        bucket.extend(v for v in variants if v not in bucket)
    return {k: tuple(v) for k, v in lex.items()}


def _expand(n: GoldName | None, art_lex: _Lexicon, file_lex: _Lexicon) -> Any:
    if n is None:
        return None
    for lex in (art_lex, file_lex):
        extra = [v for k in sorted(n.keys) for v in lex.get(k, ())]
        if extra:
            also = tuple(dict.fromkeys(v for v in (*n.also, *extra) if v != n.name))
            return GoldName(n.name, also)
    return n


def _expand_article(art: GoldArticle, art_lex: _Lexicon, file_lex: _Lexicon) -> None:
    def ex(n: Any) -> Any:
        return _expand(n, art_lex, file_lex)

    art.arms_transfers = [
        replace(t, supplier=ex(t.supplier), recipient=ex(t.recipient), system=ex(t.system))
        for t in art.arms_transfers
    ]
    art.events = [
        replace(
            e,
            actors=tuple(ex(a) for a in e.actors),
            targets=tuple(ex(a) for a in e.targets),
            location=ex(e.location),
        )
        for e in art.events
    ]
    art.memberships = [
        replace(m, member=ex(m.member), organization=ex(m.organization)) for m in art.memberships
    ]
    art.relations = [replace(r, a=ex(r.a), b=ex(r.b)) for r in art.relations]
    art.statistics = [replace(st, subject=ex(st.subject)) for st in art.statistics]


def load_gold(path: str | Path) -> Gold:
    """Read and validate a gold YAML file; raise :class:`GoldError` ("file: item: problem")."""
    path = Path(path)
    ctx = _Ctx(str(path))
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ctx.fail("file", f"cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise ctx.fail("file", f"not UTF-8: {e}") from None
    try:
        doc = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "yaml"
        raise ctx.fail(where, f"invalid YAML: {getattr(e, 'problem', None) or e}") from None
    doc = _keys(
        ctx,
        "top level",
        doc,
        {"corpus", "text", "articles_in_text", "articles"},
        {"text", "articles"},
    )
    text = doc["text"]
    if not isinstance(text, str) or not text.strip():
        raise ctx.fail("text", f"expected a path, got {text!r}")
    articles = _list(ctx, "articles", doc["articles"])
    n = doc.get("articles_in_text", len(articles))
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ctx.fail("articles_in_text", f"expected a non-negative integer, got {n!r}")
    if n < len(articles):
        raise ctx.fail("articles_in_text", f"{n} is fewer than the {len(articles)} gold articles")
    parsed = [_article(ctx, i, a) for i, a in enumerate(articles)]
    file_lex = _lexicon(parsed)
    for art in parsed:
        _expand_article(art, _lexicon([art]), file_lex)
    seen: set[str] = set()
    for i, a in enumerate(parsed):
        if a.id in seen:
            raise ctx.fail(f"articles[{i}] ({a.id})", "duplicate article id")
        seen.add(a.id)
    corpus = doc.get("corpus")
    return Gold(
        path=path,
        corpus=str(corpus) if corpus is not None else path.stem,
        text=(path.parent / text).resolve(),
        articles_in_text=n,
        articles=parsed,
    )
