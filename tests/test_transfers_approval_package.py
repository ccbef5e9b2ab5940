"""Arms transfers: an export approval that counts the goods ("the State Department approved 40
Javelin missiles") is a planned sale whose count completes the deal told before; a price written
after several listed goods ("S and T worth about $90 million") is the package's total, not the
last one's price (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_counted_approval_completes_the_deal() -> None:
    got = transfers("Washington has approved the possible sale of Javelin missiles to Morocco. "
                    "The State Department approved 40 Javelin missiles at an estimated cost of $20 million.")
    jav = [t for t in got if t["system"] == "wpn:javelin"]
    assert len(jav) == 1 and jav[0]["recipient"] == "state:MAR" and jav[0]["status"] == "planned"
    assert jav[0]["quantity"] == 40


def test_approval_of_a_budget_is_no_transfer() -> None:
    assert transfers("Parliament approved 40 billion dinars for the army.") == []


def test_price_after_listed_goods_is_the_package_total() -> None:
    got = transfers("The United States approved the sale to Morocco of Javelin missiles and Stinger missiles "
                    "worth about $90 million.")
    assert {t["system"] for t in got} == {"wpn:javelin", "wpn:stinger"}
    assert all(t.get("value") is None for t in got)


def test_price_of_one_good_stays_its_own() -> None:
    got = transfers("In 2020 Morocco bought 10 Javelin missiles from the United States for $90 million.")
    assert [t["value"]["amount"] for t in got] == [90000000.0]
