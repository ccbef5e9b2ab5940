"""An act a report tells in the pluperfect after the report's day ("police said on Tuesday that 12 people
had been killed when X attacked Y") happened before that day: a following sentence naming it again by a
definite noun with its own day ("The attack began on Monday evening") dates it; without one the report's
day stands.  The reactions told later answer the report, on its day.  A same-day offset ("Hours earlier")
in a news report counts from the day its lead's news happened, not from the dateline.  Own sentences."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPENING = "Test headline about the region\n\n"
CLOSING = "\n\nPublished: 4 May 2021\n"  # a Tuesday

LEAD = ("QUETTA, May 4 (Test Wire) – Pakistani police said on Tuesday that at least 12 people had been killed "
        "when Baloch Liberation Army fighters attacked a police post near Sibi.\n\n")


def _attack_dates(body: str) -> list[str]:
    facts = event_facts(body, opening=OPENING, closing=CLOSING)
    return [f.args["date"] for f in of_type(facts, "attack") if "armed:bla" in f.args.get("actors", [])]


def test_the_act_named_again_gives_its_own_day() -> None:
    assert _attack_dates(LEAD + "The attack began on Monday evening, shortly before the guards changed shift.") == \
        ["2021-05-03"]


def test_without_the_acts_own_day_the_report_day_stands() -> None:
    assert _attack_dates(LEAD + "The post had been reinforced after threats, officials said.") == ["2021-05-04"]


def test_a_day_after_the_report_is_not_the_acts() -> None:
    # a later day named for the act is a sequel (or a misreading), never the act before the report
    assert _attack_dates(LEAD + "The attack was condemned on Wednesday by the provincial assembly.") == \
        ["2021-05-04"]


def test_an_act_told_in_the_simple_past_keeps_the_sentences_day() -> None:
    body = ("QUETTA, May 4 (Test Wire) – Pakistani police said on Tuesday that Baloch Liberation Army fighters "
            "attacked a police post near Sibi.\n\nThe attack began on Monday evening.")
    assert _attack_dates(body) == ["2021-05-04"]


def test_hours_earlier_counts_from_the_leads_news_day() -> None:
    facts = event_facts("BISHKEK, May 4 (Test Wire) – The United States imposed sanctions on three firms in "
                        "Kyrgyzstan on Monday.\n\nThe Treasury said the firms had shipped electronics to third "
                        "countries.\n\nHours earlier, Kyrgyzstan's foreign ministry said that no state company had "
                        "breached the sanctions.", opening=OPENING, closing=CLOSING)
    kgz = [f for f in facts if f.args.get("date_text") == "Hours earlier"]
    assert kgz and all(f.args["date"] == "2021-05-03" for f in kgz)


def test_reactions_answer_the_report_on_its_day() -> None:
    facts = event_facts(LEAD + "The attack began on Monday evening.\n\nPakistan accused India of backing the group.",
                        opening=OPENING, closing=CLOSING)
    acc = [f for f in of_type(facts, "accusation") if "state:PAK" in f.args.get("actors", [])]
    assert acc and acc[0].args["date"] == "2021-05-04"
