"""Arms transfers: wordings near a transfer that are none (own short sentences): "give up",
"handed down", troops sent or brought in, a law penalising purchases, a range of places, generic
buyers, denied sending."""

from __future__ import annotations

from test_extract_transfers import transfers


def test_give_up_is_no_transfer() -> None:
    assert transfers("Armenia gave up its claim to the S-300 batteries in 2019.") == []


def test_a_law_penalising_purchases_is_no_transfer() -> None:
    assert transfers("The U.S. embassy said the law, which penalises significant purchases of Russian arms, "
                     "was no blanket waiver.") == []


def test_handed_down_is_no_transfer() -> None:
    assert transfers("The court handed down a ruling on the Su-30SM deal in 2020.") == []


def test_a_range_of_places_is_no_party() -> None:
    assert transfers("Indian missiles are now in service from Manila to Yerevan.") == []


def test_generic_buyers_give_no_recipient() -> None:
    assert transfers("Turkey won the war in Nagorno-Karabakh for Azerbaijan. Its TB2 has been sold to more than "
                     "30 countries.") == []


def test_denied_category_transfer_is_dropped() -> None:
    assert transfers("Tehran denied sending any missiles to Russia.") == []


def test_sent_troops_or_brought_in_are_no_delivery_of_a_system() -> None:
    assert transfers("Russia sent troops to the border in 2022.") == []
