"""Arms transfers: who is a party when other states, people and sources stand near the goods (own
short sentences): a research institute citing data is no party; a minister's apposition names the
supplier, an apposition without an office or an actor in an aside is no party, a maker before the
system, a state name used as a modifier, a supplier's share or a titled name after "with" is no
recipient, and a share clause or a possessive subject names the recipient."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties, parties_and_system, parties_and_system_of


def test_maker_before_the_system_is_no_recipient() -> None:
    got = transfers("Kazakhstan relies on Russia. Spain has supplied nine Airbus C295 aircraft since 2013.")
    assert parties_and_system(got) == {("state:ESP", "state:KAZ", "wpn:c-295")}


def test_share_clause_names_the_recipient_of_a_relative_delivery() -> None:
    got = transfers("Belarus, which delivered an S-300 system in 2021, accounted for 30 percent of "
                    "Kazakhstan's arms imports in 2020–2024.")
    assert ("state:BLR", "state:KAZ", "wpn:s-300") in parties_and_system(got)


def test_state_name_as_modifier_is_no_recipient() -> None:
    got = transfers("Delhi's buying continues. An order for 50 Igla-S missiles, for the China border, was placed "
                    "with Russia in 2021.")
    assert all(t["recipient"] != "state:CHN" for t in got)


def test_supplier_share_is_no_recipient() -> None:
    got = transfers("Israel accounted for 40 percent of Georgia's imports, France for 20 percent and Italy, which "
                    "sold three C-27J Spartan transports in 2021, for 10 percent.")
    assert all(t["recipient"] != "state:FRA" for t in got)


def test_titled_name_after_with_is_no_subject() -> None:
    got = transfers("Rubio, speaking with German Defence Minister Boris Pistorius, said Russian crews had been "
                    "trained to use the Fath-360.")
    assert all(t["recipient"] not in ("state:DEU", "state:USA") and t["supplier"] != "state:DEU" for t in got)


def test_apposition_actor_is_no_party() -> None:
    got = transfers("Kazakhstan bought abroad. Belarus, the only ally that never recognised Georgia, had sold "
                    "six Polonez launchers in 2019.")
    assert all("state:GEO" not in (t["supplier"], t["recipient"]) for t in got)


def test_minister_apposition_names_the_supplier() -> None:
    got = transfers("Ravi Kumar, India's defence minister, handed over two patrol vessels to Bangladesh.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:IND", "state:BGD", 2)]


def test_demonym_title_apposition() -> None:
    assert {(s, r) for s, r, _ in parties_and_system_of(
        "Ravi Kumar, the Indian defence minister, handed over two patrol vessels to Bangladesh.")} == {("state:IND", "state:BGD")}


def test_apposition_without_a_title_is_no_subject() -> None:
    # "India's closest partner" is no office: Bangladesh receives from China
    assert {(s, r) for s, r, _ in parties_and_system_of(
        "Bangladesh, India's closest partner, received two patrol vessels from China.")} == {("state:CHN", "state:BGD")}


def test_possessive_subject_provides_the_listed_systems() -> None:
    got = transfers("Brazil's presence in the islands consisted of a Dornier 228 patrol aircraft "
                    "provided to the Bolivian navy.")
    assert ("state:BRA", "state:BOL") in parties(got)


def test_research_institute_citing_data_is_no_party() -> None:
    got = transfers("Azerbaijan expanded its arsenal. SIPRI records an order for 30 Harop drones placed in "
                    "2016, with at least 20 delivered by 2018, along with two Hermes 900 drones.")
    assert got and all("state:SWE" not in (t["supplier"], t["recipient"]) for t in got)
    assert {(t["system"], t["supplier"], t["recipient"]) for t in got} == {
        ("wpn:harop", "state:ISR", "state:AZE"), ("wpn:hermes-900", "state:ISR", "state:AZE")}
