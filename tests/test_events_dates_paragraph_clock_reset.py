"""Year-less dates across paragraph breaks (own sentences): the narrative's clock runs on from the last
paragraph's month date only until a year-less date of the new paragraph is dated afresh (from the time
of writing); and a paragraph that tells its own year keeps it rather than an earlier paragraph's."""

from __future__ import annotations

from event_facts import essay_event_facts, of_type

from silkgraph.nlp.dates import find_dates, local_anchors


def _anchor_years(text: str) -> dict[str, int | None]:
    ds = find_dates(text)
    anchors = local_anchors(text, ds, discourse=True)
    return {d.text: (a.year if a is not None else None) for d, a in zip(ds, anchors, strict=True)}


def test_a_date_dated_afresh_resets_the_clock_for_what_follows() -> None:
    text = ("The last Kazakh deliveries, completed in May 2021, ended the programme.\n\n"
            "Ties cooled through the spring. In February Astana recalled its attache, and on June 12 it "
            "closed the consulate.\n\nOn July 3 the two ministers met in Baku.")
    got = _anchor_years(text)
    assert got["In February"] is None  # before May: the earlier paragraph cannot date it
    assert got["on June 12"] is None  # the new paragraph's clock was set afresh by "In February"
    assert got["On July 3"] is None


def test_the_clock_still_runs_into_a_paragraph_that_opens_with_a_later_month() -> None:
    text = "In March 2021 Astana recalled its attache.\n\nOn 12 June it closed the consulate in Baku."
    assert _anchor_years(text)["On 12 June"] == 2021


def test_a_paragraph_with_its_own_year_keeps_it() -> None:
    text = ("On 2 March 2025 the two presidents met in Tashkent.\n\n"
            "The quarrel began with a note of 2018, which was followed on January 4, 2018 by the closure of the "
            "border. In September the consulate closed too.")
    assert _anchor_years(text)["In September"] == 2018


def test_events_of_the_new_paragraph_take_the_year_of_writing() -> None:
    facts = essay_event_facts("The last Russian deliveries, completed in June 2022, ended the programme.\n\n"
                              "Ties cooled through the spring. In February Baku closed the Russian cultural centre. "
                              "On June 30, Azerbaijani police raided the Baku office of a Russian news agency.")
    got = [f.args["date"] for f in of_type(facts, "coercion")]
    # published 12 March 2024: the last June 30 before it, not the earlier paragraph's 2022
    assert got == ["2023-06-30"], got
