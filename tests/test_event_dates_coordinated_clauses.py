"""A chronology packed into one sentence of coordinated clauses, each with its own date: an event takes
the date of its own conjunct, not that of the conjunct before it ("bought drones in 2021, signed an
agreement with Turkey in May 2022"; "U.S. troops left in June 2014, Kyrgyzstan joined the union in August
2015"), nor that of a later clause with a subject of its own that tells a further development ("…, and
relations worsened again in mid-2025"); a year-less date of a later coordinated clause takes the year
written earlier in its own sentence ("on 2 January 2015, …, and Kyrgyzstan joined in August"), or the next
year when it falls earlier in the calendar ("on 15 December 2021, and on 14 January …")."""

from __future__ import annotations

from event_facts import event_facts, of_type

from silkgraph.nlp.dates import find_dates, local_anchors

OPEN = "Test headline\n\nBy A. Writer\nPublished: 1 October 2025\n\n"


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, OPEN), etype))


def _years(text: str) -> dict[str, int | None]:
    exprs = find_dates(text)
    return {te.text: (a.year if a is not None else None)
            for te, a in zip(exprs, local_anchors(text, exprs, discourse=True), strict=True) if te.year is None}


def test_a_verb_phrase_series_dates_each_verb_by_its_own_conjunct() -> None:
    got = _dates("Uzbekistan bought four Akinci drones in 2020, signed an agreement with Turkey in March 2023 "
                 "to build them locally, and in 2024 received new patrol boats.", "agreement")
    assert got == ["2023-03"]


def test_a_clause_series_dates_each_clause_by_its_own_date() -> None:
    got = _dates("Russian troops left the airfield in May 2013, Tajikistan joined the Eurasian Economic Union "
                 "in April 2016, and in June 2016 Dushanbe renewed its lease.", "accession")
    assert got == ["2016-04"]


def test_near_miss_a_date_opening_the_sentence_frames_its_clause() -> None:
    got = _dates("In April 2016, Tajikistan joined the Eurasian Economic Union.", "accession")
    assert got == ["2016-04"]


def test_a_later_development_clause_does_not_date_the_first() -> None:
    body = ("On 3 March 2023 a Tajik convoy was ambushed near the border, killing six guards. Dushanbe accused "
            "Kabul of sheltering the attackers, and ties improved only in late 2024.")
    got = _dates(body, "accusation")
    assert got and all(d.startswith("2023-03") for d in got)


def test_near_miss_a_same_episode_clause_still_shares_its_date() -> None:
    got = _dates("Armenia protested to Baku, and Azerbaijani troops shelled Armenian posts on 12 May 2024.", "attack")
    assert got == ["2024-05-12"]


def test_the_year_written_in_the_sentence_dates_its_later_clause() -> None:
    got = _years("Minsk and Moscow agreed the text on 29 May 2014. Armenia became a member on 2 January 2015, "
                 "a day after the launch, and Kyrgyzstan joined in August.")
    assert got["in August"] == 2015


def test_a_later_clause_earlier_in_the_calendar_takes_the_next_year() -> None:
    got = _years("Ankara floated the idea in February 2020. The two named envoys on 15 December 2021, "
                 "and on 14 January they held talks in Moscow.")
    assert got["on 14 January"] == 2022


def test_near_miss_an_earlier_event_referred_to_in_the_same_sentence_keeps_the_year() -> None:
    got = _years("The ministers met in Riyadh on 6 June 2025, where both condemned the shelling of 22 April.")
    assert got["of 22 April"] == 2025
