"""Patterns that once backtracked exponentially on a run of repeated words (found by review):
each word now has one way to match, so a failed match on a long run returns at once. These
tests assert results, not times; before the fix the first two would not return in a day."""
import re

from silkgraph.extract.relations.views import VIEW_AS_RE
from silkgraph.extract.transfers.party_patterns import CLAUSE_SUBJECT_RE


def test_clause_subject_fails_fast_on_a_run_of_ly_words() -> None:
    assert CLAUSE_SUBJECT_RE.fullmatch("Meanwhile, " + "quietly " * 40 + "x") is None
    assert CLAUSE_SUBJECT_RE.fullmatch("ably" * 40 + "!") is None


def test_clause_subject_still_reads_clause_openers() -> None:
    for opener in ["Meanwhile, ", "In 2019, the ", "by contrast, ", "Quietly, then also ", ""]:
        assert CLAUSE_SUBJECT_RE.fullmatch(opener), opener
    assert CLAUSE_SUBJECT_RE.fullmatch("Kyrgyzstan ") is None


def test_view_as_fails_fast_on_repeated_adjectives() -> None:
    assert VIEW_AS_RE.match(" as a " + "regional " * 40 + "x") is None
    assert VIEW_AS_RE.match(" as a " + "closest " * 40 + "x") is None
    m = VIEW_AS_RE.match(" as a close regional security partner")
    assert m and m.group("noun") == "partner"


def test_view_as_lists_each_adjective_once() -> None:
    group = re.search(r"\(\?:\(\?:(key\|.*?)\)\\s\+\)\*", VIEW_AS_RE.pattern)
    assert group
    words = group.group(1).split("|")
    assert len(words) == len(set(words))
