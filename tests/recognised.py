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
