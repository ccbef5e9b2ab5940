"""Counts of relative dates written as number words past twelve ("sixteen months later",
"eighteen months ago", "fifteen days after 2 May")."""

from __future__ import annotations

from silkgraph.nlp.dates import find_anaphors, find_dates, resolve_anaphor


def test_teen_and_tens_words_count_an_offset() -> None:
    got = find_anaphors("Sixteen months later the two sides signed the treaty.")
    assert [(a.text, a.unit, a.offset) for a in got] == [("Sixteen months later", "month", 16)]
    iso, _ = resolve_anaphor(got[0], "2022-05-13", "on May 13, 2022")
    assert iso == "2023-09"


def test_number_word_prefix_is_not_read_as_a_shorter_word() -> None:
    # "sixteen" must not be read as "six" (nor "seventeen" as "seven")
    got = find_anaphors("Seventeen days later the crossing reopened.")
    assert [(a.text, a.offset) for a in got] == [("Seventeen days later", 17)]


def test_words_that_only_look_like_counts_make_no_offset() -> None:
    assert find_anaphors("The sixteenth round of talks ended later.") == []
    assert [t.text for t in find_dates("twenty years of conflict")] == []
