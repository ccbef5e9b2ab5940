"""A deadly act told by one armed person or unit ("a soldier killed four villagers", "commandos killed the last
three gunmen"), a massacre told by its verb ("gunmen massacred pupils") and a massacre named by where it happened
("the massacre at X, claimed by Y") are attacks (events.yaml, ``triggers_ev23``).  Near misses: a killing with no
armed agent (floods, a crash), an object that counts no people, a massacre suffered in the passive.  Own sentences
(dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _attacks(body: str) -> list[tuple[str, list[str], list[str]]]:
    return [(f.args["date"], f.args.get("actors") or [], f.args.get("targets") or [])
            for f in of_type(event_facts(body), "attack")]


def test_a_soldier_killing_counted_villagers_is_an_attack() -> None:
    got = _attacks("A Kyrgyz soldier killed four Tajik villagers near the border on 3 July.")
    assert got == [("2024-07-03", ["state:KGZ"], ["state:TJK"])]


def test_a_conscript_killing_members_of_a_family_is_an_attack() -> None:
    got = _attacks("A Russian conscript killed seven members of an Armenian family in Gyumri on 2 July.")
    assert got == [("2024-07-02", ["state:RUS"], ["state:ARM"])]


def test_commandos_killing_the_last_gunmen_is_an_attack() -> None:
    got = _attacks("Indian commandos killed the last three gunmen inside the hotel on 2 July.")
    assert [(d, a) for d, a, _t in got] == [("2024-07-02", ["state:IND"])]


def test_gunmen_massacring_pupils_is_an_attack() -> None:
    got = _attacks("On 1 July Taliban gunmen massacred pupils at an army school in Peshawar.")
    assert got == [("2024-07-01", ["armed:taliban"], ["state:PAK"])]


def test_a_massacre_named_by_its_place_and_claimed_is_an_attack() -> None:
    got = _attacks("The massacre at a concert hall outside Moscow on 1 July, claimed by the Islamic State, shocked Russia.")
    assert got == [("2024-07-01", ["armed:islamic-state"], ["state:RUS"])]


def test_a_mass_shooting_in_a_city_is_an_attack_on_its_state() -> None:
    got = _attacks("A mass shooting in Almaty on 2 July left eleven dead.")
    assert [(d, t) for d, _a, t in got] == [("2024-07-02", ["state:KAZ"])]


def test_floods_killing_villagers_are_no_attack() -> None:
    assert _attacks("Floods killed 40 villagers in Tajikistan on 2 July.") == []


def test_a_soldier_killing_time_is_no_attack() -> None:
    assert _attacks("On 2 July a Kazakh soldier killed time reading in Almaty.") == []


def test_a_sniper_of_no_party_makes_no_attack() -> None:
    assert _attacks("A sniper shot dead two guards on 2 July.") == []


def test_villagers_massacred_in_the_passive_are_not_read_by_the_verb() -> None:
    body = "Tajik officials said on 2 July that villagers were massacred in the 1990s."
    assert all(d != "2024-07-02" for d, _a, _t in _attacks(body))
