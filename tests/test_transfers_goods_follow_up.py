"""Arms transfers told as a follow-up of the goods: "it was handed over in 2019" dates the frigate
of the clause before; "S ordered in 2021 were delivered in 2022" goes to the article's state;
"added S as aid" gives (own short sentences, with near misses)."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_passive_it_clause_dates_the_goods() -> None:
    got = transfers("China donated a Type 053H2G frigate to Sri Lanka; it was handed over in 2019.")
    assert [(t["system"], t.get("date")) for t in got] == [("wpn:type-053h2g", "2019")]
    got = transfers("Russia sold Su-30 jets to Armenia; it said in 2019 that more would follow.")
    assert [(t["system"], t.get("date")) for t in got] == [("wpn:su-30", None)]


def test_ordered_then_delivered_goes_to_the_article_state() -> None:
    text = ("Kazakhstan has widened its suppliers. Kazakhstan now buys abroad. Kazakhstan builds little. "
            "Kazakhstan pays in cash. Türkiye has gained most. "
            "Three Anka-S drones ordered in 2021 were delivered in 2022 and 2023.")
    assert {(t["supplier"], t["recipient"], t["system"]) for t in transfers(text)} == {
        ("state:TUR", "state:KAZ", "wpn:anka")}


def test_added_as_aid_is_a_gift() -> None:
    got = transfers("The United States has transferred former coast guard cutters to Sri Lanka, and in 2024 "
                    "it added a Cessna 208 patrol aircraft as aid.")
    assert ("state:USA", "state:LKA", "wpn:cessna-208-caravan", "2024") in {
        (t["supplier"], t["recipient"], t["system"], t.get("date")) for t in got}
    assert transfers("The ministry added that the Mi-17 helicopters were bought as aid.") == []
    assert transfers("In 2023 Japan added Kenya to its list of aid recipients.") == []
