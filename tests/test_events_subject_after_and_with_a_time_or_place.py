"""A clause opened after ", and" takes its own subject only when a party is named there ("…, and Britain
followed with its own sanctions"); a time, a day or a place opening it ("…, and in April they sealed a
deal", "…, and on Friday they", "…, and in Moscow in April they") leaves the subject told before.  Own
sentences; a 5 July 2024 dateline."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _facts(body: str, etype: str) -> set[tuple[str, frozenset[str], frozenset[str], str]]:
    return {(f.args["event_type"], frozenset(f.args["actors"]), frozenset(f.args.get("targets") or []),
             f.args["date"]) for f in of_type(event_facts(body), etype)}


PAIR = frozenset({"state:KGZ", "state:TJK"})


def test_a_month_after_and_keeps_the_pair() -> None:
    body = "Kyrgyzstan and Tajikistan held talks in Osh in March, and in April they sealed a border deal."
    assert _facts(body, "agreement") == {("agreement", PAIR, frozenset(), "2024-04")}


def test_a_weekday_after_and_keeps_the_pair() -> None:
    body = "Kyrgyzstan and Tajikistan held talks in Osh in March, and on Tuesday they sealed a border deal."
    assert _facts(body, "agreement") == {("agreement", PAIR, frozenset(), "2024-07-02")}


def test_a_place_and_a_month_after_and_keep_the_pair() -> None:
    body = "Kyrgyzstan and Tajikistan held talks in Osh in March, and in Moscow in April they sealed a border deal."
    assert _facts(body, "agreement") == {("agreement", PAIR, frozenset(), "2024-04")}


def test_near_miss_a_named_subject_after_and_is_its_own() -> None:
    body = "Canada imposed sanctions on Iran in May, and Britain followed with its own sanctions in June."
    got = _facts(body, "sanction")
    assert ("sanction", frozenset({"state:GBR"}), frozenset(), "2024-06") in got
    assert not any("state:CAN" in actors and date == "2024-06" for _t, actors, _g, date in got)


def test_near_miss_a_new_pair_after_a_month_is_the_subject() -> None:
    body = "Kazakhstan and Uzbekistan held talks in March, and in April Kyrgyzstan and Tajikistan signed a border treaty."
    assert _facts(body, "agreement") == {("agreement", PAIR, frozenset(), "2024-04")}


def test_a_state_told_as_the_place_after_and_is_no_party() -> None:
    body = "Kyrgyzstan and Tajikistan held talks in Osh in March, and in Russia in April they sealed a border deal."
    assert _facts(body, "agreement") == {("agreement", PAIR, frozenset(), "2024-04")}
