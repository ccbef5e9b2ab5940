"""Recognition of a short invented text, for the recognition tests (the gazetteer comes from the
``kb`` fixture in conftest.py)."""

from __future__ import annotations

from silkgraph.extract.recognise import Recognised, recognise
from silkgraph.knowledge import Knowledge
from silkgraph.model import Sentence
from silkgraph.nlp.sentences import split_text


def rec(kb: Knowledge, text: str) -> Recognised:
    """The mentions and entities ``recognise`` finds in ``text``, split into sentences."""
    sents = [Sentence(a, b, "background", i) for i, (a, b) in enumerate(split_text(text, 0, len(text)))]
    return recognise(text, sents, kb)


def spans(r: Recognised) -> dict[str, str]:
    """mention text -> entity id"""
    return {m.text: m.entity_id for m in r.mentions}


def types(r: Recognised) -> dict[str, str]:
    """mention text -> type of the entity it names"""
    return {m.text: r.entities[m.entity_id].type for m in r.mentions if m.entity_id in r.entities}
