"""Statistics: a count in a clause of its own (after a semicolon or ", and") takes that clause's
actor, not the first actor of the sentence; people counted at the head of such a clause ("…; more
than 20,000 people fled to Iraq") are no other clause's actor's. A clause with no actor of its own
that is not headed by the count still leans on the sentence ("…; the government put their number
at …"). The author of a calculation ("X calculated that …") is a figure's source."""

from __future__ import annotations

from event_facts import statistic_triples as _stats


def test_count_takes_its_own_clauses_actor() -> None:
    got = _stats("Iran launched an offensive in the north; Turkey deployed some 3,000 troops to the border.")
    assert ("state:TUR", 3000.0, "count") in got
    assert ("state:IRN", 3000.0, "count") not in got


def test_people_heading_their_clause_are_not_the_attackers() -> None:
    got = _stats("Turkey launched an offensive in the north; more than 20,000 people fled to Iraq.")
    assert ("state:TUR", 20000.0, "count") not in got
    got = _stats("Iran asked Armenia for help, and some 3,000 mainly Russian troops arrived in May.")
    assert ("state:IRN", 3000.0, "count") not in got


def test_clause_without_actor_not_headed_by_the_count_leans_on_the_sentence() -> None:
    got = _stats("Pakistan ordered migrants out in May; the government put their number at 900,000.")
    assert ("state:PAK", 900000.0, "count") in got


def test_calculating_author_is_a_source() -> None:
    got = _stats("An economist at the World Bank calculated that exports to Russia rose by 40 percent, "
                 "while those to China fell by 5 percent.")
    assert not any(s == "org:world-bank" for s, _v, _u in got)
    got = _stats("An economist at the World Bank calculated that Kazakhstan's exports to Russia rose by 40 percent.")
    assert ("state:KAZ", 40.0, "percent") in got
