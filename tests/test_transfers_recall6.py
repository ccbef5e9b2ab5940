"""Arms transfers, sixth round (blind text): list items labelled with their system, values and
recipients kept to their own list item, platforms after "for", state names used as modifiers,
supplier shares, appositions and titled names after a preposition, reporting verbs (own short
sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _keys(got: list[dict]) -> set[tuple]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in got}


LIST = ("Armenia shops widely. Its recent orders:\n"
        "- Mistral: 20 portable missiles for the Caspian coast, ordered from France in 2023;\n"
        "- Su-30SM: four jets bought from Russia in 2019 for $100 million;\n"
        "- Pinaka: 12 guided missiles for its T-72 units, ordered from India in 2022 at $250 million.")


def test_list_label_names_the_category_noun() -> None:
    got = transfers(LIST)
    keys = _keys(got)
    assert ("state:FRA", "state:ARM", "Mistral") in keys  # a label the gazetteer does not know
    assert all(t["recipient"] == "state:ARM" for t in got)
    assert all(t["system"] != "wpn:t-72" for t in got)  # the platform after "for" is not the goods


def test_list_item_value_stays_on_its_line() -> None:
    got = {t["system"]: t.get("value") for t in transfers(LIST)}
    assert got.get("Mistral") is None


def test_state_name_as_modifier_is_no_recipient() -> None:
    got = transfers("Delhi's buying continues. An order for 50 Igla-S missiles, for the China border, was placed "
                    "with Russia in 2021.")
    assert all(t["recipient"] != "state:CHN" for t in got)


def test_supplier_share_is_no_recipient() -> None:
    got = transfers("Israel accounted for 40 percent of Georgia's imports, France for 20 percent and Italy, which "
                    "sold three C-27J Spartan transports in 2021, for 10 percent.")
    assert all(t["recipient"] != "state:FRA" for t in got)


def test_titled_name_after_with_is_no_subject() -> None:
    got = transfers("Rubio, speaking with German Defence Minister Boris Pistorius, said Russian crews had been "
                    "trained to use the Fath-360.")
    assert all(t["recipient"] not in ("state:DEU", "state:USA") and t["supplier"] != "state:DEU" for t in got)


def test_apposition_actor_is_no_party() -> None:
    got = transfers("Kazakhstan bought abroad. Belarus, the only ally that never recognised Georgia, had sold "
                    "six Polonez launchers in 2019.")
    assert all("state:GEO" not in (t["supplier"], t["recipient"]) for t in got)
