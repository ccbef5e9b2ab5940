"""Publication dates (twentieth session): a bare year told as an aside does not date the
year-less dates after it; a date made a deadline and a delivery "due from" a year are no past
references; a date line over the next article's title dates that article; a year that opens a
span up to now ("since 2012") leaves a wire item's office-holders current.  Invented texts."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment

TAIL = (
    "BACKGROUND: Observers have long doubted that the two ministries could agree on anything.\n"
    "IMPLICATIONS: The outcome will shape the region's freight market for years.\n"
    "AUTHOR'S BIO: Lev Andrianov writes on Caspian affairs.\n"
)


def _estimate(lead: str):
    text = "Harbour Dues Divide the Caspian Ports\nBy Lev Andrianov\n" + lead + "\n" + TAIL
    art = segment(Source(name="t.txt", text=text))[0]
    assert art.published is None
    return art.published_estimate


def test_aside_year_does_not_date_a_later_month() -> None:
    est = _estimate(
        "In February 2021, the port authorities signed a common tariff. In 2014, an earlier tariff "
        "had been abandoned after a month. On September 9 the first ships paid the new dues."
    )
    assert est is not None and est.not_before == "2021-09-09"


def test_forward_narrative_of_bare_years_keeps_the_nearest_year() -> None:
    # near miss: the paragraph moves forward in time, so the later bare year dates the month
    est = _estimate(
        "In March 2016, the ports agreed to talk. In 2018 the talks resumed in earnest, "
        "and a deal was signed. In October the first ships paid the new dues."
    )
    assert est is not None and est.not_before == "2018-10-01"


def test_same_sentence_bare_year_still_dates_its_month() -> None:
    # near miss: the bare year and the month share their sentence
    est = _estimate(
        "In May 2017, the ports met again. The cranes were ordered in 2012 and arrived in November."
    )
    assert est is not None and est.not_before == "2017-05-01"


def test_due_from_a_year_is_ahead() -> None:
    est = _estimate(
        "On 11 June 2013, the navy ordered four patrol boats. The boats are due from 2015."
    )
    assert est is not None and est.not_before == "2013-06-11"
    assert est.not_after == "2015-12-31"


def test_were_due_from_a_year_is_past_told_schedule() -> None:
    # near miss: "were due from" tells a schedule in the past; the year is no ceiling
    est = _estimate(
        "On 11 June 2013, the navy ordered four patrol boats. The first boats were due from 2015 "
        "but arrived late, on 3 March 2016."
    )
    assert est is not None and est.not_before == "2016-03-03"


def test_a_date_set_as_the_deadline_and_its_gapped_partner_are_no_past_references() -> None:
    est = _estimate(
        "An accord signed on 8 August 2011 fixed the spring of 2012 as the deadline for the "
        "eastern wharf and 2013 for the western one. Dredging began on 12 October."
    )
    assert est is not None and est.not_before == "2011-10-12"


def test_a_year_after_a_deadline_clause_in_a_new_sentence_counts() -> None:
    # near miss: the deadline's sentence has ended; a later sentence's year is a past reference
    est = _estimate(
        "An accord signed on 8 August 2011 fixed 2012 as the deadline for the eastern wharf. "
        "The wharf finally opened in 2014."
    )
    assert est is not None and est.not_before == "2014-01-01"


ARTICLE_ONE = (
    "Harbour Dues Divide the Caspian Ports\nBy Lev Andrianov\nWednesday, 6 April 2022\n"
    "The ports of the eastern shore raised their dues again this spring, to the dismay of hauliers.\n"
    + TAIL
)


def test_a_date_line_after_the_article_before_dates_the_next_article() -> None:
    text = (
        ARTICLE_ONE
        + "Tuesday, 9 May 2023\nA Second Ferry for the Southern Route\nBy Zarina Tolegen\n"
        "A new ferry began sailing between the southern ports last week, halving the waiting time.\n"
        + TAIL
    )
    arts = segment(Source(name="t.txt", text=text))
    assert [a.title for a in arts] == [
        "Harbour Dues Divide the Caspian Ports",
        "A Second Ferry for the Southern Route",
    ]
    assert [a.published for a in arts] == ["2022-04-06", "2023-05-09"]


def test_a_date_line_after_an_article_without_bio_dates_the_next_article() -> None:
    first = ARTICLE_ONE.replace("AUTHOR'S BIO: Lev Andrianov writes on Caspian affairs.\n", "")
    text = (
        first + "9 May 2023\nA Second Ferry for the Southern Route\nBy Zarina Tolegen\n"
        "A new ferry began sailing between the southern ports last week, halving the waiting time.\n"
    )
    arts = segment(Source(name="t.txt", text=text))
    assert [a.published for a in arts] == ["2022-04-06", "2023-05-09"]
    assert arts[1].authors == ["Zarina Tolegen"]


def test_a_date_line_not_over_a_head_is_no_next_article_date() -> None:
    # near miss: a date line followed by prose, not by a title and a byline
    text = (
        ARTICLE_ONE
        + "9 May 2023\nThe ministry added that the new dues would be reviewed within a year.\n"
    )
    arts = segment(Source(name="t.txt", text=text))
    assert len(arts) == 1 and arts[0].published == "2022-04-06"


def _wire(lead: str):
    text = (
        "Crossing reopens\nTASHKENT, Friday, March 9 (Oasis Wire) - "
        + lead
        + "\nQueues formed at dawn.\n"
    )
    return segment(Source(name="w.txt", text=text))[0].published_estimate


def test_since_year_leaves_the_office_holder_current() -> None:
    est = _wire(
        "President Islam Karimov's government reopened a rail crossing with Kyrgyzstan that had been "
        "closed since 2010, officials said."
    )
    assert est is not None and est.not_before == "2012-03-09"


def test_a_year_setting_the_sentence_time_still_sets_it() -> None:
    # near miss: "in 2010" sets the time of its sentence; its office-holder is that year's, not the item's
    est = _wire(
        "The crossing, which President Islam Karimov closed in 2010, reopened to trucks, officials said."
    )
    assert est is not None and est.not_before != "2012-03-09"


def test_a_survey_of_years_leaves_a_month_to_the_present_year() -> None:
    est = _estimate(
        "Cargo through the harbour has grown every year since 2019. In 2014 the board had leased a "
        "dredger from a Polish firm. In mid-June, the harbour master ordered a second one."
    )
    # 'since 2019' is past, so the present is 2020 at the earliest; not June of the aside's 2014
    assert est is not None and est.not_before == "2020-06-11"


def test_of_that_year_keeps_the_year_told_before() -> None:
    # near miss: the month names its anchor's year again, so it stays in that year
    est = _estimate(
        "On 4 April 2020, the harbour board published its accounts. A fuel jetty opened in 2019. "
        "In 2014 the board leased a dredger, and in June of that year it ordered a second one."
    )
    assert est is not None and est.not_before == "2020-04-04"
