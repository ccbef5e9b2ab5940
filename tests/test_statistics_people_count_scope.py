"""Statistics: a count of people is read in its own verb phrase (a verb coordinated after the
counted noun, "… of 90,000 people and called for observers to be sent", gives no counting cue), and
people hurt or held belong to the state of the locality named just before ("protests in Osh … the
ministry said 300 people had been detained"), not to the state the article names most."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_cue_of_a_later_verb_phrase_does_not_count() -> None:
    assert not _stats("Georgia's foreign minister accused Russia of planning the expulsion of 90,000 people "
                      "and called for observers to be sent to the area.")
    got = _stats("Officials said Moldova had evacuated 90,000 people and asked for aid.")
    assert ("state:MDA", 90000.0, "count") in got


def test_held_people_belong_to_the_locality_named_before() -> None:
    text = ("Latvia, Estonia and Lithuania banned Kyrgyz officials. Latvia and Estonia called the crackdown brutal. "
            "Protests went on in Osh on Sunday. Police cleared the square, and the ministry said 300 people "
            "had been detained.")
    got = _stats(text)
    assert ("state:KGZ", 300.0, "count") in got
    assert not any(s == "state:LVA" and v == 300.0 for s, v, _u in got)


def test_without_a_locality_the_article_state_holds() -> None:
    got = _stats("Kyrgyzstan's police said 300 people had been detained.")
    assert ("state:KGZ", 300.0, "count") in got
