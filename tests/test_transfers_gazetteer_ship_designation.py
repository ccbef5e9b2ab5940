"""Arms transfers: a buyer's own designation of a licensed ship class (SIPRI's comment names it)
is an alias of the class: "Deniz Han" is Turkmenistan's C-92 frigate from Türkiye (own sentences)."""

from __future__ import annotations

from transfer_keys import parties_and_system_of as _keys


def test_buyer_designation_names_the_class() -> None:
    got = _keys("In 2021 Türkiye handed over the frigate Deniz Han to Turkmenistan.")
    assert ("state:TUR", "state:TKM", "wpn:c-92") in got


def test_the_plain_words_name_no_ship() -> None:
    # near miss: "Han" alone is no designation
    got = _keys("In 2021 Türkiye handed over a Han-era vase to Turkmenistan.")
    assert not any(s == "wpn:c-92" for _a, _b, s in got)
