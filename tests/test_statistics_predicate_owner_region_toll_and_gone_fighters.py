"""Three structures of statistics subjects:

* a pronoun after a copular clause ("X is Y's largest partner: it accounts for 80 percent of …")
  stands for the clause's subject X, not for the possessor Y inside its predicate;
* fighters counted as going from a place ("26,000 fighters had gone from X to Y") are that
  place's figure;
* a region (no capital) that records or reports a toll ("X recorded 64 deaths") owns it, as a
  state does."""

from __future__ import annotations

from event_facts import source_facts


def _stats(body: str) -> set[tuple[str, float]]:
    text = "Test headline\n\nBy Lena Okafor\n\nMay 14, 2025\n\n" + body + "\n"
    return {(f.args["subject"], f.args["value"]) for f in source_facts(text, "statistic")}


# --------------------------------------------------------------------------- predicate possessor


def test_pronoun_after_copular_predicate_is_the_subject() -> None:
    got = _stats("Kazakhstan is also by far Kyrgyzstan's largest market: by most estimates it accounts for "
                 "about 45 percent of the republic's exports.")
    assert ("state:KAZ", 45.0) in got
    assert ("state:KGZ", 45.0) not in got


def test_pronoun_after_copular_predicate_with_named_owner() -> None:
    got = _stats("Japan has become Uzbekistan's biggest lender, and it holds nearly 30 percent of Uzbekistan's debt.")
    assert ("state:JPN", 30.0) in got
    assert ("state:UZB", 30.0) not in got


def test_pronoun_after_copular_predicate_makes_up() -> None:
    got = _stats("Iran was Armenia's main fuel supplier. It makes up some 25 percent of the country's imports.")
    assert ("state:IRN", 25.0) in got


def test_near_miss_possessor_as_subject_stays() -> None:
    # the possessor heads the subject, no copula before it: "it" stands for no predicate owner
    got = _stats("Kazakhstan's economy grew quickly, and it accounts for 60 percent of the region's output.")
    assert ("state:KAZ", 60.0) in got


# --------------------------------------------------------------------------- fighters gone from a place


def test_fighters_gone_from_a_place() -> None:
    got = _stats("The regional leader claimed that 14,000 fighters had gone from Chechnya to the front.")
    assert ("place:chechnya", 14000.0) in got


def test_volunteers_sent_from_a_place() -> None:
    got = _stats("Local officials said some 3,500 volunteers were sent from Dagestan last year.")
    assert ("place:dagestan", 3500.0) in got


def test_near_miss_people_gone_from_a_place() -> None:
    # "people" going from one city to another is migration, not fighters
    got = _stats("Some 5,000 people have gone from Osh to Bishkek in search of work.")
    assert ("place:osh", 5000.0) not in got


# --------------------------------------------------------------------------- a region's own toll


def test_region_records_its_toll() -> None:
    got = _stats("Ingushetia recorded 64 deaths in the insurgency that year.")
    assert ("place:ingushetia", 64.0) in got


def test_near_miss_capital_reports_for_its_state() -> None:
    got = _stats("Baku reported 80 dead after the clashes on the border.")
    assert ("state:AZE", 80.0) in got
    assert ("place:baku", 80.0) not in got
