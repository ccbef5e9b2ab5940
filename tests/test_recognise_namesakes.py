"""A person the text introduces whose surname the gazetteer gives to someone else ("Deputy
Minister Anvar Aliyev"): the surname inside the new name is no mention of the namesake, and
a later bare surname is the introduced person unless the namesake was named too.

Every sentence here is invented.
"""

from __future__ import annotations

from recognised import rec

from silkgraph.extract.recognise import Recognised
from silkgraph.knowledge import Knowledge


def people(r: Recognised) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in r.mentions if m.entity_id.startswith("person:")]


def test_surname_inside_a_new_name_is_no_namesake(kb: Knowledge) -> None:
    got = people(rec(kb, "Deputy Minister Rauf Aliyev visited Ganja."))
    assert got == [("Rauf Aliyev", "person:rauf-aliyev")]


def test_later_surname_is_the_introduced_person(kb: Knowledge) -> None:
    got = people(rec(kb, "Deputy Minister Rauf Aliyev visited Ganja. Aliyev later returned to Baku."))
    assert got[-1] == ("Aliyev", "person:rauf-aliyev")


def test_namesake_named_in_full_keeps_the_surname(kb: Knowledge) -> None:
    got = people(rec(kb, "President Ilham Aliyev met Deputy Minister Rauf Aliyev. Aliyev later left."))
    assert got[-1] == ("Aliyev", "person:ilham-aliyev")


def test_surname_alone_is_the_gazetteer_person(kb: Knowledge) -> None:
    assert people(rec(kb, "Aliyev visited Ganja.")) == [("Aliyev", "person:ilham-aliyev")]
