"""Event dates read from the construction around the trigger (own invented sentences):

* a date of the previous conjunct yields to the trigger's own conjunct's date, also when that conjunct
  has a subject of its own ("the accord lapsed in 2021 and Kyrgyzstan withdrew its troops in 2022");
* a year premodifying a document's name ("the 1992 Freedom Support Act") dates no event of the clause;
  an agreement that names what it signs ("signed the 2015 Paris Agreement") keeps it;
* a day in the possessive before another noun ("over Saturday's bombing") is that noun's;
* an act told "overnight" in a that-clause after a saying's day ("said on Wednesday that …") is the
  day before; a dateline's day alone is not moved;
* a saying's day yields to the act's own day in its that-clause, whatever the tense;
* "at the end of the month" is the month told just before; with none, the month of writing;
* "ever since" after an old year brings the narrative back to the present's year;
* a fronted count from an event noun whose date the phrase writes ("The day after the vote on July 3,")
  shifts that date; a fronted phrase's date yields to the main clause's own ("After talks on July 3,
  X signed on July 5").
"""

from __future__ import annotations

from event_facts import event_facts, of_type

DATED = "Test headline about the region\nBy A. Writer\nSeptember 18, 2024\n\n"
# 18 September 2024 is a Wednesday
WIRE = "Test headline about the region\n\nTASHKENT, September 18 (Test Wire) - Officials met on Wednesday.\n\n"
WIRE_CLOSE = "\n\nThe two states signed a friendship treaty in January 2024.\n"


def _dates(body: str, etype: str, opening: str = DATED, closing: str = "") -> list[str]:
    return sorted(f.args["date"] for f in of_type(event_facts(body, opening=opening, closing=closing), etype))


def test_own_conjunct_date_after_a_new_subject() -> None:
    assert _dates("The old accord lapsed in 2021 and Pakistan accused Afghanistan of sheltering militants "
                  "in 2022, officials said.", "accusation") == ["2022"]
    assert _dates("The old accord lapsed in 2021 and Russia threatened Georgia with retaliation in 2022.",
                  "threat") == ["2022"]
    # near miss: no date of its own, the conjunct before still dates it
    assert _dates("The old accord lapsed in March 2021 and Pakistan accused Afghanistan of sheltering "
                  "militants.", "accusation") == ["2021-03"]


def test_a_documents_year_is_not_the_events() -> None:
    assert _dates("On July 3, Kazakhstan imposed sanctions on Kyrgyzstan under the 1992 Freedom Support Act.",
                  "sanction") == ["2024-07-03"]
    assert "1992" not in _dates("Kazakhstan imposed sanctions on Kyrgyzstan under the 1992 Freedom Support "
                                "Act, officials said.", "sanction")
    # near miss: the agreement signed is the one named
    assert _dates("Uzbekistan and Tajikistan signed the 2015 Dushanbe Accord.", "agreement") == ["2015"]


def test_possessive_day_is_the_possessed_nouns() -> None:
    body = "Kazakhstan imposed sanctions on Kyrgyzstan late on Monday over Saturday's bombing of a market."
    assert _dates(body, "sanction", WIRE, WIRE_CLOSE) == ["2024-09-16"]


def test_overnight_after_a_sayings_day_is_the_day_before() -> None:
    body = "Officials said on Wednesday that Azerbaijan had launched air strikes on Armenia overnight."
    assert _dates(body, "attack", WIRE, WIRE_CLOSE) == ["2024-09-17"]
    # near misses: a day tied to the night, no night at all
    body = "Officials said on Wednesday that Azerbaijan launched air strikes on Armenia overnight on Monday."
    assert _dates(body, "attack", WIRE, WIRE_CLOSE) == ["2024-09-16"]
    body = "Officials said on Wednesday that Azerbaijan launched air strikes on Armenia after a night of talks."
    assert _dates(body, "attack", WIRE, WIRE_CLOSE) == ["2024-09-18"]


def test_sayings_day_yields_to_the_acts_own_day() -> None:
    body = "Officials said on Wednesday that Pakistan accused Afghanistan of sheltering militants late on Monday."
    assert _dates(body, "accusation", WIRE, WIRE_CLOSE) == ["2024-09-16"]


def test_sayings_day_yields_to_a_noun_acts_own_day() -> None:
    body = "Officials said on Tuesday that they had foiled a drone attack by Azerbaijan on Armenia late on Monday."
    assert _dates(body, "attack", WIRE, WIRE_CLOSE) == ["2024-09-16"]


def test_end_of_the_month_is_the_month_told_before() -> None:
    assert _dates("Tensions rose in June. At the end of the month, Azerbaijan launched air strikes on Armenia.",
                  "attack") == ["2024-06"]
    body = ("The first round, which opened on 25 June, nearly collapsed. Only at the end of the month "
            "Uzbekistan and Tajikistan signed a border agreement.")
    assert _dates(body, "agreement") == ["2024-06"]
    # near miss: no month told before: the month of writing
    assert _dates("At the end of the month, Azerbaijan launched air strikes on Armenia.", "attack") == ["2024-09"]


def test_ever_since_brings_the_narrative_to_the_present() -> None:
    body = ("Turkmenistan left the bloc in 2012 and has kept away ever since, while Kazakhstan imposed "
            "sanctions on Kyrgyzstan in February.")
    assert _dates(body, "sanction") == ["2024-02"]
    body = ("The two states fought a brief war in 2016. Since then, trade has grown. In March, Kazakhstan "
            "imposed sanctions on Kyrgyzstan.")
    assert _dates(body, "sanction") == ["2024-03"]
    # near misses: no span up to now, or a span from the year itself ("since 2012"): the year told before
    body = "Turkmenistan left the bloc in 2012, while Kazakhstan imposed sanctions on Kyrgyzstan in February."
    assert _dates(body, "sanction") == ["2012-02"]
    body = "The two states fought a brief war in 2016. In March, Kazakhstan imposed sanctions on Kyrgyzstan."
    assert _dates(body, "sanction") == ["2016-03"]


def test_fronted_count_from_a_dated_noun() -> None:
    assert _dates("The day after the vote on July 3, Kazakhstan imposed sanctions on Kyrgyzstan.",
                  "sanction") == ["2024-07-04"]
    assert _dates("Two weeks before the election on July 3, Russia threatened Georgia with retaliation.",
                  "threat") == ["2024-06-19"]
    assert _dates("A day after the bombing, which killed 12 people on July 3, Azerbaijan launched air strikes "
                  "on Armenia.", "attack") == ["2024-07-04"]


def test_fronted_phrase_date_yields_to_the_main_clauses() -> None:
    assert _dates("After talks in Baku on July 3, Pakistan accused Afghanistan of sheltering militants on July 5.",
                  "accusation") == ["2024-07-05"]
    assert _dates("Having met in Baku on July 3, Russia threatened Georgia with retaliation on July 5.",
                  "threat") == ["2024-07-05"]
    # near miss: no date of the main clause: the phrase's dates it
    assert _dates("After talks in Baku on July 3, Pakistan accused Afghanistan of sheltering militants.",
                  "accusation") == ["2024-07-03"]
