#!/usr/bin/env python3
"""Build the weapon-system gazetteer from the SIPRI Arms Transfers Database trade register.

Usage::

    python tools/build_weapons.py [--sipri ../shared/data/sipri-trade-register/trade-register.csv]

Reads SIPRI's CSV export (Latin-1, an 11-line banner, header on line 12, four records broken
by an unquoted line break that are stitched back together) and the hand-curated
``resources/gazetteer/_weapons_curated.csv``; writes ``weapons.csv`` and
``weapon_aliases.csv`` beside it. The output is deterministic (sorted, no timestamps) so a
re-run on the same export gives a byte-identical file. Cite "SIPRI Arms Transfers Database".

Rules
-----
* One entity per *designation*, designations grouped by their normalised key
  (``"Mi-17"`` and ``"Mi 17"`` are one). The most frequent spelling is the name; the others
  become ``variant`` aliases.
* Generic designations are skipped: those starting in lower case ("aircraft engine") and
  those equal to their description.
* **Origin** (``country``) = the supplier named most often in the designation's *new-build*
  deals: rows whose status is "New" and whose comments do not say the items were produced or
  assembled under licence (in those the supplier is the licensor shipping kits or rights, not
  a finished system). Ties go to the supplier with the earliest order year. If no row
  qualifies, all rows vote. Suppliers that are not states ("unknown supplier(s)", "*"
  non-state actors, "**" organisations, dependent territories) do not vote.
* **Category** is a coarse class mapped from SIPRI's description (kept in
  ``sipri_description``).
* **Curated** rows (``_weapons_curated.csv``) win: a SIPRI designation whose key equals a
  curated name, alias or listed ``sipri`` designation is absorbed into the curated entity
  (its spelling becomes a variant alias; it votes for the origin when the curated row leaves
  ``country`` empty).
* **Matching flags** (``match`` column / alias ``flags``): a SIPRI name is matched in text
  only if it looks like a code: it contains a digit or a token with two or more capitals
  ("Su-30MK", "IRIS-T SLM") or it is a word with a capital-letter variant suffix
  ("Igla-S", "Metis-M"), and it is not one purely alphabetic word (so "HOT", "RAM",
  "ALARM" are lookup only; a word with a capital inside it, "MaxxPro", "ScanEagle", is a trade name
  and matched ``case_sensitive``, with its inner capital, so that "CoMPASS" or "BearCat" do not match
  the ordinary words "Compass" or "Bearcat"; curated rows add the acronyms the texts use, such as
  NASAMS, HIMARS, THAAD). Other SIPRI names ("Hawk", "Tiger", "Storm",
  "Berlin", "Light Gun", "Round Table", "Typhoon") are ``nomatch``: they can be looked up but
  the text matcher never fires on them, because they are ordinary words, places or people.
  So are keys shorter than 3 characters and names equal to a non-weapon gazetteer entry.
  Curated rows are reviewed by hand and matched as written; a curated alias written with a
  leading ``~`` ("~Fatah") is ``nomatch`` (a name that is also an ordinary word or a party,
  matched only when a weapon-category noun follows it).
* Derived aliases: the leading code of a multi-word designation ("S-300PMU2" from
  "S-300PMU2 Favorit") and the designation without a calibre suffix ("BM-21 Grad" from
  "BM-21 Grad 122mm"); each part of a designation written with a slash ("Project-10750" and
  "Lida" from "Project-10750/Lida"); a trailing code of a multi-word designation
  ("Pechora-2M" from "S-125 Pechora-2M"); and a one-code designation without its variant
  letters ("T-37" from "T-37B"); all kept only when they are unique across the whole
  gazetteer.
* Versions: a code the register's comments name as a deal's version ("Tor-M2K version" in
  a Tor-M1 deal, "Anka-S version") sharing the designation's leading name becomes its alias,
  kept when no other designation (curated ones included) names it and it is no designation
  or derived alias itself. Curated rows list their versions by hand.
* One system or two: designations the register records as deals of their own are distinct
  systems ("Barak-MX", "Barak-ER", "Barak-LRAD"; "Akash" and "Akash-1"; "Cobra" and
  "Cobra-2"), so curated rows claim only spellings and other names of one designation;
  versions written only in comments are the same system (aliases).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# a name with a capital-letter variant suffix ("Igla-S", "Metis-M", "Kondor-E") is a
# designation, not an ordinary word
VARIANT_LETTER_RE = re.compile(r"[A-Z][a-z]+-[A-Z]{1,2}")
# a one-word name with a capital inside it ("MaxxPro", "ScanEagle", "SeaRAM") is a trade name, not an
# ordinary word (not a "Mc"/"Mac" surname)
CAMEL_RE = re.compile(r"(?!Ma?c[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*")
sys.path.insert(0, str(REPO / "src"))

from gazetteer_csv import read_csv, write_csv  # noqa: E402  (tools/ is the script's folder)

from silkgraph.knowledge.normalise import normalise, slugify  # noqa: E402

GAZ = REPO / "src" / "silkgraph" / "resources" / "gazetteer"
DEFAULT_SIPRI = REPO.parent / "shared" / "data" / "sipri-trade-register" / "trade-register.csv"
SOURCE = "SIPRI Arms Transfers Database"

# SIPRI supplier names that the state gazetteer does not spell the same way.
SUPPLIER_FIX = {
    "turkiye": "TUR", "uae": "ARE", "drcongo": "COD", "eastgermanygdr": "DDR",
    "northyemen": "YEM", "southyemen": "YMD", "vietnam": "VNM", "bosniaherzegovina": "BIH",
    "cotedivoire": "CIV", "sovietunion": "SUN", "czechoslovakia": "CSK", "yugoslavia": "YUG",
    "westgermanyfrg": "DEU",
}

LICENCE_RE = re.compile(r"(produced|production|assembled|assembly|built)[^;]{0,40}licen[cs]e|licen[cs]ed?[- ]produc", re.I)
CALIBRE_RE = re.compile(r"\s+\d+(\.\d+)?\s?mm$")
CODE_RE = re.compile(r"^(?=[^ ]*\d)(?=[^ ]*[A-Za-z])[A-Za-z0-9/-]{3,}$")
# "T-37B" -> "T-37": a code whose variant letters follow its number
# "Pechora-2M", "TOW-2B": a trailing name-and-number code (not "Block-1A", "Type-13")
TAIL_CODE_RE = re.compile(r"^([A-Z][A-Za-z]{2,})-(?=[A-Z0-9]*\d)[A-Z0-9]{1,4}$")
GENERIC_WORDS = {"block", "type", "jet", "air", "mod", "series", "batch", "phase", "mark", "version",
                 "model", "class", "project", "stage", "lot", "tranche", "increment", "flight",
                 "patrol", "update", "missile"}
VARIANT_BASE_RE = re.compile(r"^([A-Z][A-Za-z]{0,3}-\d{1,4})[A-Z]{1,2}$")
# a mark/block/mod suffix alone ("Mk-1", "Mk II", "Block 3", "Mod-5"): part of another
# system's name ("Arjun Mk1A", "F-16 Block 52"), never a name of its own
# ("Mk-46", "Mk-41" with two digits are US Navy designations of their own)
MARK_RE = re.compile(r"^(?:(?:Mk|MK|Mark)[- ]?(?:\d|[IVX]{1,4})|(?:Block|Mod|Batch|Tranche|Flight|Increment)"
                     r"[- ]?(?:\d{1,2}|[IVX]{1,4}))[A-Za-z]?$")
# a run-together code token ("M777", "AS350", "NH90", "TB2", "K9A1"): texts also write it
# with a hyphen ("M-777"); the matcher adds the space and joined forms of a hyphenated key
RUN_CODE_RE = re.compile(r"^([A-Z]{1,4})(\d[A-Za-z0-9]*)$")

CATEGORY_RULES: list[tuple[str, str]] = [
    (r"engine|turbofan|turbojet|turboprop|gas turbine", "engine"),
    (r"\bUAV\b|drone|loitering", "UAV"),
    (r"satellite", "satellite"),
    (r"radar|sonar|\bEO\b|search system|recce system|fire control|fire-control|intelligence system|SONAR", "sensor"),
    (r"\bSAM\b|\bABM\b|anti-aircraft|air-defence|air defence", "air defence system"),
    (r"missile|torpedo|bomb|guided rocket|guided shell|coastal defence", "missile"),
    (r"rocket launcher|\bgun\b|howitzer|mortar", "artillery"),
    (r"tank destroyer", "armoured vehicle"),
    (r"aircraft|helicopter", "aircraft"),
    (r"\bAPC\b|\btank\b|vehicle|armoured|turret|chassis|bridgelayer", "armoured vehicle"),
    (r"ship|boat|frigate|corvette|destroyer|submarine|craft|cruiser|mine|tug|tanker|carrier|torpdeo", "ship"),
]


# "Tor-M2K version", "Anka-S version": the variant a deal's comments name
VERSION_RE = re.compile(r"((?:[A-Za-z0-9][\w/\-]*\s+)?[A-Za-z0-9][\w/\-]*)\s+version\b")


def _codelike(token: str) -> bool:
    return any(c.isdigit() for c in token) or sum(c.isupper() for c in token) >= 2 \
        or bool(VARIANT_LETTER_RE.fullmatch(token))


def versions_named(designation: str, comments: str) -> list[str]:
    """The versions of ``designation`` that a deal's comments name ("Tor-M2K version" in a
    Tor-M1 deal, "Anka-S version" in an Anka deal): the words just before "version", each a
    code, the first sharing the designation's leading name ("Tor", "Anka"). Export names of
    another stem ("FD-2000 version" of the HQ-9), copies ("Type-90 version") and phrases
    ("probably modernized to ...", "land-attack version") are left to the curated file."""
    out = []
    lead = re.split(r"[\s\-/]", designation, maxsplit=1)[0].lower()
    for m in VERSION_RE.finditer(comments):
        words = m.group(1).split()
        while words and not _codelike(words[0]):
            words = words[1:]
        if not words or not all(_codelike(w) for w in words):
            continue
        v = " ".join(words)
        if re.split(r"[\s\-/]", v, maxsplit=1)[0].lower() != lead or normalise(v) == normalise(designation) \
                or "/" in v or MARK_RE.match(v):
            continue
        out.append(v)
    return out


def category_of(description: str) -> str:
    for pattern, cat in CATEGORY_RULES:
        if re.search(pattern, description, re.I):
            return cat
    return "other"


@dataclass
class Group:
    spellings: Counter[str] = field(default_factory=Counter)
    descriptions: Counter[str] = field(default_factory=Counter)
    new_votes: Counter[str] = field(default_factory=Counter)
    all_votes: Counter[str] = field(default_factory=Counter)
    first_year: dict[str, int] = field(default_factory=dict)
    deals: int = 0
    versions: Counter[str] = field(default_factory=Counter)


def read_sipri(path: Path) -> tuple[str, list[list[str]]]:
    """Return (the export's "Data generated" stamp, the 16-field records)."""
    text = path.read_bytes().decode("latin-1")
    lines = text.splitlines()
    header_at = next(i for i, ln in enumerate(lines) if ln.startswith("Recipient,Supplier"))
    stamp = ""
    for ln in lines[:header_at]:
        if ln.startswith("Data generated:"):
            stamp = ln.split(":", 1)[1].strip()
    raw = list(csv.reader(lines[header_at + 1 :]))
    rows: list[list[str]] = []
    i = 0
    while i < len(raw):
        r = raw[i]
        if len(r) == 16:
            rows.append(r)
        elif len(r) == 13 and i + 1 < len(raw) and len(raw[i + 1]) == 4:
            nxt = raw[i + 1]
            rows.append(r[:12] + [r[12] + " " + nxt[0]] + nxt[1:])
            i += 1
        elif r:
            raise ValueError(f"{path}: unexpected record with {len(r)} fields near data row {i + 1}")
        i += 1
    return stamp, rows


def state_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for row in read_csv(GAZ / "states.csv"):
        idx[normalise(row["name"])] = row["iso3"]
        idx[normalise(row["official_name"])] = row["iso3"]
    for row in read_csv(GAZ / "state_aliases.csv"):
        idx.setdefault(normalise(row["alias"]), row["entity_id"].split(":", 1)[1])
    idx.update(SUPPLIER_FIX)
    return idx


def other_keys() -> set[str]:
    """Normalised names/aliases of every non-weapon gazetteer entry (for clash checks)."""
    keys: set[str] = set()
    for path in sorted(GAZ.glob("*.csv")):
        if path.name.startswith("_") or path.name.startswith("weapon"):
            continue
        for row in read_csv(path):
            for col in ("name", "alias"):
                if row.get(col):
                    keys.add(normalise(row[col]))
    return keys


def vote(group: Group) -> str:
    votes = group.new_votes or group.all_votes
    if not votes:
        return ""
    return max(votes, key=lambda c: (votes[c], -group.first_year.get(c, 9999), c))


def build(sipri: Path) -> tuple[str, list[dict[str, str]], list[dict[str, str]]]:
    stamp, rows = read_sipri(sipri)
    states = state_index()
    groups: dict[str, Group] = defaultdict(Group)
    for r in rows:
        supplier, year, designation, description = r[1], r[2], r[6].strip(), r[7].strip()
        status, comments = r[11].strip(), r[12]
        if not designation or designation[0].islower() or designation == description:
            continue
        key = normalise(designation)
        if not key:
            continue
        g = groups[key]
        g.deals += 1
        g.versions.update(versions_named(designation, comments))
        g.spellings[designation] += 1
        g.descriptions[description] += 1
        iso = None if supplier.endswith("*") else states.get(normalise(supplier))
        if iso:
            g.all_votes[iso] += 1
            if year.isdigit():
                g.first_year[iso] = min(g.first_year.get(iso, 9999), int(year))
            if status == "New" and not LICENCE_RE.search(comments):
                g.new_votes[iso] += 1

    curated = read_csv(GAZ / "_weapons_curated.csv")
    claimed: dict[str, str] = {}
    for c in curated:
        names = [c["name"], *(a.lstrip("~") for a in filter(None, c["aliases"].split("|"))),
                 *filter(None, c["sipri"].split("|"))]
        for n in names:
            claimed.setdefault(normalise(n), c["id"])

    entities: list[dict[str, str]] = []
    aliases: list[tuple[str, str, str, str]] = []  # entity_id, alias, kind, flags
    absorbed: dict[str, list[Group]] = defaultdict(list)
    used_ids: set[str] = {c["id"] for c in curated}
    sipri_entities: list[tuple[dict[str, str], Group]] = []
    for key in sorted(groups):
        g = groups[key]
        if key in claimed:
            absorbed[claimed[key]].append(g)
            continue
        name = max(g.spellings, key=lambda s: (g.spellings[s], s))
        description = max(g.descriptions, key=lambda s: (g.descriptions[s], s))
        base = "wpn:" + (slugify(name) or key)
        eid, n = base, 2
        while eid in used_ids:
            eid, n = f"{base}-{n}", n + 1
        used_ids.add(eid)
        ent = {"id": eid, "type": "weapon_system", "name": name, "country": vote(g),
               "category": category_of(description), "sipri_description": description,
               "co_origin": "", "source": SOURCE, "sipri_deals": str(g.deals), "match": ""}
        sipri_entities.append((ent, g))

    nonweapon = other_keys()

    def flag(alias: str) -> str:
        key = normalise(alias)
        tokens = re.split(r"[\s/()-]+", alias)
        codelike = any(c.isdigit() for c in alias) or any(
            sum(c.isupper() for c in t) >= 2 for t in tokens
        ) or bool(VARIANT_LETTER_RE.fullmatch(alias))
        camel = CAMEL_RE.fullmatch(alias) is not None
        one_word = re.fullmatch(r"[A-Za-z]+", alias) is not None
        if (not (codelike or camel)) or (one_word and not camel) or len(key) < 3 or key in nonweapon \
                or MARK_RE.match(alias):
            return "nomatch"
        # a trade name is matched only as written: folded, "CoMPASS" or "BearCat" is an ordinary word
        return "case_sensitive" if camel else ""

    for c in curated:
        groups_in = absorbed.get(c["id"], [])
        merged = Group()
        for g in groups_in:
            merged.new_votes.update(g.new_votes)
            merged.all_votes.update(g.all_votes)
            for k, v in g.first_year.items():
                merged.first_year[k] = min(merged.first_year.get(k, 9999), v)
            merged.descriptions.update(g.descriptions)
            merged.deals += g.deals
        description = max(merged.descriptions, key=lambda s: (merged.descriptions[s], s)) if merged.descriptions else ""
        entities.append({"id": c["id"], "type": "weapon_system", "name": c["name"],
                         "country": c["country"] or vote(merged), "category": c["category"],
                         "sipri_description": description, "co_origin": c["co_origin"],
                         "source": SOURCE + " (curated)" if groups_in else "curated",
                         "sipri_deals": str(merged.deals) if groups_in else "", "match": ""})
        listed = [*filter(None, c["aliases"].split("|"))]
        for a in listed:
            if a.startswith("~"):  # "~Fatah": lookup only (an ordinary word or name)
                aliases.append((c["id"], a[1:], "variant", "nomatch"))
            elif a != c["name"]:
                aliases.append((c["id"], a, "variant", ""))
        for a in (s for g in groups_in for s in g.spellings):
            if a != c["name"] and a not in listed:
                aliases.append((c["id"], a, "variant", flag(a)))  # SIPRI spelling: SIPRI rule

    # Derived aliases for SIPRI rows, kept only when unique.
    derived: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ent, _g in sipri_entities:
        name = ent["name"]
        cands = set()
        tokens = name.split()
        if len(tokens) > 1 and CODE_RE.match(tokens[0]):
            cands.add(tokens[0])
        stripped = CALIBRE_RE.sub("", name)
        if stripped != name and stripped:
            cands.add(stripped)
        if "/" in name and " " not in name:  # "Project-10750/Lida"
            cands.update(p for p in name.split("/") if len(p) >= 3 and not p[0].isdigit())
        tail = TAIL_CODE_RE.match(tokens[-1]) if len(tokens) > 1 else None
        if tail and tail.group(1).lower() not in GENERIC_WORDS:
            cands.add(tokens[-1])  # "S-125 Pechora-2M" -> "Pechora-2M"
        vb = VARIANT_BASE_RE.match(name)
        if vb:
            cands.add(vb.group(1))  # "T-37B" -> "T-37"
        for a in cands:
            if not MARK_RE.match(a):  # "Mk-1" of "Mk-1 114mm": a suffix, no name
                derived[normalise(a)].append((ent["id"], a))
    # versions named in deals' comments ("Tor-M2K version" of a Tor-M1 deal), after the
    # aliases derived from names, each kept when one designation alone claims it
    versioned: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for ent, g in sipri_entities:
        for a in g.versions:
            versioned[normalise(a)].add((ent["id"], a))
    # curated rows list their versions by hand (a curated row may absorb several SIPRI
    # designations, whose versions need not all be its own: "Su-30MKK" under "Su-30MK"), but
    # a version also named under a curated row's designations is no one designation's
    curated_ids = {c["id"] for c in curated}
    for cid, groups_in in absorbed.items():
        for g in groups_in:
            for a in g.versions:
                versioned[normalise(a)].add((cid, a))
    taken = set(claimed) | {normalise(e["name"]) for e, _ in sipri_entities} | nonweapon | set(groups)


    for ent, g in sipri_entities:
        ent["match"] = flag(ent["name"])
        for s in sorted(g.spellings):
            if s != ent["name"]:
                aliases.append((ent["id"], s, "variant", flag(s)))
        entities.append(ent)
    for key, lst in sorted(derived.items()):
        if len(lst) == 1 and key not in taken:
            eid, a = lst[0]
            aliases.append((eid, a, "variant", flag(a)))
    for key, found in sorted(versioned.items()):
        if len({eid for eid, _a in found}) == 1 and key not in taken and key not in derived \
                and next(iter(found))[0] not in curated_ids:
            eid, a = max(found, key=lambda r: (sum(c.isupper() for c in r[1]), r[1]))
            aliases.append((eid, a, "variant", flag(a)))

    generated = set(hyphen_variants(entities, aliases))
    entities.sort(key=lambda e: e["id"])
    # an entity's generated spellings after its own (the loader lists the first spelling
    # of each key as the entity's alias)
    alias_rows = [
        {"entity_id": e, "alias": a, "kind": k, "flags": f}
        for e, a, k, f in sorted(set(aliases) | generated,
                                 key=lambda r: (r[0], r in generated, r[1], r[2], r[3]))
    ]
    return stamp, entities, alias_rows


def hyphenated(name: str) -> str | None:
    """"M777" -> "M-777", "Bayraktar TB2" -> "Bayraktar TB-2": each run-together code token
    hyphenated between its letters and its number (None when there is none)."""
    tokens = name.split(" ")
    out = [(f"{m.group(1)}-{m.group(2)}" if (m := RUN_CODE_RE.match(t)) else t) for t in tokens]
    if len(tokens) == 1 and (m := RUN_CODE_RE.match(name)) and len(m.group(1)) == 1 \
            and m.group(2).isdigit() and len(m.group(2)) <= 2:
        return None  # "M-12", "F-17" alone are as often roads, ships or other makers' codes
    return " ".join(out) if out != tokens else None


def hyphen_variants(entities: list[dict[str, str]],
                    aliases: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """Hyphenated variants of matchable names and aliases written run together ("AS350" ->
    "AS-350"), so that the text form with a hyphen or a space matches too. A variant has the
    normalised key of its source (no new clash) and is added only when the entity lacks it.
    Engines are left out: texts write their codes run together, and the hyphenated form is
    another system's name ("F-110" the frigate, not the F110 engine)."""
    have: dict[str, set[str]] = defaultdict(set)
    sources: list[tuple[str, str]] = []
    engines = {e["id"] for e in entities if e["category"] == "engine"}
    for e in entities:
        have[e["id"]].add(e["name"])
        if not e["match"] and e["id"] not in engines:
            sources.append((e["id"], e["name"]))
    for eid, a, _k, f in aliases:
        have[eid].add(a)
        if not f and eid not in engines:
            sources.append((eid, a))
    out: list[tuple[str, str, str, str]] = []
    for eid, a in sources:
        h = hyphenated(a)
        if h and h not in have[eid]:
            have[eid].add(h)
            out.append((eid, h, "variant", ""))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sipri", type=Path, default=DEFAULT_SIPRI)
    ap.add_argument("--out", type=Path, default=GAZ)
    args = ap.parse_args(argv)
    if not args.sipri.exists():
        print(f"SIPRI trade register not found: {args.sipri} (pass --sipri PATH)", file=sys.stderr)
        return 2
    stamp, entities, alias_rows = build(args.sipri)
    write_csv(args.out / "weapons.csv", entities)
    write_csv(args.out / "weapon_aliases.csv", alias_rows)
    print(f"SIPRI export generated {stamp}: {len(entities)} weapon systems, {len(alias_rows)} aliases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
