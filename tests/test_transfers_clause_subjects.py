"""Arms transfers: the party that is the subject of another clause (own short sentences): reduced
relatives and participles after the object of a service verb, with one or two agents; pronoun
subjects after a report verb, of a coordinated clause or as a possessive; the subject of a
subordinate clause; the capital subject of an object relative clause; coordinated verbs of one
supplier sharing the recipient; and the active main verb winning over a participial aside."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_system_status


def test_object_relative_clause_with_a_capital_subject() -> None:
    got = transfers("The S-400, which Ankara bought from Russia in 2017, remains in storage.")
    assert [(t["supplier"], t["recipient"], t["date"]) for t in got] == [("state:RUS", "state:TUR", "2017")]


def test_active_verb_wins_over_a_participial_aside() -> None:
    got = transfers("Türkiye sold Kazakhstan three Anka drones, delivered in 2022.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:TUR", "state:KAZ", 3)]
    assert "supplier" not in got[0]["inferences"]


def test_reduced_relative_after_the_object_of_a_service_verb() -> None:
    got = transfers("The Kyrgyz air force now flies Mi-17 helicopters bought from Russia.")
    assert parties_system_status(got) == {("state:RUS", "state:KGZ", "wpn:mi-17", "in_service")}


def test_participle_agent_supplies_the_object_of_a_service_verb() -> None:
    got = transfers("Tajikistan operates six Mi-24 gunships donated by Russia.")
    assert parties_system_status(got) == {("state:RUS", "state:TJK", "wpn:mi-24", "in_service")}


def test_participle_with_two_agents_gives_two_suppliers() -> None:
    got = transfers("Serbia relies on ten MiG-29 jets, most of them handed over by Russia and Belarus.")
    assert {(t["supplier"], t["recipient"]) for t in got} == {("state:RUS", "state:SRB"), ("state:BLR", "state:SRB")}


def test_pronoun_subject_after_a_report_verb_is_the_reporter() -> None:
    got = transfers("Aselsan said on Friday that it had signed an export contract with Qatar for Korkut systems "
                    "and Kirpi vehicles.")
    assert ("state:TUR", "state:QAT", "wpn:kirpi", "ordered") in parties_system_status(got)


def test_pronoun_subject_of_a_coordinated_clause() -> None:
    got = transfers("The Georgian army already fields Javelin missiles, and it plans to acquire Spike-NLOS missiles.")
    assert ("state:ISR", "state:GEO", "wpn:spike-nlos", "planned") in parties_system_status(got)


def test_possessive_pronoun_subject_is_the_sentence_subject() -> None:
    got = transfers("Qatar bought Leopard 2A7 tanks from Germany in 2015, and its naval units operate Turkish "
                    "Kirpi vehicles.")
    assert ("state:TUR", "state:QAT", "wpn:kirpi", "in_service") in parties_system_status(got)


def test_subject_of_a_subordinate_clause() -> None:
    got = transfers("Congress objected after Ankara took delivery of S-400 systems in 2019.")
    assert parties_system_status(got) == {("state:RUS", "state:TUR", "wpn:s-400", "delivered")}


def test_coordinated_verbs_of_one_supplier_share_the_recipient() -> None:
    got = {t["system"]: t for t in transfers(
        "Türkiye delivered T129 helicopters in 2021 and agreed to sell Pakistan 30 Bayraktar TB2 drones.")}
    assert got["wpn:t129"]["recipient"] == "state:PAK" and "recipient" in got["wpn:t129"]["inferences"]
    assert got["wpn:bayraktar-tb2"]["status"] == "ordered"
