"""An attack told again in a pluperfect that-clause after a report's day ("… said that the helicopter had been
shot down") is merged into an act the article told earlier that week only when the two agree: the clause's
definite subject names what the earlier evidence names, with no other actor, place or toll; a clause opened by
"Separately"/"In another attack" tells a different act.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\n"
CLOSING = "\n\nPublished: 6 May 2021\n"  # a Thursday
EARLIER = "On May 3, gunmen attacked a police station in Quetta, killing nine officers.\n\n"


def _attacks(body: str) -> list[str]:
    facts = event_facts(body, opening=OPENING, closing=CLOSING)
    return sorted(f.args.get("date") or "" for f in of_type(facts, "attack"))


def test_another_subject_actor_and_place_is_a_new_attack() -> None:
    got = _attacks(EARLIER + "On May 5 Pakistani officials said that the convoy had been ambushed by Taliban "
                             "fighters near Chaman, killing three soldiers.")
    assert len(got) == 2


def test_separately_opens_a_different_attack() -> None:
    got = _attacks(EARLIER + "Separately, on May 5 Pakistani officials said that the station had been attacked "
                             "by Baloch Liberation Army militants, killing nine officers.")
    assert got == ["2021-05-03", "2021-05-05"]


def test_the_same_act_told_again_is_still_merged() -> None:
    got = _attacks("On May 3, a Pakistani army helicopter was shot down by Taliban fighters near Chaman, "
                   "killing four crew.\n\nIn an interview the next day, the governor stated that the helicopter "
                   "had been shot down by Taliban fighters from across the border.")
    assert got == ["2021-05-03"]
