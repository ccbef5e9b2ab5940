"""A capital followed by a relative "where" is the city the clause happens in ("the tour ends
in Tashkent, where ...", "it also took her to Ankara, where she ..."), even after words that
alone leave it the government; other relatives and bare subjects stay the government.  A capital
that acts stays the government even before ", where": the agent after "by" ("was welcomed by
Baku, where officials said ...") and the subject of its clause when a verb follows the closed
"where" clause ("Baku, where officials met, rejected the plan").

Every sentence here is invented."""

from __future__ import annotations

import pytest
from recognised import rec

from silkgraph.extract.recognise.capitals import capital_is_place
from silkgraph.knowledge import Knowledge


@pytest.mark.parametrize("text,city,place", [
    ("The programme will also take the minister to Ankara, where she meets her counterpart.", "Ankara", True),
    ("Delegates then moved on to Tashkent, where the talks resumed.", "Tashkent", True),
    ("Ankara, which has its own worries, said nothing.", "Ankara", False),
    ("Officials said Tashkent would reply within a week.", "Tashkent", False),
    ("Ankara, whereas Baku stayed silent, protested loudly.", "Ankara", False),
    # the agent after "by" and the subject of its clause act
    ("The statement was welcomed by Baku, where officials said the talks were useful.", "Baku", False),
    ("The plan was quickly rejected by Moscow, where the idea first surfaced in 2019.", "Moscow", False),
    ("Baku, where officials met on Monday, rejected the plan.", "Baku", False),
    ("Yerevan protested, and Baku, where officials had said nothing, responded on Tuesday.", "Baku", False),
    # near misses: "followed by" a stop, a copula after the clause, an unclosed clause, a
    # preposition of place: the city
    ("The tour began in Astana, followed by Tashkent, where the talks resumed.", "Tashkent", True),
    ("Tashkent, where the talks resumed, is the largest city of the region.", "Tashkent", True),
    ("The envoys met again. Tashkent, where the talks resumed, remained calm.", "Tashkent", True),
    ("The envoys then flew to Baku, where officials said the talks were useful.", "Baku", True),
    ("A rally in Baku, where officials met, drew thousands.", "Baku", True),
])
def test_capital_before_a_relative_where(text: str, city: str, place: bool) -> None:
    s = text.index(city)
    assert capital_is_place(text, s, s + len(city)) is place, text


def test_agent_capital_before_where_is_the_acting_state(kb: Knowledge) -> None:
    text = ("Armenia proposed new border talks on Monday. The proposal was welcomed by Baku, where "
            "officials said the talks could start in August.")
    baku = [m for m in rec(kb, text).mentions if m.text == "Baku"]
    assert baku and baku[0].entity_id == "state:AZE" and baku[0].role == "actor"


def test_destination_capital_before_where_is_the_city(kb: Knowledge) -> None:
    text = "Armenian envoys flew to Baku, where officials said the talks could start in August."
    baku = [m for m in rec(kb, text).mentions if m.text == "Baku"]
    assert baku and baku[0].role == "place"
