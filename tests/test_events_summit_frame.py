"""A bloc's summit fronted as the setting of its clause ("At its summit in June, the bloc …") is a meeting
of its own when the bloc acts there (admits, approves, renames); when the clause is what was said there
("NATO declared that …", "EU leaders concluded that …") the declaration is the news and the summit only its
setting.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nThe region has been restless for years. "
CLOSING = "\nPublished: 12 March 2025\n"


def _meetings(body: str) -> list:  # type: ignore[type-arg]
    return of_type(event_facts(body, opening=OPENING, closing=CLOSING), "meeting")


def test_a_summit_where_the_bloc_acts_is_a_meeting() -> None:
    got = _meetings("At its Tashkent summit on June 3, 2022, the Shanghai Cooperation Organisation renamed "
                    "its secretariat and admitted Iran as an observer.")
    assert [f.args["date"] for f in got] == ["2022-06-03"]
    assert "org:sco" in got[0].args["actors"]


def test_near_miss_a_summit_declaration_is_the_news() -> None:
    assert not _meetings("At its Riga summit in November 2006, NATO declared that Ukraine would become a member.")


def test_near_miss_conclusions_without_comma() -> None:
    assert not _meetings("At their May 2023 summit EU leaders concluded that the talks had stalled.")
