"""Build ``resources/gazetteer/states.csv`` and ``state_aliases.csv`` from pycountry.

Build-time only: the runtime reads the committed CSVs and never imports pycountry.
Run ``python tools/build_states.py`` after a pycountry upgrade and review the
diff. Hand-curated aliases (short names, demonyms, combining forms) live in ``aliases.csv``
and capitals in ``places.csv``; this script only writes the ISO-derived part.

Selection: the 193 UN member states, the two observer states (Palestine, Holy See), Taiwan,
Kosovo (user-assigned code XKX, as used by the EU and IMF) and historical states that the
arms-transfer record and the texts still name (Soviet Union SUN, Yugoslavia YUG,
Czechoslovakia CSK, East Germany DDR, Serbia and Montenegro SCG, South Yemen YMD,
North Vietnam VDR, Zaire ZAR, Rhodesia RHO). Dependent territories are excluded.
"""

from __future__ import annotations

import sys
from pathlib import Path

from gazetteer_csv import write_csv  # tools/ is the script's folder

# ISO 3166 entries that are not UN members, observers or Taiwan: dependent territories etc.
NOT_STATES = set(
    "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL "
    "GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN "
    "SJM SPM SXM TCA TKL UMI VGB VIR WLF".split()
)
OBSERVERS = {"PSE", "VAT"}
OTHER = {"TWN": "partially recognised", "XKX": "partially recognised"}

# Canonical (short) names where ISO's is long or comma-inverted.
CANONICAL = {
    "BOL": "Bolivia", "BRN": "Brunei", "CIV": "Côte d'Ivoire", "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CPV": "Cape Verde", "CZE": "Czechia", "FSM": "Micronesia",
    "GBR": "United Kingdom", "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos", "MDA": "Moldova",
    "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia", "SWZ": "Eswatini", "SYR": "Syria",
    "TLS": "Timor-Leste", "TUR": "Türkiye", "TWN": "Taiwan", "TZA": "Tanzania", "USA": "United States",
    "VAT": "Holy See", "VEN": "Venezuela", "VNM": "Vietnam", "NLD": "Netherlands",
    "MKD": "North Macedonia", "KNA": "Saint Kitts and Nevis", "VCT": "Saint Vincent and the Grenadines",
}
HISTORICAL = {
    "SUN": ("Soviet Union", "Union of Soviet Socialist Republics"),
    "YUG": ("Yugoslavia", "Socialist Federal Republic of Yugoslavia"),
    "CSK": ("Czechoslovakia", "Czechoslovak Socialist Republic"),
    "DDR": ("East Germany", "German Democratic Republic"),
    "SCG": ("Serbia and Montenegro", "Serbia and Montenegro"),
    "YMD": ("South Yemen", "People's Democratic Republic of Yemen"),
    "VDR": ("North Vietnam", "Democratic Republic of Viet-Nam"),
    "ZAR": ("Zaire", "Republic of Zaire"),
    "RHO": ("Rhodesia", "Southern Rhodesia"),
}

OUT = Path(__file__).resolve().parents[1] / "src" / "silkgraph" / "resources" / "gazetteer"


def build() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    import pycountry  # build-time only

    states: list[dict[str, str]] = []
    aliases: list[dict[str, str]] = []
    for c in pycountry.countries:
        code = c.alpha_3
        if code in NOT_STATES:
            continue
        iso_name = c.name
        official = getattr(c, "official_name", "") or ""
        name = CANONICAL.get(code) or getattr(c, "common_name", None) or iso_name
        status = "UN observer" if code in OBSERVERS else OTHER.get(code, "UN member")
        states.append(
            {"id": f"state:{code}", "type": "state", "name": name, "country": code, "iso3": code,
             "official_name": official, "status": status, "historical": ""}
        )
        seen = {name}
        for alt in (iso_name, getattr(c, "common_name", ""), official):
            if alt and alt not in seen and "," not in alt:
                seen.add(alt)
                aliases.append({"entity_id": f"state:{code}", "alias": alt, "kind": "name", "flags": ""})
    states.append(
        {"id": "state:XKX", "type": "state", "name": "Kosovo", "country": "XKX", "iso3": "XKX",
         "official_name": "Republic of Kosovo", "status": "partially recognised", "historical": ""}
    )
    aliases.append({"entity_id": "state:XKX", "alias": "Republic of Kosovo", "kind": "name", "flags": ""})
    for code, (name, official) in HISTORICAL.items():
        states.append(
            {"id": f"state:{code}", "type": "state", "name": name, "country": code, "iso3": code,
             "official_name": official, "status": "historical", "historical": "1"}
        )
        if official != name:
            aliases.append({"entity_id": f"state:{code}", "alias": official, "kind": "name", "flags": ""})
    states.sort(key=lambda r: r["id"])
    aliases.sort(key=lambda r: (r["entity_id"], r["alias"]))
    return states, aliases


def main(out: Path = OUT) -> int:
    states, aliases = build()
    current = sum(1 for s in states if s["status"] == "UN member")
    if current != 193:
        print(f"expected 193 UN members, got {current}: check NOT_STATES", file=sys.stderr)
        return 1
    for fname, rows in (("states.csv", states), ("state_aliases.csv", aliases)):
        write_csv(out / fname, rows)
    print(f"wrote {len(states)} states and {len(aliases)} aliases to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
