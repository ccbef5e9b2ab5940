"""A reigning name after a title keeps its ordinal ("King Abdullah II", "Catholicos Karekin II",
"Pope Leo XIV") and is a person; a thing named with a title word and a numeral ("the King Air
II") is not. Every sentence here is invented."""

from __future__ import annotations

import pytest
from recognised import rec, types

from silkgraph.knowledge import Knowledge


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("King Faisal II opened the new bridge over the river.", "Faisal II"),
        ("Catholicos Karekin II blessed the soldiers in Yerevan.", "Karekin II"),
        ("Pope Leo XIV received the Azerbaijani delegation.", "Leo XIV"),
    ],
)
def test_reigning_names_are_people(kb: Knowledge, text: str, name: str) -> None:
    assert types(rec(kb, text)).get(name) == "person", types(rec(kb, text))


def test_a_title_word_and_a_numeral_name_no_person(kb: Knowledge) -> None:
    assert "person" not in types(rec(kb, "The King Air II aircraft landed at the base.")).values()
