"""Summits listed by place and date whose clause names its own parties ("Modi and Rahmon have since
held two summits, in Delhi in … and in Dushanbe in …") are those parties' meetings, not the last-named
organisation's; "bilateral" summits never take an organisation.  The bloc's own listed summits
(no state or person named before "summits") keep it.  Own sentences."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

ORG = "The Collective Security Treaty Organization expanded its exercises in 2021. "


def _meetings(body: str) -> dict[str, list[str]]:
    return {f.args["date"]: sorted(f.args.get("actors") or []) for f in of_type(event_facts(body, HEADLINE), "meeting")}


def test_named_leaders_hold_their_own_listed_summits() -> None:
    got = _meetings(ORG + "Emomali Rahmon and Sadyr Japarov have since held two summits, in Dushanbe in April "
                          "2022 and in Bishkek in October 2023.")
    assert all("org:csto" not in a for a in got.values())
    assert {"2022-04", "2023-10"} <= set(got)
    assert got["2022-04"] == ["state:KGZ", "state:TJK"]


def test_bilateral_summits_take_no_organisation() -> None:
    got = _meetings(ORG + "There have since been two bilateral summits, in Dushanbe in April 2022 and in Bishkek in "
                          "October 2023.")
    assert all("org:csto" not in a for a in got.values())


def test_the_blocs_own_listed_summits_keep_it() -> None:
    got = _meetings(ORG + "Later summits – Dushanbe in April 2022, Yerevan in November 2022 – approved new "
                          "drills.")
    assert "org:csto" in got.get("2022-04", []) and "org:csto" in got.get("2022-11", [])
