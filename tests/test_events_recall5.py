"""Event recall and precision, round 5: ceasefires agreed, negated and aimed-at event nouns,
words of organisation names, one-sided acts agreed, refused meetings, the places of another
clause, a news lead's details and closed relative clauses.  Original test sentences (never
the shared corpus)."""

from __future__ import annotations

from event_facts import event_facts, of_type

_facts = event_facts


_of = of_type


def test_agreed_to_a_ceasefire_is_one_ceasefire() -> None:
    got = _facts("On March 3 Armenia and Azerbaijan agreed to a truce along their border.")
    assert _of(got, "ceasefire") and not _of(got, "agreement")


def test_agreed_by_telephone_to_is_an_agreement() -> None:
    got = _of(_facts("On March 3 the foreign ministers of Uzbekistan and Tajikistan agreed by telephone "
                     "to reopen the railway."), "agreement")
    assert got and got[0].args["date"] == "2024-03-03"


def test_object_of_a_negated_verb_is_no_event() -> None:
    got = _facts("On March 3 Kazakhstan said it would not seek to open membership talks with the EU.")
    assert not _of(got, "meeting")
    got = _facts("On March 3 Armenia did not sign the accord with Azerbaijan.")
    assert not _of(got, "agreement")


def test_war_as_a_goal_is_no_attack() -> None:
    got = _facts("On March 3 the ruling party accused the opposition of trying to drag Moldova into war "
                 "with Russia.")
    assert not _of(got, "attack")


def test_word_of_an_organisation_name_is_no_event() -> None:
    got = _facts("Tajikistan, a member of the Collective Security Treaty Organization since 1994, "
                 "bought drones in 2023.")
    assert not _of(got, "agreement")


def test_enlargement_commissioner_is_no_accession() -> None:
    got = _facts("On March 3 the EU enlargement commissioner criticised Serbia.")
    assert not _of(got, "accession")


def test_bloc_agreeing_to_a_one_sided_act_is_that_act() -> None:
    got = _facts("In March the EU agreed to suspend visa-free travel for holders of Serbian "
                 "diplomatic passports.")
    assert _of(got, "sanction") and not _of(got, "agreement")


def test_refused_to_meet_is_a_rejection() -> None:
    got = _of(_facts("Ilham Aliyev refused in March 2023 to meet Nikol Pashinyan in Prague."), "rejection")
    assert got and got[0].args["date"] == "2023-03"


def test_protest_actor_is_not_the_country_of_another_clause_s_place() -> None:
    got = _of(_facts("In March 2023 Baku answered with protests: its president refused to attend the "
                     "summit in Madrid."), "protest")
    assert all("state:ESP" not in (f.args.get("actors") or []) for f in got)


def test_news_lead_details_take_the_lead_s_date() -> None:
    body = ("Uzbekistan and Tajikistan agreed on Friday to reopen their border crossings.\n\n"
            "Presidents Shavkat Mirziyoyev and Emomali Rahmon, who had come to Samarkand for a "
            "regional summit, met on its sidelines and signed a protocol.")
    facts = _facts(body, "Test headline\n\nSAMARKAND, July 5, 2024 (Test Wire) – ")
    lead, got = _of(facts, "agreement"), _of(facts, "meeting")
    assert lead and got and got[0].args["date"] == lead[0].args["date"]
    assert {"state:UZB", "state:TJK"} <= set(got[0].args["actors"])
