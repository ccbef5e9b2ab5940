from __future__ import annotations

from silkgraph.nlp.dates import find_dates, resolve


def _one(text: str):  # type: ignore[no-untyped-def]
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def test_absolute_forms() -> None:
    e = _one("It happened on June 25, 2025 in the city.")
    assert (e.year, e.month, e.day, e.kind, e.text) == (2025, 6, 25, "absolute", "on June 25, 2025")
    e = _one("Signed 25 June 2025.")
    assert (e.year, e.month, e.day) == (2025, 6, 25)
    e = _one("The April 2025 attack")
    assert (e.year, e.month, e.day) == (2025, 4, None)
    e = _one("It joined in 2017.")
    assert (e.year, e.prep, e.text) == (2017, "in", "in 2017")
    e = _one("Prices rose in mid-2024.")
    assert (e.year, e.modifier) == (2024, "mid")
    e = _one("since early 2023")
    assert (e.year, e.modifier) == (2023, "early")


def test_partial_relative_range_decade() -> None:
    e = _one("On May 7, jets clashed.")
    assert (e.kind, e.month, e.day, e.text) == ("partial", 5, 7, "On May 7")
    e = _one("They bought radars in February.")
    assert (e.kind, e.month, e.day) == ("partial", 2, None)
    assert _one("strikes on December 24 angered").day == 24
    e = _one("Last year, it supplied drones.")
    assert (e.kind, e.offset, e.unit) == ("relative", -1, "year")
    assert _one("talks earlier this year").offset == 0
    e = _one("exports between 2011 and 2020 rose")
    assert (e.kind, e.year, e.end_year) == ("range", 2011, 2020)
    e = _one("the 2015–2019 period")
    assert (e.kind, e.year, e.end_year) == ("range", 2015, 2019)
    e = _one("in the 1990s")
    assert (e.kind, e.year) == ("decade", 1990)


def test_not_dates() -> None:
    assert find_dates("It paid US$ 2025 million for 1500 troops and 2000 troops.") == []
    assert find_dates("at the IDEX-2025 fair") == []
    assert find_dates("You may go in May.")[0].month == 5
    assert len(find_dates("You may go.")) == 0


def test_offset() -> None:
    e = find_dates("xx in 2020", offset=100)[0]
    assert (e.start, e.end) == (103, 110)


def test_resolve() -> None:
    partial = _one("On May 7, jets clashed.")
    assert resolve(partial, "2025-06-30") == ("2025-05-07", "year from publication 2025-06-30")
    dec = _one("On December 24 strikes")
    assert resolve(dec, "2025-02-15")[0] == "2024-12-24"
    last = _one("Last year it fell")
    iso, basis = resolve(last, "2025-06-30")
    assert iso == "2024" and "'Last year' relative to" in basis
    assert resolve(_one("in February"), None, [2023, 2025])[0] == "2025-02"
    assert resolve(_one("in February"), None)[0] is None
    assert resolve(_one("in 2017"), None) == ("2017", "as written")
    assert resolve(_one("2011-2020"), None)[0] == "2011/2020"
    assert resolve(_one("last month"), "2025-01-10")[0] == "2024-12"
    assert resolve(_one("two years ago"), "2025")[0] == "2023"
