"""A deadly act told by one armed person or unit ("a soldier killed four villagers", "paratroopers killed the
remaining five militants"), a massacre told by its verb ("gunmen massacred pupils") and a massacre named by where it happened
("the massacre at X, claimed by Y") are attacks (events.yaml, ``triggers_ev23``); a massacre named by its place is
one only as the sentence's main event, with a date of its own or as the subject of a past verb of the deed
(events/evnom_main.py).  Near misses: a killing with no armed agent (floods, a crash), an object that counts no
people, a massacre suffered in the passive, a massacre that is only the topic of another act (a film, a meeting, a
trial, a statement).  Own sentences
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


def test_paratroopers_killing_the_remaining_militants_is_an_attack() -> None:
    got = _attacks("Indian paratroopers killed the remaining five militants inside the depot on 2 July.")
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


def test_a_massacre_subject_of_a_deed_verb_is_an_attack() -> None:
    got = _attacks("The massacre at the bazaar in Osh killed 30 people on 2 July.")
    assert [(d, t) for d, _a, t in got] == [("2024-07-02", ["state:KGZ"])]


def test_a_massacre_after_a_fronted_date_is_an_attack() -> None:
    got = _attacks("On 2 July a massacre in a village near Osh left 12 dead.")
    assert [(d, t) for d, _a, t in got] == [("2024-07-02", ["state:KGZ"])]


def test_a_massacre_that_took_place_on_its_date_is_an_attack() -> None:
    got = _attacks("The massacre in Andijan took place on 13 May 2005.")
    assert [(d, t) for d, _a, t in got] == [("2005-05-13", ["state:UZB"])]


def test_a_massacre_recalled_with_its_own_date_takes_that_date() -> None:
    got = _attacks("Officials recalled on 2 July the massacre at Andijan in May 2005.")
    assert [(d, t) for d, _a, t in got] == [("2005-05", ["state:UZB"])]


def test_a_massacre_as_the_topic_of_a_film_is_no_attack() -> None:
    assert _attacks("A documentary about the massacre at Zhanaozen opened in Almaty on 3 July.") == []


def test_a_massacre_as_the_topic_of_a_meeting_is_no_attack() -> None:
    assert _attacks("Scholars gathered on 2 July to debate the massacre in Andijan.") == []


def test_survivors_of_a_massacre_gathering_is_no_attack() -> None:
    assert _attacks("Relatives of the victims of the massacre in Khojaly marched in Baku on 2 July.") == []


def test_men_charged_over_a_massacre_is_no_attack_of_that_day() -> None:
    assert _attacks("A court in Moscow late on Wednesday charged two men over the massacre at the theatre.") == []


def test_a_massacre_told_in_a_statement_leaves_the_statement() -> None:
    got = event_facts("Putin said on 3 July that the massacre at the theatre was carried out by Islamists.")
    assert [(f.args["event_type"], f.args["date"]) for f in got] == [("statement", "2024-07-03")]
