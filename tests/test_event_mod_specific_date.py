"""A more specific date told right after the trigger in its clause wins over a vaguer one it agrees
with (extract/events/mod_dates.py)."""

from __future__ import annotations

from event_facts import BYLINE, event_facts


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args.get("date") or "" for f in event_facts(body, BYLINE) if f.args["event_type"] == etype)


def test_the_occasion_of_a_joining_dates_it_to_its_month() -> None:
    body = ("Hungary became an observer of the Organization of Turkic States in 2018, and a year later "
            "Turkmenistan joined at the Baku summit of October 2019.")
    assert "2019-10" in _dates(body, "accession")


def test_near_miss_a_contradicting_date_is_not_taken() -> None:
    body = ("Hungary became an observer of the Organization of Turkic States in 2018, and a year later "
            "Turkmenistan joined the bloc whose charter of October 2009 it had long criticised.")
    assert "2009-10" not in _dates(body, "accession")
