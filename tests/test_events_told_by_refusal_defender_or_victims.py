"""Events told without their usual verb: an accord ended by a refusal to renew it, an attack told by its
defender ("repelled attacks"), by its victims' fall ("were killed when a bomber rammed their convoy", "killed
under X's fire") or by a shoot-down noun, a battle told as "one of their fiercest battles", an arrival for a
week-long visit, and aid sums written "US$ …" or "responded with a … package".  Near misses: a renewal agreed,
a deadline not extended, fighting that did not extend, a plot foiled, criticism repelled, an exercise's
scenario, a bus crash, a death in unclear circumstances, an election battle.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _of(body: str, etype: str) -> list[dict]:  # type: ignore[type-arg]
    return [f.args for f in of_type(event_facts(body), etype)]


def _parties(a: dict) -> set[str]:  # type: ignore[type-arg]
    return set(a.get("actors") or []) | set(a.get("targets") or [])


def test_a_refusal_to_renew_an_accord_is_a_rejection_not_an_agreement() -> None:
    for body in (
        "In March 2024 Kyrgyzstan said it would not renew the transit agreement with Kazakhstan.",
        "In March 2024 Kyrgyzstan declined to renew the transit accord with Kazakhstan.",
        "In March 2024 the Kyrgyz parliament voted not to extend the lease with Kazakhstan.",
        "In March 2024 Kyrgyzstan let the 2014 transit pact with Kazakhstan lapse.",
    ):
        (rej,) = _of(body, "rejection")
        assert rej["date"] == "2024-03" and "state:KGZ" in rej["actors"], body
        assert not _of(body, "agreement"), body


def test_near_misses_of_non_renewal_make_no_rejection() -> None:
    for body in (
        "In March 2024 Kyrgyzstan agreed to renew the transit agreement with Kazakhstan.",
        "In March 2024 Kyrgyzstan said it would not extend the deadline for Kazakh carriers.",
        "In March 2024 the shelling did not extend to the Kyrgyz town of Batken.",
    ):
        assert not _of(body, "rejection"), body


def test_an_attack_told_by_its_defender_targets_the_defender() -> None:
    (att,) = _of("Uzbek border guards repelled coordinated attacks on two posts late on 3 March 2024.", "attack")
    assert att["targets"] == ["state:UZB"] and att["date"] == "2024-03-03"
    (att,) = _of("Georgian troops beat back an assault by Russian forces on 3 March 2024.", "attack")
    assert "state:RUS" in att["actors"] and "state:GEO" in att["targets"]


def test_near_misses_of_repelling_make_no_attack() -> None:
    for body in (
        "On 3 March 2024 Uzbek officials repelled criticism from Kazakhstan over the dam.",
        "On 3 March 2024 Kazakh police foiled a plot by Uzbek smugglers.",
        "On 3 March 2024 Tajik troops rehearsed repelling an incursion from Afghanistan.",
    ):
        assert not _of(body, "attack"), body


def test_victims_fallen_when_their_own_thing_was_attacked_are_the_targets() -> None:
    (att,) = _of("Four Turkish engineers were killed on 3 March 2024 when a bomber rammed their convoy.", "attack")
    assert "state:TUR" in att["targets"]
    (att,) = _of("Two Indian soldiers were wounded on 3 March 2024 when Chinese troops shelled their post.", "attack")
    assert "state:IND" in att["targets"] and "state:CHN" in att["actors"]
    (att,) = _of("Two Russian guards were killed on 3 March 2024 when their truck came under Georgian fire.", "attack")
    assert "state:RUS" in att["targets"] and "state:GEO" in att["actors"]
    (att,) = _of("Two Armenian soldiers were killed under Azerbaijani fire on 3 March 2024.", "attack")
    assert att["targets"] == ["state:ARM"] and att["actors"] == ["state:AZE"]


def test_near_misses_of_victims_make_no_attack_on_them() -> None:
    for body in (
        "Two Turkish engineers were killed on 3 March 2024 when their bus plunged into a ravine.",
        "A Turkish diplomat was killed under unclear circumstances in Baku on 3 March 2024.",
    ):
        assert not any("state:TUR" in _parties(a) for a in _of(body, "attack")), body
    assert not _of("On 3 March 2024 a Chinese trawler rammed a pier in Karachi.", "attack")


def test_a_shoot_down_noun_and_a_fiercest_battle_are_attacks() -> None:
    (att,) = _of("The downing of an Armenian helicopter by Azerbaijani air defences on 3 March 2024 killed two.",
                 "attack")
    assert "state:ARM" in _parties(att) and att["date"] == "2024-03-03"
    (att,) = _of("Indian and Chinese troops fought one of their fiercest battles in the valley on 3 March 2024.",
                 "attack")
    assert {"state:IND", "state:CHN"} <= _parties(att)
    assert not _of("Indian and Chinese parties fought one of their toughest election battles on 3 March 2024.",
                   "attack")


def test_an_arrival_for_a_week_long_visit_is_a_meeting_with_the_host() -> None:
    (met,) = _of("The Kazakh foreign minister arrived in Islamabad on 3 March 2024 for a week-long visit.", "meeting")
    assert {"state:KAZ", "state:PAK"} <= _parties(met) and met["date"] == "2024-03-03"


def test_aid_sums_written_with_us_dollars_or_a_package_answer() -> None:
    (aid,) = _of("In 2022 Japan provided roughly US$ 3 billion in credit lines and currency swaps to Laos.", "aid")
    assert "state:JPN" in aid["actors"] and aid["date"] == "2022"
    (aid,) = _of("In 2021 China responded with a US$ 2 billion financial package for Laos.", "aid")
    assert "state:CHN" in aid["actors"]
