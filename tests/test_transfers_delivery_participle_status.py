"""Arms transfers: a delivery participle set off by a comma right after the goods' phrase
("four S under a $90 million deal, handed over in 2018") tells the goods delivered, whatever
the order noun before them; a signing participle does not (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _status(text: str) -> dict[str, str]:
    return {t["system"]: t["status"] for t in transfers(text)}


def test_handed_over_after_the_deal_phrase() -> None:
    got = _status("Belarus is rearming. The purchases came late: six Su-30SM fighters under a US$ 90 "
                  "million deal, handed over in 2018.")
    assert got.get("wpn:su-30sm") == "delivered"


def test_signed_participle_keeps_the_order() -> None:
    got = _status("Belarus is rearming. The purchases came late: six Su-30SM fighters under a US$ 90 "
                  "million deal, signed in 2018.")
    assert got.get("wpn:su-30sm") == "ordered"
