"""Statistics: a winner's share of the vote (own sentences), told with "won … with", "elected
with" or by a pronoun for the winner named before; aid frozen is the giver's figure."""

from __future__ import annotations

from dateline_facts import facts, figures
from event_facts import statistic_triples as _stats


def test_elected_with_a_share() -> None:
    got = _stats("Sadyr Japarov was elected with 79 percent of the vote in January 2021.")
    assert any(v == 79.0 and u == "percent" and s.startswith("person:") for s, v, u in got)


def test_vote_share_of_the_winner_and_frozen_aid() -> None:
    got = facts("President Ilham Aliyev won a fifth term with 92 percent of the vote.", "statistic")
    assert [(a["subject"], a["value"]) for a in got] == [("person:ilham-aliyev", 92.0)]
    assert ("state:USA", 95e6, "USD") in figures("Washington paused $95 million in assistance to Tbilisi.")


def test_pronoun_vote_winner() -> None:
    got = figures("Mohamed Abdi won the presidency of Somalia in 2023. He won the run-off on 3 May "
                  "with 61 percent of the vote, and later asked Kenya to withdraw its troops.")
    assert ("person:mohamed-abdi", 61.0, "percent") in got
