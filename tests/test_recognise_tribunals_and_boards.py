"""Tribunals and boards named in full ("the Special Appellate Tribunal", "the Kyrgyz Energy
Regulatory Board") are organisations; a generic tribunal, even capitalised, is no name.

Every sentence here is invented."""

from __future__ import annotations

import pytest
from recognised import rec, types

from silkgraph.knowledge import Knowledge


@pytest.mark.parametrize("text,name", [
    ("The Special Appellate Tribunal adjourned the case until June.", "Special Appellate Tribunal"),
    ("The Kyrgyz Energy Regulatory Board raised tariffs.", "Kyrgyz Energy Regulatory Board"),
])
def test_tribunals_and_boards_are_organisations(kb: Knowledge, text: str, name: str) -> None:
    t = types(rec(kb, text))
    assert t.get(name) == "organization", t


def test_generic_tribunal_is_no_name(kb: Knowledge) -> None:
    t = types(rec(kb, "The tribunal said the evidence was weak. The Tribunal met again."))
    assert "organization" not in t.values()
