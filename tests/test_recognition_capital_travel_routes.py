"""A capital after a travel verb in any form ("expected to travel back to Tehran"), a route or
means of transport ("flights to Baku", "by rail to Aktau") or the verb of an advancing force
("advanced on Kabul") is the city; a capital receiving a note or drawn closer stays the state.
Every sentence is invented."""

from __future__ import annotations

from recognised import rec, spans

from silkgraph.knowledge import Knowledge


def test_travel_verb_forms_make_the_city(kb: Knowledge) -> None:
    got = spans(rec(kb, "The envoy is expected to travel back to Tehran on Monday."))
    assert got["Tehran"] == "place:tehran"
    got = spans(rec(kb, "The minister was flying to Dushanbe when the news broke."))
    assert got["Dushanbe"] == "place:dushanbe"


def test_routes_to_a_capital(kb: Knowledge) -> None:
    got = spans(rec(kb, "Direct flights to Yerevan resumed in the spring."))
    assert got["Yerevan"] == "place:yerevan"
    got = spans(rec(kb, "The freight goes by rail to Tashkent and then by road to Kabul."))
    assert got["Tashkent"] == "place:tashkent"
    assert got["Kabul"] == "place:kabul"


def test_advancing_force(kb: Knowledge) -> None:
    got = spans(rec(kb, "As the rebels advanced on Dushanbe, the government fled."))
    assert got["Dushanbe"] == "place:dushanbe"


def test_government_readings_stay(kb: Knowledge) -> None:
    got = spans(rec(kb, "Islamabad sent a protest note to Kabul."))
    assert got["Kabul"] == "state:AFG"
    got = spans(rec(kb, "The crisis tied Astana even closer to Moscow."))
    assert got["Moscow"] == "state:RUS"
    got = spans(rec(kb, "The head of state appealed to Baku for calm."))
    assert got["Baku"] == "state:AZE"
