"""clause_re(text) finds exactly CLAUSE_RE's matches."""

from __future__ import annotations

from silkgraph.extract.transfers.patterns import CLAUSE_RE, clause_re

TEXTS = ["X bought jets; Y sold tanks: Z, while W, which V", "Meanwhile but that, whereas thatch butter",
         "awhile but\tthen, including that\nwhile\nit", "A — B – C—D", "it said that’s, and that", "but", ",\u00a0and so",
         "X, and\u2003Y", "Whereas But That", "somewhat,    amid", "whilst, whilst"]


def test_clause_re_finds_clause_res_matches() -> None:
    for text in TEXTS:
        for end in range(len(text) + 1):
            want = [m.span() for m in CLAUSE_RE.finditer(text, 0, end)]
            assert [m.span() for m in clause_re(text).finditer(text, 0, end)] == want, (text, end)
