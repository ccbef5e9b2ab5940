"""Map SIPRI's actor names and user input to silkgraph entity ids.

Order of resolution for a SIPRI actor name:

1. ``unknown supplier(s)`` / ``unknown recipient(s)`` / ``unknown rebel group*`` → ``None``;
2. the data file ``resources/reference/sipri_names.csv`` (SIPRI-specific spellings,
   historical states, organisations);
3. the knowledge base (``silkgraph.knowledge.load_knowledge().lookup``) when it is
   importable — states, organisations, armed groups;
4. pycountry (exact lookup of name, official name or code) → ``state:ISO3``;
5. non-state actors (``*``) → ``sipri:slug`` (armed_group), organisations (``**``) →
   ``sipri:slug`` (organization); anything else → ``sipri:slug`` (state-like, typed
   ``state`` only when it has an ISO code, else ``organization``).

Weapon designations resolve to a ``wpn:`` entity through the knowledge base when it is
available; otherwise :func:`designation_key` gives the normalised key the checks match on.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import pycountry

from silkgraph.knowledge.normalise import normalise, slugify

# name keys and id slugs are the gazetteer's own, so SIPRI names and entity aliases compare alike
norm = normalise
slug = slugify


@dataclass(frozen=True)
class NameRef:
    """A resolved actor: the entity id (or None for unknown) and its type."""

    name: str  # as SIPRI wrote it
    id: str | None
    type: str | None  # state | organization | armed_group
    iso3: str | None = None


@lru_cache(maxsize=1)
def _name_table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    path = resources.files("silkgraph") / "resources" / "reference" / "sipri_names.csv"
    with path.open("r", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("name") and row.get("entity_id"):
                table[norm(row["name"])] = (row["entity_id"], row.get("type") or "state")
    return table


@lru_cache(maxsize=1)
def _display_table() -> dict[str, str]:
    """entity id → the first name sipri_names.csv gives it (e.g. state:RUS → Russia)."""
    out: dict[str, str] = {}
    path = resources.files("silkgraph") / "resources" / "reference" / "sipri_names.csv"
    with path.open("r", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("name") and row.get("entity_id") and not row["name"].endswith("*"):
                out.setdefault(row["entity_id"], row["name"])
    return out


@lru_cache(maxsize=1)
def _knowledge() -> Any | None:
    """The gazetteer's knowledge base, or None when it is not available (yet)."""
    try:
        from silkgraph.knowledge import load_knowledge  # type: ignore[attr-defined]

        return load_knowledge()
    except Exception:  # noqa: BLE001 - optional dependency, any failure → fallback
        return None


def _kb_lookup(name: str, types: tuple[str, ...]) -> Any | None:
    kb = _knowledge()
    if kb is None:
        return None
    try:
        found = kb.lookup(name) or []
    except Exception:  # noqa: BLE001
        return None
    for ent in found:
        if getattr(ent, "type", None) in types:
            return ent
    return None


def _pycountry_iso3(name: str) -> str | None:
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


@lru_cache(maxsize=4096)
def resolve_actor(name: str) -> NameRef:
    """A SIPRI supplier/recipient name → entity id and type (``None`` id for unknowns)."""
    raw = (name or "").strip()
    if not raw or raw.lower().startswith("unknown"):
        return NameRef(raw, None, None)
    table = _name_table()
    hit = table.get(norm(raw))
    if hit:
        eid, typ = hit
        return NameRef(raw, eid, typ, eid[6:] if eid.startswith("state:") else None)
    is_org = raw.endswith("**")
    is_armed = raw.endswith("*") and not is_org
    base = raw.rstrip("*").strip()
    if is_org or is_armed:
        want = ("organization",) if is_org else ("armed_group", "organization")
        short = re.sub(r"\s*\([^)]*\)\s*$", "", base)
        for cand in (base, short):
            ent = _kb_lookup(cand, want)
            if ent is not None:
                return NameRef(raw, ent.id, ent.type)
        return NameRef(raw, f"sipri:{slug(base)}", "organization" if is_org else "armed_group")
    ent = _kb_lookup(base, ("state",))
    if ent is not None:
        iso = getattr(ent, "iso3", None) or (ent.id[6:] if ent.id.startswith("state:") else None)
        return NameRef(raw, ent.id, "state", iso)
    iso3 = _pycountry_iso3(base)
    if iso3:
        return NameRef(raw, f"state:{iso3}", "state", iso3)
    return NameRef(raw, f"sipri:{slug(base)}", "organization")


def resolve_state(text: str) -> str | None:
    """User input ("Russia", "Turkey", "Türkiye", "armenia", "ARM", "state:ARM") → entity id."""
    t = text.strip()
    if not t:
        return None
    if ":" in t:
        return t
    if re.fullmatch(r"[A-Za-z]{3}", t) and _pycountry_iso3(t.upper()):
        return f"state:{t.upper()}"
    ref = resolve_actor(t)
    if ref.id and ref.id.startswith("state:"):
        return ref.id
    for row_key, (eid, _typ) in _name_table().items():
        if row_key == norm(t):
            return eid
    return ref.id if ref.id and not ref.id.startswith("sipri:") else None


@lru_cache(maxsize=1024)
def display_name(entity_id: str | None) -> str:
    """A readable name for an entity id (state:RUS → Russia)."""
    if not entity_id:
        return "unknown"
    if entity_id.startswith("state:"):
        iso = entity_id[6:]
        kb = _knowledge()
        if kb is not None:
            try:
                ent = kb.get(entity_id)  # optional API
                if ent is not None:
                    return str(ent.name)
            except Exception:  # noqa: BLE001
                pass
        preferred = _display_table().get(entity_id)
        if preferred:
            return preferred
        c = pycountry.countries.get(alpha_3=iso)
        if c is not None:
            return str(getattr(c, "common_name", None) or c.name)
        for key, (eid, _t) in _name_table().items():
            if eid == entity_id:
                return key
        return iso
    return entity_id.split(":", 1)[1]


@lru_cache(maxsize=8192)
def designation_key(designation: str) -> str:
    return norm(designation)


@lru_cache(maxsize=8192)
def resolve_system(designation: str) -> str | None:
    """A SIPRI weapon designation → ``wpn:`` entity id via the knowledge base, else None."""
    ent = _kb_lookup(designation, ("weapon_system",))
    return ent.id if ent is not None else None


def system_keys(system: str) -> list[str]:
    """Normalised designation keys for a fact's system arg (``wpn:j-10c`` or "J-10C")."""
    keys: list[str] = []
    if system.startswith("wpn:"):
        keys.append(norm(system[4:]))
        kb = _knowledge()
        if kb is not None:
            try:
                ent = kb.get(system)
                if ent is not None:
                    keys.append(norm(ent.name))
                    keys.extend(norm(a) for a in getattr(ent, "aliases", []) or [])
            except Exception:  # noqa: BLE001
                pass
    elif ":" not in system:
        keys.append(norm(system))
    return [k for k in dict.fromkeys(keys) if k]


# -- regions -----------------------------------------------------------------------

@dataclass(frozen=True)
class Region:
    name: str
    members: tuple[str, ...]  # state entity ids
    aliases: tuple[str, ...] = ()


def _read_regions(text: str) -> dict[str, Region]:
    import yaml

    data = yaml.safe_load(text) or {}
    out: dict[str, Region] = {}
    for name, spec in (data.get("regions") or {}).items():
        spec = spec or {}
        members = tuple(m if ":" in str(m) else f"state:{str(m).upper()}"
                        for m in spec.get("members") or [])
        out[str(name)] = Region(str(name), members, tuple(str(a) for a in spec.get("aliases") or []))
    return out


def load_regions(overlay: str | None = None) -> dict[str, Region]:
    """Bundled regions, then ``$SILKGRAPH_OVERLAY/regions.yaml`` (same name → replaced)."""
    import os
    from pathlib import Path

    path = resources.files("silkgraph") / "resources" / "reference" / "regions.yaml"
    regions = _read_regions(path.read_text(encoding="utf-8"))
    folder = overlay if overlay is not None else os.environ.get("SILKGRAPH_OVERLAY")
    if folder:
        extra = Path(folder) / "regions.yaml"
        if extra.is_file():
            regions.update(_read_regions(extra.read_text(encoding="utf-8")))
    return regions


def resolve_region(text: str, regions: dict[str, Region] | None = None) -> Region | None:
    """"Central Asia", "central-asia", "place:central-asia", "region:south-asia" → Region."""
    regions = regions if regions is not None else load_regions()
    t = text.split(":", 1)[1] if ":" in text else text
    key = norm(t)
    for reg in regions.values():
        if key == norm(reg.name) or any(key == norm(a) for a in reg.aliases):
            return reg
    return None
