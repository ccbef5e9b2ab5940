"""Arms transfers: a count of further goods ("another 82 S", "four more S") with a count of its
own is a further deal of the same key, not a repetition; a spaced dash opens a list as a colon
does, and a closing "all delivered in 2016" dates every listed good (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import by_system


def test_another_batch_is_a_further_deal() -> None:
    got = transfers("The United States supplied 410 Javelin missiles to Ghana in 2018. "
                    "The United States sold another 82 Javelins to Ghana in 2022.")
    assert sorted((t["quantity"], t["date"]) for t in got) == [(82, "2022"), (410, "2018")]


def test_a_later_batch_of_one_deal_still_merges() -> None:
    got = transfers("The United States supplied 410 Javelin missiles to Ghana in 2018. "
                    "The last 82 Javelins arrived in Ghana in 2019.")
    assert len(got) == 1 and got[0]["quantity"] == 410


def test_dash_opens_a_list_of_goods() -> None:
    got = by_system(transfers("Laos diversified. China's contribution was front-loaded – an HQ-9 air-defence system, "
                              "FM-90 batteries and two WJ-600 armed drones, all delivered in 2016."))
    assert set(got) == {"wpn:hq-9", "wpn:fm-90", "wpn:wj-600"}
    assert {t["recipient"] for t in got.values()} == {"state:LAO"}
    assert {t["date"] for t in got.values()} == {"2016"}


def test_paired_dashes_are_an_aside() -> None:
    got = transfers("Laos diversified. China – its largest supplier – delivered two WJ-600 armed drones in 2016.")
    assert [(t["supplier"], t["recipient"], t["quantity"]) for t in got] == [("state:CHN", "state:LAO", 2)]
