"""A body's sitting named as one ("an emergency session of the Security Council", "held its fifth
session in Tashkent") is a meeting; a legislature's sitting ("a special session of parliament") and a
session asked for are not.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nThe region has been restless for years. "
CLOSING = "\nPublished: 12 March 2025\n"


def _meetings(body: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body, opening=OPENING, closing=CLOSING), "meeting")


def test_emergency_session_of_a_council() -> None:
    got = _meetings("At an emergency session of the U.N. Security Council on Thursday, the Armenian envoy "
                    "accused Azerbaijan of shelling villages.")
    assert any("org:unsc" in f.args["actors"] for f in got)


def test_ordinal_session_held() -> None:
    got = _meetings("The Central Asia–Japan Dialogue held its fifth session in Tashkent on 3 June 2024.")
    assert [f.args["date"] for f in got] == ["2024-06-03"]


def test_near_miss_a_session_of_parliament() -> None:
    assert not _meetings("Addressing a special session of parliament on Monday, Pashinyan said Armenia "
                         "would stay.")


def test_near_miss_a_session_asked_for() -> None:
    assert not _meetings("France asked for an emergency session of the U.N. Security Council.")


def test_near_miss_a_session_without_modifier() -> None:
    assert not _meetings("The photo session in Baku on Monday was short.")
