"""Who did what to whom across grammatical constructions: an object relative ("B, which A attacked"),
a reduced passive ("posts shelled by A"), a relative closed before the main verb ("A, which C invaded
in 2008, signed …"), a pronoun subject after a fronted weekday ("On Monday it …"), a pronoun subject of
a light verb ("it signed a deal with B"), a by-agent before the target phrase ("the strikes by A on B"),
the of-phrase object of an action noun ("A's shelling of B"), a possessor of a sanctions noun with its
target told ("A's sanctions on B") and a noun trigger's form used as a negated verb ("did not attack").
Each with near misses that must not read the construction.  Own sentences (dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.model import Fact


def _roles(body: str, etype: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(sorted actors, sorted targets) of the events of type ``etype``."""
    return [(tuple(sorted(f.args.get("actors") or [])), tuple(sorted(f.args.get("targets") or [])))
            for f in of_type(event_facts(body), etype)]


def _asserted(facts: list[Fact], etype: str) -> list[Fact]:
    return [f for f in of_type(facts, etype) if f.modality in ("asserted", "reported")]


PAK_AFG = (("state:PAK",), ("state:AFG",))


# --- object relative clauses -------------------------------------------------------------------

def test_the_head_of_an_object_relative_is_the_target() -> None:
    body = "Afghanistan, which Pakistan attacked on Monday near the border, said it would respond."
    assert _roles(body, "attack") == [PAK_AFG]


def test_an_object_relative_after_a_prepositional_head() -> None:
    body = "The government of Georgia, which Russia sanctioned on Monday over the election, protested."
    assert _roles(body, "sanction") == [(("state:RUS",), ("state:GEO",))]


def test_a_subject_relative_keeps_its_own_object() -> None:
    body = "Pakistan, which attacked Afghanistan on Monday, said it would continue."
    assert _roles(body, "attack") == [PAK_AFG]


def test_a_party_told_inside_a_reported_relative_is_no_subject_of_the_verb() -> None:
    # "which Pakistan said attacked": Pakistan speaks, the relative's head is no target of the attack
    body = "Iran, which Pakistan said attacked its border posts on Monday, denied the claim."
    assert all("state:IRN" not in targets for _, targets in _roles(body, "attack"))


def test_a_relative_closed_before_the_main_verb_leaves_the_head_its_subject() -> None:
    body = "Georgia, which Russia invaded in 2008, signed a trade deal with Turkey on Monday."
    agreements = _roles(body, "agreement")
    assert len(agreements) == 1
    assert set(agreements[0][0]) == {"state:GEO", "state:TUR"}


def test_a_whom_relative_closed_before_a_passive_verb() -> None:
    body = "Kazakhstan, whom Russia considers an ally, was attacked on Monday by militants."
    assert [targets for _, targets in _roles(body, "attack")] == [("state:KAZ",)]


def test_a_subject_relative_before_a_symmetric_verb_keeps_the_one_met() -> None:
    body = "Armenia, which has long denied any role in the dispute, met Azerbaijan in Tashkent on Monday."
    meetings = _roles(body, "meeting")
    assert len(meetings) == 1 and set(meetings[0][0]) == {"state:ARM", "state:AZE"}


# --- reduced passive ------------------------------------------------------------------------------

def test_a_participle_with_its_agent_after_the_one_acted_on() -> None:
    body = "Afghan border posts attacked by Pakistan on Monday were badly damaged."
    assert _roles(body, "attack") == [PAK_AFG]


def test_an_appositive_participle_after_the_clause_opening_party() -> None:
    body = "Georgia, sanctioned by Britain on Monday, protested."
    assert _roles(body, "sanction") == [(("state:GBR",), ("state:GEO",))]


def test_a_participle_after_a_whole_clause_is_not_read_by_position() -> None:
    body = "Pakistan attacked Afghan posts on Monday, backed by China."
    assert _roles(body, "support") == []
    assert _roles(body, "attack") == [PAK_AFG]


# --- pronoun subjects ----------------------------------------------------------------------------

def test_it_after_a_fronted_weekday_stands_for_the_subject_before() -> None:
    body = "Pakistan has complained for months about the frontier. On Monday it attacked Afghanistan."
    assert _roles(body, "attack") == [PAK_AFG]


def test_they_after_a_fronted_weekday_stands_for_the_listed_subjects() -> None:
    body = "Armenia and France have complained for months. On Monday they condemned Azerbaijan over the shelling."
    assert _roles(body, "accusation") == [(("state:ARM", "state:FRA"), ("state:AZE",))]


def test_a_pronoun_subject_of_a_light_verb_joins_a_symmetric_noun() -> None:
    body = "India has complained for months about the frontier. On Monday it concluded a trade accord with China."
    agreements = _roles(body, "agreement")
    assert len(agreements) == 1 and set(agreements[0][0]) == {"state:IND", "state:CHN"}


def test_it_with_no_subject_antecedent_adds_nobody() -> None:
    # Russia is told after a preposition: no subject for "it" to stand for
    body = "The pact was a blow to Russia. On Monday it signed an accord with Iran."
    assert all("state:RUS" not in actors for actors, _ in _roles(body, "agreement"))


# --- nominal arguments ----------------------------------------------------------------------------

def test_the_target_phrase_after_a_by_agent() -> None:
    assert _roles("The strikes by Pakistan on Afghanistan on Monday drew protests.", "attack") == [PAK_AFG]


def test_the_of_phrase_of_an_action_noun_with_an_agent_is_its_object() -> None:
    assert _roles("Pakistan's shelling of Afghanistan on Monday drew protests.", "attack") == [PAK_AFG]
    body = "Russia's expulsion of Georgian diplomats on Monday drew protests."
    assert _roles(body, "coercion") == [(("state:RUS",), ("state:GEO",))]


def test_the_of_phrase_before_a_by_agent() -> None:
    assert _roles("The bombing of Afghan villages by Pakistan on Monday drew protests.", "attack") == [PAK_AFG]
    assert _roles("The shelling by Pakistan of Afghanistan on Monday drew protests.", "attack") == [PAK_AFG]


def test_an_of_phrase_with_no_agent_before_a_plain_noun_stays_its_actor() -> None:
    body = "The offensive of the Taliban on Monday drew protests from Pakistan."
    assert all("armed:taliban" not in targets for _, targets in _roles(body, "attack"))


def test_a_sanctions_possessor_with_its_target_told_imposed_them() -> None:
    assert _roles("Pakistan's sanctions on Afghanistan took effect on Monday.", "sanction") == [PAK_AFG]
    assert _roles("U.S. sanctions on Iran were tightened on Monday.", "sanction") == \
        [(("state:USA",), ("state:IRN",))]


def test_a_sanctions_possessor_alone_is_still_the_one_sanctioned() -> None:
    assert _roles("Russia's sanctions were widened on Monday.", "sanction") == [((), ("state:RUS",))]


def test_a_subject_with_its_verb_before_the_noun_is_no_possessor() -> None:
    body = "Hungary and Slovakia blocked proposed sanctions against Georgia on Monday."
    assert all("state:HUN" not in actors for actors, _ in _roles(body, "sanction"))


# --- a noun trigger's form as a negated verb -----------------------------------------------------

def test_a_negated_bare_verb_is_no_event() -> None:
    assert _asserted(event_facts("Pakistan did not attack Afghanistan on Monday, officials said."), "attack") == []
    assert _asserted(event_facts("Officials said on Monday that India would never strike China."), "attack") == []
    body = "Armenia did not agree a ceasefire with Azerbaijan on Monday, officials said."
    assert _asserted(event_facts(body), "ceasefire") == []


def test_the_noun_after_a_negated_verb_of_its_own_is_still_read() -> None:
    body = "Pakistan launched strikes on Afghanistan on Monday that did not spare villages."
    assert _roles(body, "attack") == [PAK_AFG]


# --- reported clauses without "that", subordinate clauses, object pronouns -----------------------

def test_the_speaker_of_a_report_without_that_is_no_subject_of_the_act() -> None:
    body = "Kabul said Pakistani forces shelled Afghan villages on Monday."
    assert _roles(body, "attack") == [PAK_AFG]
    body = "Uzbekistan said on Tuesday Pakistan attacked Afghanistan on Monday."
    assert _roles(body, "attack") == [PAK_AFG]


def test_a_parenthetical_speaker_leaves_the_subject_before_it() -> None:
    body = "Pakistan and Iran, officials said, signed a trade deal on Monday."
    agreements = _roles(body, "agreement")
    assert len(agreements) == 1 and set(agreements[0][0]) == {"state:PAK", "state:IRN"}


def test_a_party_inside_the_complement_does_not_replace_the_speaker() -> None:
    # India is the object of "regretted", no subject of the complement: China still urges
    body = "China said it regretted India's action on Monday and urged Pakistan to show restraint."
    demands = _roles(body, "demand")
    assert demands and all("state:CHN" in actors for actors, _ in demands)


def test_the_subject_of_an_after_clause_is_its_own() -> None:
    body = "Azerbaijan's border service said its units struck back after Armenian troops fired on Azerbaijani posts on Monday."
    attacks = _roles(body, "attack")
    assert (("state:ARM",), ("state:AZE",)) in attacks


def test_a_broker_clause_keeps_the_sides_named_before_it() -> None:
    body = "Pakistani airstrikes brought the two sides to open fighting before Qatar brokered a truce on Monday."
    truces = _roles(body, "ceasefire")
    assert truces and {"state:QAT", "state:PAK"} <= set(truces[0][0])


def test_it_after_the_verb_stands_for_the_speaker() -> None:
    body = "Afghanistan said on Tuesday that Pakistan had attacked it on Monday."
    assert _roles(body, "attack") == [PAK_AFG]
    body = "Kabul said Pakistani forces shelled its border posts on Monday."
    assert _roles(body, "attack") == [PAK_AFG]


def test_the_actors_own_report_of_it_is_no_target() -> None:
    body = "Pakistan said on Tuesday it had struck militant hideouts on Monday."
    assert all("state:PAK" not in targets for _, targets in _roles(body, "attack"))


def test_it_after_a_report_stands_for_the_speaker_not_the_reported_attacker() -> None:
    body = ("Azerbaijan's border service said on Tuesday its units had struck back after Armenian troops fired on "
            "Azerbaijani positions on Monday. It warned that any further provocation would meet a harsher response.")
    threats = _roles(body, "threat")
    assert threats and all(actors == ("state:AZE",) for actors, _ in threats)


def test_it_after_the_verbs_preposition_stands_for_the_speaker() -> None:
    body = "China said on Tuesday that India had imposed tariffs on it on Monday."
    assert _roles(body, "sanction") == [(("state:IND",), ("state:CHN",))]


def test_its_own_troops_withdrawn_are_the_actors_not_the_speakers() -> None:
    body = "Afghanistan said Pakistan withdrew its troops from the border on Monday."
    assert all("state:AFG" not in targets for _, targets in _roles(body, "retreat"))
