"""A gathering named after its host city ("the SCO's Bishkek summit", "at the Ashgabat summit"): the
capital is the place, not the only party (invented sentences)."""

from __future__ import annotations

from event_facts import byline_event_facts, of_type


def _meetings(body: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(sorted(f.args.get("actors") or [])), f.args.get("location"))
            for f in of_type(byline_event_facts(body), "meeting")]


def test_a_bloc_possessing_the_city_summit_is_its_party_and_the_city_its_place() -> None:
    got = _meetings("The CSTO's Minsk summit in November 2022 closed without a common statement.")
    assert got and all("org:csto" in actors for actors, _ in got)
    assert all(loc == "place:minsk" for _, loc in got)


def test_the_states_acting_at_the_summit_attend_it_and_the_host_is_the_place() -> None:
    got = _meetings("Turkmenistan and Iran initialled a gas accord at the Baku summit in April 2021.")
    assert got == [(("state:IRN", "state:TKM"), "place:baku")]


def test_a_bloc_told_after_the_summit_noun_is_its_party() -> None:
    got = _meetings("The Tbilisi summit of the GUAM in July 2017 approved a free-trade plan.")
    assert got and all("state:GEO" not in actors or "org:guam" in actors for actors, _ in got)
    assert all(loc == "place:tbilisi" for _, loc in got)


def test_a_capital_joined_to_another_party_stays_a_party() -> None:
    got = _meetings("The Baku-Yerevan summit in May 2023 ended in acrimony.")
    assert any("state:AZE" in actors for actors, _ in got)


def test_a_summit_with_no_party_told_keeps_its_host() -> None:
    got = _meetings("Delegates quarrelled over tariffs at the Bishkek summit in June 2019.")
    assert got == [(("state:KGZ",), "place:bishkek")]
