"""Relations told by a view (own sentences): "X regards/sees/views/calls/describes Y as a threat,
menace, foe, partner, business or investment partner, brotherly nation"; a pair anaphor ("both
governments", "the two countries") viewing a third party; modifiers before the role noun and the
subject of an infinitive; near misses (views of talks, of a business, of analysts)."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples, pairs, relation_triples


def test_views_as_threat_menace_foe() -> None:
    assert ("state:IRN", "state:PAK", "adversary") in relation_triples("Iran regards Pakistan as a mortal threat.")
    assert ("state:IRN", "state:PAK", "adversary") in relation_triples("Iran sees Pakistan as an existential menace.")
    assert ("state:AFG", "state:IRN", "adversary") in relation_triples("Kabul views Tehran as a foe.")


def test_pair_anaphor_views_third_party() -> None:
    got = relation_triples("Kazakhstan and Uzbekistan signed a water deal. Both governments regard the Taliban as a threat.")
    assert {("armed:taliban", "state:KAZ", "adversary"), ("armed:taliban", "state:UZB", "adversary")} <= got
    got = relation_triples("Iran and Pakistan traded strikes in January. The two countries now see China as a key partner.")
    assert {("state:CHN", "state:IRN", "partner"), ("state:CHN", "state:PAK", "partner")} <= got


def test_pair_anaphor_views_near_misses() -> None:
    got = relation_triples("Iran and Pakistan traded strikes. Both governments regard the talks as a success.")
    assert not any(k == "partner" for _, _, k in got)
    got = relation_triples("Kazakhstan and Uzbekistan met. Analysts regard China as a partner.")
    assert ("state:CHN", "state:KAZ", "partner") not in got


def test_views_business_partner() -> None:
    assert ("armed:taliban", "state:TKM", "partner") in relation_triples(
        "Turkmenistan treats the Taliban as a business partner rather than a threat.")
    assert ("state:CHN", "state:KAZ", "partner") in relation_triples("Kazakhstan sees China as an investment partner.")
    assert not relation_triples("Kazakhstan sees China as a business.")


def test_views_modifiers_and_infinitive_subject() -> None:
    assert ("state:CHN", "state:KAZ", "partner") in asserted_relation_triples("Beijing calls Kazakhstan its permanent comprehensive strategic partner.")
    assert ("state:CHN", "state:TJK", "partner") in asserted_relation_triples("China agreed to deepen security ties with Tajikistan.")
    assert not asserted_relation_triples("Russia sold arms to China to deepen ties with Iran.")


def test_views_describe_and_brotherly() -> None:
    assert ("state:ARM", "state:FRA", "partner") in pairs("Armenia now describes France as a close partner.")
    assert ("state:AZE", "state:PAK", "ally") in pairs("Pakistan calls Azerbaijan a brotherly nation.")
    assert ("state:CHN", "state:PAK", "ally") in pairs('Beijing has called Islamabad its "iron brother".')
