"""Regional names the gazetteer lacked on unseen text: former leaders, small towns and border
villages, treaties and pipelines, and given names that make an unknown person recognisable.
Every sentence is invented."""

from __future__ import annotations

from recognised import rec

from silkgraph.knowledge import Knowledge


def _ids(kb: Knowledge, text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in rec(kb, text).mentions}


def test_former_leaders_and_their_surnames(kb: Knowledge) -> None:
    got = _ids(kb, "Under Islam Karimov and Saparmurat Niyazov the borders stayed shut. "
                   "Karimov never trusted Niyazov.")
    assert got["Islam Karimov"] == "person:islam-karimov"
    assert got["Saparmurat Niyazov"] == "person:saparmurat-niyazov"
    assert got["Karimov"] == "person:islam-karimov"
    got = _ids(kb, "When King Gyanendra dismissed the cabinet, Pervez Musharraf was in power next door.")
    assert got["King Gyanendra"] == "person:gyanendra-shah"
    assert got["Pervez Musharraf"] == "person:pervez-musharraf"


def test_religion_word_is_not_a_person(kb: Knowledge) -> None:
    got = _ids(kb, "Political Islam remained weak in the valley.")
    assert not any(v.startswith("person:") for v in got.values())


def test_villages_and_towns(kb: Knowledge) -> None:
    got = _ids(kb, "Surveyors walked from Kirants to Voskepar, and across the line to Kheyrimli "
                   "and Baghanis Ayrum, before driving on to Spitak and Dilijan.")
    for name in ("Kirants", "Voskepar", "Kheyrimli", "Baghanis Ayrum", "Spitak", "Dilijan"):
        assert got[name].startswith("place:"), name
    got = _ids(kb, "The rocket was fired from Abdul Kalam Island, formerly Wheeler Island.")
    assert got["Abdul Kalam Island"] == "place:abdul-kalam-island"
    assert got["Wheeler Island"] == "place:abdul-kalam-island"
    assert not any(v.startswith("person:") for v in got.values())


def test_pipelines_and_agreements(kb: Knowledge) -> None:
    got = _ids(kb, "Ashgabat revived the Trans-Caspian gas pipeline while Delhi signed COMCASA "
                   "and reopened talk of the Gyumri-Kars railway.")
    assert got["Trans-Caspian gas pipeline"] == "program:tcgp"
    assert got["COMCASA"] == "program:comcasa"
    assert got["Gyumri-Kars railway"] == "program:kars-gyumri-railway"


def test_common_word_airline_needs_its_capital(kb: Knowledge) -> None:
    got = _ids(kb, "The radar covers every azimuth, and a jet operated by Azimuth landed at noon.")
    assert got.get("Azimuth") == "org:azimuth-airlines"
    assert "azimuth" not in got


def test_unknown_people_by_regional_given_names(kb: Knowledge) -> None:
    for text, name in (("Local leaders, among them Gohar Mkrtchyan, were detained.", "Gohar Mkrtchyan"),
                       ("Ketevan Abashidze, a lawyer, filed the appeal.", "Ketevan Abashidze"),
                       ("A statement by Mahrang Qureshi was read out.", "Mahrang Qureshi")):
        r = rec(kb, text)
        people = {r.entities[m.entity_id].name for m in r.mentions if m.entity_id.startswith("person:")}
        assert name in people, text
