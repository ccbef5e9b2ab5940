"""Unknown places read from the known place beside them (recognise/toponyms.py): "in X, <state or
known place>", a list of names with a known place in it, "X, a <kind> on/in ...", "X airbase" and
"X Air Force Base" (the bare name an alias), "the X range" (the bare name an alias); and people
glossed by a calling with a participle ("X, a doctor accused of ...").  Near misses must not
yield a place or a person.  Every sentence and every unknown name here is invented.
"""

from __future__ import annotations

from recognised import rec

from silkgraph.extract.recognise import Recognised
from silkgraph.knowledge import Knowledge


def places(r: Recognised) -> dict[str, str | None]:
    """mention text -> country of the place it names"""
    return {m.text: r.entities[m.entity_id].country for m in r.mentions
            if m.entity_id in r.entities and r.entities[m.entity_id].type == "place"}


def typed(r: Recognised, etype: str) -> set[str]:
    return {m.text for m in r.mentions if m.entity_id in r.entities and r.entities[m.entity_id].type == etype}


def test_a_name_beside_a_state_is_a_place_of_that_state(kb: Knowledge) -> None:
    r = rec(kb, "The leaders met in Dorvash, Kazakhstan, in the autumn.")
    assert places(r).get("Dorvash") == "KAZ"


def test_a_name_beside_a_state_after_at(kb: Knowledge) -> None:
    r = rec(kb, "Delegates gathered at Merolin, Kyrgyzstan, for two days.")
    assert places(r).get("Merolin") == "KGZ"


def test_a_name_beside_a_known_city(kb: Knowledge) -> None:
    r = rec(kb, "A church in Tavruna, Colombo, was damaged in the blast.")
    assert "Tavruna" in places(r)


def test_a_state_possessive_after_the_comma_is_no_locator(kb: Knowledge) -> None:
    r = rec(kb, "The envoy flew in from Zarkand, Russia's main ally in the region, late on Monday.")
    assert "Zarkand" not in places(r)


def test_a_demonym_after_the_comma_is_no_locator(kb: Knowledge) -> None:
    r = rec(kb, "Fighting resumed near Pelvor, Russian troops said on Monday.")
    assert "Pelvor" not in places(r)


def test_a_list_with_a_known_place_names_places(kb: Knowledge) -> None:
    r = rec(kb, "Bombs hit churches in Osmerla, Kandy and Vessarin on the same morning.")
    got = places(r)
    assert "Osmerla" in got and "Vessarin" in got


def test_a_list_without_a_known_place_names_none(kb: Knowledge) -> None:
    r = rec(kb, "A curfew was imposed on Pelvara, Dostrik and Vaymore after the raid.")
    assert not {"Pelvara", "Dostrik", "Vaymore"} & set(places(r))


def test_a_list_of_people_after_a_preposition_is_no_place_list(kb: Knowledge) -> None:
    r = rec(kb, "The award went to Kandy, Tahmina and Farrukh said they were pleased.")
    assert "Tahmina" not in places(r)


def test_a_height_in_apposition_is_a_place(kb: Knowledge) -> None:
    r = rec(kb, "Troops kept control of Sorel Tepe, a height on the southern front.")
    assert "Sorel Tepe" in places(r)


def test_a_village_in_apposition_is_a_place(kb: Knowledge) -> None:
    r = rec(kb, "Forces entered Narvik Dara, a village in the upper valley, at dawn.")
    assert "Narvik Dara" in places(r)


def test_a_village_elder_in_apposition_is_no_place(kb: Knowledge) -> None:
    r = rec(kb, "Talks were led by Gulbadin Sorkhabi, a village elder from the area.")
    assert "Gulbadin Sorkhabi" not in places(r)


def test_an_airbase_is_named_with_its_bare_name(kb: Knowledge) -> None:
    r = rec(kb, "The government ordered the foreign personnel out of Tarsi airbase within 15 days.")
    ent = next(r.entities[m.entity_id] for m in r.mentions if m.text == "Tarsi airbase")
    assert ent.type == "place" and "Tarsi" in ent.aliases


def test_an_air_force_base_is_a_place(kb: Knowledge) -> None:
    r = rec(kb, "Pilots trained at Corvin Air Force Base before the handover.")
    assert "Corvin Air Force Base" in places(r)


def test_a_known_city_before_air_base_stays_the_city(kb: Knowledge) -> None:
    r = rec(kb, "Transport aircraft landed at the Bishkek air base on Friday.")
    assert "Bishkek air base" not in places(r)


def test_a_range_is_named_with_its_bare_name(kb: Knowledge) -> None:
    r = rec(kb, "The drills were held at the Tolmar range in the south.")
    ent = next(r.entities[m.entity_id] for m in r.mentions if m.text == "Tolmar range")
    assert "Tolmar" in ent.aliases


def test_a_range_of_things_is_no_place(kb: Knowledge) -> None:
    r = rec(kb, "A Wide range of weapons was displayed at the parade.")
    assert not places(r)


def test_a_calling_with_a_participle_glosses_a_person(kb: Knowledge) -> None:
    r = rec(kb, "Police arrested Jawad Khattak, a doctor accused of spying, in May.")
    assert "Jawad Khattak" in typed(r, "person")


def test_a_preacher_believed_to_lead_is_a_person(kb: Knowledge) -> None:
    r = rec(kb, "Officials confirmed that Idris Moulana, the preacher believed to have led the plot, had died.")
    assert "Idris Moulana" in typed(r, "person")


def test_a_doctor_as_an_organisation_gloss_is_no_person(kb: Knowledge) -> None:
    r = rec(kb, "Aid came from Helping Hands, a charity known for its clinics.")
    assert "Helping Hands" not in typed(r, "person")


def test_a_pair_of_demonyms_before_border_crossing_names_the_two_states(kb: Knowledge) -> None:
    r = rec(kb, "Lorries waited at the Tajik-Afghan border crossing for three days.")
    assert not places(r)
    assert {"state:TJK", "state:AFG"} <= {m.entity_id for m in r.mentions}


def test_a_named_border_crossing_stays_a_place(kb: Knowledge) -> None:
    r = rec(kb, "Lorries waited at the Varzob border crossing for three days.")
    assert "Varzob border crossing" in places(r) or "Varzob" in places(r)
