"""A bare year told in passing ("under a contract signed in 2017", "joined the bloc in 1996, …") does not
give its year to a year-less date told after it: that date is placed by the article's date. A bare year sets
the narrative's year when the text goes on from it: the next sentence opens with the year-less date, or the
date refers back to it in its sentence ("of that year", ", when …")."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.nlp.dates import sentence_dates
from silkgraph.nlp.dates.year_backdrop import year_sets_narrative

OPENING = "Test headline\n\nBy A. Writer\nPublished: 20 October 2023\n\n"


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, OPENING), etype))


def test_a_year_of_a_purchase_does_not_date_a_later_meeting() -> None:
    body = ("Turkmenistan operates Chinese air defence systems bought under a deal signed in 2016. "
            "The Turkmen defence minister met his Chinese counterpart in Ashgabat on 9 May.")
    assert _dates(body, "meeting") == ["2023-05-09"]


def test_a_membership_year_in_a_listing_sentence_is_an_aside() -> None:
    body = ("Kyrgyzstan entered the Eurasian Economic Union in 2015, alongside its CSTO membership. "
            "Kyrgyz and Uzbek leaders signed a water agreement in Tashkent on 14 September.")
    assert _dates(body, "agreement") == ["2023-09-14"]


def test_a_year_told_in_the_pluperfect_does_not_open_the_narrative() -> None:
    body = ("Astana had suspended the flights in 2020. In June, Kazakhstan and Georgia signed an "
            "aviation agreement.")
    assert _dates(body, "agreement") == ["2023-06"]


def test_near_miss_a_year_that_opens_the_narrative_keeps_it() -> None:
    body = ("The quarrel over the dam erupted in 2019. On 11 March, Tajik and Uzbek officials met in Khujand "
            "to settle it.")
    assert _dates(body, "meeting") == ["2019-03-11"]


def test_near_miss_that_year_refers_back_to_the_bare_year() -> None:
    body = "Mongolia hosted the drills in 2018, and on 2 August of that year Chinese and Mongolian troops met in Ulaanbaatar."
    assert _dates(body, "meeting") == ["2018-08-02"]


def test_near_miss_a_month_anchor_is_untouched() -> None:
    body = ("The foreign ministers signed a protocol in April 2021. "
            "Kazakh and Kyrgyz envoys met in Bishkek on 9 May.")
    assert _dates(body, "meeting") == ["2021-05-09"]


def test_the_rule_itself_on_offsets() -> None:
    text = "Georgia bought drones in 2014. Its envoy met Turkish officials on 3 March."
    dates = sentence_dates(text, 0)
    bounds = [(0, 30), (31, len(text))]
    anchor, te = dates[0], dates[1]
    assert anchor.year == 2014 and te.year is None
    assert not year_sets_narrative(text, bounds, dates, anchor, te)
    text2 = "The rift deepened in 2014. On 3 March, Georgian envoys met Turkish officials."
    dates2 = sentence_dates(text2, 0)
    assert year_sets_narrative(text2, [(0, 26), (27, len(text2))], dates2, dates2[0], dates2[1])
