"""Arms transfers: an offer told as a noun ("a Chinese offer of 30 S") and goods that are the
subject of talks ("S have been discussed for years") are plans or negotiations, not deals
(own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_system_status as _keys


def test_offer_noun_with_a_supplier_adjective() -> None:
    got = transfers("In May 2024 Egyptian officials spoke of a Chinese offer of 30 J-10C fighters.")
    assert _keys(got) == {("state:CHN", "state:EGY", "wpn:j-10c", "planned")}


def test_possessed_offer_to_supply() -> None:
    got = transfers("Russia's offer to supply Su-35 fighters to Egypt is still open.")
    assert _keys(got) == {("state:RUS", "state:EGY", "wpn:su-35", "planned")}


def test_goods_discussed_as_the_subject_are_negotiations() -> None:
    got = transfers("Uzbekistan wants new jets. Russian Su-30SM fighters have been discussed for years "
                    "without a contract.")
    assert _keys(got) == {("state:RUS", "state:UZB", "wpn:su-30sm", "negotiating")}


def test_near_misses_are_no_offers_or_talks() -> None:
    assert transfers("The offer of talks on the J-10C came from Beijing.") == []
    assert transfers("The S-400 has been discussed at length by analysts.") == []
