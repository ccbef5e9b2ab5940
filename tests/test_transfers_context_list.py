"""Arms transfers: a recipient taken from the sentence's context is not the last state of a
coordination ("A, B and C ... sends weapons"): which of them receives is not said; a single
state there still is the recipient (own short sentences)."""

from __future__ import annotations

import pytest
from test_extract_transfers import transfers


@pytest.mark.parametrize("text", [
    "Georgia, Armenia and Azerbaijan expanded their fleets, while Iran sends weapons north.",
    "Mongolia and Bhutan keep small armies, and Belarus reportedly supplies arms.",
])
def test_last_state_of_a_list_is_no_context_recipient(text: str) -> None:
    assert not any(t.get("recipient") for t in transfers(text) if t.get("system") == "arms")


@pytest.mark.parametrize("text", [
    "Kazakhstan expanded its fleet, while Iran sends weapons north.",
    "Armenia received 12 Su-30SM fighters from Russia in 2020.",
])
def test_single_state_is_still_the_recipient(text: str) -> None:
    assert any(t.get("recipient") for t in transfers(text))
