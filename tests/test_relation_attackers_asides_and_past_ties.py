"""Relations after the second review of session 15: a state's own weapons heading an attack clause
make it the attacker (a maker's demonym stays no party when no attack verb follows or another user
is named); disputed figures and settled disputes are no rivalry, a named place after control or
sovereignty is a disputed object; a denied wish does not swallow a later war told in the same
sentence; fronted past phrases ("Once a partner of X, Y …", "Until 2019 X's ally, Y …") and past
bases give nothing; relative asides keep their parties out of the main clause; a "like" aside
shares the relation; leader pairs declaring a partnership; bases and troops kept abroad."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\n")


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in _rels(body)}


def test_own_weapons_heading_an_attack_clause() -> None:
    assert ("state:IRN", "state:ISR", "adversary") in _rels("Iranian ballistic missiles struck Israel twice last spring.")
    assert ("state:RUS", "state:UKR", "adversary") in _rels(
        "Russian cruise missiles again attacked Ukraine's energy network this week.")
    assert ("state:IRN", "state:ISR", "adversary") in _rels("Israeli warplanes bombed Iran's enrichment sites in June.")


def test_weapon_user_named_by_a_participle() -> None:
    got = _pairs("Belarusian trucks, used by Russia against Ukraine, carried the shells.")
    assert ("state:RUS", "state:UKR") in got and ("state:BLR", "state:UKR") not in got
    got = _pairs("Chinese-built jets flown by Pakistan attacked India during the short war.")
    assert ("state:IND", "state:PAK") in got and ("state:CHN", "state:IND") not in got


def test_weapon_maker_without_attack_verb_stays_no_party() -> None:
    assert not _rels("Turkish drones proved their worth in a war against Armenia, a report said.")
    assert not _rels("Israeli loitering munitions were reportedly used against Pakistani radars.")
    assert not _rels("Iranian drones were seen over Ukraine, the report added.")


def test_disputed_figures_are_no_rivalry() -> None:
    assert not _rels("Economists from Kazakhstan and Tajikistan disputed the valley's harvest estimates.")
    assert not _rels("Kyrgyzstan and Tajikistan disputed the province's census numbers last week.")
    assert not _rels("Scholars from Georgia and Russia disputed the border town's history at a conference.")
    assert not _rels("Uzbekistan and Kazakhstan contested the lake's pollution readings at the forum.")
    # the land itself stays a disputed object
    assert ("state:KGZ", "state:TJK", "rival") in _rels("Kyrgyzstan and Tajikistan dispute parts of their frontier.")


def test_named_place_and_settled_disputes() -> None:
    assert ("state:KGZ", "state:TJK", "rival") in _rels("Tajikistan and Kyrgyzstan still dispute about half of their border.")
    assert ("state:CHN", "state:IND", "rival") in _rels("India and China contest sovereignty over Aksai Chin.")
    assert ("state:IND", "state:PAK", "rival") in _rels("India and Pakistan dispute control of Kashmir.")
    # ended: a settlement, a deal or a year closes the dispute
    assert not _rels("Kyrgyzstan and Uzbekistan disputed stretches of their border until a 2022 deal.")
    assert not _rels("Tajikistan and Uzbekistan contested a small enclave for years before a 2002 settlement.")
    assert not _rels("Armenia and Azerbaijan disputed control of Karabakh until 2023.")


def test_denied_wish_then_a_war_told() -> None:
    assert ("state:IND", "state:PAK", "adversary") in _rels(
        "Pakistan never sought a conflict with India, its generals insisted, before launching raids that opened a "
        "short war with India.")
    assert not _rels("Iran has no appetite for a war with Israel, its envoy said.")
    assert not _rels("Georgia does not want a conflict with Russia, its premier said, and will avoid a war with Russia.")


def test_fronted_past_phrases_give_nothing() -> None:
    got = _pairs("Once a close partner of Tbilisi, Armenia now hosts Russian troops.")
    assert ("state:ARM", "state:RUS") in got and ("state:GEO", "state:RUS") not in got and ("state:ARM", "state:GEO") not in got
    assert ("state:ARM", "state:RUS") not in _pairs("Until 2019 Russia's ally, Armenia has since courted France.")
    assert ("state:GEO", "state:UKR") not in _pairs("Until 2016 Georgia's closest partner, Ukraine now has its own war.")
    assert ("state:AFG", "state:RUS") not in _pairs("Until the 1980s Moscow's ally, Afghanistan later fell to the Taliban.")
    # a list closed by "and" still shares the host's partner
    got = _pairs("Armenia and Tajikistan host Russian troops.")
    assert ("state:ARM", "state:RUS") in got and ("state:RUS", "state:TJK") in got


def test_past_bases_give_nothing() -> None:
    assert not _rels("The United States once operated an air base in Uzbekistan, at Karshi, until 2005.")
    assert not _rels("Russia operated a naval base in Vietnam until 2002.")
    assert not _rels("The United States formerly ran an air base in Kyrgyzstan.")
    assert ("state:KGZ", "state:RUS", "partner") in _rels("Russia operates an air base in Kyrgyzstan, at Kant.")
    assert ("state:RUS", "state:TJK", "partner") in _rels("Russia has maintained a military base in Tajikistan since 2004.")


def test_relative_aside_parties_stay_out() -> None:
    got = _rels("Kazakhstan, which borders Russia and China, signed a strategic partnership with South Korea.")
    assert ("state:KAZ", "state:KOR", "partner") in got and ("state:CHN", "state:RUS", "partner") not in got
    got = _rels("Mongolia, which lies between Russia and China, has kept its neutrality and signed a partnership with Japan.")
    assert ("state:JPN", "state:MNG", "partner") in got and ("state:CHN", "state:RUS", "partner") not in got
    assert not _rels("Mongolia, which borders Russia and China, has kept its neutrality.")


def test_like_aside_shares_the_relation() -> None:
    got = _rels("Kyrgyzstan, like Tajikistan, has signed a strategic partnership with South Korea.")
    assert {("state:KGZ", "state:KOR", "partner"), ("state:KOR", "state:TJK", "partner")} <= got
    got = _rels("Kyrgyzstan, unlike Tajikistan, has signed a strategic partnership with South Korea.")
    assert ("state:KGZ", "state:KOR", "partner") in got and ("state:KOR", "state:TJK", "partner") not in got


def test_leader_pairs_declaring_a_partnership() -> None:
    assert ("state:CHN", "state:KAZ", "partner") in _rels(
        "Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping proclaimed an everlasting partnership.")
    assert ("state:IND", "state:JPN", "partner") in _rels(
        "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida reaffirmed their special "
        "strategic and global partnership in Tokyo.")
    assert ("state:CHN", "state:RUS", "partner") in _rels(
        "Russian President Vladimir Putin and Chinese President Xi Jinping declared a partnership with no limits.")
    assert not _rels("Chinese President Xi Jinping and Indian Prime Minister Narendra Modi met, but they did not sign a partnership.")


def test_bases_and_troops_kept_abroad() -> None:
    got = _pairs("Russia maintains bases in Armenia, Tajikistan and Kyrgyzstan.")
    assert {("state:ARM", "state:RUS"), ("state:RUS", "state:TJK"), ("state:KGZ", "state:RUS")} <= got
    got = _pairs("Russia keeps troops in Armenia and Tajikistan.")
    assert {("state:ARM", "state:RUS"), ("state:RUS", "state:TJK")} <= got
    assert not _rels("China maintains a database in Kazakhstan.")
    assert not _rels("Russia keeps reserves in Armenian banks.")
    assert not _rels("Russia closed its bases in Uzbekistan and Turkmenistan in the 1990s.")
