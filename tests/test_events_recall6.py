"""Event recall, round 6: a wire report's undated reactions dated to its month, charges branded
false, retaliation vowed.  Original test sentences (never the shared corpus)."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

from silkgraph.model import Fact

WIRE = "Test headline about the region\n\nASTANA, March 12 (Test Wire) – "
ESSAY = HEADLINE


def _facts(body: str, opening: str = WIRE, published: str = "\nPublished: 12 March 2024") -> list[Fact]:
    return event_facts(body, opening, published)


_of = of_type


LEAD = "Kazakhstan and Kyrgyzstan signed a water-sharing accord on Tuesday.\n\n"


def test_wire_reaction_without_date_takes_the_report_month() -> None:
    # the lead tells news of the day before publication: the reaction is dated to the report's month
    lead = "Kazakhstan and Kyrgyzstan signed a water-sharing accord on Monday.\n\n"
    got = _of(_facts(lead + "Some paragraph about the accord's terms.\n\n"
                     "Uzbekistan rejected the accord's quotas for the Syr Darya."), "rejection")
    assert got and got[0].args["date"] == "2024-03"


def test_wire_reaction_to_the_days_news_takes_the_report_day() -> None:
    # the lead tells the publication day's news: its undated reactions are that day's
    got = _of(_facts(LEAD + "Some paragraph about the accord's terms.\n\n"
                     "Uzbekistan rejected the accord's quotas for the Syr Darya."), "rejection")
    assert got and got[0].args["date"] == "2024-03-12"


def test_wire_background_reaction_stays_undated() -> None:
    mid = "Some paragraph about the accord's terms.\n\n"
    got = _of(_facts(LEAD + mid + "Uzbekistan has long rejected such quotas for the Syr Darya."), "rejection")
    assert not got
    got = _of(_facts(LEAD + mid + "Uzbekistan rejected similar quotas years ago."), "rejection")
    assert not got


def test_essay_reaction_without_date_is_not_dated_to_publication() -> None:
    got = _of(_facts("Uzbekistan rejected the quotas for the Syr Darya.", opening=ESSAY), "rejection")
    assert not got


def test_reports_called_propaganda_is_a_rejection() -> None:
    for s in ("In May 2024 Tajikistan called the reports of a border clash propaganda.",
              "In May 2024 Kyrgyzstan dismissed the allegations as baseless.",
              "In May 2024 Kazakhstan described the claims about its troops as fabricated."):
        got = _of(_facts(s), "rejection")
        assert got and got[0].args["date"] == "2024-05", s


def test_vowed_revenge_is_a_threat() -> None:
    for s in ("In May 2024 the Taliban vowed revenge on Tajikistan.",
              "In May 2024 Iran promised to retaliate against Pakistan."):
        assert _of(_facts(s), "threat"), s
