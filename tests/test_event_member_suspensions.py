"""A member suspended by its organisation ("the Commonwealth suspended Fiji", "suspended Mali's membership", "Pakistan
was suspended from the Commonwealth") is a sanction; a member suspending its own membership of a body named before
the noun ("suspended its EAEU membership") is a retreat (events.yaml, ``triggers_ev23``).  A body after "from" that
no common noun names ("suspended from the CSTO") must be an organisation or a state (events/evnom_main.py).  Near
misses: goods, services or an official's duties suspended; a company, a website or a parliament after "from"; the
membership noun modifying another ("membership dues").  Own sentences (dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts


def _events(body: str) -> list[tuple[str, str, list[str], list[str]]]:
    return [(f.args["event_type"], f.args["date"], f.args.get("actors") or [], f.args.get("targets") or [])
            for f in event_facts(body)]


def test_an_organisation_suspending_a_state_is_a_sanction() -> None:
    assert _events("The Commonwealth suspended Fiji on 2 July.") == \
        [("sanction", "2024-07-02", ["org:commonwealth"], ["state:FJI"])]


def test_suspending_a_state_s_membership_is_a_sanction() -> None:
    assert _events("The African Union suspended Mali's membership on 2 July.") == \
        [("sanction", "2024-07-02", ["org:african-union"], ["state:MLI"])]


def test_a_state_suspended_from_a_body_in_the_passive_is_a_sanction() -> None:
    assert _events("Pakistan was suspended from the Commonwealth on 2 July.") == \
        [("sanction", "2024-07-02", ["org:commonwealth"], ["state:PAK"])]


def test_suspending_its_own_membership_named_before_the_noun_is_a_retreat() -> None:
    assert _events("Belarus suspended its EAEU membership on 2 July.") == \
        [("retreat", "2024-07-02", ["state:BLR"], ["org:eaeu"])]


def test_suspended_flights_of_a_named_airline_are_no_member_suspension() -> None:
    got = _events("Russia suspended Aeroflot flights to Georgia on 2 July.")
    assert not any("aeroflot" in " ".join(tg).lower() for _t, _d, _a, tg in got)


def test_an_official_suspended_from_his_duties_is_no_sanction() -> None:
    assert _events("The minister was suspended from his duties on 2 July.") == []


def test_a_state_suspended_from_a_named_organisation_is_a_sanction() -> None:
    assert _events("Belarus was suspended from the CSTO on 2 July.") == \
        [("sanction", "2024-07-02", ["org:csto"], ["state:BLR"])]


def test_a_company_suspended_from_trading_is_no_sanction() -> None:
    assert _events("The regulator suspended Halyk Bank from trading on 2 July.") == []


def test_an_account_suspended_from_a_website_is_no_sanction() -> None:
    assert _events("Kazakhstan's embassy account was suspended from Facebook on 2 July.") == []


def test_a_politician_suspended_from_parliament_is_no_sanction() -> None:
    assert _events("Nawaz Sharif was suspended from Parliament on 2 July.") == []


def test_freezing_its_participation_with_a_time_after_the_noun_is_a_retreat() -> None:
    assert _events("Armenia froze its CSTO participation on 2 July.") == \
        [("retreat", "2024-07-02", ["state:ARM"], ["org:csto"])]


def test_membership_dues_suspended_are_no_retreat() -> None:
    assert _events("Armenia suspended its CSTO membership dues on 2 July.") == []


def test_a_membership_card_scheme_suspended_is_no_retreat() -> None:
    assert _events("Kazakhstan suspended its Russian membership card scheme on 2 July.") == []


def test_participation_talks_frozen_are_no_retreat() -> None:
    assert _events("Kyrgyzstan froze its EAEU participation talks on 2 July.") == []
