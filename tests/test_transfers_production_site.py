"""Arms transfers: licensed production told by its site ("X opened a plant in Y to assemble S
under licence", "a plant in Y. It assembles S under licence"): the state where the licensed
line stands receives; near misses with no site, or a site at home, stay out (own sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers
from transfer_keys import parties_and_system_of as _keys


def test_site_named_before_the_licensee_verb() -> None:
    got = transfers("Iran opened a factory in Tashkent to assemble Shahed-136 drones under licence.")
    assert {(t["supplier"], t["recipient"], t["system"]) for t in got} == {
        ("state:IRN", "state:UZB", "wpn:shahed-136")}
    assert got[0]["inferences"]["recipient"].startswith("site of the licensed production")


def test_site_in_the_previous_sentence_as_the_verb_subject() -> None:
    assert _keys("In May 2022 Iran's chief of staff inaugurated a plant in Dushanbe. "
                 "It assembles Mohajer-6 drones under a licence agreed the previous year.") == {
        ("state:IRN", "state:TJK", "wpn:mohajer-6")}


def test_no_site_or_a_site_at_home_is_no_transfer() -> None:
    assert _keys("Iran builds Mohajer-6 drones under licence at a plant near Isfahan.") == set()
    assert _keys("Iran opened a plant in Tehran to assemble Mohajer-6 drones under licence.") == set()
    assert _keys("Iran's defence minister visited Dushanbe. It assembles Mohajer-6 drones under licence.") == set()
