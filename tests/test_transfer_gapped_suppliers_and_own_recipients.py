"""Arms transfers: whose goods a gapped clause with goods of its own receives ("Y1 received S in
2022, and Y2 T in 2022": T's own origin, not S's), a gapped count of something else ("…, and Y2
2,000 tonnes of wheat": no transfer), a second counted object with its own "to Z" (its own
recipient), and the producer of an agreement clause ("X and Y agreed that Z would build S": Z's
state receives, S's origin supplies).  Own invented sentences; near misses must stay out."""

from __future__ import annotations

from test_extract_transfers import transfers


def _facts(text: str) -> set[tuple[str, str, str, int | None, str | None]]:
    return {(t["supplier"], t["recipient"], t["system"], t["quantity"], t["date"]) for t in transfers(text)}


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(t["supplier"], t["recipient"], t["system"]) for t in transfers(text)}


def test_gapped_goods_of_their_own_take_their_own_origin() -> None:
    assert _facts("Pakistan received 25 J-10C fighters in 2022, and India 36 Rafale fighters in 2022.") == {
        ("state:CHN", "state:PAK", "wpn:j-10c", 25, "2022"),
        ("state:FRA", "state:IND", "wpn:rafale", 36, "2022")}
    assert _facts("Vietnam bought four Su-30 fighters in 2018, and Egypt 30 Rafale fighters in 2019.") == {
        ("state:RUS", "state:VNM", "wpn:su-30", 4, "2018"),
        ("state:FRA", "state:EGY", "wpn:rafale", 30, "2019")}


def test_gapped_goods_of_their_own_after_a_stated_source_have_none() -> None:
    # the first clause's "from China" is no source of India's Rafale fighters: the clause is dropped
    assert _facts("Pakistan received 25 J-10C fighters from China in 2022, and India 36 Rafale fighters in 2022.") == {
        ("state:CHN", "state:PAK", "wpn:j-10c", 25, "2022")}
    # … but a seller's subject is the gapped clause's too
    assert _facts("Russia sold Vietnam four Su-30 fighters in 2018 and India two Mi-17 helicopters in 2019.") == {
        ("state:RUS", "state:VNM", "wpn:su-30", 4, "2018"),
        ("state:RUS", "state:IND", "wpn:mi-17", 2, "2019")}


def test_gapped_count_of_something_else_is_no_transfer() -> None:
    assert _facts("Vietnam received four Su-30 fighters in 2018, and Algeria 2,000 tonnes of wheat.") == {
        ("state:RUS", "state:VNM", "wpn:su-30", 4, "2018")}
    assert _facts("Vietnam received four Su-30 fighters in 2018, and Algeria 300 jobs in 2019.") == {
        ("state:RUS", "state:VNM", "wpn:su-30", 4, "2018")}
    # a date or an adverb after the bare count still makes a gapped clause
    assert _facts("Vietnam received four Su-30 fighters in 2018, Algeria two in 2019 and Egypt three "
                  "too, according to the register.") == {
        ("state:RUS", "state:VNM", "wpn:su-30", 4, "2018"),
        ("state:RUS", "state:DZA", "wpn:su-30", 2, "2019"),
        ("state:RUS", "state:EGY", "wpn:su-30", 3, None)}


def test_second_object_with_its_own_recipient() -> None:
    assert _facts("Russia delivered 10 Su-30 fighters to India in 2019 and six Mi-17 helicopters to "
                  "Pakistan in 2020.") == {
        ("state:RUS", "state:IND", "wpn:su-30", 10, "2019"),
        ("state:RUS", "state:PAK", "wpn:mi-17", 6, "2020")}
    # recipients named together for goods listed together are each goods' recipients
    assert _keys("Russia delivered Su-30 fighters and Mi-17 helicopters to India and Pakistan in 2019.") == {
        ("state:RUS", "state:IND", "wpn:su-30"), ("state:RUS", "state:PAK", "wpn:su-30"),
        ("state:RUS", "state:IND", "wpn:mi-17"), ("state:RUS", "state:PAK", "wpn:mi-17")}
    # a second object after the first one's party phrase, with no party of its own, keeps the first's
    assert _facts("Russia delivered 10 Su-30 fighters to India in 2019 and six Mi-17 helicopters in 2020.") == {
        ("state:RUS", "state:IND", "wpn:su-30", 10, "2019"),
        ("state:RUS", "state:IND", "wpn:mi-17", 6, "2020")}


def test_agreement_clause_producer_receives_from_the_goods_origin() -> None:
    assert _keys("Moscow and Delhi agreed that HAL would build the Su-30 under licence.") == {
        ("state:RUS", "state:IND", "wpn:su-30")}
    assert _keys("The two sides agreed that Russia would produce the Su-30 in India.") == {
        ("state:RUS", "state:IND", "wpn:su-30")}
    # the maker producing its own goods, the agreeing states no producers: no transfer from the context
    assert _keys("Moscow and Delhi agreed that Russia would build more Su-30 fighters.") == set()
