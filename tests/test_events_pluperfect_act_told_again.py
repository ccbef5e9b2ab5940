"""A passive act told in a pluperfect that-clause after a report's day ("officials said on Thursday that the
helicopter that crashed on Monday had been shot down") happened before the report: the day of the relative clause on
the clause's definite subject dates it (on or before the report's, within a week).  When the article has
already told an act of the type on an earlier day of that week, the same act told again in such a clause
("… the next day he said that the helicopter had been shot down") is evidence of that act, not a new one.
Near misses: an active clause keeps the report's day; an indefinite subject, or an earlier act told more than a
week before the report, is a new act.
Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\n"
CLOSING = "\n\nPublished: 6 May 2021\n"  # a Thursday


def _attacks(body: str) -> list[str]:
    facts = event_facts(body, opening=OPENING, closing=CLOSING)
    return [f.args.get("date") for f in of_type(facts, "attack")]


def test_the_subjects_relative_clause_dates_the_passive_act() -> None:
    body = ("KABUL, May 6 (Test Wire) – Afghan officials said on Thursday that the Pakistani helicopter that "
            "crashed in Afghanistan on Monday had been shot down by Taliban fighters, unintentionally.")
    assert _attacks(body) == ["2021-05-03"]


def test_an_active_clause_keeps_the_reports_day() -> None:
    body = ("KABUL, May 6 (Test Wire) – Afghan officials said on Thursday that Taliban fighters had ambushed "
            "the Pakistani convoy that left Torkham on Monday.")
    assert "2021-05-03" not in _attacks(body)


def test_the_act_told_again_is_evidence_of_the_earlier_one() -> None:
    body = ("On May 3, a Pakistani army helicopter was shot down by Taliban fighters near Chaman, killing four crew.\n\n"
            "In an interview the next day, the governor stated that the helicopter had been shot down by "
            "Taliban fighters from across the border.")
    assert _attacks(body) == ["2021-05-03"]


def test_an_indefinite_subject_is_a_new_act() -> None:
    body = ("On May 3, a Pakistani army helicopter was shot down by Taliban fighters near Chaman, killing four crew.\n\n"
            "The next day, the governor stated that a second helicopter had been shot down by "
            "Taliban fighters near Quetta.")
    assert len(_attacks(body)) == 2


def test_an_act_of_an_earlier_month_is_not_told_again() -> None:
    body = ("On March 3, a Pakistani army helicopter was shot down by Taliban fighters near Chaman, killing four "
            "crew.\n\nOn May 4, the governor stated that the helicopter had been shot down by Taliban fighters "
            "from across the border.")
    assert len(_attacks(body)) == 2
