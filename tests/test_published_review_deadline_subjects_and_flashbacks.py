"""Publication dates (twentieth session, review fixes): "as the deadline … expired" tells the
time of its clause, not a date made a deadline; only a bare date in the elided frame after a
deadline phrase shares its role; a bare year told in the simple past moves the narrative back
(the year-less dates after it are that year's), one in the pluperfect is an aside; a year under
a modal ("should", "must", "might") is no time reached; an office-holder in a clause hung on a
"since" year is that year's.  Invented texts."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment

TAIL = (
    "BACKGROUND: Observers have long doubted that the two ministries could agree on anything.\n"
    "AUTHOR'S BIO: Lev Andrianov writes on Caspian affairs.\n"
)


def _not_before(lead: str) -> str | None:
    text = "Harbour Dues Divide the Caspian Ports\nBy Lev Andrianov\n" + lead + "\n" + TAIL
    est = segment(Source(name="t.txt", text=text))[0].published_estimate
    return est.not_before if est is not None else None


def test_a_deadline_with_a_verb_of_its_own_is_no_deadline_role() -> None:
    assert _not_before("The ferry crews struck on 6 October 2016 as the deadline for a pay deal expired.") == "2016-10-06"
    assert _not_before("Customs officers worked late on 19 June 2014 as the deadline for the new tariffs approached.") == "2014-06-19"


def test_a_date_set_as_the_deadline_is_still_no_past_reference() -> None:
    # near miss: the deadline noun has no verb of its own; the date is the deadline
    assert _not_before("In 2011 the board fixed 30 June 2014 as the deadline for the new quay.") == "2011-01-01"


def test_a_date_of_a_new_clause_after_a_deadline_phrase_counts() -> None:
    assert _not_before("The harbour board named April as its deadline for the tender and on 9 May 2018 cancelled it.") == "2018-05-09"


def test_a_bare_date_of_the_elided_frame_shares_the_deadline_role() -> None:
    # near miss: "and 2016 for the western quay" repeats the deadline frame
    assert _not_before("On 2 March 2013 the board set 2015 as the deadline for the eastern quay and 2016 for the western one.") == "2013-03-02"


def test_a_simple_past_bare_year_dates_the_months_after_it() -> None:
    assert _not_before(
        "In 2020 the last tanker left the old terminal. In 2007 a Greek firm built its jetty. "
        "In September the first tankers docked there."
    ) == "2020-01-01"


def test_a_pluperfect_bare_year_stays_an_aside() -> None:
    # near miss: "had built" looks back from the narrative, whose year dates the month
    assert _not_before(
        "In 2020 the old terminal reopened. In 2007 a Greek firm had built its jetty. "
        "In September the first tankers docked there."
    ) == "2020-09-01"


def test_a_modal_year_is_no_time_reached_nor_an_anchor() -> None:
    assert _not_before(
        "In 2032 the port must handle twice today's freight, the minister said. In 2017 the second "
        "berth opened. In August a crane arrived."
    ) == "2017-08-01"


def test_should_have_tells_a_past_year() -> None:
    # near miss: "should have opened" is a past year told counterfactually
    assert _not_before("The ferry line should have opened in 2015 but began sailing only in 2016.") == "2016-01-01"


def _wire_basis(lead: str) -> str:
    text = "Crossing reopens\nTASHKENT, Friday, March 9 (Oasis Wire) - " + lead + "\nQueues formed at dawn.\n"
    est = segment(Source(name="w.txt", text=text))[0].published_estimate
    assert est is not None
    return est.basis


def test_an_office_holder_in_a_when_clause_hung_on_since_is_that_years() -> None:
    basis = _wire_basis(
        "The embassy has been shut since 2008, when President Mikheil Saakashvili sent troops north, diplomats said."
    )
    assert "Saakashvili" not in basis


def test_an_office_holder_after_a_since_year_stays_current() -> None:
    # near miss: no clause hung on the year; the span reaches the time of writing
    basis = _wire_basis(
        "President Islam Karimov's government has kept the crossing shut since 2010, officials said."
    )
    assert "Karimov" in basis
