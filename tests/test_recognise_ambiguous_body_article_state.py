"""A body's name shared by several states' institutions ("the National Security Committee")
with no state named in its sentence is the body of the state the article has named most so
far; a state named in the sentence still decides first.

Every sentence here is invented."""

from __future__ import annotations

from recognised import rec, spans

from silkgraph.knowledge import Knowledge


def test_body_of_the_state_the_article_is_about(kb: Knowledge) -> None:
    text = ("Kazakhstan tightened its border controls on Monday. Kazakhstan also recalled two envoys. "
            "The National Security Committee said on Tuesday that three officers had been arrested.")
    assert spans(rec(kb, text))["National Security Committee"] == "org:knb-kaz"


def test_body_of_the_other_state_when_it_is_the_topic(kb: Knowledge) -> None:
    text = ("Pakistan closed two crossings on Monday. Pakistan said the closures were temporary. "
            "The National Security Committee met on Wednesday to review them.")
    assert spans(rec(kb, text))["National Security Committee"] == "org:nsc-pakistan"


def test_a_state_named_in_the_sentence_decides_first(kb: Knowledge) -> None:
    text = ("Kazakhstan and its neighbours met on Monday. Kazakhstan hosted the talks. "
            "Pakistan's National Security Committee said it had followed them closely.")
    assert spans(rec(kb, text))["National Security Committee"] == "org:nsc-pakistan"
