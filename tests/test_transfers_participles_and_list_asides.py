"""Arms transfers: a participle after one system's noun phrase describes those goods only; a
supply verb names the parties of goods described by an agentless participle; asides inside a
list of goods (a year in brackets, a price) do not break the list; a state opening a gapped
clause ("… and Romania 12 S") is no list mate (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _triples(got: list[dict]) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in got}


def test_participle_of_the_first_goods_is_not_the_trigger_of_the_next() -> None:
    got = transfers("Mongolia looked west. Germany delivered 12 Leopard 2 tanks ordered in 2019, "
                    "together with Spike missiles.")
    assert _triples(got) == {("state:DEU", "state:MNG", "wpn:leopard-2"),
                             ("state:DEU", "state:MNG", "wpn:spike-atgm")}


def test_supply_verb_before_an_agentless_participle_names_the_supplier() -> None:
    got = transfers("Mongolia looked west. Germany has agreed to supply four Leopard 2 tanks bought in 2023.")
    assert _triples(got) == {("state:DEU", "state:MNG", "wpn:leopard-2")}
    # near miss: the subject of the supply verb is never the recipient
    assert all(t["recipient"] != "state:DEU" for t in got)


def test_bracketed_years_and_prices_do_not_break_a_list() -> None:
    got = transfers("Russia sold Serbia 30 T-72 tanks (2020) and 12 Mi-35M helicopters (2021).")
    assert {(t["system"], t.get("quantity"), t.get("date")) for t in got} == {
        ("wpn:t-72", 30, "2020"), ("wpn:mi-35m", 12, "2021")}
    got = transfers("China sold Serbia FK-3 systems, worth about 200 million dollars, and CH-92 drones in 2022.")
    assert _triples(got) == {("state:CHN", "state:SRB", "wpn:hq-22"), ("state:CHN", "state:SRB", "wpn:ch-92")}


def test_a_gapped_clause_with_its_own_recipient_is_no_list_mate() -> None:
    got = transfers("Serbia bought Mistral missiles in 2019, Hungary received 20 Kirpi vehicles in 2023 "
                    "and Romania 12 Kirpi vehicles the same year.")
    assert ("state:TUR", "state:HUN", "wpn:kirpi") in _triples(got)
    assert not any(t["recipient"] == "state:HUN" and t.get("quantity") == 12 for t in got)
