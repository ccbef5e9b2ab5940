"""Event dating, session 3b: a date closing its clause before a semicolon, possessive weekdays,
and a withdrawal completed by a takeover told in a relative clause.  Original test sentences
(never the shared corpus)."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

from silkgraph.nlp.dates import find_dates, resolve

BYLINE = HEADLINE + "By A. Writer\n\n"


def test_date_before_a_semicolon_dates_its_own_clause() -> None:
    facts = event_facts("Pakistani jets bombed camps in Afghanistan on Sunday; Kabul later condemned the raid.")
    got = of_type(facts, "attack")
    assert got and got[0].args["date"] == "2024-06-30"


def test_possessive_weekday_is_a_date() -> None:
    ds = find_dates("Monday's attack on the post killed four; Tuesday’s talks failed.")
    assert [d.text for d in ds] == ["Monday", "Tuesday"]
    assert resolve(ds[0], "2024-07-05")[0] == "2024-07-01"
    assert not find_dates("Sunday Times reporters")  # no possessive, no preposition: a name


def test_withdrawal_dated_by_the_takeover_in_its_relative_clause() -> None:
    facts = event_facts("Russia withdrew its border guards from the Lars checkpoint, which Georgian officers "
                        "took over on March 1, 2024.", opening=BYLINE)
    got = of_type(facts, "retreat")
    assert got and got[0].args["date"] == "2024-03-01"


def test_other_relative_clause_dates_stay_the_relatives() -> None:
    facts = event_facts("Russia withdrew its border guards from the Lars checkpoint, which Georgia had seized "
                        "on March 1, 2008.", opening=BYLINE)
    assert "2008-03-01" not in [f.args["date"] for f in of_type(facts, "retreat")]
