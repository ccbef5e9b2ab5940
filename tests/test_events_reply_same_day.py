"""An attack told as the reply of the party attacked ("… and Afghan forces fired on Pakistani posts in
reply") is an act of its own, not a repeat of the attack it answers, even when both fall on the same
day; a second mention of the same attack by the same side is still one event.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nThe border between the two states has been restless for years. "
CLOSING = "\nPublished: 12 March 2025\n"


def _attacks(body: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body, opening=OPENING, closing=CLOSING), "attack")


def test_a_reply_on_the_same_day_is_a_second_attack() -> None:
    got = _attacks("The clashes began on 4 June 2024. Kyrgyz troops shelled Tajik positions near Vorukh. "
                   "Officials in Dushanbe said the shelling had killed three civilians, and Tajik forces fired on "
                   "Kyrgyz border posts in reply.")
    sides = {(tuple(f.args["actors"]), tuple(f.args["targets"])) for f in got}
    assert (("state:KGZ",), ("state:TJK",)) in sides
    assert any(f.args["actors"] == ["state:TJK"] for f in got)


def test_the_same_side_again_is_one_attack() -> None:
    got = _attacks("On 4 June 2024 Kyrgyz troops shelled Tajik positions near Vorukh. Kyrgyz troops shelled "
                   "Tajik positions again that day.")
    assert len([f for f in got if f.args["actors"] == ["state:KGZ"]]) <= 1
