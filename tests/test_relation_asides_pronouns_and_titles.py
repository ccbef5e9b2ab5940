"""Relations told through general constructions: an aside between a party and its clause, a
subject pronoun naming the previous sentence's state, a plural relation noun used as a title
before the pair, a compound pair heading "relations"/"ties", and denials right after the copula
(invented sentences)."""

from __future__ import annotations

import pytest
from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Regional note\n\nBy Dana Ortiz\nMarch 4, 2025\n\nDiplomacy grew busier this spring. ", asserted_only=True)


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(a, b) for a, b, _ in _rels(body)}


@pytest.mark.parametrize(("body", "pair", "kind"), [
    ("India, the largest economy in the region, and Russia are close allies.", ("state:IND", "state:RUS"), "ally"),
    ("Pakistan, which has expanded its navy in recent years, is a strategic partner of China.",
     ("state:CHN", "state:PAK"), "partner"),
    ("The rivalry between Armenia, the smaller of the two, and Azerbaijan has intensified.",
     ("state:ARM", "state:AZE"), "rival"),
    ("Turkey (a NATO member) and Azerbaijan are allies.", ("state:AZE", "state:TUR"), "ally"),
])
def test_aside_after_a_party(body: str, pair: tuple[str, str], kind: str) -> None:
    assert (*pair, kind) in _rels(body)


def test_aside_with_its_own_cue_is_kept() -> None:
    got = _rels("India, the largest economy in the region, and Russia, long-time partners, signed a deal.")
    assert ("state:IND", "state:RUS", "partner") in got


@pytest.mark.parametrize(("body", "pair", "kind"), [
    ("Georgia has rebuilt its army. It is a close ally of Ukraine.", ("state:GEO", "state:UKR"), "ally"),
    ("India has expanded its navy. It regards Pakistan as a threat.", ("state:IND", "state:PAK"), "adversary"),
    ("Mongolia has courted investors. The country is a key partner of Japan.", ("state:JPN", "state:MNG"), "partner"),
    ("Vietnam has modernised its coast guard. In 2023, it signed a strategic partnership with Australia.",
     ("state:AUS", "state:VNM"), "partner"),
])
def test_opening_pronoun_is_the_previous_subject(body: str, pair: tuple[str, str], kind: str) -> None:
    assert (*pair, kind) in _rels(body)


def test_impersonal_it_names_no_party() -> None:
    got = _pairs("India has expanded its navy. It is no secret that Russia is Pakistan's rival.")
    assert ("state:IND", "state:PAK") not in got and ("state:IND", "state:RUS") not in got


@pytest.mark.parametrize(("body", "pair", "kind"), [
    ("Nuclear-armed rivals India and Pakistan traded threats on Monday.", ("state:IND", "state:PAK"), "rival"),
    ("Longtime allies Russia and Armenia signed a deal.", ("state:ARM", "state:RUS"), "ally"),
    ("The two rivals, Armenia and Azerbaijan, met in Geneva.", ("state:ARM", "state:AZE"), "rival"),
    ("Old foes Greece and Turkey met in Geneva.", ("state:GRC", "state:TUR"), "adversary"),
])
def test_relation_noun_as_title_before_the_pair(body: str, pair: tuple[str, str], kind: str) -> None:
    assert (*pair, kind) in _rels(body)


@pytest.mark.parametrize(("body", "pair"), [
    ("US allies Japan and Australia met in Geneva.", ("state:AUS", "state:JPN")),  # the modifier owns the noun
    ("Russia's allies Belarus and Armenia met in Geneva.", ("state:ARM", "state:BLR")),  # a possessor owns it
    ("The deal angered rivals Pakistan and China, officials said.", ("state:CHN", "state:PAK")),  # an object's title
    ("Former allies Russia and Georgia met in Geneva.", ("state:GEO", "state:RUS")),  # a past relation
])
def test_owned_or_object_relation_noun_tells_no_pair(body: str, pair: tuple[str, str]) -> None:
    assert pair not in _pairs(body)


@pytest.mark.parametrize(("body", "pair", "kind"), [
    ("India-Russia ties remain close.", ("state:IND", "state:RUS"), "partner"),
    ("Armenia-Turkey relations soured again.", ("state:ARM", "state:TUR"), "rival"),
])
def test_compound_pair_heading_relations(body: str, pair: tuple[str, str], kind: str) -> None:
    assert (*pair, kind) in _rels(body)


def test_compound_relations_bounded_to_the_past_tell_none() -> None:
    assert ("state:IND", "state:PAK") not in _pairs("India-Pakistan relations were frosty through the 1990s.")


@pytest.mark.parametrize(("body", "pair", "kind"), [
    ("Competition between India and China for influence is growing.", ("state:CHN", "state:IND"), "rival"),
    ("Japan and South Korea are archenemies, one commentator wrote.", ("state:JPN", "state:KOR"), "adversary"),
    ("Pakistan and China describe each other as all-weather friends.", ("state:CHN", "state:PAK"), "partner"),
    ("Armenia leans on Russia for arms.", ("state:ARM", "state:RUS"), "partner"),
    ("Iran poses a threat to Israel, officials said.", ("state:IRN", "state:ISR"), "adversary"),
    ("Serbia and Russia enjoy a time-tested friendship.", ("state:RUS", "state:SRB"), "partner"),
    ("The adversarial relationship between Iran and Israel persists.", ("state:IRN", "state:ISR"), "adversary"),
    ("In recent years, India is an adversary of Pakistan.", ("state:IND", "state:PAK"), "adversary"),
])
def test_lexical_breadth(body: str, pair: tuple[str, str], kind: str) -> None:
    assert (*pair, kind) in _rels(body)


@pytest.mark.parametrize(("body", "pair"), [
    ("India and China are not rivals, the minister insisted.", ("state:CHN", "state:IND")),
    ("Armenia and Turkey have never been allies.", ("state:ARM", "state:TUR")),
    ("Pakistan said India is an ally of Russia.", ("state:IND", "state:PAK")),  # Russia's ally, not the speaker's
])
def test_denied_or_elsewhere_owned_relation(body: str, pair: tuple[str, str]) -> None:
    assert pair not in _pairs(body)
