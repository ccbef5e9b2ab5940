"""Arms transfers: goods told only by a category whose supplier is inferred and whose recipient is
only a state named somewhere in the discourse are no claim of a transfer ("the rebel army will
hand over its heavy weapons"); a named recipient keeps it (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_and_system


def test_disarmament_is_no_transfer() -> None:
    assert transfers("Armenia signed the ceasefire. Under its terms, the rebel army will hand over its heavy weapons.") == []


def test_named_recipient_keeps_the_category_transfer() -> None:
    assert parties_and_system(transfers("Russia will hand over heavy weapons to Armenia.")) == {
        ("state:RUS", "state:ARM", "arms")}
