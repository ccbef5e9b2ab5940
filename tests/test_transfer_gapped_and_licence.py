"""Arms transfers: gapped clauses after a transfer ("Y1 received three S in 2021, Y2 three in
2022"), a counted second object after the first one's party phrase ("… S to Y in 2019 and six T in
2021"), licences told by an agreement clause, a dated licence agreement or a plant opened for the
goods, and requests turned down (own invented sentences; near misses must stay out)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_and_system_of as _keys


def _facts(text: str) -> set[tuple[str, str, str, int | None, str | None]]:
    return {(t["supplier"], t["recipient"], t["system"], t["quantity"], t["date"]) for t in transfers(text)}


def test_gapped_recipients_each_with_count_and_date() -> None:
    assert _facts("Vietnam received four Su-30 fighters in 2011–2018, Algeria two in 2019 and Egypt three in 2022.") == {
        ("state:RUS", "state:VNM", "wpn:su-30", 4, "2011"),
        ("state:RUS", "state:DZA", "wpn:su-30", 2, "2019"),
        ("state:RUS", "state:EGY", "wpn:su-30", 3, "2022")}


def test_gapped_recipient_with_goods_of_its_own() -> None:
    got = _facts("Jordan received 20 Javelin launchers in 2019 and Oman 12 F-16 fighters the same year.")
    assert got == {("state:USA", "state:JOR", "wpn:javelin", 20, "2019"),
                   ("state:USA", "state:OMN", "wpn:f-16", 12, "2019")}  # "the same year": the first clause's


def test_gapped_clause_near_misses() -> None:
    # a state with no count after it opens no gapped clause; a state after "from" is the source
    assert _keys("Vietnam received four Su-30 fighters from Russia in 2018, and Algeria praised the deal.") == {
        ("state:RUS", "state:VNM", "wpn:su-30")}
    # a percentage after the state is no count of goods
    assert _keys("Vietnam received four Su-30 fighters in 2018, Algeria 20 percent more than before.") == {
        ("state:RUS", "state:VNM", "wpn:su-30")}


def test_second_object_after_the_party_phrase() -> None:
    assert _facts("Paris delivered 36 Rafale fighters to India between 2019 and 2022 and six Scorpene "
                  "submarines in 2017–2023.") == {
        ("state:FRA", "state:IND", "wpn:rafale", 36, "2019"),
        ("state:FRA", "state:IND", "wpn:scorpene", 6, "2017")}
    got = _facts("Iran ordered 24 Yak-130 trainers from Russia in 2022, six of which arrived in 2023, "
                 "and 24 Su-35 fighters in 2023.")
    assert ("state:RUS", "state:IRN", "wpn:su-35", 24, "2023") in got


def test_licence_by_agreement_clause_and_dated_agreement() -> None:
    assert _keys("In June 2023 the two governments agreed that Turkish Aerospace would produce the "
                 "Aksungur in Azerbaijan.") == {("state:TUR", "state:AZE", "wpn:aksungur")}
    assert _keys("The register lists a licence agreement concluded around 2020 for the Mohajer-6 "
                 "with Venezuela.") == {("state:IRN", "state:VEN", "wpn:mohajer-6")}


def test_plant_opened_to_produce_goods() -> None:
    got = transfers("On March 3, 2024, Iran's defence minister opened a factory in Caracas to produce "
                    "Mohajer-2 drones.")
    assert {(t["supplier"], t["recipient"], t["system"], t["status"]) for t in got} == {
        ("state:IRN", "state:VEN", "wpn:mohajer-2", "ordered")}


def test_licence_near_misses() -> None:
    # a plant at home, a test of a locally built copy: no transfer
    assert _keys("Iran opened a factory in Isfahan to produce Mohajer-2 drones.") == set()
    assert _keys("Chile tested a locally built version of the Hermes 900 in 2024.") == set()


def test_request_turned_down_is_no_transfer() -> None:
    assert _keys("Ecuador's request to assemble Indian Dhruv helicopters under licence was refused in 2020.") == set()
    assert _keys("Peru's request for Su-35 fighters was rejected by Moscow.") == set()
    # … but a deal blocked after its goods stays a cancelled deal
    got = transfers("A 2016 sale of eight F-16 fighters to Pakistan was later blocked by Congress.")
    assert {(t["supplier"], t["recipient"], t["status"]) for t in got} == {("state:USA", "state:PAK", "cancelled")}


def test_offer_declined_is_no_transfer_but_an_offer_is_a_plan() -> None:
    assert _keys("Peru declined a Russian offer of Su-35 fighters in 2021.") == set()
    assert {(t["supplier"], t["recipient"], t["status"]) for t in transfers(
        "Sweden offered Gripen fighters to Colombia in 2022.")} == {("state:SWE", "state:COL", "planned")}
