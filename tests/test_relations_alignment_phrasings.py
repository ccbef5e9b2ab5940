"""Alignment and rivalry in analyst phrasings (own sentences): coordinated pairs with a
descriptive apposition ("X and Y, hostile neighbours"), role nouns after "emerged as", lists of
partners ("X's partners include …", "counts … among its partners"), "whose" relatives, a
sentence opening with "Its ally Y", predicates with an aside ("ties with Y, long uneasy,
worsened"), and their near misses (negated, former, compared, place phrases)."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def test_pair_appositions() -> None:
    assert {("state:ARM", "state:AZE", "rival")} == asserted_relation_triples(
        "Armenia and Azerbaijan, hostile neighbours for decades, met in Almaty.")
    assert {("state:AZE", "state:TUR", "ally")} == asserted_relation_triples(
        "Turkey and Azerbaijan, two brotherly nations, held joint talks.")
    assert {("state:KGZ", "state:TJK", "adversary")} == asserted_relation_triples(
        "Kyrgyzstan and Tajikistan, which clashed in 2021, reopened a crossing.")
    assert {("state:JPN", "state:USA", "ally"), ("state:KOR", "state:USA", "ally")} == asserted_relation_triples(
        "Japan and South Korea, both US allies, held talks.")
    assert ("state:JPN", "state:KOR", "ally") not in asserted_relation_triples(
        "Japan and South Korea, both US allies, held talks.")
    assert not asserted_relation_triples("Kyrgyzstan and Tajikistan, which fought alongside each other, met.")


def test_pair_predicates() -> None:
    assert {("state:AZE", "state:TUR", "ally")} == asserted_relation_triples("Ankara and Baku have a long-standing alliance.")
    assert {("state:AZE", "state:ISR", "partner")} == asserted_relation_triples(
        "Azerbaijan and Israel enjoy a close strategic relationship.")
    assert {("state:IRN", "state:RUS", "partner")} == asserted_relation_triples(
        "Tehran and Moscow are bound by a strategic partnership treaty.")
    assert {("state:IRN", "state:RUS", "partner")} == asserted_relation_triples(
        "Russia and Iran have become close military partners.")
    assert {("state:ARM", "state:RUS", "ally")} == asserted_relation_triples("Armenia and Russia are formally allied.")
    assert {("state:KAZ", "state:UZB", "rival")} == asserted_relation_triples(
        "Kazakhstan and Uzbekistan are competitors for regional leadership.")
    assert {("state:CHN", "state:IND", "rival")} == asserted_relation_triples(
        "China and India are strategic rivals in the Indian Ocean.")
    assert ("state:KAZ", "state:UZB", "partner") not in asserted_relation_triples(
        "Both Uzbekistan and Kazakhstan are partners of the European Union.")
    assert ("state:KAZ", "state:UZB", "ally") not in asserted_relation_triples(
        "Kazakhstan and Uzbekistan have a long-standing alliance with Russia.")


def test_role_nouns_and_lists() -> None:
    assert {("state:AZE", "state:ISR", "ally")} == asserted_relation_triples("Israel has emerged as a key ally of Azerbaijan.")
    assert {("state:BLR", "state:RUS", "ally")} == asserted_relation_triples("Belarus is Russia's only formal military ally.")
    assert {("state:RUS", "state:TJK", "ally")} == asserted_relation_triples(
        "Tajikistan is among Russia's most dependable allies.")
    assert {("state:ARM", "state:RUS", "partner")} == asserted_relation_triples("Russia has long been Armenia's protector.")
    assert {("state:AZE", "state:TUR", "ally")} == asserted_relation_triples("Ankara is, in effect, Baku's closest ally.")
    triples = asserted_relation_triples("Tajikistan's partners include Russia, China and India.")
    assert {("state:RUS", "state:TJK", "partner"), ("state:CHN", "state:TJK", "partner"),
            ("state:IND", "state:TJK", "partner")} == triples
    triples = asserted_relation_triples("Uzbekistan counts Russia and Turkey among its key partners.")
    assert {("state:RUS", "state:UZB", "partner"), ("state:TUR", "state:UZB", "partner")} == triples
    triples = asserted_relation_triples("Mongolia treats both Russia and China as strategic partners.")
    assert {("state:MNG", "state:RUS", "partner"), ("state:CHN", "state:MNG", "partner")} == triples
    triples = asserted_relation_triples("Both Uzbekistan and Kazakhstan are partners of the European Union.")
    assert {("org:eu", "state:UZB", "partner"), ("org:eu", "state:KAZ", "partner")} == triples
    assert {("state:CHN", "state:PAK", "ally")} == asserted_relation_triples("China, Pakistan's 'iron brother', pledged support.")


def test_role_noun_near_misses() -> None:
    assert not asserted_relation_triples("Kazakhstan is not an ally of Russia, its foreign minister said.")
    assert not asserted_relation_triples("Kazakhstan is no longer a partner of Russia.")
    # "like" shares the relation with the aside's party (session 15 review); "unlike" does not
    triples = asserted_relation_triples("Uzbekistan, like Kazakhstan, is a partner of China.")
    assert {("state:CHN", "state:UZB", "partner"), ("state:CHN", "state:KAZ", "partner")} == triples
    triples = asserted_relation_triples("Uzbekistan, unlike Kazakhstan, is a partner of China.")
    assert ("state:CHN", "state:UZB", "partner") in triples and ("state:CHN", "state:KAZ", "partner") not in triples
    assert not asserted_relation_triples("Georgia once considered Russia a partner.")
    assert not asserted_relation_triples("India courted Armenia during the talks.")


def test_views_and_relatives() -> None:
    assert {("state:ARM", "state:AZE", "rival")} == asserted_relation_triples("Baku considers Yerevan a hostile state.")
    assert {("state:AZE", "state:TUR", "ally")} == asserted_relation_triples("Baku considers Ankara a brotherly state.")
    assert {("state:CHN", "state:PAK", "partner")} == asserted_relation_triples(
        "Islamabad has long looked to Beijing as its most reliable partner.")
    assert {("state:ARM", "state:IND", "partner")} == asserted_relation_triples("India has cultivated Armenia as a partner.")
    assert {("state:IND", "state:PAK", "rival")} == asserted_relation_triples(
        "India, whose rivalry with Pakistan dates to 1947, boycotted the meeting.")
    assert {("state:ARM", "state:TUR", "rival")} == asserted_relation_triples(
        "Armenia, whose relations with Turkey remain frozen, closed the crossing.")
    assert {("state:IND", "state:PAK", "rival")} == asserted_relation_triples("Pakistan's enmity with India shapes its planning.")
    assert {("state:BLR", "state:RUS", "ally")} == asserted_relation_triples("The military alliance of Russia and Belarus dates to 1999.")


def test_sentence_openers_and_asides() -> None:
    assert {("state:BLR", "state:RUS", "ally")} == asserted_relation_triples("Belarus held elections. Its ally Russia sent observers.")
    assert {("state:AZE", "state:IRN", "rival")} == asserted_relation_triples(
        "Azerbaijan's ties with Iran, long uneasy, worsened after 2020.")
    assert {("state:TJK", "state:UZB", "partner")} == asserted_relation_triples(
        "Relations between Tashkent and Dushanbe, long frosty, have thawed.")
    assert {("state:IRN", "state:ISR", "adversary")} == asserted_relation_triples("Iran condemned Israel, its arch-enemy.")


def test_place_is_no_attacker() -> None:
    assert ("state:IRQ", "state:USA", "adversary") not in asserted_relation_triples("Militias in Iraq attacked US forces.")
    assert {("state:RUS", "state:UKR", "adversary")} == asserted_relation_triples("Russia attacked Ukraine.")


def test_past_bounded_predicate() -> None:
    assert not asserted_relation_triples("Relations between Iran and Tajikistan were frosty until 2019.")
    assert not asserted_relation_triples("Tajikistan, whose ties with Iran were tense through the 2010s, voted.")
    assert {("state:IRN", "state:TJK", "rival")} == asserted_relation_triples("Relations between Iran and Tajikistan remain frosty.")


def test_hostility_verbs_and_ruptures() -> None:
    assert {("state:AZE", "state:IRN", "rival")} == asserted_relation_triples("Azerbaijan has been at loggerheads with Iran.")
    assert {("state:GEO", "state:RUS", "rival")} == asserted_relation_triples(
        "Georgia broke off diplomatic relations with Russia in 2008.")
    assert {("state:AZE", "state:IRN", "rival")} == asserted_relation_triples("Azerbaijan severed ties with Iran.")
    assert {("state:IND", "state:PAK", "rival")} == asserted_relation_triples("Pakistan distrusts India.")
    assert {("state:CHN", "state:IND", "rival")} == asserted_relation_triples("China is deeply wary of India.")
    assert not asserted_relation_triples("Georgia never broke off relations with Russia.")
    assert {("state:IND", "state:PAK", "adversary")} == asserted_relation_triples(
        "India struck air-defence radars at several locations in Pakistan.")
    assert not asserted_relation_triples("India struck a trade deal in Pakistan.")


def test_support_and_supply_roles() -> None:
    assert {("state:CHN", "state:PAK", "partner")} == asserted_relation_triples(
        "Beijing is Pakistan's overwhelmingly dominant arms supplier.")
    assert {("state:CHN", "state:PAK", "partner")} == asserted_relation_triples(
        "Moscow watched Beijing's sponsorship of Islamabad warily.")
    assert {("state:CHN", "state:PAK", "partner")} == asserted_relation_triples("Beijing remains Islamabad's most important friend.")
    assert {("org:eu", "state:UZB", "partner")} == asserted_relation_triples(
        "Uzbekistan has positioned itself as a partner of the European Union.")
    assert {("state:CHN", "state:KAZ", "partner")} == asserted_relation_triples(
        "Kazakhstan recognises China as a strategic partner.")
    assert {("state:EGY", "state:ITA", "partner")} == asserted_relation_triples("Italy remains Egypt's most trusted Western partner.")


def test_ties_to_dependence_and_closeness() -> None:
    assert {("state:KAZ", "state:RUS", "partner")} == asserted_relation_triples("Kazakhstan's close ties to Russia worry Kyiv.")
    assert {("state:GEO", "state:RUS", "rival")} == asserted_relation_triples("Georgia's ties to Russia have frayed.")
    assert {("state:ARM", "state:FRA", "partner")} == asserted_relation_triples("Armenia has grown closer to France.")
    assert {("state:KGZ", "state:RUS", "partner")} == asserted_relation_triples("Kyrgyzstan's dependence on Russia has grown.")
    assert {("state:AZE", "state:ISR", "partner")} == asserted_relation_triples(
        "Azerbaijan's growing closeness to Israel irritates Tehran.")
    triples = asserted_relation_triples("Kyrgyzstan relies on Russia and China.")
    assert {("state:KGZ", "state:RUS", "partner"), ("state:CHN", "state:KGZ", "partner")} == triples
    assert {("state:RUS", "state:TJK", "ally")} == asserted_relation_triples(
        "Tajikistan, the poorest of Russia's allies, hosts a base.")
    assert not asserted_relation_triples("Armenia's ties with Russia have cooled.")


def test_armed_group_pairs_and_hostility() -> None:
    assert {("armed:iskp", "armed:taliban", "adversary")} == asserted_relation_triples("The Taliban and ISKP are bitter enemies.")
    assert {("armed:taliban", "state:TJK", "rival")} == asserted_relation_triples("Tajikistan has long been hostile to the Taliban.")
    assert not asserted_relation_triples("Pakistan accused the TTP of the attack.")


def test_coordinated_role_appositions() -> None:
    triples = asserted_relation_triples("Azerbaijan, an ally of Turkey and a partner of Israel, bought drones.")
    assert {("state:AZE", "state:TUR", "ally"), ("state:AZE", "state:ISR", "partner")} == triples
    assert not asserted_relation_triples("Russia and an ally of Iran met.")
    assert ("org:eu", "state:RUS", "ally") not in asserted_relation_triples("Russia's EU allies objected.")
    triples = asserted_relation_triples("Kyrgyzstan, Kazakhstan and Tajikistan are Russia's CSTO allies.")
    assert {("state:KGZ", "state:RUS", "ally"), ("state:KAZ", "state:RUS", "ally"), ("state:RUS", "state:TJK", "ally")} == triples
    assert {("state:ARM", "state:IRN", "partner")} == asserted_relation_triples("Armenia treats Iran as a friendly neighbour.")
