"""lookbehind_needs: strings a pattern's leading look-behind needs in the text."""

from __future__ import annotations

import re

from silkgraph.extract.transfers.systems import _anaphora, _nouns_passing
from silkgraph.nlp.prefilter import lower_for_gates
from silkgraph.nlp.prefilter_lookbehind import lookbehind_needs


def test_lookbehind_needs() -> None:
    p = re.compile(r"\b(?:(?<=\bthe\sfirst\s)|(?<=\bthe\snext\s))\d+", re.I)
    assert lookbehind_needs(p) == (frozenset({"firs", "next"}),)
    assert lookbehind_needs(re.compile(r"(?<=\banother\s)\d")) == (frozenset({"anot"}),)
    for src in (r"(?<=x)\d|\d", r"(?<=\s)a", r"(?<!ab)c", r"ab(?<=b)", r"\d+"):
        assert lookbehind_needs(re.compile(src, re.I)) == ()


def test_anaphoric_nouns_pass_where_they_match() -> None:
    texts = ["The first six were delivered a year later.", "THE NEXT 12 ARRIVED in May.",
             "A contract for another 12 was signed.", "Two of them arrived in 2022.",
             "The remaining four followed.", "It bought four more."]
    for text in texts:
        for (p, _c), ok in zip(_anaphora()[1], _nouns_passing(lower_for_gates(text)), strict=True):
            assert ok or p.search(text) is None, (p.pattern, text)
    assert not all(_nouns_passing(lower_for_gates("It bought four more.")))
