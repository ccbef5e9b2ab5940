"""The plural nouns that name states as a group ("both countries", "All three states", "between
the two neighbours"), kept as data in ``resources/ontology/group_nouns.yaml`` and shared by the
membership and relation extractors as regular-expression alternations."""

from __future__ import annotations

import re

from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/group_nouns.yaml")


def _alternation(words: list[str]) -> str:
    # longest first, so that no word stops the match inside a longer one
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


STATE_NOUNS: list[str] = list(_DATA["state_nouns"])
# "countries|states|…": the nouns as one alternation (no group)
STATE_NOUNS_ALT = _alternation(STATE_NOUNS)
# with the descriptive pair nouns ("powers", "giants", "rivals")
PAIR_NOUNS_ALT = _alternation(STATE_NOUNS + list(_DATA["pair_nouns"]))
