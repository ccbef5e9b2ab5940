"""A definite relation noun with no owner ("The opening to Pakistan …", "the 2020 war with
Armenia") is the relation of the state the article is clearly about; not when no state leads,
nor when the sentence names a state before the noun."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\nDHAKA, 3 March 2024 — ")


TOPIC = "Nepal held elections. Nepal cut fuel taxes. Nepal built roads. Nepal hired teachers. "


def test_topic_state_owns_the_noun() -> None:
    assert ("state:BTN", "state:NPL", "partner") in _rels(TOPIC + "The opening to Bhutan has been swift.")
    assert ("state:BTN", "state:NPL", "adversary") in _rels(TOPIC + "French jets proved decisive in the 1990 war with Bhutan.")


def test_topic_noun_near_misses() -> None:
    # no state clearly leads the article
    assert not _rels("Nepal held elections. Bhutan cut fuel taxes. Nepal built roads. Bhutan hired teachers. "
                     "The opening to Laos has been swift.")
    # the relation of a state named before it
    got = _rels(TOPIC + "Laos says the opening to Bhutan has been swift.")
    assert ("state:BTN", "state:NPL", "partner") not in got
