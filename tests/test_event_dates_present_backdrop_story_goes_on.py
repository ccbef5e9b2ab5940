"""A date told beside a clause of the present still lends its year when the next sentence carries
on that story: told in the past with no word of the present, it links back by a word of time
("weeks after the vote", "later that month") or names again the person whose relative clause told
the date. Without such a link, or with the next sentence about the present, the year-less date is
of the time of writing."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.nlp.dates import sentence_dates
from silkgraph.nlp.dates.present_frame import carries_on_story

OPENING = "Test headline\n\nBy A. Writer\nPublished: 18 November 2023\n\n"


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, OPENING), etype))


def test_the_same_person_named_again_in_a_past_sentence_keeps_the_year() -> None:
    body = ("Japarov, who took office in January 2021, now leads a loyal parliament. "
            "Japarov and Mirziyoyev met in Tashkent on 11 March.")
    assert _dates(body, "meeting") == ["2021-03-11"]


def test_a_word_of_time_linking_back_keeps_the_year() -> None:
    body = ("Berdimuhamedov, who handed power to his son in March 2022, still chairs the senate. "
            "Turkmen and Chinese envoys met in Ashgabat on 29 April, weeks after the succession.")
    assert _dates(body, "meeting") == ["2022-04-29"]


def test_later_that_month_after_a_passing_date_keeps_the_year() -> None:
    body = ("The corridor, opened in May 2018, is now the region's busiest route. "
            "Later that month, Kazakh and Chinese officials met in Khorgos on 24 May.")
    assert _dates(body, "meeting") == ["2018-05-24"]


def test_near_miss_no_link_back_stays_in_the_present() -> None:
    body = ("Japarov, who took office in January 2021, now leads a loyal parliament. "
            "Kyrgyz and Kazakh envoys met in Bishkek on 11 March.")
    assert _dates(body, "meeting") == ["2023-03-11"]


def test_near_miss_the_person_named_again_in_a_present_sentence() -> None:
    body = ("Japarov, who took office in January 2021, now leads a loyal parliament. "
            "Japarov, who met Mirziyoyev in Tashkent on 11 March, still hopes for a deal.")
    assert _dates(body, "meeting") == ["2023-03-11"]


def test_near_miss_an_organisation_named_again_is_no_person_link() -> None:
    body = ("Azerbaijan, which left the bloc in April 2019, has widened its ties with Ankara. "
            "Azerbaijan and Turkey met in Baku on 14 June.")
    assert _dates(body, "meeting") == ["2023-06-14"]


def test_carries_on_story_on_offsets() -> None:
    first = "Niyazov, who built the palace in June 1998, is now a legend. "
    text = first + "Niyazov opened it on 2 July."
    d = [t for t in sentence_dates(text, 0) if t.month == 6][0]
    assert carries_on_story(text, (0, len(first)), d, (len(first), len(text)))
    present = first + "Niyazov is honoured on 2 July."
    assert not carries_on_story(present, (0, len(first)), d, (len(first), len(present)))


def test_days_later_keeps_the_year() -> None:
    body = ("The dam, which engineers finished in August 2016, still feeds the valley. "
            "Days later, Tajik and Uzbek ministers met in Nurek on 19 August.")
    assert _dates(body, "meeting") == ["2016-08-19"]


def test_near_miss_a_span_before_a_clause_of_its_own_is_no_link() -> None:
    body = ("Dushanbe, which joined the pact in May 2012, has since cooled on it. "
            "Tajik and Iranian envoys met in Dushanbe on 9 June, a week after the premier signed a gas deal in Tehran.")
    assert _dates(body, "meeting") == ["2023-06-09"]
