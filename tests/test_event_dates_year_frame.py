"""A bare day ("on June 12") takes the year the discourse is in: a year written alone at the end of a
clause in mid-paragraph dates one background fact and lends the day no year; a fronted year, a
paragraph's topic sentence, the day's own clause, a clause going on with a pronoun and a month date
shortly before the day do.  A weekday opening a span ("with effect from Sunday") lies ahead of the
report."""

from __future__ import annotations

from event_facts import event_facts

from silkgraph.nlp.dates import find_dates, local_anchors

BYLINE = "A test headline\n\nBy A. Writer\n{pub}\n\n"


def _years(text: str) -> dict[str, int | None]:
    exprs = find_dates(text)
    return {te.text: (a.year if a is not None else None)
            for te, a in zip(exprs, local_anchors(text, exprs, discourse=True), strict=True) if te.year is None}


def _dates(body: str, pub: str) -> set[str | None]:
    return {f.args.get("date") for f in event_facts(body, opening=BYLINE.format(pub=pub))}


def test_a_background_year_in_another_clause_lends_no_year() -> None:
    for text in ("Ties are old. The two states set up a joint commission in 2017, and on June 12 the envoys met.",
                 "Ties are old. Kazakhstan bought Turkish drones in 2021. On May 19 the envoys met in Astana.",
                 "Ties are old. The pact, renewed in 2016, still holds; on 4 March the ministers met again."):
        got = _years(text)
        key = next(k for k in got if k.lower().startswith("on"))
        assert got[key] is None, text


def test_a_framing_year_lends_its_year() -> None:
    cases = {"In 2020, tensions grew along the frontier. On 3 April guards clashed.": 2020,
             "Then in 2020 tensions grew. On 3 April guards clashed.": 2020,
             "The quarrel flared in 2020. On 8 May the minister opened a road.": 2020,
             "Kazakhstan chaired the bloc in 2024 and hosted its summit on 28 November.": 2024,
             "In 2019, the region changed. Tajikistan bought drones in 2019 as well. On May 3 envoys met.": 2019}
    cases["Trade grew. Tashkent opened an embassy in 2018, and on June 12 it signed a deal."] = 2018
    cases["Uzbekistan opened an embassy in 2018, and on June 12 the envoys met."] = 2018  # topic sentence
    for text, year in cases.items():
        got = _years(text)
        key = next(k for k in got if k.lower().startswith("on"))
        assert got[key] == year, text


def test_a_month_date_shortly_before_still_lends_its_year() -> None:
    got = _years("Fighting broke out in September 2022. On 14 October the two sides agreed a truce.")
    assert got["On 14 October"] == 2022
    got = _years("Tashkent opened an embassy in 2018. Fighting broke out in September 2022, and "
                 "Tashkent mediated in 2022. On 14 October the two sides agreed a truce.")
    assert got["On 14 October"] == 2022


def test_events_take_the_discourses_year() -> None:
    body = ("Trade is growing. Uzbekistan opened an embassy in Ankara in 2018, and on June 12 Uzbekistan "
            "signed a trade agreement with Kazakhstan.")
    got = _dates(body, "June 20, 2025")
    assert "2025-06-12" in got and "2018-06-12" not in got
    body = "In 2020, tensions grew. On 3 April Uzbekistan signed a trade agreement with Kazakhstan."
    got = _dates(body, "May 30, 2025")
    assert "2020-04-03" in got and "2025-04-03" not in got


def test_a_weekday_opening_a_span_lies_ahead() -> None:
    exprs = find_dates("India said it was revoking all visas with effect from Sunday.")
    assert [te.future for te in exprs if te.unit == "weekday"] == [True]
    # near miss: "from Thursday last week" is a past weekday
    exprs = find_dates("Troops moved in from Thursday last week.")
    assert all(te.modifier for te in exprs if te.unit == "weekday")
    assert not any(te.future for te in find_dates("Guards clashed on Sunday near the pass."))
