"""Armed men driving a vehicle laden with explosives into a post or convoy is an attack (own sentences); a
car without explosives, a pronoun driver, or a figurative 'steered ... into' is none."""

from __future__ import annotations

from event_facts import of_type, wire_event_facts


def test_militants_ramming_an_explosives_laden_truck_into_a_post_attack_it() -> None:
    facts = wire_event_facts("On 20 April 2024 militants rammed an explosives-laden truck into an army post in "
                             "Bannu, killing seven soldiers.")
    got = of_type(facts, "attack")
    assert got and got[0].args["date"] == "2024-04-20" and got[0].args.get("fatalities") == 7


def test_a_bomber_driving_a_car_packed_with_explosives_into_a_convoy_attacks_it() -> None:
    facts = wire_event_facts("On 12 April 2024 a suicide bomber drove a car packed with explosives into a convoy "
                             "carrying Chinese engineers near Gilgit, killing five Chinese nationals.")
    got = of_type(facts, "attack")
    assert got and "state:CHN" in got[0].args.get("targets", [])


def test_no_explosives_or_no_armed_driver_is_no_vehicle_attack() -> None:
    for body in ("On 21 April 2024 a drunk driver rammed his car into a bus stop in Lahore, injuring four people.",
                 "On 22 April 2024 the minister steered the talks into a new phase in Beijing.",
                 "A truck laden with fruit crashed into a wall in Karachi on 23 April 2024.",
                 "When guards stopped them, they rammed a truck packed with explosives into the gate in Bannu."):
        assert not of_type(wire_event_facts(body), "attack"), body
