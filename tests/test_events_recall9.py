"""Event recall, round 9: "X arrived in <city> for talks / a state visit" is a meeting of X with
the state the city lies in (the host, a recorded inference).  Original test sentences."""

from __future__ import annotations

from silkgraph.model import Fact, Source
from silkgraph.pipeline import analyse_source

ESSAY = "Test headline about the region\n\n"


def _meetings(body: str) -> list[Fact]:
    out: list[Fact] = []
    for aa in analyse_source(Source("test.txt", ESSAY + body + "\nPublished: 12 March 2024\n")):
        out.extend(f for f in aa.extraction.facts
                   if f.type == "event" and f.args["event_type"] == "meeting")
    return out


def test_arrival_for_talks_or_a_visit_is_a_meeting_with_the_host() -> None:
    for s in ("In May 2023 the Turkish president arrived in Baku for a state visit.",
              "In June 2022 the Iranian foreign minister arrived in Baku for talks."):
        got = _meetings(s)
        assert got, s
        assert "state:AZE" in got[0].args["actors"], s
        assert "host" in got[0].inferences.get("actors", ""), s


def test_arrival_for_other_purposes_is_no_meeting() -> None:
    for s in ("In May 2023 the refugees arrived in Baku for a better life.",
              "In May 2023 the first cargo train arrived in Baku from China."):
        assert not _meetings(s), s
