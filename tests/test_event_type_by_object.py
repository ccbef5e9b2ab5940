"""The type of an event told by a general verb is fixed by its object: money or help made available
("announced a credit line", "approved an assistance measure") is aid; an accord made known by its
parties ("announced a strategic partnership", "endorsed a declaration with", "adopted a joint
statement") is an agreement; a group struck off a proscription list is a concession, not an
attack; "an admission of guilt" is no accession.  Each with near misses keeping the other reading.
Own sentences (dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts, event_types, of_type


def _types(body: str) -> list[str]:
    return sorted(event_types(event_facts(body)))


# --- aid told by announcing or approving -------------------------------------------------------

def test_a_credit_line_announced_is_aid() -> None:
    facts = event_facts("On 3 July India announced a credit line of 2,000 crore rupees for Nepal.")
    assert [f.args["actors"] for f in of_type(facts, "aid")] == [["state:IND"]]
    assert not of_type(facts, "statement")


def test_an_assistance_measure_approved_is_aid() -> None:
    facts = event_facts("On 2 July the European Union approved a second assistance measure for Georgia.")
    assert len(of_type(facts, "aid")) == 1
    assert not of_type(facts, "agreement")


def test_an_aid_package_unveiled_is_aid() -> None:
    assert "aid" in _types("On 1 July Japan unveiled a $30 million aid package for Tajikistan.")


def test_near_miss_an_announcement_of_a_plan_is_no_aid() -> None:
    types = _types("On 3 July India announced that it would review its trade policy toward Nepal.")
    assert "aid" not in types


def test_near_miss_a_parliament_approving_a_base_keeps_the_accord_reading() -> None:
    types = _types("On 2 July the Tajik parliament approved the construction of a new base near the border.")
    assert "aid" not in types


# --- an accord made known by its parties ---------------------------------------------------------

def test_a_strategic_partnership_announced_is_an_agreement() -> None:
    facts = event_facts("On 3 July Georgia and China announced a strategic partnership.")
    agreements = of_type(facts, "agreement")
    assert [sorted(f.args["actors"]) for f in agreements] == [["state:CHN", "state:GEO"]]
    assert not of_type(facts, "statement")


def test_a_quoted_partnership_announced_is_an_agreement() -> None:
    body = 'On 3 July Kyrgyzstan and Uzbekistan announced a "comprehensive strategic partnership" in Bishkek.'
    assert "agreement" in _types(body)


def test_a_declaration_endorsed_with_a_third_state_is_an_agreement() -> None:
    facts = event_facts("On 2 July Armenia and Azerbaijan endorsed a declaration with the United States.")
    assert of_type(facts, "agreement")
    assert not of_type(facts, "support")


def test_a_joint_statement_adopted_is_an_agreement() -> None:
    assert "agreement" in _types("On 2 July Kazakhstan and Kyrgyzstan adopted a joint statement on water use.")


def test_near_miss_a_third_party_endorsing_the_agreement_is_support() -> None:
    facts = event_facts("On 2 July Turkey endorsed the agreement between Armenia and Azerbaijan.")
    assert of_type(facts, "support")
    assert not [f for f in of_type(facts, "agreement") if "state:TUR" in (f.args.get("actors") or [])]


def test_near_miss_plans_for_a_partnership_are_no_agreement() -> None:
    assert "agreement" not in _types("On 3 July Kazakhstan announced plans for a partnership with Uzbekistan.")


# --- delisting and admissions ---------------------------------------------------------------------

def test_a_group_struck_off_a_banned_list_is_a_concession() -> None:
    facts = event_facts("On 3 July Kyrgyzstan struck the Taliban off its list of banned organisations.")
    assert of_type(facts, "concession")
    assert not of_type(facts, "attack")


def test_near_miss_positions_struck_off_a_coast_stay_an_attack() -> None:
    facts = event_facts("On 3 July Ukraine struck Russian positions off the coast of Crimea.")
    assert of_type(facts, "attack")
    assert not of_type(facts, "concession")


def test_an_admission_of_guilt_is_no_accession() -> None:
    assert "accession" not in _types("On 3 July Azerbaijan demanded an admission of guilt from Russia.")


def test_near_miss_an_admission_to_a_bloc_is_an_accession() -> None:
    body = "On 3 July the admission of Belarus to the Shanghai Cooperation Organisation was completed."
    assert "accession" in _types(body)
