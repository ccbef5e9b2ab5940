"""Breadth of relation wording (session 14, own sentences): a possessed relation noun with any few
premodifiers and every relation noun (friend, patron, backer, protector, client, nemesis,
competitor) in the possessive, appositive, predicate and "its" shapes; designation verbs
("designated Y a major ally", "granted Y strategic partner status"); hostility told with its
place ("on its border with Y"); a pair whose relations changed ("whose relations soured /
thawed"); a modified pair anaphor ("the nuclear-armed neighbours"); and their near misses (a past
or potential relation, a strike on militants, strikes across two states at once)."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def _kinds(body: str, a: str, b: str) -> set[str]:
    return {k for x, y, k in asserted_relation_triples(body) if {x, y} == {a, b}}


def test_possessed_nouns_with_open_premodifiers() -> None:
    assert "adversary" in _kinds("Mongolia, Nepal's main domestic enemy, rejected the offer.", "state:MNG", "state:NPL")
    assert "adversary" in _kinds("Mongolia is both Nepal's main enemy and its largest market.", "state:MNG", "state:NPL")
    assert "adversary" in _kinds("Mongolia, Nepal's arch-nemesis, rejected the offer.", "state:MNG", "state:NPL")
    assert "partner" in _kinds("Mongolia, Nepal's all-weather friend, sent aid.", "state:MNG", "state:NPL")
    assert "partner" in _kinds("Nepal's chief backer Mongolia sent aid.", "state:MNG", "state:NPL")
    assert "partner" in _kinds("Mongolia remains Nepal's most generous patron.", "state:MNG", "state:NPL")
    assert "rival" in _kinds("Mongolia, Nepal's long-time competitor, rejected the offer.", "state:MNG", "state:NPL")
    assert "ally" in _kinds("Mongolia, Nepal's closest and most dependable ally, sent aid.", "state:MNG", "state:NPL")


def test_its_noun_with_apposition() -> None:
    assert "adversary" in _kinds("Nepal has few friends abroad. Its chief foe, Mongolia, rejected the offer.",
                                 "state:MNG", "state:NPL")
    assert "partner" in _kinds("Nepal turned to its old protector Mongolia for help.", "state:MNG", "state:NPL")


def test_designations_and_status() -> None:
    assert "ally" in _kinds("Washington designated Nepal a major non-NATO ally in 2004.", "state:NPL", "state:USA")
    assert "partner" in _kinds("Mongolia granted Nepal strategic partner status in 2021.", "state:MNG", "state:NPL")
    assert "adversary" in _kinds("Mongolia branded Nepal its nemesis.", "state:MNG", "state:NPL")


def test_hostility_with_place_and_changed_relations() -> None:
    assert "rival" in _kinds("Nepal faces hostility on its eastern border with Mongolia.", "state:MNG", "state:NPL")
    assert "rival" in _kinds("Nepal and Mongolia, whose relations soured in 2020, met on Monday.", "state:MNG", "state:NPL")
    assert "partner" in _kinds("Nepal and Mongolia, whose ties thawed last year, met on Monday.", "state:MNG", "state:NPL")
    assert "rival" in _kinds("Nepal and Mongolia traded accusations. Relations between the nuclear-armed neighbours "
                             "collapsed after the clash.", "state:MNG", "state:NPL")


def test_near_misses() -> None:
    # a past, potential or so-called relation
    assert not _kinds("Mongolia, Nepal's patron during the 1990s, rejected the offer.", "state:MNG", "state:NPL")
    assert not _kinds("Mongolia, Nepal's former backer, rejected the offer.", "state:MNG", "state:NPL")
    assert not _kinds("Mongolia, Nepal's potential partner, rejected the offer.", "state:MNG", "state:NPL")
    assert not _kinds("Nepal has few friends abroad. Its partners, Mongolia said, are far away.", "state:MNG", "state:NPL")
    # a function word between the possessor and the noun: another phrase
    assert not _kinds("Nepal's support for the rebels angered Mongolia, a friend of Bhutan.", "state:MNG", "state:NPL")
    # strikes on militants inside a state, or on targets across two states at once
    assert not _kinds("Mongolia struck militant hideouts in Nepal on Tuesday.", "state:MNG", "state:NPL")
    assert not _kinds("A day after Mongolia struck targets in Nepal and Bhutan, officials met.", "state:MNG", "state:NPL")
    assert "adversary" in _kinds("Mongolia struck military targets in Nepal on Tuesday.", "state:MNG", "state:NPL")
    # a change that tells no state, and trade between a pair
    assert not _kinds("Nepal and Mongolia traded accusations. Trade between the nuclear-armed neighbours grew.",
                      "state:MNG", "state:NPL")


def test_passive_views_and_relative_views() -> None:
    assert "rival" in _kinds("Mongolia is widely seen in Nepal as a rival.", "state:MNG", "state:NPL")
    assert "partner" in _kinds("Mongolia, viewed in Nepal as a protector, sent aid.", "state:MNG", "state:NPL")
    assert "adversary" in _kinds("Mongolia, which Nepal regards as its main foe, rejected the offer.", "state:MNG", "state:NPL")
    assert "partner" in _kinds("Nepal counts Mongolia among its friends.", "state:MNG", "state:NPL")
    assert "partner" in _kinds("Nepal and Mongolia are old partners.", "state:MNG", "state:NPL")
    # near misses: a view no longer held, a thing (not a party) seen as something
    assert not _kinds("Mongolia is no longer seen by Nepal as an ally.", "state:MNG", "state:NPL")
    assert not _kinds("Trade with Mongolia is seen in Nepal as a lifeline.", "state:MNG", "state:NPL")
