"""Word lists of the relation extractor kept as data (ontology/relations.yaml, titles.yaml): they
load as words, and every relation noun a cue captures names a kind."""

from __future__ import annotations

import re

from silkgraph.extract.relations.cues import BY_SHAPE, NOUN_KIND, PAIR_NOUN_KIND
from silkgraph.extract.relations.exercise import JOINT_RE, TAIL_RE
from silkgraph.extract.relations.leaders import LEADER_ROLE_RE


def test_noun_kinds_are_words_and_kinds() -> None:
    kinds = {"ally", "partner", "rival", "adversary"}
    for table in (NOUN_KIND, PAIR_NOUN_KIND):
        assert all(isinstance(k, str) and v in kinds for k, v in table.items())


def test_appos_nouns_all_have_a_kind() -> None:
    for cue in BY_SHAPE.get("appos_of", []):
        m = re.search(r"\(\?P<noun>([a-z|]+)\)", cue.regex.pattern)
        if m:
            assert set(m.group(1).split("|")) <= set(NOUN_KIND)


def test_exercise_words_from_data() -> None:
    assert JOINT_RE.search("held a Joint drill") and not JOINT_RE.search("held a drill")
    assert TAIL_RE.fullmatch("'s armed forces have also ")


def test_leading_offices() -> None:
    assert LEADER_ROLE_RE.match("Prime Minister of Armenia")
    assert LEADER_ROLE_RE.match("Minister of Defense")
    assert not LEADER_ROLE_RE.match("Deputy Prime Minister")
    assert not LEADER_ROLE_RE.match("Presidential envoy")
