"""Past episodes named by a noun phrase and acts of stepping back: the date written in the episode's own
noun phrase after a time preposition ("since the April 2021 border clashes", "since X's withdrawal from
<organisation> in 2012"), the antecedent of a possessive ("A and B … since their 2008 war"), the
organisation behind a "<state>-led" modifier, nominal and phrasal stepping back ("A's freeze of its
participation in", "stopped paying its dues to", "let its membership lapse", "A's decision to freeze"),
a nominal recognition ("A's recognition of B") and an unattributed disengagement told after a two-state
event.  Each with near misses.  Own sentences (dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.model import Fact

CSTO = "the Collective Security Treaty Organization"


def _events(body: str, etype: str) -> list[tuple[str | None, tuple[str, ...]]]:
    """(date, sorted actors and targets) of the asserted or reported events of type ``etype``."""
    facts: list[Fact] = of_type(event_facts(body), etype)
    return [(f.args.get("date"), tuple(sorted(set((f.args.get("actors") or []) + (f.args.get("targets") or [])))))
            for f in facts if f.modality in ("asserted", "reported")]


ARM_AZE = ("state:ARM", "state:AZE")


# --- the date in the episode's own noun phrase ---------------------------------------------------

def test_since_a_premodifier_dated_fight_between_two_states() -> None:
    body = "Since the April 2021 clashes between Armenia and Azerbaijan, the crossing has stayed shut."
    assert _events(body, "attack") == [("2021-04", ARM_AZE)]


def test_since_a_premodifier_dated_war_with_a_state() -> None:
    body = "Armenia has rebuilt its army since the 2020 conflict with Azerbaijan."
    assert _events(body, "attack") == [("2020", ("state:AZE",))]


def test_since_a_withdrawal_dated_after_its_organisation() -> None:
    body = f"Since Uzbekistan's withdrawal from {CSTO} in 2012, the bloc has had fewer members."
    assert _events(body, "retreat") == [("2012", ("org:csto", "state:UZB"))]


def test_a_date_told_after_a_verb_is_not_the_episodes() -> None:
    body = "Since the clashes between Armenia and Azerbaijan ended, trade resumed in 2023."
    assert not [e for e in _events(body, "attack") if e[0]]


# --- the antecedent of a possessive --------------------------------------------------------------

def test_their_war_is_the_pairs_war() -> None:
    body = "Russia and Georgia have kept no embassies since their 2008 war."
    assert _events(body, "attack") == [("2008", ("state:GEO", "state:RUS"))]


def test_its_war_with_a_state_has_both_sides() -> None:
    body = "Officials said Iran, still weakened by its 2025 war with Israel, could not respond."
    assert _events(body, "attack") == [("2025", ("state:IRN", "state:ISR"))]


def test_their_across_a_semicolon_names_no_side() -> None:
    body = "Russia and Georgia signed a customs protocol; their war is a memory."
    assert not [e for e in _events(body, "attack") if "state:RUS" in e[1]]


def test_its_army_is_no_fight() -> None:
    assert _events("Armenia rebuilt its army after its defeat.", "attack") == []


# --- stepping back ---------------------------------------------------------------------------------

def test_a_freeze_of_participation_as_a_noun() -> None:
    body = f"Armenia's freeze of its participation in {CSTO} in February 2024 surprised Moscow."
    assert _events(body, "retreat") == [("2024-02", ("org:csto", "state:ARM"))]


def test_a_decision_to_freeze_participation() -> None:
    body = f"Armenia's decision in February 2024 to freeze its participation in {CSTO} angered Moscow."
    assert _events(body, "retreat") == [("2024-02", ("org:csto", "state:ARM"))]


def test_a_decision_told_as_a_possibility_is_none() -> None:
    body = f"A decision to freeze its participation in {CSTO} would anger Moscow, officials in Armenia say."
    assert _events(body, "retreat") == []


def test_stopped_paying_its_dues() -> None:
    body = f"Armenia stopped paying its dues to {CSTO} in 2024."
    assert _events(body, "retreat") == [("2024", ("org:csto", "state:ARM"))]


def test_could_stop_paying_is_none() -> None:
    assert _events(f"Armenia could stop paying its dues to {CSTO}.", "retreat") == []


def test_let_its_membership_lapse() -> None:
    body = f"Uzbekistan let its membership in {CSTO} lapse in 1999."
    assert _events(body, "retreat") == [("1999", ("org:csto", "state:UZB"))]


def test_will_not_let_it_lapse_is_none() -> None:
    assert _events(f"Uzbekistan will not let its membership in {CSTO} lapse.", "retreat") == []


def test_a_suspension_of_membership_is_a_retreat_not_a_sanction() -> None:
    body = f"Uzbekistan's suspension of its membership in {CSTO} in 2012 went unnoticed."
    assert _events(body, "retreat") == [("2012", ("org:csto", "state:UZB"))]
    assert _events(body, "sanction") == []


def test_the_led_organisation_is_the_target_not_its_leader() -> None:
    body = "Armenia froze its participation in the Russian-led Collective Security Treaty Organization in 2024."
    assert _events(body, "retreat") == [("2024", ("org:csto", "state:ARM"))]


# --- recognition -------------------------------------------------------------------------------------

def test_a_nominal_recognition_of_a_named_region() -> None:
    body = "Russia's recognition of Abkhazia in August 2008 angered Tbilisi."
    assert [e for e in _events(body, "support") if e[0] == "2008-08" and "state:RUS" in e[1]]


def test_an_unlikely_recognition_is_none() -> None:
    assert _events("A recognition of Abkhazia by Russia is unlikely.", "support") == []


# --- a disengagement with no party named -------------------------------------------------------------

PAIR = "Indian and Chinese troops clashed in the Galwan Valley on 21 June 2024. "


def test_a_completed_disengagement_takes_the_two_sides_told_before() -> None:
    body = PAIR + "Disengagement at the two friction points was completed by 30 June."
    assert _events(body, "retreat") == [("2024-06-30", ("state:CHN", "state:IND"))]


def test_disengagement_told_as_a_notion_is_none() -> None:
    assert _events(PAIR + "Disengagement is not de-escalation, analysts said.", "retreat") == []


def test_three_states_before_give_no_sides() -> None:
    body = "Russia, Iran and Turkey met in Astana on 21 June 2024. Disengagement was completed by 30 June."
    assert _events(body, "retreat") == []


def test_its_before_a_prepositional_phrase_is_no_possessor_of_the_war() -> None:
    body = "In 2020 Armenia fought hard to keep its positions in the war."
    assert not [e for e in _events(body, "attack") if e[1]]
