"""Recognise mentions in an article's sentences and resolve them to entities.

Three sources of mentions, all offsets into the source text:
1. the gazetteer matcher (one Aho-Corasick pass per sentence);
2. acronyms the article defines ("Tehreek-e-Taliban Pakistan (TTP)"), which become
   aliases for this article only, and names the gazetteer lacks but the text defines;
3. people introduced by a title ("Tajik President Emomali Rahmon", "China's Ambassador
   to Kabul, Zhao Xing"), later referred to by surname.
4. names the gazetteer lacks, recognised by their shape (:class:`~silkgraph.extract.recognise.shapes.ShapePass`; word lists in
   ontology/name_heads.yaml and ontology/titles.yaml; each pass runs only when a trigger word
   is in the sentence):
   * weapon variants: an unknown code whose base is known ("Su-30SM" <- "Su-30") becomes
     ``wpn:<slug>`` with the base's origin and ``variant_of``; a lookup-only designation
     ("Mistral", "Vuran") fires when a weapon-category noun follows within three words;
   * people: appositive roles ("its head of security, X"; "X, a senior adviser to Y") and a
     name coordinated with a known person ("Ilham Aliyev and X");
   * places: "the (oil) town of X", "X, the main town of Y", "X province/river" (X is the
     name), "X Avenue/corridor" (the phrase is the name), "at X in <known place>"; the longest
     span wins over an inner match ("East Azerbaijan province" is not the state);
   * organisations: 2-6 capitalised words ending in a head noun ("Central Election
     Commission"), with a state possessive or adjective giving the country ("South Africa's
     Paramount Group"); the type comes from the head.
Sentences in boilerplate sections (the publisher's blurb) yield no mentions; an author's bio
yields no place mentions, and a dateline's agency credit ("(Caucasus Wire)") none at all.

Resolution: a capital is the state where it acts ("Islamabad maintains", "acquired by
Baku") and the city where it is a place ("met in Dushanbe", "the Astana summit", "its Kabul
embassy"); people "in" a capital ("officials in Tashkent") give both readings; demonyms point to the state; a
government organ named with its state inside ("China's foreign ministry") is also a mention of
the state (:mod:`~silkgraph.extract.recognise.owners`).

The code: :mod:`~silkgraph.extract.recognise.recogniser` holds an article's recognition state,
the order of the passes and the final resolution; the passes over one sentence (1-3) are in
:mod:`~silkgraph.extract.recognise.sentence_passes`, the shape passes (4) in
:mod:`~silkgraph.extract.recognise.shapes`, and later mentions by surname or defined acronym in
:mod:`~silkgraph.extract.recognise.later_mentions`.
"""

from __future__ import annotations

from silkgraph.extract.recognise.capitals import (
    capital_is_place as _capital_is_place,  # noqa: F401  (the tests reach it through the package)
)
from silkgraph.extract.recognise.recogniser import Recognised, Recogniser
from silkgraph.knowledge import Knowledge
from silkgraph.model import Sentence

__all__ = ["Recognised", "recognise"]


def recognise(text: str, sentences: list[Sentence], kb: Knowledge) -> Recognised:
    """Recognise the mentions in ``sentences`` (offsets into ``text``) and the entities they
    name: per sentence, gazetteer spans, a dateline city, defined acronyms, titled people and
    the shape passes; then surnames and acronyms used later; then final resolution."""
    return Recogniser(text, sentences, kb).run()
