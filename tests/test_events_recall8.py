"""Event recall, round 8: an accusation reported as "alleged/charged that <accused> had ...", the
accused being the complement clause's subject.  Original test sentences (never the shared corpus)."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

from silkgraph.model import Fact

ESSAY = HEADLINE


def _facts(body: str) -> list[Fact]:
    return event_facts(body, ESSAY, "\nPublished: 12 March 2024")


_of = of_type


def test_alleged_that_is_an_accusation_of_the_clause_subject() -> None:
    cases = {
        "Uzbek officials alleged in March 2022 that Tajikistan had diverted water from the river.":
            ("state:UZB", "state:TJK"),
        "On 4 June 2021 Kazakhstan alleged that Russian hackers were behind the outage.":
            ("state:KAZ", "state:RUS"),
        "In May 2023 Armenia charged that Azerbaijan had moved troops into its territory.":
            ("state:ARM", "state:AZE"),
    }
    for s, (actor, target) in cases.items():
        got = _of(_facts(s), "accusation")
        assert got, s
        assert actor in got[0].args["actors"], s
        assert target in (got[0].args.get("targets") or []), s


def test_alleged_as_adjective_or_passive_is_not_an_accusation() -> None:
    for s in ("In May 2023 the alleged plot was uncovered in Almaty.",
              "In May 2023 it was alleged that the vote had been rigged."):
        assert not _of(_facts(s), "accusation"), s
