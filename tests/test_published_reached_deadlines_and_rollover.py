"""An undated article's estimate may not precede a date it tells as having happened: a date
after "by"/"until" told as reached ("until September 2030, when parliament dismissed him",
"By August 2031 the militia had taken …"), and the year a narrative has rolled into ("the
crisis of October 2027 … and on February 2 a cabinet was sworn in") as the present year of
the year-less dates after it."""

from __future__ import annotations

from silkgraph.model import Section
from silkgraph.segment import estimate_published


def _not_before(body: str) -> str | None:
    text = "Report From the Valley\n\n" + body + "\n"
    est = estimate_published(text, [Section("body", "", 0, len(text))])
    return est.not_before if est else None


def test_until_a_date_then_a_past_when_clause_is_reached() -> None:
    assert _not_before("The envoy kept his post until September 2030, when the assembly recalled him. "
                       "He had arrived in April 2028.") == "2030-09-01"


def test_until_a_date_then_a_future_when_clause_is_no_time_reached() -> None:
    assert _not_before("The ban was extended until June 2032, when new rules would apply. "
                       "It was first imposed in April 2028.") == "2028-04-01"


def test_until_a_date_without_a_told_event_stays_a_term() -> None:
    assert _not_before("Tariffs were suspended until March 2031. The dispute began in May 2029.") == "2029-05-01"


def test_clause_opening_by_in_the_pluperfect_is_reached() -> None:
    assert _not_before("By October 2029 the rebels had cut the northern road. "
                       "Fighting flared in June 2029.") == "2029-10-01"


def test_by_as_the_target_of_an_infinitive_is_no_time_reached() -> None:
    assert _not_before("The contractor had hoped to finish the dam by October 2033. "
                       "Work began in March 2030.") == "2030-03-01"


def test_a_narrative_rolled_into_the_next_year_sets_the_present_year() -> None:
    body = ("The strike of October 2027 ended on October 30, and on February 2 a new board was named. "
            "Production resumed slowly.\n\nOn June 5 the board closed two mines, and on July 11 the "
            "miners marched on the capital.")
    assert _not_before(body) == "2028-07-11"


def test_without_a_rollover_the_written_year_stays_the_present_year() -> None:
    body = ("The strike of October 2027 ended on October 30. Production resumed slowly.\n\n"
            "On June 5 the board had closed two mines.")
    assert _not_before(body) == "2027-10-30"
