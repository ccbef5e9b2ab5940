"""Relation phrasings written by other hands (session 3)."""

from __future__ import annotations

from s3_facts import facts, pairs


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
    assert ("state:ARM", "state:RUS", "partner") in pairs("Russia, once Armenia's main protector, lost ground.")


def test_views_describe_and_brotherly() -> None:
    assert ("state:ARM", "state:FRA", "partner") in pairs("Armenia now describes France as a close partner.")
    assert ("state:AZE", "state:PAK", "ally") in pairs("Pakistan calls Azerbaijan a brotherly nation.")
    assert ("state:CHN", "state:PAK", "ally") in pairs('Beijing has called Islamabad its "iron brother".')


def test_pair_subject_disputes_and_wars() -> None:
    assert ("state:CHN", "state:PHL", "rival") in pairs("China and the Philippines are locked in a dispute over a shoal.")
    assert ("state:KOR", "state:PRK", "rival") in pairs("North Korea and South Korea, still at war, remain fierce rivals.")
    assert ("state:CHN", "state:IND", "adversary") in pairs("India and China, whose troops clashed in 2020, met.")


def test_with_cues_and_relative_subject() -> None:
    assert ("state:PHL", "state:USA", "ally") in pairs("Manila has a mutual defence treaty with Washington.")
    got = pairs("Georgia, which left the CIS in 2009, has had no diplomatic relations with Russia since 2008.")
    assert ("state:GEO", "state:RUS", "rival") in got
    assert ("state:IND", "state:MNG", "partner") in pairs("India's defence ties with Mongolia have grown.")


def test_it_subject_and_hosted_forces() -> None:
    got = facts("Azerbaijan won the war. It later signed an alliance declaration with Moscow.", "relation")
    assert [(a["a"], a["b"], a["kind"]) for a in got] == [("state:AZE", "state:RUS", "ally")]
    assert ("state:KGZ", "state:RUS", "partner") in pairs("Kyrgyzstan hosts a Russian air base at Kant.")
    assert ("state:QAT", "state:USA", "partner") in pairs("Qatar, which hosts some 10,000 U.S. troops, is rich.")


def test_supplying_much_of_weaponry() -> None:
    assert ("state:AZE", "state:ISR", "partner") in pairs("Israel supplies much of Baku's weaponry.")


def test_no_relation_for_a_new_clause_subject() -> None:
    got = pairs("Washington and Brussels imposed sanctions, and the region's capitals now weigh their security "
                "ties with Moscow.")
    assert all("state:RUS" not in (a, b) for a, b, _k in got)
