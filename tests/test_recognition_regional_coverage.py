"""Gazetteer coverage of the region's and the main powers' bodies, places and systems: the
Foreign Office (Pakistan's unless Britain is named), sibling ministries and services,
training ranges, US states and cities, ships and helicopters by their common names.
Every sentence is invented."""

from __future__ import annotations

from recognised import rec, spans, types

from silkgraph.knowledge import Knowledge


def test_foreign_office_by_state_named(kb: Knowledge) -> None:
    got = spans(rec(kb, "The Foreign Office in Islamabad rejected the claim."))
    assert got["Foreign Office"] == "org:mofa-pakistan"
    got = spans(rec(kb, "The British Foreign Office summoned the ambassador."))
    assert got["British Foreign Office"] == "org:fcdo"
    got = spans(rec(kb, "Britain said the Foreign Office would issue travel bans."))
    assert got["Foreign Office"] == "org:fcdo"
    # lower case is a description, not the name
    got = spans(rec(kb, "A foreign office official declined to comment."))
    assert "foreign office" not in got


def test_sibling_bodies(kb: Knowledge) -> None:
    got = spans(rec(kb, "The Turkish Interior Ministry and the IRGC Navy issued statements, "
                        "and the Caspian Flotilla sailed."))
    assert got["Turkish Interior Ministry"] == "org:moi-turkey"
    assert got["IRGC Navy"] == "org:irgc-navy"
    assert got["Caspian Flotilla"] == "org:caspian-flotilla"
    got = spans(rec(kb, "NACTA and the Rashtriya Rifles were put on alert."))
    assert got["NACTA"] == "org:nacta"
    assert got["Rashtriya Rifles"] == "org:rashtriya-rifles"


def test_ranges_and_foreign_places(kb: Knowledge) -> None:
    got = types(rec(kb, "The drill moved from the Forish range to Harb-Maidon."))
    assert got["Forish range"] == "place"
    assert got["Harb-Maidon"] == "place"
    got = spans(rec(kb, "He was charged before a court in Alexandria, Virginia, last week."))
    assert got["Alexandria"] == "place:alexandria"
    assert got["Virginia"] == "place:us-virginia"


def test_systems_by_common_names(kb: Knowledge) -> None:
    got = spans(rec(kb, "The navy received two Sea King helicopters and ordered Type-041 boats."))
    assert got.get("Sea King helicopter", got.get("Sea King")) == "wpn:sea-king"
    assert got["Type-041"] == "wpn:hangor"
    got = spans(rec(kb, "Six H215M Cougar helicopters were delivered."))
    assert got["H215M Cougar"] == "wpn:h215m"
    got = spans(rec(kb, "The engines were made by MTU in Friedrichshafen."))
    assert got["MTU"] == "company:mtu-friedrichshafen"
