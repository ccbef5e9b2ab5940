"""Arms transfers: a passive verb whose goods follow it ("ten S were delivered in 2019, along with
T") has the goods as its subject, not a supplier; the buyer "returned to X for" its goods names
the source (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_and_system, parties_system_status


def test_goods_listed_after_a_passive_verb() -> None:
    got = transfers("Mongolia's picture is different. Having diversified, it returned to Russia for helicopters: "
                    "ten Mi-17 helicopters were delivered in 2019, along with T-72 tanks.")
    assert parties_and_system(got) == {("state:RUS", "state:MNG", "wpn:mi-17"), ("state:RUS", "state:MNG", "wpn:t-72")}


def test_passive_deal_verb_keeps_its_subject() -> None:
    got = transfers("Israel's Elbit Systems was contracted in 2019 to supply Kazakhstan with howitzers.")
    assert parties_system_status(got) == {("state:ISR", "state:KAZ", "artillery", "ordered")}
