"""Episodes and stepping back read with their structure: the antecedent of "its" before a dated war
(the clause subject, or the object before "for/over its"; none when unsaid), the source of an unattributed
disengagement's sides (a fight, truce or build-up, not a meeting), recognition nouns of any name and
recognition or stepping back told as blocked, threatened, foreseen or asked for (no event), and a frozen
participation whose own complement names what is frozen.  Each with a near miss that keeps the event."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

CSTO = "the Collective Security Treaty Organization"


LATE_2025 = HEADLINE + "ALMATY, 6 December 2025 — "


def _events(body: str, etype: str, opening: str | None = None) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(actors, targets) of the asserted or reported events of type ``etype``."""
    facts = event_facts(body) if opening is None else event_facts(body, opening)
    return [(tuple(f.args.get("actors") or []), tuple(f.args.get("targets") or []))
            for f in of_type(facts, etype) if f.modality in ("asserted", "reported")]


# --- "its <year> war": whose war ----------------------------------------------------------------

def test_its_war_after_an_object_is_the_subjects() -> None:
    got = _events("Azerbaijan praised Turkey for its support during its 2020 war with Armenia.", "attack")
    assert got == [(("state:AZE",), ("state:ARM",))]


def test_its_war_after_thanks_to_a_helper_is_the_subjects() -> None:
    got = _events("Georgia thanked Ukraine for its support during its 2008 war with Russia.", "attack")
    assert got == [(("state:GEO",), ("state:RUS",))]


def test_its_war_after_a_blamed_state_is_not_the_blamed_states() -> None:
    got = _events("Armenia blamed Russia for failing to help it in its 2020 war.", "attack")
    assert all("state:RUS" not in a for a, _t in got)


def test_its_war_with_one_state_before_is_that_states() -> None:  # near miss
    got = _events("Iran, still recovering from its 2025 war with Israel, rebuilt air defences.", "attack")
    assert got == [(("state:IRN",), ("state:ISR",))]


def test_its_strikes_after_object_and_over_are_the_objects() -> None:  # near miss
    got = _events("Kazakhstan criticised Pakistan over its 2023 strikes on Afghanistan.", "attack")
    assert got == [(("state:PAK",), ("state:AFG",))]


# --- a disengagement's sides ------------------------------------------------------------------------

def test_disengagement_takes_no_sides_from_an_unrelated_meeting() -> None:
    body = ("Indian and Chinese troops clashed in the Galwan Valley in June 2020. Russia and Kazakhstan held talks "
            "in Astana on October 3. Disengagement at the two friction points was completed by October 30.")
    got = _events(body, "retreat")
    assert all("state:RUS" not in a and "state:KAZ" not in a for a, _t in got)


def test_disengagement_takes_the_sides_of_the_fight_before() -> None:  # near miss
    body = ("Indian and Chinese troops clashed in the Galwan Valley in June 2020. "
            "Disengagement at the two friction points was completed by October 30.")
    assert _events(body, "retreat") == [(("state:IND", "state:CHN"), ())]


# --- recognition ------------------------------------------------------------------------------------

def test_recognition_blocked_is_no_support() -> None:
    assert _events("Russia blocked recognition of Kosovo at the United Nations in 2008.", "support") == []


def test_recognition_that_would_be_premature_is_no_support() -> None:
    body = "Kazakhstan's recognition of the Taliban in 2026 would be premature, officials said."
    assert _events(body, "support", LATE_2025) == []


def test_past_recognition_told_with_its_consequence_is_support() -> None:  # near miss
    body = "Turkey's recognition of Kosovo in 2008 would anger Serbia for years."
    assert _events(body, "support") == [(("state:TUR",), ("state:XKX",))]


def test_recognition_asked_for_is_no_support() -> None:
    assert _events("Serbia opposed calls for recognition of Kosovo in 2009.", "support") == []


def test_recognition_of_a_named_state_is_support() -> None:  # near miss (the main trigger, any name)
    got = _events("Turkey's recognition of Kosovo in 2008 angered Serbia.", "support")
    assert got == [(("state:TUR",), ("state:XKX",))]


def test_recognition_by_a_state_after_the_name_is_support() -> None:  # near miss
    got = _events("The recognition of Kosovo by Albania in 2008 angered Serbia.", "support")
    assert got == [(("state:ALB",), ("state:XKX",))]


def test_in_recognition_of_is_no_support() -> None:
    body = "Kyrgyzstan awarded a medal to the envoy in 2023 in recognition of Kazakhstan's help."
    assert _events(body, "support") == []


# --- stepping back threatened, foreseen, done ---------------------------------------------------------

def test_freeze_threatened_is_no_retreat() -> None:
    body = f"Armenia threatened in March 2024 a freeze of its participation in {CSTO}."
    assert _events(body, "retreat") == []


def test_suspension_that_may_be_announced_is_no_retreat() -> None:
    body = "Armenia may announce a suspension of its membership in the Eurasian Economic Union in 2026."
    assert _events(body, "retreat") == []


def test_freeze_considered_is_no_retreat() -> None:
    body = f"Kyrgyzstan considered in May 2024 a freeze of its participation in {CSTO}."
    assert _events(body, "retreat") == []


def test_freeze_announced_after_a_date_is_a_retreat() -> None:  # near miss
    body = f"Armenia announced in March 2024 a freeze of its participation in {CSTO}."
    assert _events(body, "retreat") == [(("state:ARM",), ("org:csto",))]


def test_possessor_freeze_with_a_consequence_is_a_retreat() -> None:  # near miss
    body = f"Armenia's freeze of its participation in {CSTO} in March 2024 angered Moscow."
    assert _events(body, "retreat") == [(("state:ARM",), ("org:csto",))]


# --- what a participation is frozen in --------------------------------------------------------------

def test_participation_in_its_own_object_takes_no_bloc_from_before() -> None:
    body = ("Armenia may announce a suspension of its membership in the Eurasian Economic Union in 2026. "
            "Kazakhstan and Belarus agreed in March 2024 to a freeze of their participation in the talks.")
    got = _events(body, "retreat")
    assert all("org:eaeu" not in t for _a, t in got)


def test_participation_alone_takes_the_bloc_named_before() -> None:  # near miss
    body = ("Uzbekistan left the Collective Security Treaty Organization in 2012. "
            "Armenia froze its participation in 2024.")
    got = _events(body, "retreat")
    assert (("state:ARM",), ("org:csto",)) in got


# --- who steps back in "a suspension of its membership" ----------------------------------------------

def test_its_suspension_in_a_relative_clause_is_the_antecedents() -> None:
    body = ("Belarus criticised Armenia, which in March 2024 announced a suspension of its membership in "
            "the Eurasian Economic Union.")
    assert _events(body, "retreat") == [(("state:ARM",), ("org:eaeu",))]


def test_its_suspension_after_a_fronted_adverbial_is_the_subjects() -> None:
    body = ("After talks with Russia, Armenia in March 2024 announced a suspension of its membership in "
            "the Eurasian Economic Union.")
    assert _events(body, "retreat") == [(("state:ARM",), ("org:eaeu",))]


def test_its_freeze_in_a_reported_clause_is_the_speakers() -> None:
    body = f"Armenia said in March 2024 that a freeze of its participation in {CSTO} was under way."
    assert _events(body, "retreat") == [(("state:ARM",), ("org:csto",))]


def test_possessor_before_the_decision_keeps_its_actor() -> None:  # near miss
    body = f"Russia criticised Armenia's decision in March 2024 to freeze its participation in {CSTO}."
    got = _events(body, "retreat")
    assert all(a == ("state:ARM",) for a, _t in got)
