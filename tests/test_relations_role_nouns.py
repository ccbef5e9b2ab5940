"""Relations told by role nouns (own sentences): a possessed relation noun before a name ("its CSTO
ally Russia", "fellow CSTO allies X and Y"), a copula with an adverb before a possessive patron
("India is again the Maldives' most generous creditor"), plural appositions naming the kind
("strategic partners since 1998"), the role of another party ("a strategic partner of India"), and
possessives after an apposition; near misses (bare allies, neighbours)."""

from __future__ import annotations

from dateline_facts import pairs, relation_triples


def test_copula_adverb_before_possessive_patron() -> None:
    assert ("state:IND", "state:MDV", "partner") in relation_triples("Two years on, India is again the Maldives' most generous creditor.")
    assert ("state:IND", "state:MDV", "partner") in relation_triples("India is still the Maldives' largest donor.")


def test_possessed_noun_before_name() -> None:
    assert ("state:KAZ", "state:RUS", "ally") in relation_triples("Kazakhstan asked its CSTO ally Russia for help.")
    got = relation_triples("Armenia accused fellow CSTO allies Russia and Belarus of inaction.")
    assert {("state:ARM", "state:BLR", "ally"), ("state:ARM", "state:RUS", "ally")} <= got
    assert ("state:KAZ", "state:RUS", "ally") in relation_triples("Russia sent troops to Kazakhstan, its CSTO ally.")
    assert ("state:CHN", "state:RUS", "partner") in relation_triples("Russia welcomed its partner China to the talks.")


def test_possessed_noun_near_misses() -> None:
    got = relation_triples("Kazakhstan asked its CSTO allies for help.")
    assert not any(k == "ally" and "org:csto" not in (a, b) for a, b, k in got)
    assert not relation_triples("Kazakhstan asked its neighbours Russia and China for help.")


def test_plural_apposition_names_the_kind() -> None:
    assert ("state:FRA", "state:IND", "partner") in pairs("India and France, strategic partners since 1998, met.")
    assert ("state:IRN", "state:SAU", "rival") in pairs("Saudi Arabia and Iran, regional rivals, talked.")
    assert ("state:GRC", "state:TUR", "adversary") in pairs("Greece and Turkey, old foes, met in Athens.")
    assert pairs("Kazakhstan and Uzbekistan, both partners of China, signed a deal.") == {
        ("state:CHN", "state:KAZ", "partner"), ("state:CHN", "state:UZB", "partner")}


def test_role_of_another_party() -> None:
    assert ("state:FRA", "state:IND", "partner") in pairs("France, a strategic partner of India, sold jets.")
    got = pairs("Japan and Australia, both close allies of the United States, trained together.")
    assert {("state:JPN", "state:USA", "ally"), ("state:AUS", "state:USA", "ally")} <= got
    assert ("state:QAT", "state:USA", "ally") in pairs("Qatar is a major non-NATO ally of the United States.")


def test_possessive_after_an_apposition_and_plural_possessive() -> None:
    assert ("state:AZE", "state:TUR", "ally") in pairs("Turkey, a member of NATO, is Azerbaijan's closest ally.")
    assert ("state:PHL", "state:USA", "ally") in pairs("The United States remains the Philippines' only treaty ally.")
    assert not any({a, b} == {"state:ARM", "state:RUS"} for a, b, _ in pairs("Russia, once Armenia's main protector, lost ground."))
