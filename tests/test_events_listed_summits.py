"""Summits listed by place and date after a plural "summits" (our own sentences): one meeting per
listed place, on its own date, held by the organisation named before and hosted by the place's
country; no list (one item, or no date for the place) and no organisation give none."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

ORG = "The Shanghai Cooperation Organisation has widened its agenda over the past decade. "


def _meetings(body: str) -> dict[str, list[str]]:
    return {f.args["date"]: sorted(f.args.get("actors") or []) for f in of_type(event_facts(body, HEADLINE), "meeting")}


def test_dashed_list_of_summits_gives_one_meeting_each() -> None:
    got = _meetings(ORG + "Later summits – Qingdao in June 2018, Bishkek on June 14, 2019, Samarkand in "
                          "September 2022 – endorsed closer security cooperation among members.")
    assert {"2018-06", "2019-06-14", "2022-09"} <= set(got)
    assert "org:sco" in got["2019-06-14"] and "state:KGZ" in got["2019-06-14"]


def test_comma_list_with_in_before_each_place() -> None:
    got = _meetings(ORG + "Successive summits, in Astana in July 2024 and in Tianjin on September 1, 2025, "
                          "called for a development bank.")
    assert {"2024-07", "2025-09-01"} <= set(got)
    assert "state:KAZ" in got["2024-07"]


def test_a_single_place_or_no_dated_places_is_no_list() -> None:
    assert not _meetings(ORG + "Later summits in Qingdao discussed terrorism and trade.")
    assert "2018-06" not in _meetings(ORG + "Several summits, one in Qingdao in June 2018, discussed terrorism.")


def test_no_organisation_named_before_gives_no_meeting() -> None:
    got = _meetings("Trade between the neighbours has grown. Later summits – Qingdao in June 2018, Bishkek on "
                    "June 14, 2019 – endorsed closer cooperation.")
    assert "2018-06" not in got and "2019-06-14" not in got
