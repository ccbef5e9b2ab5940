"""Event recall after review: talks that ran into a night are dated by that clause whatever verb holds them
("held talks in X that ran late into Saturday night", "Talks …, which ran …", "met for talks that dragged on into
Sunday": one meeting); an arrival "on a three-day official visit" with its day between; week-long visits begun,
under way or ended; repelled attempts named by the attacker's demonym, the passive "was beaten back by", "what
they called an attack"; victims under fire with the day between or "died under X's fire"; a vehicle rammed into
the gates of a post.  Each with near misses.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

WIRE = "Test headline about the region\n\nTASHKENT, March 12, 2024 (Test Wire) - "


def _of(body: str, etype: str, opening: str | None = None) -> list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]:
    facts = event_facts(body) if opening is None else event_facts(body, opening=opening)
    return [(f.args.get("date"), tuple(sorted(f.args.get("actors") or [])), tuple(sorted(f.args.get("targets") or [])))
            for f in of_type(facts, etype) if f.modality in ("asserted", "reported")]


# --- talks into a night (items 1, 2) ------------------------------------------------------------------------------

def test_held_talks_that_ran_into_saturday_night_are_dated_saturday() -> None:
    assert _of("Uzbek and Tajik negotiators held talks in Tashkent that ran late into Saturday night.", "meeting",
               WIRE) == [("2024-03-09", ("state:TJK", "state:UZB"), ())]


def test_talks_which_ran_into_saturday_night_are_dated_saturday() -> None:
    assert _of("Talks between Uzbek and Tajik negotiators in Tashkent, which ran late into Saturday night, ended "
               "without a deal.", "meeting", WIRE) == [("2024-03-09", ("state:TJK", "state:UZB"), ())]


def test_met_for_talks_that_dragged_on_into_sunday_is_one_meeting() -> None:
    assert _of("Uzbek and Tajik negotiators met in Tashkent for talks that dragged on into Sunday.", "meeting",
               WIRE) == [("2024-03-10", ("state:TJK", "state:UZB"), ())]


def test_near_miss_a_canal_that_ran_dry_does_not_date_the_talks() -> None:
    assert _of("Uzbek and Tajik negotiators held talks in Tashkent on a canal that ran dry last Saturday.", "meeting",
               WIRE) == [("2024-03-12", ("state:TJK", "state:UZB"), ())]


def test_near_miss_meeting_after_clashes_that_ran_into_sunday_keeps_the_dateline() -> None:
    assert _of("Uzbek and Tajik negotiators met in Tashkent after clashes that ran into Sunday.", "meeting",
               WIRE) == [("2024-03-12", ("state:TJK", "state:UZB"), ())]


# --- visits (items 12, 13) ---------------------------------------------------------------------------------------

def test_landed_with_the_day_between_on_an_official_visit_is_a_meeting() -> None:
    assert _of("Turkey's foreign minister landed in Tbilisi on 2 July on a three-day official visit.", "meeting") == \
        [("2024-07-02", ("state:GEO", "state:TUR"), ())]


def test_visit_under_way_which_began_on_a_day_is_a_meeting() -> None:
    assert _of("The Chinese defence minister is on a week-long visit to Islamabad, which began on 2 July.",
               "meeting") == [("2024-07-02", ("state:CHN", "state:PAK"), ())]


def test_ended_and_began_week_long_visits_are_meetings() -> None:
    assert _of("On 2 July the Chinese defence minister ended a week-long visit to Islamabad.", "meeting") == \
        [("2024-07-02", ("state:CHN", "state:PAK"), ())]
    assert _of("The Turkish foreign minister began a week-long visit to Uzbekistan on 2 July.", "meeting") == \
        [("2024-07-02", ("state:TUR", "state:UZB"), ())]


def test_near_miss_a_visit_to_the_lakes_by_tourists_is_no_meeting() -> None:
    assert _of("Tourists from China began a week-long visit to Kyrgyzstan on 2 July.", "meeting") == []


# --- defenders (item 16) -------------------------------------------------------------------------------------------

def test_repelled_an_attempt_named_by_the_attackers_demonym() -> None:
    assert _of("On 2 July Kyrgyz troops repelled a Tajik attempt to seize a ridge near Batken.", "attack") == \
        [("2024-07-02", ("state:TJK",), ("state:KGZ",))]


def test_attempt_beaten_back_by_troops_in_the_passive() -> None:
    assert _of("A Tajik attempt to seize a ridge near Batken was beaten back by Kyrgyz troops on 2 July.",
               "attack") == [("2024-07-02", ("state:TJK",), ("state:KGZ",))]


def test_repelled_what_they_called_an_attack() -> None:
    assert _of("Kyrgyz border guards repelled what they called an attack by Tajik troops on 2 July.", "attack") == \
        [("2024-07-02", ("state:TJK",), ("state:KGZ",))]


def test_near_miss_repelled_criticism_is_no_attack() -> None:
    assert _of("On 2 July the Kyrgyz government repelled Tajik criticism of its border policy.", "attack") == []


# --- victims under fire (item 17) ----------------------------------------------------------------------------------

def test_wounded_with_the_day_between_under_sniper_fire() -> None:
    assert _of("Two Kyrgyz soldiers were wounded on 2 July under sniper fire from Tajik positions.", "attack") == \
        [("2024-07-02", ("state:TJK",), ("state:KGZ",))]


def test_died_under_fire() -> None:
    assert _of("Two Kyrgyz soldiers died under Tajik fire on 2 July.", "attack") == \
        [("2024-07-02", ("state:TJK",), ("state:KGZ",))]


def test_near_miss_fell_under_control_is_no_attack() -> None:
    assert _of("On 2 July the Kyrgyz village fell under Tajik control, officials said.", "attack") == []


# --- ramming (item 19) -------------------------------------------------------------------------------------------------

def test_truck_rammed_into_the_gates_of_a_post() -> None:
    assert _of("Militants rammed a truck into the gates of a Pakistani border post on 2 July, killing three guards.",
               "attack") == [("2024-07-02", (), ("state:PAK",))]


def test_near_miss_car_rammed_into_an_embassy_gate_by_a_drunk_driver_is_no_attack() -> None:
    assert _of("On 2 July a drunk driver rammed his car into the gates of the Russian embassy.", "attack") == []


# --- victims told before "as" (item 18) ------------------------------------------------------------------------------

def test_victims_injured_as_a_bomb_struck_their_bus_are_the_targets() -> None:
    assert _of("Two Chinese engineers were injured on 2 July as a car bomb struck their bus in Quetta.", "attack") == \
        [("2024-07-02", (), ("state:CHN",))]


def test_near_miss_attacker_named_in_the_as_clause_stays_the_actor() -> None:
    assert _of("Two Kyrgyz soldiers were wounded on 2 July as Tajik troops shelled their post.", "attack") == \
        [("2024-07-02", ("state:TJK",), ("state:KGZ",))]
