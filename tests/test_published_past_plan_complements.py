"""Publication-date estimate: a date whose own clause is told in the past keeps counting when a
future marker follows only inside a "that" clause the past verb governs ("the raid in March 2013
was meant to show that the army would …"): it is a past plan, not a date told ahead.  Without
it the year-less dates after it lose their anchor and take the year after a bare year.  Own
sentences, with near misses."""

from __future__ import annotations

from silkgraph.model import Section
from silkgraph.segment.published import reference_estimate
from silkgraph.segment.schedule import future_marked


def _not_before(text: str) -> str | None:
    est = reference_estimate(text, [Section("body", "", 0, len(text))])
    return est.not_before if est else None


def _marked(clause: str, date_text: str) -> bool:
    clause = clause.lower()
    i = clause.index(date_text)
    return future_marked(clause, i, i + len(date_text))


def test_a_past_plan_anchors_the_year_less_dates_after_it() -> None:
    text = ("The raid on the Kunduz depot in March 2013 was meant to prove that the army would hold the north. "
            "Since then, on November 4, rebels seized the pass. There were over 30 ambushes in the province in 2013.")
    assert _not_before(text) == "2013-11-04"


def test_a_past_plan_with_no_bare_year_still_counts() -> None:
    text = ("The offensive launched in April 2010 was supposed to demonstrate that the government would not "
            "negotiate. On July 19 the rebels took the airport.")
    assert _not_before(text) == "2010-07-19"


def test_the_marker_in_the_complement_does_not_apply() -> None:
    assert not _marked("The ceasefire of May 2016 was proof that both sides would respect the line.", "may 2016")
    assert not _marked("The vote in 2018 was supposed to mean that the base would close.", "2018")


def test_near_misses_a_future_date_stays_ahead() -> None:
    # the marker governs the date's own clause, or no past verb governs the "that"
    assert _marked("Officials hope that the line will open in May 2027.", "may 2027")
    assert _marked("The pipeline due in 2028 means that prices will fall.", "2028")
    # "that year" is no complement clause
    assert _marked("The budget for 2029 was cut so that year the fleet will shrink.", "2029")


def test_a_bare_year_in_a_commitments_infinitive_is_no_past_year() -> None:
    # ahead of the commitment, not of the writing: the year-less dates keep the narrative's year
    text = ("In March 2011 the two governments agreed to hold a joint census in 2012. "
            "On June 4 the first teams were trained.")
    assert _not_before(text) == "2011-06-04"
    text = ("Moscow consented in June 2000 to cut its garrison and to reopen talks during 2001. "
            "On August 12 the first units left.")
    assert _not_before(text) == "2000-08-12"


def test_near_misses_a_commitment_year_told_as_past_still_counts() -> None:
    # "to" before a noun is no infinitive; a past verb in the date's own clause tells it as past
    assert _not_before("Both sides agreed to a truce in 2014. The shelling resumed later.") == "2014-01-01"
    assert _not_before("The army agreed to withdraw and in 2016 pulled out of the valley.") == "2016-01-01"
    assert _not_before("The ministry promised to build a depot, which it had finished in 2018.") == "2018-01-01"
