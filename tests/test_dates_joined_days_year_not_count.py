"""Two joined days sharing a year written after them ("April 28 and 29, 2021,") — but a number after
the second day that counts what follows ("On June 5 and 6, 1500 villagers fled") is no year: the
joined form is then refused and the date keeps no year of its own.  Own sentences."""

from __future__ import annotations

from silkgraph.nlp.dates import find_dates, resolve


def _first(text: str) -> tuple[str, str | None]:
    d = find_dates(text)[0]
    return d.text, resolve(d, "2025-06-13")[0]


def test_a_count_after_joined_days_is_not_their_year() -> None:
    text, iso = _first("On June 5 and 6, 1500 villagers fled across the river.")
    assert text == "On June 5"
    assert iso is None or not iso.startswith("1500")
    text, iso = _first("On July 8 to 9, 2000 refugees crossed into the valley.")
    assert text == "On July 8" and (iso is None or not iso.startswith("2000"))


def test_the_year_after_joined_days_is_kept() -> None:
    assert _first("Ministers met on October 14 and 15, 2019, in Dushanbe.")[1] == "2019-10-14"
    assert _first("Ministers met on October 14 and 15, 2019.")[1] == "2019-10-14"
    assert _first("Ministers met on October 14 and 15, 2019")[1] == "2019-10-14"
    assert _first("Fighting went on from October 14 to 16, 2019 in the north.")[1] == "2019-10-14"
