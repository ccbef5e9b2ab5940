"""Event recall and precision, round 4: relative dates through the general anaphora
resolution, located attacks by unnamed perpetrators, negated verbs, 'joined him in …',
relatives that tell the event itself.  Original test sentences (never the shared corpus)."""

from __future__ import annotations

from event_facts import event_facts, of_type

_facts = event_facts


_of = of_type


def test_trailing_offset_dates_the_event() -> None:
    got = _of(_facts("Kyrgyzstan protested on March 3, and Uzbekistan expelled two Kyrgyz diplomats "
                     "four days later."), "coercion")
    assert got and got[0].args["date"] == "2024-03-07"


def test_opening_anaphor_dates_the_sentence() -> None:
    got = _of(_facts("Armenia recalled its envoy from Minsk on May 2. The following day, Belarus "
                     "expelled two Armenian diplomats."), "coercion")
    assert got and got[0].args["date"] == "2024-05-03"


def test_offset_after_a_coordinated_clause_is_the_second_clause_s() -> None:
    got = _of(_facts("On April 9 Pakistan test-fired a cruise missile and two days later a ballistic "
                     "missile."), "test")
    assert got and got[0].args["date"] == "2024-04-09"


def test_attack_by_unnamed_gunmen_targets_the_state_it_happened_in() -> None:
    got = _of(_facts("On June 2 gunmen attacked a market in Peshawar, killing 12 people."), "attack")
    assert got and got[0].args["targets"] == ["state:PAK"] and "targets" in got[0].inferences


def test_negated_verb_is_no_event() -> None:
    facts = _facts("In March 2024 Tajikistan had still not recognised the Taliban, and Kyrgyzstan "
                   "never attacked Tajik posts.")
    assert not _of(facts, "support") and not _of(facts, "attack")


def test_joined_in_doing_is_no_accession() -> None:
    facts = _facts("On May 4 the Kazakh minister joined his Uzbek counterpart in condemning the blast.")
    assert not _of(facts, "accession")


def test_in_which_relative_dates_its_event_noun() -> None:
    got = _of(_facts("The ministers met in Tashkent on 3 June 2024, where they condemned the bombing in "
                     "Quetta, in which militants had killed nine people on 14 April."), "attack")
    assert got and got[0].args["date"] == "2024-04-14"
