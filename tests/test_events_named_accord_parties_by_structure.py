"""A named accord dated "of <year>" takes as parties only states tied to it by structure: the subject
of a verb concluding it ("X and Y signed the … of 2001"), its agent (", signed by X and Y"), "between
X and Y", or a possessor's accord with a partner told with it ("X's alliance with Y, sealed in the …").
States told in a clause of saying around it are none ("Critics of the … of 1968 say X and Y ignore
it", "…, X and Y said", "X said the … binds Y").  Own sentences; a 5 July 2024 dateline."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _agreements(body: str) -> set[tuple[str, frozenset[str], frozenset[str], str]]:
    return {(f.args["event_type"], frozenset(f.args["actors"]), frozenset(f.args.get("targets") or []),
             f.args["date"]) for f in of_type(event_facts(body), "agreement")}


def _one(actors: set[str], date: str) -> set[tuple[str, frozenset[str], frozenset[str], str]]:
    return {("agreement", frozenset(actors), frozenset(), date)}


def test_the_subject_of_a_verb_concluding_it() -> None:
    got = _agreements("Kazakhstan and Kyrgyzstan had signed the Korday Border Treaty of 2001.")
    assert got == _one({"state:KAZ", "state:KGZ"}, "2001")


def test_the_agent_after_it() -> None:
    got = _agreements("The Korday Border Treaty of 2001, signed by Kazakhstan and Kyrgyzstan, still holds.")
    assert got == _one({"state:KAZ", "state:KGZ"}, "2001")


def test_a_possessors_accord_with_a_partner() -> None:
    got = _agreements("Uzbekistan's alliance with Tajikistan, sealed in the Khujand Declaration of May 2019, "
                      "endures.")
    assert got == _one({"state:UZB", "state:TJK"}, "2019-05")


def test_between_two_states_after_it() -> None:
    got = _agreements("The Aral Water Convention of 1998 between Kazakhstan and Uzbekistan set quotas.")
    assert got == _one({"state:KAZ", "state:UZB"}, "1998")


def test_near_miss_states_in_what_critics_say() -> None:
    assert not _agreements("Critics of the Non-Proliferation Treaty of 1968 say Iran and India ignore it.")
    assert not _agreements("Opponents of the Caspian Fisheries Accord of 2014 argue Russia and Iran overfish.")


def test_near_miss_the_speakers_after_it() -> None:
    assert not _agreements("The drafters of the Warsaw Pact of 1955 are long dead, Russia and Poland said.")


def test_near_miss_the_speaker_before_it() -> None:
    assert not _agreements("Russia said the Tashkent Accord of 1992 still binds Armenia.")


def test_near_miss_a_quarrel_is_no_accord() -> None:
    assert not _agreements("Uzbekistan's quarrel with Tajikistan over the Khujand Declaration of May 2019 "
                           "goes on.")


def test_the_month_read_as_the_date_finder_reads_it() -> None:
    got = _agreements("Kazakhstan and Kyrgyzstan signed the Korday Border Treaty of Sept. 2001.")
    assert got == _one({"state:KAZ", "state:KGZ"}, "2001-09")
