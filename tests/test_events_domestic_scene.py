"""Whose protests and crackdowns (own sentences): a protest or crackdown told without its parties takes the
country of the scene — a place of its own clause (not the dateline's city a report was filed from, not a
place of another main clause), else the place told just before in the paragraph — before the article's
protagonist."""

from __future__ import annotations

from event_facts import event_facts, of_type

DATELINED = "Test headline about the region\n\nLONDON, March 12 (Test Wire) – "
PUBLISHED = "\nPublished: 12 March 2024"


def _actors(facts, etype):  # type: ignore[no-untyped-def]
    return [f.args.get("actors") or [] for f in of_type(facts, etype)]


def test_the_dateline_city_is_no_scene() -> None:
    facts = event_facts("Hundreds of people protested outside the parliament on Tuesday, rights groups said.",
                        DATELINED, PUBLISHED)
    assert not [a for a in _actors(facts, "protest") if "state:GBR" in a]


def test_a_place_of_another_main_clause_is_no_scene() -> None:
    facts = event_facts("On 4 March 2024 the statement referred to Kashmir in terms Islamabad rejected, and "
                        "hundreds of people protested.", "Test headline\n\n", PUBLISHED)
    assert ["state:IND"] not in _actors(facts, "protest")


def test_police_act_where_the_scene_is() -> None:
    body = ("Lithuania and Latvia on Monday barred ten Georgian officials. Thousands of people gathered on Rustaveli "
            "Avenue on Monday evening. Riot police used water cannon to clear the avenue.")
    facts = event_facts(body, "Test headline about the region\n\nVILNIUS, March 12 (Test Wire) – ", PUBLISHED)
    got = _actors(facts, "coercion")
    assert got == [["state:GEO"]], got


def test_a_scene_of_two_countries_tells_no_home() -> None:
    body = ("Crowds marched in Tbilisi and in Yerevan on Monday. Riot police used water cannon to clear the avenue.")
    facts = event_facts(body, "Test headline about the region\n\nVILNIUS, March 12 (Test Wire) – ", PUBLISHED)
    assert not [a for a in _actors(facts, "coercion") if a in (["state:GEO"], ["state:ARM"])]
