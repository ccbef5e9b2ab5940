"""A date told in passing beside a main clause of the present (a participle, a relative clause,
"since", "after" in a sentence about now) does not give its year to a year-less date told in a
later sentence: that date is of the time of writing. Nor does any earlier reference date a
year-less date told in a relative clause of a sentence about the present ("…, whose leaders met
on 4 June"). A date of a past main event keeps lending its year."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.nlp.dates import sentence_dates
from silkgraph.nlp.dates.present_frame import clause_around, told_in_present

OPENING = "Test headline\n\nBy A. Writer\nPublished: 18 November 2023\n\n"


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, OPENING), etype))


def test_a_relative_clause_beside_a_present_perfect_does_not_set_the_year() -> None:
    body = ("Mongolia, which opened its airspace to the drills in April 2019, has widened its ties with Seoul. "
            "Mongolian and Korean envoys met in Ulaanbaatar on 5 September.")
    assert _dates(body, "meeting") == ["2023-09-05"]


def test_a_participle_beside_a_present_main_clause_does_not_set_the_year() -> None:
    body = ("Baku still flies transport aircraft bought under a deal concluded in June 2011. "
            "Azerbaijani and Turkish ministers met in Ganja on 14 March.")
    assert _dates(body, "meeting") == ["2023-03-14"]


def test_since_a_dated_incident_in_a_present_perfect_sentence() -> None:
    body = ("Trade has stalled since the blockade of October 2018. "
            "Turkmen and Afghan officials met in Herat on 7 August.")
    assert _dates(body, "meeting") == ["2023-08-07"]


def test_a_year_less_date_in_a_relative_clause_of_a_present_sentence() -> None:
    body = ("Kazakhstan joined the bank as a founding member in 2015. It is also part of the C5+1 format, "
            "whose deputy envoys met in New York on 19 September.")
    assert _dates(body, "meeting") == ["2023-09-19"]


def test_a_date_opened_by_after_beside_a_present_perfect() -> None:
    body = ("Dushanbe has dropped most of the reforms it promised after March 2008. "
            "Tajik and Iranian ministers met in Dushanbe on 11 October.")
    assert _dates(body, "meeting") == ["2023-10-11"]


def test_a_bare_year_whose_sentence_ends_in_the_present() -> None:
    body = ("The movement shot a provincial governor in 1997 and has been outlawed since 1999. Bishkek "
            "cannot ignore it. Kyrgyz and Tajik envoys met in Osh on 6 May.")
    assert _dates(body, "meeting") == ["2023-05-06"]


def test_near_miss_a_past_main_event_keeps_its_year() -> None:
    body = ("Uzbek troops entered the enclave in May 2012. "
            "Uzbek and Kyrgyz officials met in Sokh on 3 June to settle the dispute.")
    assert _dates(body, "meeting") == ["2012-06-03"]


def test_near_miss_a_participle_in_a_past_narrative_keeps_its_year() -> None:
    body = ("The pipeline, opened in May 2016, was shut by a landslide. "
            "Georgian and Azerbaijani engineers met in Tbilisi on 2 July to plan repairs.")
    assert _dates(body, "meeting") == ["2016-07-02"]


def test_the_clause_and_the_present_on_offsets() -> None:
    text = "Oman, which bought the radars in May 2014, has since ordered more."
    d = [t for t in sentence_dates(text, 0) if t.month == 5][0]
    a, b = clause_around(text, 0, len(text), d)
    assert text[a:b].startswith("which bought")
    assert told_in_present(text, 0, len(text), (a, b))
    past = "Oman, which bought the radars in May 2014, ordered more."
    d2 = [t for t in sentence_dates(past, 0) if t.month == 5][0]
    assert not told_in_present(past, 0, len(past), clause_around(past, 0, len(past), d2))
