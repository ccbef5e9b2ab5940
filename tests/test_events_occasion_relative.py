"""An event told in a prepositional relative clause right after a dated occasion ("a summit on 5 June,
at which Z was admitted") happened at that occasion: it takes the occasion's date, not another date of
the sentence.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nThe region has been restless for years. "
CLOSING = "\nPublished: 12 March 2025\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_admission_at_the_summit_takes_the_summit_day() -> None:
    got = of_type(_facts("Kazakhstan chaired the bloc in 2022 and hosted its summit on June 5, 2022, at which "
                         "Mongolia was admitted as a full member; Tokayev then attended the summit in Baku on "
                         "August 31, 2024."), "accession")
    assert [f.args["date"] for f in got] == ["2022-06-05"]


def test_agreement_during_the_talks_takes_their_day() -> None:
    got = of_type(_facts("Georgia hosted a round of talks in Batumi on May 2, 2023, during which Armenia and "
                         "Azerbaijan signed a border accord; the chair changed in 2024."), "agreement")
    assert [f.args["date"] for f in got] == ["2023-05-02"]


def test_near_miss_a_clause_after_a_comma_is_not_the_occasion() -> None:
    # no "at which": the accession is dated by its own clause
    got = of_type(_facts("Kazakhstan hosted the summit on June 5, 2022, and Mongolia joined the bloc in 2023."),
                  "accession")
    assert all(f.args["date"] != "2022-06-05" for f in got)
