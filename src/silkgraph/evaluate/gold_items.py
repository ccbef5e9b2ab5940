"""The gold YAML schema: articles, entity lists and fact items, validated and parsed
into the records of :mod:`.gold_model`."""

from __future__ import annotations

from typing import Any

from silkgraph.model import ENTITY_TYPES, SECTION_KINDS, TRANSFER_STATUSES

from .gold_fields import (
    _choices,
    _Ctx,
    _date,
    _int,
    _keys,
    _list,
    _name,
    _names,
    _number,
    _optional,
)
from .gold_model import (
    EVENT_TYPES,
    FACT_KINDS,
    MEMBERSHIP_ROLES,
    RELATION_KINDS,
    GoldArticle,
    GoldEvent,
    GoldMembership,
    GoldName,
    GoldRelation,
    GoldStatistic,
    GoldTransfer,
)


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
