"""An analytical article turns to the present in IMPLICATIONS and CONCLUSIONS: a year-less date there does
not take the year of an old anchor told under BACKGROUND ("BACKGROUND: … in March 2018. IMPLICATIONS: On 7
May …" is May of the year of writing); within its own section the narrative's clock runs on (under
BACKGROUND across a paragraph too; an analysis section's new paragraph turns to the present as the section
does), and a recent anchor that agrees with the publication date is kept."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _dates(body: str, etype: str, pub: str = "20 November 2024") -> list[str]:
    opening = f"Test headline\n\nBy A. Writer\nPublished: {pub}\n\n"
    return sorted(f.args["date"] for f in of_type(event_facts(body, opening), etype))


def test_an_analysis_section_date_takes_the_year_of_writing() -> None:
    body = ("BACKGROUND: Kazakh troops joined the drills in February 2019 and again in March 2019.\n\n"
            "IMPLICATIONS: On 5 June, Kazakhstan and Kyrgyzstan signed an agreement on joint patrols.")
    assert _dates(body, "agreement") == ["2024-06-05"]


def test_conclusions_too() -> None:
    body = ("BACKGROUND: The corridor was first surveyed in January 2017.\n\n"
            "CONCLUSIONS: Turkmenistan and Afghanistan held talks in Herat on 2 April.")
    assert _dates(body, "meeting") == ["2024-04-02"]


def test_near_miss_the_background_narrative_runs_on_across_a_paragraph() -> None:
    body = ("BACKGROUND: Kazakh troops joined the drills in February 2019.\n\n"
            "On 5 June, Kazakhstan and Kyrgyzstan signed an agreement on joint patrols.")
    assert _dates(body, "agreement") == ["2019-06-05"]


def test_near_miss_an_old_narrative_inside_the_analysis_section_keeps_its_year() -> None:
    body = ("IMPLICATIONS: Kazakh troops joined the drills in February 2019. On 5 June, Kazakhstan and "
            "Kyrgyzstan signed an agreement on joint patrols.")
    assert _dates(body, "agreement") == ["2019-06-05"]


def test_near_miss_an_anchor_of_the_year_before_that_agrees_with_publication() -> None:
    body = ("BACKGROUND: Kazakh troops joined the drills in July 2023.\n\n"
            "IMPLICATIONS: On 9 September, Kazakhstan and Kyrgyzstan signed an agreement on joint patrols.")
    assert _dates(body, "agreement", pub="20 March 2024") == ["2023-09-09"]


def test_a_new_paragraph_of_an_analysis_section_turns_to_the_present_too() -> None:
    # an old anchor at the end of one paragraph of IMPLICATIONS does not date the next paragraph's day
    body = ("IMPLICATIONS: Kazakh troops joined the drills in February 2019 and again in March 2019.\n\n"
            "After the clashes, on 5 June, Kazakhstan and Kyrgyzstan signed an agreement on joint patrols.")
    assert _dates(body, "agreement") == ["2024-06-05"]


def test_near_miss_a_background_paragraph_still_runs_on() -> None:
    # the same two paragraphs under BACKGROUND tell one chronology
    body = ("BACKGROUND: Kazakh troops joined the drills in February 2019 and again in March 2019.\n\n"
            "After the clashes, on 5 June, Kazakhstan and Kyrgyzstan signed an agreement on joint patrols.")
    assert _dates(body, "agreement") == ["2019-06-05"]


def test_a_new_paragraph_days_after_the_day_before_it_continues_the_story() -> None:
    # a day within a month after the previous paragraph's day is its story's next step, not the present
    body = ("IMPLICATIONS: On 3 April 2021, Tajik and Kyrgyz guards exchanged fire near Vorukh.\n\n"
            "On April 9, the two governments signed an agreement on a ceasefire line.")
    assert _dates(body, "agreement") == ["2021-04-09"]
    # near miss: a month-only anchor of the paragraph before still gives way to the present
    body = ("IMPLICATIONS: Tajik and Kyrgyz guards exchanged fire in April 2021.\n\n"
            "On April 9, the two governments signed an agreement on a ceasefire line.")
    assert _dates(body, "agreement") == ["2024-04-09"]
