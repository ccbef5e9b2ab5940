"""Arms transfers: a state written only as the holder of a share of someone's imports ("France
kept 25 percent", "and Russia 29 percent", "against 21 percent for Israel") is a supplier, never
the recipient the discourse supplies to goods whose recipient the sentence leaves unnamed; a
demonym heading the imports ("of Tajik imports") names the importer (own short sentences)."""

from __future__ import annotations

from test_extract_transfers import transfers


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in transfers(text)
            if t["modality"] not in ("hypothetical", "denied")}


def test_share_holder_with_a_verb_is_no_recipient() -> None:
    got = _pairs("Kazakhstan's imports fell sharply. Germany kept 20 percent, and Türkiye took 9 percent "
                 "thanks to six Turkish-made Bayraktar TB2 drones delivered in 2022.")
    assert ("state:TUR", "state:KAZ", "wpn:bayraktar-tb2") in got
    assert not any(r == "state:DEU" for _s, r, _y in got)


def test_gapped_share_and_share_for_are_no_recipient() -> None:
    got = _pairs("Armenia tells another story. Russia supplied 70 percent of its imports and France 20 percent, "
                 "against 5 percent for India. At least six Caesar howitzers arrived in 2024.")
    assert {r for _s, r, _y in got} == {"state:ARM"}


def test_possessive_share_then_demonym_importer() -> None:
    got = _pairs("Serbia supplied nine Lazar-3 vehicles, which gave it 4 percent of Tajik imports. "
                 "Italy's 7 percent came from two C-27J transports. Israel sold five Hermes 900 drones.")
    assert ("state:ISR", "state:TJK", "wpn:hermes-900") in got
    assert not any(r == "state:ITA" for _s, r, _y in got)


def test_state_with_falling_imports_stays_a_recipient() -> None:
    # "Y's imports were 40 percent lower": Y is the importer, not a share holder
    got = _pairs("Kyrgyzstan's imports in 2020–2024 were 40 percent lower. Three Bayraktar TB2 drones arrived in 2022.")
    assert ("state:TUR", "state:KGZ", "wpn:bayraktar-tb2") in got


def test_share_told_by_its_goods() -> None:
    got = _pairs("Turkmenistan's imports fell. France's 9 percent came mostly from the VL-MICA air defence system.")
    assert ("state:FRA", "state:TKM", "wpn:mica") in got
    got = _pairs("Sri Lanka's imports fell. Russia's share consisted of two Su-30 fighters.")
    assert ("state:RUS", "state:LKA", "wpn:su-30") in got


def test_share_of_something_else_is_no_transfer() -> None:
    got = _pairs("Turkmenistan's budget grew. Some 40 percent came from gas sales to China.")
    assert got == set()


def test_paragraph_state_beats_the_article_state() -> None:
    text = ("Tajikistan depends on Moscow. Tajikistan hosts a Russian base. Tajikistan buys little. "
            "Tajikistan received T-72 tanks. Tajikistan is poor.\n"
            "Kyrgyzstan's pattern was different. Russia handed over four Mi-17 helicopters in 2019.")
    got = _pairs(text)
    assert ("state:RUS", "state:KGZ", "wpn:mi-17") in got
    assert ("state:RUS", "state:TJK", "wpn:mi-17") not in got
