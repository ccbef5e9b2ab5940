"""A meeting cancelled, suspended, halted or put off ("suspended the accession talks", "a visit by the
minister was called off") is no meeting held; talks held, or a visit that went ahead, still are."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPEN = "Test headline\n\nYEREVAN, 20 August 2024 — Relations cooled.\n\n"


def _meetings(body: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body, opening=OPEN), "meeting")


def test_suspended_or_cancelled_talks_are_no_meeting() -> None:
    for body in ("On Monday Armenia suspended the border talks with Azerbaijan.",
                 "On Monday Armenia halted its accession talks with the European Union.",
                 "On Monday a visit by Russian Deputy Prime Minister Alexei Overchuk to Yerevan was called off."):
        assert not _meetings(body), body


def test_talks_held_are_a_meeting() -> None:
    for body in ("On Monday Armenia held border talks with Azerbaijan in Tbilisi.",
                 "On Monday Russian Deputy Prime Minister Alexei Overchuk paid a visit to Yerevan."):
        assert _meetings(body), body


def test_an_undo_of_another_object_or_of_the_talks_past_keeps_the_meeting() -> None:
    for body in ("On Monday Azerbaijan halted the offensive and opened talks with Armenia in Tbilisi.",
                 "On Monday Kyrgyzstan suspended the shelling but held talks with Tajikistan in Batken.",
                 "On Monday the talks between Armenia and Azerbaijan that were postponed in May finally "
                 "took place in Almaty.",
                 "On Monday Armenia resumed the talks with Azerbaijan that had been suspended in May.",
                 "On Monday the summit of Kazakhstan and Uzbekistan, which had been postponed twice, went ahead "
                 "in Tashkent."):
        assert _meetings(body), body


def test_an_undo_of_the_talks_themselves_still_drops_the_meeting() -> None:
    for body in ("On Monday Armenia suspended the planned border talks with Azerbaijan.",
                 "On Monday the talks between Armenia and Azerbaijan were postponed until May.",
                 "On Monday Armenia called off the talks with Azerbaijan that Russia had proposed."):
        assert not _meetings(body), body


def test_talks_put_off_in_the_pluperfect_are_no_meeting() -> None:
    assert not _meetings("By Monday the border talks between Armenia and Azerbaijan had been postponed until May.")
