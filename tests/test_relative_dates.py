"""Relative dates: anaphoric expressions ("the next day", "two days later", "that autumn")
resolved against the date told just before, weekdays against a news item's dateline,
year-less dates told in the future.  Original test sentences (never the shared corpus)."""

from __future__ import annotations

from silkgraph.model import Fact, Source
from silkgraph.nlp.dates import find_anaphors, find_dates, resolve, resolve_anaphor
from silkgraph.pipeline import analyse_source


def _events(text: str) -> list[Fact]:
    out: list[Fact] = []
    for aa in analyse_source(Source("test.txt", text)):
        out.extend(f for f in aa.extraction.facts if f.type == "event")
    return out


def _analysis(body: str) -> list[Fact]:
    return _events("Test headline about the region\n\nBy A. Writer\n\n" + body + "\n")


def _of(facts: list[Fact], etype: str) -> list[Fact]:
    return [f for f in facts if f.args["event_type"] == etype]


def _one(text: str):  # type: ignore[no-untyped-def]
    got = find_anaphors(text)
    assert len(got) == 1, got
    return got[0]


# -- finding ---------------------------------------------------------------------------

def test_finds_anaphoric_expressions_as_written() -> None:
    cases = {
        "and the next day the ministers met": ("the next day", "day", 1),
        "troops withdrew the following morning": ("the following morning", "day", 1),
        "Two days later the border reopened.": ("Two days later", "day", 2),
        "a week later they signed": ("a week later", "week", 1),
        "it had been tested three days earlier": ("three days earlier", "day", -3),
        "a patrol was attacked the day before.": ("the day before", "day", -1),
        "Hours later the rebels withdrew.": ("Hours later", "hour", 0),
        "The shelling stopped that evening.": ("that evening", "day", 0),
        "Later that year the pact was signed.": ("Later that year", "year", 0),
        "The same month the envoys met.": ("The same month", "month", 0),
        "the following month the bank froze the accounts": ("the following month", "month", 1),
        "That autumn the parliament voted.": ("That autumn", "season", 0),
    }
    for text, (written, unit, k) in cases.items():
        e = _one(text)
        assert (e.text, e.unit, e.offset, e.kind) == (written, unit, k, "anaphoric"), text


def test_spans_ahead_purposes_and_written_dates_are_not_anaphors() -> None:
    assert not find_anaphors("Output will grow in the next year.")
    assert not find_anaphors("Talks continued over the following weeks.")
    assert not find_anaphors("They held a drill planned for that year.")
    assert not find_anaphors("He left in October of that year.")
    assert not find_anaphors("Prices may fall in the spring.")
    assert not find_anaphors("It must reply within 48 hours of the request.")
    assert not find_anaphors("He arrived the day before the vote.")


# -- resolving -------------------------------------------------------------------------

def test_resolves_against_the_base_date_at_the_precision_it_carries() -> None:
    def r(text: str, base: str) -> str | None:
        return resolve_anaphor(_one(text), base, "on the base date")[0]

    assert r("Two days later the border reopened.", "2024-03-30") == "2024-04-01"
    assert r("a week later they signed", "2024-12-28") == "2025-01-04"
    assert r("it had been tested three days earlier", "2024-03-02") == "2024-02-28"
    # a day after a date known only to its month: most likely that month; five days may leave it
    assert r("and the next day the ministers met", "2024-03") == "2024-03"
    assert r("Five days later the border reopened.", "2024-03") is None
    assert r("the following month the bank froze the accounts", "2024-12-10") == "2025-01"
    assert r("That autumn the parliament voted.", "2023-09-19") == "2023"
    assert r("The shelling stopped that evening.", "2022-09-16") == "2022-09-16"
    assert r("The same month the envoys met.", "2022-09-16") == "2022-09"
    assert r("the following June they met again", "2022-10") == "2023-06"
    assert r("Within a week the city had emptied.", "2023-09-19") == "2023-09"
    iso, basis = resolve_anaphor(_one("Two days later the border reopened."), "2024-03-30", "on March 30, 2024")
    assert "on March 30, 2024" in basis and "Two days later" in basis


def test_weekdays_and_tense_against_a_full_reference_date() -> None:
    # 2025-03-12 is a Wednesday
    (wd,) = find_dates("The army said on Tuesday that the siege had ended.")
    assert resolve(wd, "2025-03-12")[0] == "2025-03-11"
    (same,) = find_dates("The army said on Wednesday that the siege had ended.")
    assert resolve(same, "2025-03-12")[0] == "2025-03-12"
    (last,) = find_dates("Rebels attacked a convoy last Wednesday.")
    assert resolve(last, "2025-03-12")[0] == "2025-03-05"
    (fut,) = find_dates("The two presidents will meet on Friday in the capital.")
    assert fut.future and resolve(fut, "2025-03-12")[0] == "2025-03-14"
    (june,) = find_dates("The leader is due to visit the region in June.")
    assert june.future and resolve(june, "2025-04-04")[0] == "2025-06"
    (past,) = find_dates("The leader visited the region in June.")
    assert not past.future and resolve(past, "2025-04-04")[0] == "2024-06"


# -- in the pipeline -------------------------------------------------------------------

def test_news_item_weekday_resolves_against_the_dateline() -> None:
    facts = _events("Border talks end in a deal\n\nDUSHANBE, March 12 (Test Wire) – Tajikistan and "
                    "Kyrgyzstan signed a border agreement on Tuesday in Dushanbe, officials said.\n\n"
                    "Published: 12 March 2025\n")
    got = _of(facts, "agreement")
    assert got and got[0].args["date"] == "2025-03-11" and got[0].args["date_text"] == "on Tuesday"
    assert "Tuesday" in got[0].inferences["date"]


def test_two_days_later_after_a_full_date() -> None:
    facts = _analysis("Kyrgyzstan and Tajikistan announced a ceasefire on March 30, 2024, and two days later "
                      "Kyrgyzstan and Tajikistan signed a protocol on troop withdrawals.")
    got = _of(facts, "agreement")
    assert got and got[0].args["date"] == "2024-04-01" and got[0].args["date_text"] == "two days later"
    assert "'on March 30, 2024'" in got[0].inferences["date"]


def test_the_next_day_across_sentences() -> None:
    facts = _analysis("Armenian and Azerbaijani forces clashed near the border on November 14, 2023. "
                      "The next day Armenia accused Azerbaijan of violating the truce.")
    got = _of(facts, "accusation")
    assert got and got[0].args["date"] == "2023-11-15" and got[0].args["date_text"] == "The next day"


def test_that_autumn_takes_the_year_told_before() -> None:
    facts = _analysis("Azerbaijan launched an offensive in Nagorno-Karabakh in September 2019. "
                      "That autumn Armenia accused Azerbaijan of ethnic cleansing.")
    got = _of(facts, "accusation")
    assert got and got[0].args["date"] == "2019" and got[0].args["date_text"] == "That autumn"


def test_year_less_dates_of_a_new_section_take_the_narratives_year() -> None:
    facts = _analysis(
        "The regional council was elected on 14 October 2021 after a long campaign.\n"
        "IMPLICATIONS: On 2 December the United States imposed sanctions on Belarus. "
        "On 1 March 2022 the council met again."
    )
    sanc = _of(facts, "sanction")
    assert sanc and sanc[0].args["date"] == "2021-12-02", [f.args for f in facts]
