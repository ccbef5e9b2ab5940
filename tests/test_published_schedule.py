"""Publication-date estimate: scheduled dates told without a future marker, spans counted
from a year in their own sentence, and dates told with a report of the future; dates arranged for
the future ("set for", "due on", "slated for") do not date the article, a date set in the past
still does."""

from __future__ import annotations

import pytest

from silkgraph.model import Section
from silkgraph.segment import estimate_published


def _est(text: str) -> str:
    est = estimate_published(text, [Section("lead", "", 0, len(text))])
    assert est is not None
    return est.not_before


@pytest.mark.parametrize(
    "future",
    [
        "The old water accord lapses at the end of 2034.",
        "The grazing lease expires in 2035, and nobody has asked for more.",
        "The two leases expire in 2035.",
        "A bond that matures in 2036 worries the treasury.",
        "The first tranche falls due for repayment in 2035.",
        "The credit line runs out in 2034.",
        "The garrison protocol comes up for renewal in 2040.",
        "The quota regime is up for review in 2035.",
        "The new customs code takes effect in 2034.",
        "The mandate ends in 2035.",
        "The permit stays in place until its expiry in 2036.",
        "Ahead of municipal elections in 2035, the mayor is hiring.",
        "By the time the canal opens in 2036, the port hopes to have signed two buyers.",
        "Engineers are racing to meet the 2035 deadline for the dam.",
        "The next round in 2034 is a formality.",
    ],
)
def test_scheduled_dates_are_not_reached(future: str) -> None:
    assert _est("The dam was inaugurated on 4 May 2032. " + future) == "2032-05-04"


@pytest.mark.parametrize(
    ("past", "bound"),
    [
        ("The old water accord expired in 2033.", "2033-01-01"),
        ("The mandate ended in 2034 after a vote.", "2034-01-01"),
        ("The parties agreed to let the lease expire in 2033.", "2033-01-01"),
        ("Ahead of the municipal elections in October 2033, police detained ten activists.", "2033-10-01"),
        ("By the time the fighting ended in 2034, the town was empty.", "2034-01-01"),
        ("In March 2033, the minister said he would resign.", "2033-03-01"),
        ("The minister announced in 2034 that the plant would close.", "2034-01-01"),
        ("The line was built in 2032; the next year, a second track opened.", "2033-01-01"),
    ],
)
def test_past_dates_in_the_same_wordings_count(past: str, bound: str) -> None:
    assert _est("The dam was inaugurated on 4 May 2032. " + past) == bound


def test_a_report_does_not_lend_its_verb_to_a_promised_date() -> None:
    # "promised for" names what was promised, not when it was said
    text = "Talks began on 2 June 2031. Whoever wins the vote promised for May 2033 will inherit a crisis."
    assert _est(text) == "2031-06-02"


def test_span_counts_from_the_year_of_its_own_sentence() -> None:
    text = (
        "The navy was reorganised in 2030.\n\n"
        "A coordination office, created in 2024 to manage the reform, was closed three years later."
    )
    assert _est(text) == "2030-01-01"  # 2024 + 3, not 2030 + 3
    assert _est("It opened in 2024 and closed a year later.") == "2025-01-01"
    assert _est("It opened in 2024; the following year, it closed.") == "2025-01-01"
    assert _est("It opened in 2024. Two years on, it is idle.") == "2026-01-01"


def test_spans_ahead_are_not_anaphors() -> None:
    # "in the next year" is a span ahead, not the year after the anchor
    assert _est("It opened in 2024. It will expand in the next year.") == "2024-01-01"
    assert _est("It opened in 2024 and spent two years on the project.") == "2024-01-01"


def _not_before(text: str) -> str:
    est = estimate_published(text, [Section("lead", "", 0, len(text))])
    assert est is not None
    return est.not_before


def test_dates_set_for_the_future_do_not_date_the_article() -> None:
    for arranged in ("with a new vote set for 14 February 2026", "with talks due on 1 March 2026",
                     "with a summit slated for 3 March 2026"):
        text = (f"On 2 May 2024 the prime minister resigned, and a caretaker took office on 10 May 2024, "
                f"{arranged}.")
        assert _not_before(text).startswith("2024-05"), arranged


def test_a_date_set_in_the_past_still_counts() -> None:
    assert _not_before("The court set the hearing aside on 9 June 2025.").startswith("2025-06")
