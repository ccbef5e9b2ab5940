"""``ontology/episodes.yaml`` is well formed: its word lists are non-empty lists of strings, its event
types are known types, and each of its triggers compiles with the fields the main list uses."""

from __future__ import annotations

import re

from silkgraph.extract.events import PLOVER
from silkgraph.extract.events.episode_date import load_episodes, load_episodes_raw

LISTS = ("episode_types", "chain_words", "premod_stop_words", "mutual_retreat_nouns", "mutual_pair_types",
         "completion_verbs", "mutual_done_verbs")


def test_word_lists_are_non_empty_lists_of_words() -> None:
    data = load_episodes()
    for key in LISTS:
        assert data[key], key
        assert all(w.strip() == w and w for w in data[key]), key


def test_types_are_known_event_types() -> None:
    data = load_episodes()
    for key in ("episode_types", "mutual_pair_types"):
        assert set(data[key]) <= set(PLOVER), key


def test_triggers_compile_with_known_fields() -> None:
    raw = load_episodes_raw()["episode_triggers"]
    assert set(raw) <= set(PLOVER)
    for specs in raw.values():
        for sp in specs:
            assert set(sp) <= {"kind", "pattern", "preps", "needs", "poss", "actor_preps", "symmetric"}, sp
            assert sp["kind"] in ("noun", "verb")
            re.compile(sp["pattern"], re.I)
