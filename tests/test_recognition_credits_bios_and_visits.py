"""Recognition on text written by analysts blind to the code: a wire dateline's agency credit names
no place, an author's bio places the author (no place mentions there), a capital visited is the
city, a rank or plural title is no part of a name, and a lookup-only weapon word does not keep a
word out of a person's name.  Every sentence is invented."""

from __future__ import annotations

from recognised import rec, spans

from silkgraph.extract.recognise import recognise
from silkgraph.knowledge import Knowledge
from silkgraph.model import Sentence
from silkgraph.nlp.sentences import split_text


def _sections(kb: Knowledge, text: str, section: str) -> dict[str, str]:
    sents = [Sentence(a, b, section, i) for i, (a, b) in enumerate(split_text(text, 0, len(text)))]
    return {m.text: m.entity_id for m in recognise(text, sents, kb).mentions}


def test_wire_credit_names_no_place(kb: Knowledge) -> None:
    got = spans(rec(kb, "TASHKENT, May 3 (Caspian Wire) - Officials met near the Caspian coast."))
    assert "Caspian" in got and got["Caspian"].startswith("place:")  # the coast, later
    assert not any(v.startswith("place:caspian") for k, v in got.items() if k.endswith("Wire"))
    text = "BAKU, Oct 2 (Indus Wire Service) - The talks ended."
    got = {m.text: m.entity_id for m in rec(kb, text).mentions}
    assert "Indus" not in got
    assert got.get("BAKU", "place:baku").startswith("place:")
    # a parenthesis that is no dateline credit keeps its names
    got = spans(rec(kb, "The river (the Indus) rose by a metre."))
    assert got.get("Indus", "").startswith("place:")


def test_author_bio_records_no_places_but_keeps_people_and_orgs(kb: Knowledge) -> None:
    text = ("Gulnara Sadykova is a Tashkent-based researcher on Caspian security and a fellow of the "
            "Shanghai Cooperation Organisation's research centre.")
    bio = _sections(kb, text, "author_bio")
    assert not any(v.startswith("place:") for v in bio.values())
    assert any(v.startswith("org:") for v in bio.values())
    body = _sections(kb, "Officials met in Tashkent to discuss Caspian security.", "background")
    assert body.get("Tashkent") == "place:tashkent"


def test_capital_visited_is_the_city(kb: Knowledge) -> None:
    got = spans(rec(kb, "When Tokayev visited Ankara in May, he signed two accords."))
    assert got["Ankara"] == "place:ankara"
    got = spans(rec(kb, "Narendra Modi, visiting Tehran, spoke of the port."))
    assert got["Tehran"] == "place:tehran"
    got = spans(rec(kb, "From Baku to Bishkek, the drone became a symbol."))
    assert got["Bishkek"] == "place:bishkek"
    # near misses: the capital as a government stays the state
    got = spans(rec(kb, "Ankara supplied the vehicles, and Tashkent's order came later."))
    assert got["Ankara"] == "state:TUR"
    assert got["Tashkent"] == "state:UZB"


def test_rank_and_plural_titles_are_no_part_of_the_name(kb: Knowledge) -> None:
    got = spans(rec(kb, "By mid-year Presidents Ilham Aliyev and Ebrahim Raisi stood on the dam."))
    assert got["Ilham Aliyev"] == "person:ilham-aliyev"
    assert "Presidents Ilham Aliyev" not in got
    got = spans(rec(kb, "The dead included a deputy commander of the fleet, Captain Arslan Tokhtarov."))
    assert got.get("Arslan Tokhtarov", "").startswith("person:")
    assert not any(k.startswith("Captain") for k in got)
    got = spans(rec(kb, "Aid was announced by USAID Administrator Samantha Power on Monday."))
    assert got["USAID"] == "org:usaid"
    assert got["Samantha Power"] == "person:samantha-power"


def test_lookup_only_weapon_word_can_be_a_surname(kb: Knowledge) -> None:
    got = spans(rec(kb, "Turkish envoy Serdar Kılıç said the border would reopen."))
    assert got.get("Serdar Kılıç", "").startswith("person:")
    assert not any(v.startswith("wpn:") for v in got.values())
