"""Load the gazetteer CSVs (package data plus an optional overlay folder) into a Knowledge."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from silkgraph.model import ENTITY_TYPES, Entity

from .normalise import normalise

OVERLAY_ENV = "SILKGRAPH_OVERLAY"
#: the overlay's terms of office (read by silkgraph.knowledge.office_terms, not a gazetteer file)
OVERLAY_TERMS = "office_terms.csv"

#: id prefix (before the colon) for each entity type.
ID_PREFIX: dict[str, str] = {
    "state": "state",
    "organization": "org",
    "armed_group": "armed",
    "person": "person",
    "weapon_system": "wpn",
    "place": "place",
    "program": "program",
    "company": "company",
    "event_name": "event",
}
#: alias kinds. ``name`` is also given to every entity's canonical name; ``capital`` is
#: derived from places.csv (``capital_of``/``seat_of``); ``adjective`` covers combining forms.
ALIAS_KINDS = ("name", "acronym", "capital", "demonym", "variant", "adjective")
#: alias flags (``|``-separated in the ``flags`` column; for a canonical name, the ``match``
#: column of its entity row).
#: ``nomatch``: lookup/search only, the text matcher ignores it (common words);
#: ``case_sensitive``: the matcher requires the exact case; ``ambiguous``: the alias may name
#: more than one entity (e.g. "Sharif", "IAF"); ``remove`` (overlay only): drop this alias;
#: ``exact``: the text must be the alias as written, case and diacritics ("Malé", not "Male").
ALIAS_FLAGS = ("nomatch", "case_sensitive", "ambiguous", "remove", "exact")
ENTITY_CORE = ("id", "type", "name", "country")
ALIAS_COLUMNS = ("entity_id", "alias", "kind")
#: columns of an entity row that are not kept in its attrs
_NOT_ATTRS = frozenset(ENTITY_CORE + ("iso3", "match"))
_NO_FLAGS: frozenset[str] = frozenset()


class KnowledgeError(ValueError):
    """A malformed gazetteer row; the message names file:line and what to do."""


@dataclass(frozen=True)
class AliasRecord:
    entity_id: str
    alias: str
    kind: str
    flags: frozenset[str]
    where: str  # file:line it came from ("derived" for capitals)


@dataclass
class _Source:
    name: str  # shown in errors
    text: str


def _package_dir() -> Traversable:
    return resources.files("silkgraph").joinpath("resources", "gazetteer")


def _package_sources() -> list[_Source]:
    out: list[_Source] = []
    for item in sorted(_package_dir().iterdir(), key=lambda t: t.name):
        if item.name.endswith(".csv") and not item.name.startswith("_"):
            out.append(_Source(f"gazetteer/{item.name}", item.read_text(encoding="utf-8")))
    return out


def package_other_files() -> list[tuple[str, bytes]]:
    """The package gazetteer folder's files that :func:`_package_sources` does not parse
    (recognition's word lists ``name_cues.yaml`` and ``_given_names.csv``, the weapons
    build's input, the README), as bytes: the knowledge cache's key covers them too."""
    return [(item.name, item.read_bytes())
            for item in sorted(_package_dir().iterdir(), key=lambda t: t.name)
            if item.is_file() and not (item.name.endswith(".csv") and not item.name.startswith("_"))]


def _overlay_sources(folder: Path) -> list[_Source]:
    if not folder.is_dir():
        raise KnowledgeError(
            f"{folder}: overlay folder not found; pass an existing folder or unset {OVERLAY_ENV}"
        )
    out: list[_Source] = []
    for path in sorted(folder.glob("*.csv")):
        if path.name.startswith("_") or path.name == OVERLAY_TERMS:
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise KnowledgeError(f"{path}:1: not UTF-8 ({exc}); save the file as UTF-8") from exc
        out.append(_Source(str(path), text))
    return out


def _rows(src: _Source, required: Iterable[str]) -> Iterator[tuple[str, dict[str, str]]]:
    """(file:line, row) for each non-blank row: every header column, values stripped
    ("" for a column the row lacks)."""
    reader = csv.reader(io.StringIO(src.text))
    header = next(reader, [])
    missing = [c for c in required if c not in header]
    if missing:
        raise KnowledgeError(
            f"{src.name}:1: header lacks column(s) {', '.join(missing)}; "
            f"the header must include {', '.join(required)}"
        )
    width = len(header)
    for row in reader:
        if not row:
            continue
        where = f"{src.name}:{reader.line_num}"
        if len(row) > width:
            raise KnowledgeError(
                f"{where}: more fields than the header has columns; quote values that contain commas"
            )
        values = [v.strip() for v in row]
        if len(values) < width:
            values.extend([""] * (width - len(values)))
        yield where, dict(zip(header, values, strict=True))


def _flags(value: str, where: str) -> frozenset[str]:
    if not value:
        return _NO_FLAGS
    flags = frozenset(f.strip() for f in value.replace(";", "|").split("|") if f.strip())
    bad = flags - set(ALIAS_FLAGS)
    if bad:
        raise KnowledgeError(
            f"{where}: unknown flag(s) {', '.join(sorted(bad))}; use {', '.join(ALIAS_FLAGS)}"
        )
    return flags


def _is_alias_file(name: str) -> bool:
    return name.rsplit("/", 1)[-1].endswith("aliases.csv")


def _parse_entity(where: str, row: dict[str, str]) -> tuple[Entity, frozenset[str]]:
    eid, etype, name = row.get("id", ""), row.get("type", ""), row.get("name", "")
    if not eid:
        raise KnowledgeError(f"{where}: empty id; give every row an id like 'org:sco'")
    if etype not in ENTITY_TYPES:
        raise KnowledgeError(
            f"{where}: unknown type {etype!r} for {eid}; use one of {', '.join(ENTITY_TYPES)}"
        )
    prefix = ID_PREFIX[etype]
    if not eid.startswith(prefix + ":") or len(eid) <= len(prefix) + 1:
        raise KnowledgeError(f"{where}: id {eid!r} of type {etype} must start with '{prefix}:'")
    if not name or not normalise(name):
        raise KnowledgeError(f"{where}: {eid} has an empty name; give it a name with letters or digits")
    country = row.get("country") or None
    if country is not None and not (len(country) == 3 and country.isalpha() and country.isupper()):
        raise KnowledgeError(f"{where}: country {country!r} of {eid} is not an ISO3 code like 'PAK'")
    attrs: dict[str, Any] = {k: v for k, v in row.items() if v and k not in _NOT_ATTRS}
    iso3 = row.get("iso3") or (eid.split(":", 1)[1] if etype == "state" else None)
    flags = _flags(row.get("match", ""), where)
    if flags:
        attrs["match"] = "|".join(sorted(flags))
    ent = Entity(id=eid, type=etype, name=name, iso3=iso3 if etype == "state" else None,
                 country=country, aliases=[], attrs=attrs)
    return ent, flags


def _parse_alias(where: str, row: dict[str, str]) -> AliasRecord:
    eid, alias, kind = row.get("entity_id", ""), row.get("alias", ""), row.get("kind", "")
    if not eid:
        raise KnowledgeError(f"{where}: empty entity_id; name the entity this alias belongs to")
    if not alias or not normalise(alias):
        raise KnowledgeError(f"{where}: alias of {eid} is empty or has no letters/digits; fix or delete the row")
    if kind not in ALIAS_KINDS:
        raise KnowledgeError(f"{where}: unknown alias kind {kind!r}; use one of {', '.join(ALIAS_KINDS)}")
    return AliasRecord(eid, alias, kind, _flags(row.get("flags", ""), where), where)


#: the gazetteer's files as read: (is the overlay, its CSV files), package data first
Layers = list[tuple[bool, list[_Source]]]


def gazetteer_sources(overlay: Path | None) -> Layers:
    """The package's gazetteer files and the overlay's (read, not parsed)."""
    layers: Layers = [(False, _package_sources())]
    if overlay is not None:
        layers.append((True, _overlay_sources(overlay)))
    return layers


def read_gazetteer(overlay: Path | None) -> tuple[dict[str, Entity], list[AliasRecord]]:
    """Parse and validate package data (and overlay); return entities and alias records."""
    return parse_gazetteer(gazetteer_sources(overlay))


def parse_gazetteer(layers: Layers) -> tuple[dict[str, Entity], list[AliasRecord]]:
    """Parse and validate the files of :func:`gazetteer_sources`."""
    entities: dict[str, Entity] = {}
    name_flags: dict[str, frozenset[str]] = {}
    origin: dict[str, str] = {}
    aliases: list[AliasRecord] = []
    for is_overlay, sources in layers:
        for src in sources:
            if _is_alias_file(src.name):
                for where, row in _rows(src, ALIAS_COLUMNS):
                    aliases.append(_parse_alias(where, row))
                continue
            for where, row in _rows(src, ("id", "type", "name")):
                ent, flags = _parse_entity(where, row)
                if ent.id in entities and not is_overlay:
                    raise KnowledgeError(
                        f"{where}: duplicate id {ent.id} (first defined at {origin[ent.id]}); ids must be unique"
                    )
                entities[ent.id] = ent
                name_flags[ent.id] = flags
                origin[ent.id] = where
    removed = {(a.entity_id, normalise(a.alias)) for a in aliases if "remove" in a.flags}
    kept: list[AliasRecord] = []
    for a in aliases:
        if a.entity_id not in entities:
            raise KnowledgeError(
                f"{a.where}: alias {a.alias!r} refers to unknown entity {a.entity_id}; add the entity or fix the id"
            )
        if (a.entity_id, normalise(a.alias)) not in removed:
            kept.append(a)
    records = [AliasRecord(e.id, e.name, "name", name_flags[e.id], origin[e.id]) for e in entities.values()]
    records.extend(kept)
    # Capitals and seats of government: the place's names become `capital` aliases of the state.
    by_entity: dict[str, list[AliasRecord]] = {}
    for r in records:
        by_entity.setdefault(r.entity_id, []).append(r)
    for ent in entities.values():
        for col in ("capital_of", "seat_of"):
            state = ent.attrs.get(col)
            if not state:
                continue
            # a seat may be an institution's ("Brussels" -> the EU), a capital only a state's
            allowed = ("state",) if col == "capital_of" else ("state", "organization")
            if state not in entities or entities[state].type not in allowed:
                raise KnowledgeError(f"{origin[ent.id]}: {col} {state!r} of {ent.id} is not a "
                                     f"{' or '.join(allowed)} id")
            for r in by_entity.get(ent.id, []):
                records.append(AliasRecord(state, r.alias, "capital", r.flags, f"derived from {r.where}"))
    # Fill Entity.aliases (alias strings other than the name, first spelling of each key).
    seen: dict[str, set[str]] = {eid: {normalise(e.name)} for eid, e in entities.items()}
    for r in records:
        key = normalise(r.alias)
        if key not in seen[r.entity_id]:
            seen[r.entity_id].add(key)
            entities[r.entity_id].aliases.append(r.alias)
    return entities, records


def resolve_overlay(overlay: str | Path | None) -> Path | None:
    if overlay is None:
        overlay = os.environ.get(OVERLAY_ENV) or None
    return Path(overlay).expanduser().resolve() if overlay else None
