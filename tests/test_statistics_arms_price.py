"""Statistics: money after "for" in a sentence that names a weapon system is the price of arms (a
deal's value), not a statistic; a figure coordinated before another noun ("$3 billion and projects
in …") is not priced by that noun."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_weapons_bought_for_money() -> None:
    assert not any(u == "USD" for _s, _v, u in _stats("In 2019 Qatar ordered 24 Rafale fighters from Dassault for about $6 billion."))
    assert not any(u == "USD" for _s, _v, u in _stats("India signed for five S-400 systems from Russia for about $5.4 billion."))


def test_money_for_no_weapon_is_kept() -> None:
    got = _stats("Kazakhstan's budget for 2025 set aside about $2 billion for health.")
    assert any(u == "USD" for _s, _v, u in got)


def test_coordinated_project_noun_does_not_price_the_figure() -> None:
    got = _stats("Before 2021 Japan was the largest donor to Afghanistan, with commitments that its officials put at "
                 "more than $6 billion and projects in all provinces.")
    assert ("state:JPN", 6e9, "USD") in got
