"""A bare year told in passing (a participle "under a contract signed in 2017", a relative clause "which joined
the bloc in 1996", a parenthesis, "since 2012", "a 2020 contract", the pluperfect) does not give its year to a
year-less date told after it: that date is placed by the article's date. A bare year that dates its sentence's
main event ("fought a short war in 2008", "invaded Batken in 1999", "In 1999, …") sets the narrative's year for
the next dated sentence, wherever the year-less date sits in it; so does a date told in the year's own sentence
("of that year", ", and on …")."""

from __future__ import annotations

import pytest
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


def test_a_membership_year_in_a_relative_clause_is_an_aside() -> None:
    body = ("Kyrgyzstan, which entered the Eurasian Economic Union in 2015, keeps its CSTO membership. "
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
    text = "Georgia flies drones bought in 2014. Its envoy met Turkish officials on 3 March."
    dates = sentence_dates(text, 0)
    bounds = [(0, 36), (37, len(text))]
    anchor, te = dates[0], dates[1]
    assert anchor.year == 2014 and te.year is None
    assert not year_sets_narrative(text, bounds, dates, anchor, te)
    text2 = "The rift deepened in 2014. On 3 March, Georgian envoys met Turkish officials."
    dates2 = sentence_dates(text2, 0)
    assert year_sets_narrative(text2, [(0, 26), (27, len(text2))], dates2, dates2[0], dates2[1])


def test_a_war_year_dates_the_next_sentences_day_told_mid_sentence() -> None:
    body = ("Russia and Georgia fought a short war in 2008. The fighting began on August 7 when Georgian troops "
            "shelled Tskhinvali.")
    assert "2008-08-07" in _dates(body, "attack")


def test_an_invasion_year_dates_a_day_after_a_first_clause() -> None:
    body = ("Uzbek militants invaded Batken in 1999. Kyrgyz troops fought back, and on 23 August Kyrgyz and Uzbek "
            "officials met in Osh.")
    assert _dates(body, "meeting") == ["1999-08-23"]


def _sets(first: str, second: str) -> bool:
    text = first + " " + second
    dates = sentence_dates(text, 0)
    anchor = next(d for d in dates if d.end <= len(first))
    te = next(d for d in dates if d.start > len(first))
    assert anchor.year is not None and anchor.month is None and te.year is None and te.month is not None
    return year_sets_narrative(text, [(0, len(first)), (len(first) + 1, len(text))], dates, anchor, te)


# the year dates its sentence's main event: the next sentence's year-less day takes it, wherever it sits
@pytest.mark.parametrize(("first", "second"), [
    ("Armenia and Azerbaijan fought a six-week war in 2020.", "Azerbaijani forces took Shusha on 8 November."),
    ("Kyrgyz and Tajik border guards clashed in 2021.", "The shooting stopped after talks on 1 May."),
    ("In 2010, riots swept southern Kyrgyzstan.", "The violence peaked in Osh on 11 June."),
    ("The deal was signed in 2016.", "Beijing delivered the first batteries on 3 March."),
    ("The quarrel over the dam erupted in 2019.", "Officials of both sides met on 11 March in Khujand."),
    ("Moscow sold Su-30 jets to Yerevan in 2019.", "The first four arrived at Gyumri on 27 December."),
    ("Tbilisi had talks with Ankara in 2019.", "A trade protocol followed on 2 July."),
    ("Kyrgyzstan was admitted to the union in 2015.", "Its customs posts opened on 12 August."),
])
def test_a_main_clause_year_sets_the_narrative(first: str, second: str) -> None:
    assert _sets(first, second)


# the year sits in a subordinate phrase: an aside, the next sentence's day is placed by the article's date
@pytest.mark.parametrize(("first", "second"), [
    ("Turkmenistan operates air defence systems bought under a deal signed in 2016.",
     "Its minister met Chinese officials on 9 May."),
    ("The contract, signed in 2018, covers twelve helicopters.", "Modi said on May 12 that more would follow."),
    ("Kazakhstan uses rifles made in 2015.", "Its envoy visited Minsk on 4 April."),
    ("Kyrgyzstan, which joined the union in 2015, hosts a Russian base.",
     "Leaders met in Bishkek on 14 September."),
    ("Armenia buys Indian guns under a 2020 contract.", "A new batch arrived on 6 June."),
    ("Baku has bought Israeli drones since 2012.", "Its president visited Jerusalem on 29 June."),
    ("The Su-30 fighters (delivered in 2019) remain grounded.", "Yerevan asked for spare parts on 5 May."),
    ("Tensions rose when Russia annexed Crimea in 2014.", "Kyiv recalled its envoy on 3 March."),
    ("Astana had suspended the flights in 2020.", "Kazakhstan and Georgia signed an accord on 5 June."),
    ("Yerevan had been a CSTO ally in 2020.", "Pashinyan froze the membership on 22 February."),
    ("The pipeline is due in 2028.", "Engineers began surveying the route on 2 February."),
])
def test_a_year_in_a_subordinate_phrase_is_an_aside(first: str, second: str) -> None:
    assert not _sets(first, second)
