"""Tolls a side tells of its own people, and the owner of counted people, with near misses.

Structures: "X said (on Sunday / at the weekend) that N of its <people> had died / were killed"
(any people noun after "of its"; the perfect: the toll as it stood), the wounded coordinated after the dead ("… killed and M wounded"),
"X (eventually) counted/recorded N dead", "put its own dead/losses at N", "put the <Demonym> toll at
N", "the number of dead on the X side at N", "the <Demonym> death toll rose to N", "N <Demonym>
civilians fled", a possessor before counted people ("Russia's 2,000 peacekeepers"), sources that count
("UN agencies count …") and "at the request of X" (X asked, another acted).
Near misses: one incident's dead ("… killed when …", "in an attack", the simple past "were killed"),
"put the toll at N" (no side), an adversary's claim ("X's spokesman put the Y toll at N"),
civilians doing something else ("attended"), the source's or requester's name as subject."""

from __future__ import annotations

import pytest
from event_facts import statistic_triples as _stats

HEAD = "Fighting flared along the frontier this month. "


def _has(body: str, subject: str, value: float) -> bool:
    return any(s == subject and v == value and u == "count" for s, v, u in _stats(body, HEAD))


def _any_value(body: str, value: float) -> set[str]:
    return {s for s, v, u in _stats(body, HEAD) if v == value and u == "count"}


@pytest.mark.parametrize("body, subject, value", [
    ("Tajikistan said on Tuesday that 33 of its nationals had died in the shelling of the town.", "state:TJK", 33),
    ("Armenia said at the weekend that 26 of its border guards had been killed in the fighting.", "state:ARM", 26),
    ("Yerevan said late on Monday that 18 of its civilians had been wounded by the shelling.", "state:ARM", 18),
    ("Kyrgyzstan reported on Friday that 44 of its citizens had lost their lives.", "state:KGZ", 44),
])
def test_a_side_tells_its_own_dead_through_of_its(body: str, subject: str, value: float) -> None:
    assert _has(body, subject, value), _stats(body, HEAD)


def test_the_wounded_after_the_dead_are_the_same_sides() -> None:
    body = ("Azerbaijani and Armenian units clashed overnight, and Armenia's defence ministry said on Tuesday "
            "that 16 of its servicemen had been killed and 31 wounded.")
    assert _has(body, "state:ARM", 16) and _has(body, "state:ARM", 31), _stats(body, HEAD)
    assert "state:AZE" not in _any_value(body, 31)


def test_a_second_clause_with_its_own_teller_keeps_its_own_side() -> None:
    body = "Tajikistan said 14 of its soldiers had been killed, and Kyrgyzstan said 22 of its soldiers were wounded."
    assert _has(body, "state:KGZ", 22) and not _has(body, "state:TJK", 22), _stats(body, HEAD)


def test_a_capital_that_eventually_counted_its_dead() -> None:
    body = "Dushanbe eventually counted 29 dead, while Bishkek recorded 61 fatalities."
    assert _has(body, "state:TJK", 29) and _has(body, "state:KGZ", 61), _stats(body, HEAD)


@pytest.mark.parametrize("body, subject, value", [
    ("Tajik authorities later put their own dead at 27 and moved villagers out of the valley.", "state:TJK", 27),
    ("Armenia put its own losses at 146 servicemen.", "state:ARM", 146),
    ("Officials later put the Tajik toll at 38.", "state:TJK", 38),
    ("Kyrgyz officials put the number of dead on the Kyrgyz side at 57.", "state:KGZ", 57),
    ("The Tajik death toll rose to 42 on Monday, officials said.", "state:TJK", 42),
])
def test_tolls_put_at_a_figure_name_their_side(body: str, subject: str, value: float) -> None:
    assert _has(body, subject, value), _stats(body, HEAD)


def test_civilians_a_demonym_names_who_fled() -> None:
    body = "Shells fell on the villages for two days. More than 84,000 Kyrgyz civilians fled their homes."
    assert _has(body, "state:KGZ", 84000), _stats(body, HEAD)


def test_the_possessor_owns_the_people_counted() -> None:
    body = "When Tajik units seized the ridge within hours, Russia's roughly 1,600 peacekeepers stayed in their barracks."
    assert _has(body, "state:RUS", 1600) and "state:TJK" not in _any_value(body, 1600), _stats(body, HEAD)


def test_who_asked_is_not_who_deployed() -> None:
    body = "At the request of Kyrgyzstan's president, Russia flew about 1,200 troops to the border."
    assert _has(body, "state:RUS", 1200) and "state:KGZ" not in _any_value(body, 1200), _stats(body, HEAD)


def test_an_agency_that_counts_is_the_source_not_the_subject() -> None:
    body = "UN agencies count well over 700,000 Afghans who have returned from Iran since then."
    assert "org:un" not in _any_value(body, 700000), _stats(body, HEAD)


# ------------------------------------------------------------------ near misses


@pytest.mark.parametrize("body, value", [
    ("Pakistan said on Sunday that 19 of its soldiers had been killed when militants stormed a post.", 19),
    ("Armenia said 12 of its servicemen had died in an Azerbaijani drone strike on Tuesday.", 12),
    ("Taliban spokesmen put the toll at 34, most of them women.", 34),
    ("Thousands gathered in the square. Some 3,000 Tajik civilians attended the funeral.", 3000),
    ("Police said 41 of its officers had attended the parade in the capital.", 41),
    ("A Kyrgyz spokesman put the Tajik toll at 38.", 38),
    ("Armenia's army said 26 of its soldiers were killed and claimed that it had repelled the assault.", 26),
])
def test_no_side_toll_is_read(body: str, value: float) -> None:
    assert _any_value(body, value) == set(), _stats(body, HEAD)
