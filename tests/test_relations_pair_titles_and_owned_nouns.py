"""Relations told by a pair title, an owned relation noun or a combining-form compound (own
sentences): "the hostile neighbours X and Y", "X and Y have long been wary neighbours", "X described
Y as Z's best friend" (the pair Y-Z), "Y is its closest ally" / "Y, its archrival, ..." (its = the
other party or the previous sentence's subject), "the Indo-Pakistani rivalry"; with near misses
(a neutral or former title, a denied or past view, a negated or potential predicate, "neither ...
nor", trade under a combining form)."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def _pairs(body: str) -> set[tuple[str, str, str]]:
    """The asserted relations of ``body`` as (a, b, kind) with a and b in order."""
    return {(min(a, b), max(a, b), k) for a, b, k in asserted_relation_triples(body)}


def test_neighbour_titles() -> None:
    assert ("state:KAZ", "state:UZB", "rival") in _pairs("The uneasy neighbours Kazakhstan and Uzbekistan met in Tashkent.")
    assert ("state:KGZ", "state:TJK", "rival") in _pairs("Feuding neighbours Kyrgyzstan and Tajikistan swapped land in 2025.")
    assert ("state:IND", "state:PAK", "rival") in _pairs("The two rival neighbours, India and Pakistan, sent envoys.")
    assert ("state:ARM", "state:AZE", "rival") in _pairs("Armenia and Azerbaijan have long been estranged neighbours.")


def test_neighbour_title_near_misses() -> None:
    assert not _pairs("The neighbours Kazakhstan and Uzbekistan opened a bridge.")
    assert not _pairs("Once-feuding neighbours Kyrgyzstan and Tajikistan opened a bridge.")
    assert ("state:ARM", "state:AZE", "rival") not in _pairs("Voters blamed hostile neighbours of Armenia and Azerbaijan.")


def test_view_with_possessed_noun() -> None:
    assert ("state:AZE", "state:TUR", "partner") in _pairs("The minister described Turkey as Azerbaijan's truest friend.")
    assert ("state:BLR", "state:RUS", "ally") in _pairs("State television called Belarus Russia's most loyal ally.")
    assert ("state:CHN", "state:IND", "rival") in _pairs("Many planners regard China as India's chief rival.")


def test_view_with_possessed_noun_near_misses() -> None:
    assert not _pairs("The minister never described Turkey as Azerbaijan's friend.")
    assert not _pairs("The press once called Belarus Russia's ally.")
    assert not _pairs("The envoy described Iran as Armenia's erstwhile partner.")


def test_its_predicate_and_apposition() -> None:
    assert ("state:BTN", "state:IND", "ally") in _pairs("India funds Bhutan's roads and is its closest ally.")
    assert ("state:KGZ", "state:RUS", "ally") in _pairs("Kyrgyzstan hosts a Russian air base. Moscow remains its main ally.")
    assert ("state:ARM", "state:AZE", "adversary") in _pairs(
        "Armenia held drills on Friday. Azerbaijan, its old enemy, protested.")


def test_its_predicate_near_misses() -> None:
    assert ("state:ARM", "state:RUS", "ally") not in _pairs(
        "Armenia left the summit early. Russia is no longer its ally, officials said.")
    assert ("state:CHN", "state:KGZ", "partner") not in _pairs(
        "Kyrgyzstan signed a loan deal. China could become its biggest partner.")
    assert ("state:AZE", "state:IRN", "partner") not in _pairs(
        "Azerbaijan bought radars from Israel. Iran, its former partner, objected.")


def test_modal_become_and_neither_nor() -> None:
    assert not _pairs("Georgia and Armenia might one day become partners.")
    assert ("state:NPL", "state:PAK", "rival") not in _pairs("Neither India nor Pakistan is a rival of Nepal.")
    assert ("state:NPL", "state:PAK", "rival") in _pairs("Pakistan is a rival of Nepal.")


def test_combining_form_compounds() -> None:
    assert ("state:IND", "state:PAK", "rival") in _pairs("The Indo-Pakistani rivalry shapes the subcontinent.")
    assert ("state:GEO", "state:RUS", "adversary") in _pairs("The Russo-Georgian conflict broke out in August 2008.")
    assert not _pairs("Sino-Indian trade grew in 2024.")


def test_pair_subject_ceasefire() -> None:
    assert ("state:KAZ", "state:UZB", "adversary") in _pairs("Uzbekistan and Kazakhstan agreed on Sunday to a 24-hour truce.")
    assert ("state:ARM", "state:AZE", "adversary") in _pairs("Armenia and Azerbaijan agreed to stop the fighting near Sotk.")
    assert ("state:AFG", "state:PAK", "adversary") in _pairs("Pakistan and Afghanistan reached a fragile ceasefire in Doha.")


def test_pair_subject_ceasefire_near_misses() -> None:
    assert not _pairs("Russia and Turkey agreed a truce for the Syrian northwest.")
    assert not _pairs("The United States and Qatar brokered a ceasefire.")
    assert not _pairs("Kazakhstan and Uzbekistan backed a truce between the Afghan factions.")
    assert not _pairs("Kazakhstan and Uzbekistan signed a ceasefire between the Afghan factions.")


def test_reciprocal_blame() -> None:
    assert ("state:KGZ", "state:TJK", "rival") in _pairs("Kyrgyzstan and Tajikistan blamed one another for the border shooting.")
    assert not _pairs("Kyrgyzstan and Tajikistan thanked one another for the talks.")
