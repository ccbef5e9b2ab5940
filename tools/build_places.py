"""Build ``resources/gazetteer/places_subdivisions.csv`` and ``subdivision_aliases.csv``: the
first-level subdivisions (provinces, regions, oblasts, rayons, districts) of the states an
analyst of Central Asia, the Caucasus and South Asia writes about, from ISO 3166-2 via pycountry.

Build-time only: the runtime reads the committed CSVs and never imports pycountry. Run
``python tools/build_places.py`` after a pycountry upgrade or an edit of the names file
(``tools/build_places_names.txt``) or the hand gazetteer, and
review the diff (``tests/test_recognise_region_places.py`` checks the files are reproducible).

ISO names are local romanisations ("Surxondaryo", "Kəlbəcər", "Āz̄ārbāyjān-e Shārqī"), not the
English an analyst writes, so the names file gives the English name (and English variants) per
ISO code; the ISO spelling is kept as a variant when it differs. Rules:

* a subdivision whose English name, or whose name without its division word, the hand
  gazetteer already knows as a place is left out
  (the hand row wins; no clash), and so is any single variant that names something else;
* a name that is also a common English word, a personal name or the name of a city the hand
  gazetteer lists ("Mary", "Balkan", "Lori", "Fars", "Aktobe") is entered only with its
  division word ("Lori Province", "Balkan Region"), marked ``!`` in the names file: the ISO
  spelling is then not added either;
* ``-`` in the names file leaves the code out (Taiwan is a state; city-states duplicated by
  capitals).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "src" / "silkgraph" / "resources" / "gazetteer"
OUT = GAZ / "places_subdivisions.csv"
OUT_ALIASES = GAZ / "subdivision_aliases.csv"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from gazetteer_csv import csv_text, read_csv  # noqa: E402

#: the states whose subdivisions are all taken
COUNTRIES = ("KZ", "KG", "TJ", "UZ", "TM", "AF", "PK", "AZ", "GE", "AM", "MN", "IR", "IN", "CN",
             "NP", "BT", "BD", "LK")
#: states of which only the listed codes are taken (border and Caucasus regions)
PARTIAL = ("RU", "TR")

#: English names per ISO code (one "CODE=Name|Variant|..." line each; "!": multi-word names only;
#: "-": leave the code out)
NAMES = Path(__file__).resolve().with_name("build_places_names.txt")


def _english() -> dict[str, tuple[bool, list[str]]]:
    out: dict[str, tuple[bool, list[str]]] = {}
    for line in NAMES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, rest = line.partition("=")
        strict = rest.startswith("!")
        out[code.strip()] = (strict, [] if rest == "-" else [n.strip() for n in rest.lstrip("!").split("|")])
    return out


def _ascii_name(name: str) -> str:
    """The ISO name without diacritics and with its division word dropped."""
    name = re.sub(r"\s+(oblysy|Shaary|Respublikasi|Sheng|Shi|Zizhiqu|SAR)$", "", name)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _slug(text: str) -> str:
    from silkgraph.knowledge.normalise import normalise

    words = re.findall(r"[^\W_]+", text)
    return "-".join(normalise(w) for w in words if normalise(w))


_DIVISION_RE = re.compile(
    r"^(?:Republic of )|\s+(?:Region|Province|District|Rayon|Oblast|Krai|Republic|Territory|"
    r"Autonomous Region|Zhuang Autonomous Region|Hui Autonomous Region|Dzongkhag|oblast|viloyat|"
    r"velayat|aimag|Marz|region)$")


def _base(name: str) -> str:
    """The name without its division word ("Lori Province" -> "Lori")."""
    return _DIVISION_RE.sub("", name)


def _hand_keys() -> tuple[set[str], dict[str, str]]:
    """The ids of the hand gazetteer and its names/aliases (lookup key -> entity id)."""
    from silkgraph.knowledge.normalise import normalise

    ids: set[str] = set()
    keys: dict[str, str] = {}
    skip = {OUT.name, OUT_ALIASES.name, "places_towns.csv", "town_aliases.csv"}  # built after this
    for path in sorted(GAZ.glob("*.csv")):
        if path.name.startswith("_") or path.name in skip:
            continue
        rows = read_csv(path)
        if path.name.endswith("aliases.csv"):
            for r in rows:
                if "nomatch" not in (r.get("flags") or ""):
                    keys.setdefault(normalise(r["alias"]), r["entity_id"])
        else:
            for r in rows:
                ids.add(r["id"])
                keys.setdefault(normalise(r["name"]), r["id"])
    return ids, keys


def build() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    import pycountry  # build-time only

    from silkgraph.knowledge.normalise import normalise

    english = _english()
    ids, known = _hand_keys()
    places: list[dict[str, str]] = []
    aliases: list[dict[str, str]] = []
    taken: set[str] = set()
    for cc in COUNTRIES + PARTIAL:
        country = pycountry.countries.get(alpha_2=cc)
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            strict, names = english.get(sub.code, (False, [] if cc in PARTIAL else [_ascii_name(sub.name)]))
            if not names:
                continue
            iso_name = _ascii_name(sub.name)
            if not strict and normalise(iso_name) not in {normalise(n) for n in names}:
                names = names + [sub.name if normalise(sub.name) != normalise(iso_name) else iso_name]
            # the hand gazetteer already has this subdivision (or the city it is named after):
            # the hand row wins, and "the X district" stays the hand place
            if any(known.get(normalise(_base(n)), "").startswith("place:") or normalise(n) in known
                   for n in names[:1] + [n for n in names[1:] if not strict]) or \
                    known.get(normalise(_base(names[0])), "").startswith("place:"):
                continue
            eid = f"place:{_slug(names[0])}"
            if eid in ids or eid in taken:
                continue
            taken.add(eid)
            places.append({"id": eid, "type": "place", "name": names[0], "country": country.alpha_3,
                           "iso_3166_2": sub.code, "division": sub.type.lower(), "match": ""})
            seen = {normalise(names[0])}
            for alias in names[1:]:
                key = normalise(alias)
                if key in seen or key in known:
                    continue
                seen.add(key)
                aliases.append({"entity_id": eid, "alias": alias, "kind": "variant", "flags": ""})
    return places, aliases


def render() -> tuple[str, str]:
    """The two files' text, as :func:`main` writes them (the reproducibility test compares)."""
    places, aliases = build()
    return (csv_text(places, ["id", "type", "name", "country", "iso_3166_2", "division", "match"]),
            csv_text(aliases, ["entity_id", "alias", "kind", "flags"]))


def main() -> None:
    places, aliases = render()
    OUT.write_text(places, encoding="utf-8")
    OUT_ALIASES.write_text(aliases, encoding="utf-8")
    print(f"{OUT.name}: {places.count(chr(10)) - 1} places; {OUT_ALIASES.name}: "
          f"{aliases.count(chr(10)) - 1} aliases")


if __name__ == "__main__":
    main()
