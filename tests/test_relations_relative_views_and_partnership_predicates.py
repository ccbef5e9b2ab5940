"""Session 17 relation structures: a view told in a relative clause whose head is the viewed party
("Y, which it regards as a partner"), a possessed view noun ("X's view of Y as its main adversary"),
a partnership predicate after "relations with" ("X's relations with Y were raised to a strategic
partnership", "Relations with Y have become one of X's partnerships"), plural allied treaties with
a list, and a campaign of force between two armed groups."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\nBy Dana Ortiz\nMarch 4, 2025\n\n", asserted_only=True)


def test_view_in_a_relative_clause() -> None:
    assert ("state:KAZ", "state:TUR", "partner") in _rels(
        "Kazakhstan has stepped up its engagement with Türkiye, which it regards as a partner against smuggling.")
    assert ("state:IND", "state:JPN", "ally") in _rels("Japan, whom India has long considered an ally, sent a frigate.")


def test_relative_view_near_misses() -> None:
    # "which" heads a clause about something else: no view of the named party
    assert ("state:KAZ", "state:TUR", "partner") not in _rels(
        "Kazakhstan signed a deal with Türkiye, which it sees as progress.")
    # a former view
    assert ("state:KAZ", "state:TUR", "partner") not in _rels(
        "Kazakhstan courted Türkiye, which it regards as a former partner.")


def test_possessed_view_noun() -> None:
    assert ("state:CHN", "state:IND", "adversary") in _rels("Nothing has changed India's view of China as its main adversary.")
    assert ("state:JPN", "state:VNM", "partner") in _rels("Tokyo's depiction of Vietnam as a trusted partner is recent.")
    # no "as": a view of a country is no relation
    assert not _rels("India's view of China has hardened since the clash.")


def test_partnership_predicates() -> None:
    assert ("state:KAZ", "state:KOR", "partner") in _rels(
        "Kazakhstan's relations with South Korea were upgraded to a strategic partnership in 2024.")
    assert ("state:AZE", "state:TKM", "partner") in _rels(
        "Relations with Baku, long strained by a maritime dispute, have become one of Ashgabat's steadiest partnerships.")
    # talks about a partnership, no upgrade told
    assert not _rels("Kazakhstan's relations with South Korea were discussed at a forum on partnership.")


def test_allied_treaties_with_a_list() -> None:
    got = _rels("Uzbekistan is cautious. It has built allied treaties with Kazakhstan and Tajikistan while courting others.")
    assert {("state:KAZ", "state:UZB", "ally"), ("state:TJK", "state:UZB", "ally")} <= got


def test_campaign_between_armed_groups() -> None:
    assert ("armed:islamic-state", "armed:taliban", "adversary") in _rels(
        "Inside Afghanistan, the Taliban have waged a brutal campaign against the Islamic State.")
    # a campaign against an abstract target: no party
    assert not _rels("The Taliban have waged a campaign against poppy cultivation.")


def test_possessed_subject_of_the_view_verb() -> None:
    # "its chief ally" is the viewer, not the state named earlier
    assert ("state:TJK", "state:TUR", "partner") not in _rels(
        "For Tajikistan the shift is awkward, since its chief ally now treats Türkiye as a partner.")
    # a phrase after a preposition leaves the subject in place
    assert ("state:KAZ", "state:TUR", "partner") in _rels("Kazakhstan in its new doctrine regards Türkiye as a partner.")
