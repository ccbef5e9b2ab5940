"""The nouns of works (pipelines, railways, ports …) are one list, ``work_nouns`` in
``statistics.yaml``, read by the volume carrier, the work-cost and the "the line" readers alike;
volumes read number words and scales from ``nlp.numbers``, counts of owned people share the
population reader's figure; and the helpers other modules call are public."""

from __future__ import annotations

import re

from silkgraph.extract.statistics import volumes, work_costs
from silkgraph.extract.statistics.owned_people import COUNT_BEFORE_RE
from silkgraph.extract.statistics.works import WORK_NOUNS, work_for_noun, work_noun_alt
from silkgraph.extract.transfers.merge import same_family
from silkgraph.extract.transfers.possessors import np_owner
from silkgraph.resources import load_yaml


def test_every_listed_work_noun_is_read_by_each_reader() -> None:
    listed = load_yaml("ontology/statistics.yaml")["work_nouns"]
    assert tuple(listed) == WORK_NOUNS
    for noun in listed:
        assert volumes._WORK_WORDS.fullmatch(noun), noun
        assert work_costs._WORK_WORDS.fullmatch(noun), noun
        assert volumes._WORK_WORDS.fullmatch(noun + "s"), noun
        assert re.fullmatch(work_noun_alt(), noun)
        assert work_costs.WORK_COST_RE.search(f"the {noun}'s estimated cost is put at about ")


def test_near_miss_a_word_that_is_no_work_noun() -> None:
    for word in ("plan", "lines-man", "portfolio", "fielder"):
        assert not volumes._WORK_WORDS.fullmatch(word)
        assert not work_costs._WORK_WORDS.fullmatch(word)


def test_volume_number_words_from_the_shared_table() -> None:
    m = volumes.VOLUME_RE.search("The port handled fourteen million tonnes of cargo.")
    assert m is not None and m.group("n") == "fourteen" and m.group("s") == "million"
    assert volumes.VOLUME_RE.search("It handled a million tonnes.") is None  # ("a" is no number word here)


def test_owned_people_count_reads_the_population_figure() -> None:
    m = COUNT_BEFORE_RE.search("about 1.3 million ")
    assert m is not None and (m.group("n"), m.group("s")) == ("1.3", "million")


def test_public_helpers() -> None:
    assert callable(np_owner) and np_owner.__doc__
    assert callable(same_family) and same_family.__doc__
    assert callable(work_for_noun) and work_for_noun.__doc__
