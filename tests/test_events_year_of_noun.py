"""A year written after "of" that postmodifies a noun ("the Border Treaty of 1991", "the deportations
of 1941") dates that noun, not the clause's event: the event takes the sentence's own date when it
has one; the trigger's own postmodifier ("the war of 2008") still dates it.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\nMoldova has drifted away from Belarus over the past year. "
CLOSING = "\nPublished: 12 March 2024\n"


def _facts(body: str) -> list:  # type: ignore[type-arg]
    return event_facts(body, opening=OPENING, closing=CLOSING)


def test_the_year_of_an_object_noun_is_not_the_events_date() -> None:
    facts = _facts("When Latvia called the deportations of 1941 a crime on 4 May 2022, the Russian foreign "
                   "ministry rejected the statement.")
    acc = of_type(facts, "accusation")
    assert acc and acc[0].args["date"] == "2022-05-04"


def test_the_sentence_date_wins_over_a_treaty_year() -> None:
    facts = _facts("On 3 March 2023 Poland held the Border Treaty of 1991 in abeyance and closed the crossing.")
    assert all(f.args["date"] != "1991" for f in of_type(facts, "coercion"))
    assert any(f.args["date"] == "2023-03-03" for f in of_type(facts, "coercion"))


def test_the_triggers_own_year_still_dates_it() -> None:
    facts = _facts("The three-day war of 2008 ended with a truce brokered by France.")
    assert not facts or all(f.args["date"].startswith("2008") for f in of_type(facts, "attack"))


def test_a_year_less_date_after_a_year_naming_a_noun_takes_the_narratives_year() -> None:
    facts = _facts("Latvia joined NATO in 2004 and asked Russia for an apology for the deportations of 1941. "
                   "When the Russian envoy came to Riga on 23 August, he told reporters that the matter was closed.")
    assert all(not f.args["date"].startswith("1941") for f in facts)


def test_an_anaphor_after_a_year_naming_a_war_counts_from_the_narratives_day() -> None:
    facts = _facts("On 2 May 2023 Latvia expelled two Russian diplomats. It was the first such step since the 1991 "
                   "crisis. Hours later, Russia recalled its ambassador from Riga.")
    got = of_type(facts, "sanction")
    assert got and all(f.args["date"] == "2023-05-02" for f in got)


def test_a_year_after_over_a_noun_is_that_nouns() -> None:
    facts = _facts("In April 1993, after Russian forces seized a Georgian village, Latvia sealed its border in "
                   "solidarity with Tbilisi, tying the closure to the war rather than to the quarrel over 1940.")
    assert all(f.args["date"] != "1940" for f in facts)
