"""A national body named without its state ("The Interior Ministry said") is that body of the
state the sentence names, or of the state the article has named most, when the gazetteer
knows such a body; with two states in view it stays a description.

Every sentence here is invented."""

from __future__ import annotations

from recognised import rec, spans

from silkgraph.knowledge import Knowledge


def test_body_of_the_article_state(kb: Knowledge) -> None:
    r = rec(kb, "Crowds gathered in Tbilisi overnight. The Interior Ministry said forty people were held.")
    assert spans(r).get("Interior Ministry") == "org:moi-georgia", spans(r)
    assert ("org:moi-georgia", "Interior Ministry", "variant") in r.local_aliases


def test_body_of_the_sentence_state(kb: Knowledge) -> None:
    s = spans(rec(kb, "Uzbekistan sent the National Guard to the region."))
    assert s.get("National Guard") == "org:national-guard-uzbekistan", s


def test_two_states_leave_a_description(kb: Knowledge) -> None:
    s = spans(rec(kb, "Georgia and Armenia traded charges. The Interior Ministry said forty people were held."))
    assert "Interior Ministry" not in s, s


def test_no_state_leaves_a_description(kb: Knowledge) -> None:
    assert "Foreign Ministry" not in spans(rec(kb, "The Foreign Ministry said the talks would resume."))
