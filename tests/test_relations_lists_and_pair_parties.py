"""Relations whose party is several states told as one: a pair anaphor as the one party of a
one-sided cue ("Moscow is close to both neighbours", "both countries host Russian bases"), a
list of three after "between" (every pair), a list as the object of a view ("describes X, Y and
Z as partners"), an apposition after a list ("X and Y, Z's rivals"); and the owner of "its" in
a second verb phrase of the subject ("X bought … from Y and deepened its ties with Z": X's)."""

from __future__ import annotations

from dateline_facts import relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\nRIGA, 3 March 2024 — ")


PAIR = "Estonia and Latvia quarrelled over fishing quotas in May. "


def test_pair_anaphor_object_of_a_cue() -> None:
    got = _rels(PAIR + "Sweden, which is close to both countries, called for calm.")
    assert {("state:EST", "state:SWE", "partner"), ("state:LVA", "state:SWE", "partner")} <= got
    got = _rels(PAIR + "Finland is an ally of both neighbours.")
    assert {("state:EST", "state:FIN", "ally"), ("state:FIN", "state:LVA", "ally")} <= got


def test_pair_anaphor_subject_of_hosting() -> None:
    got = _rels(PAIR + "Both countries are members of the alliance, and both host German troops.")
    assert {("state:DEU", "state:EST"), ("state:DEU", "state:LVA")} <= {(a, b) for a, b, _ in got}


def test_pair_anaphor_near_misses() -> None:
    # an appeal to the pair, a sale to it: no relation of the speaker with either
    got = _rels(PAIR + "Sweden urged both countries to settle the dispute.")
    assert not any("state:SWE" in (a, b) for a, b, _ in got)
    got = _rels(PAIR + "Poland sold howitzers to both countries.")
    assert not any("state:POL" in (a, b) for a, b, _ in got)
    # three states named before the anaphor: which two it means is unclear
    got = _rels("Estonia, Latvia and Lithuania met in Riga. Sweden is close to both countries.")
    assert not any("state:SWE" in (a, b) for a, b, _ in got)


def test_every_pair_of_a_list_after_between() -> None:
    got = _rels("The drills deepened the alignment between Poland, Lithuania and Latvia.")
    assert {("state:LTU", "state:POL", "partner"), ("state:LVA", "state:POL", "partner"),
            ("state:LTU", "state:LVA", "partner")} <= got
    # the list ends at its conjunct after "and": a later clause's party is no member
    got = _rels("The alliance between Poland, Lithuania and Latvia has grown, and Sweden's ties with Finland too.")
    assert not any("state:SWE" in (a, b) and k == "ally" for a, b, k in got)


def test_list_object_of_a_view() -> None:
    got = _rels("Finnish officials describe Sweden, Norway and Denmark as brotherly partners rather than allies.")
    assert {("state:FIN", "state:SWE", "partner"), ("state:FIN", "state:NOR", "partner"),
            ("state:DNK", "state:FIN", "partner")} <= got
    assert not any(k == "ally" for _, _, k in got)


def test_apposition_after_a_list() -> None:
    got = _rels("Moscow courted Poland and Lithuania, Belarus's rivals, all winter.")
    assert {("state:BLR", "state:POL", "rival"), ("state:BLR", "state:LTU", "rival")} <= got
    got = _rels("Moscow courted Poland and the Nordic monarchies, Belarus's rivals, all winter.")
    assert ("state:BLR", "state:POL", "rival") in got
    # a singular noun: the apposition is of the last conjunct only
    got = _rels("Moscow courted Poland and Lithuania, Belarus's rival, all winter.")
    assert ("state:BLR", "state:POL", "rival") not in got


def test_its_in_a_second_verb_phrase() -> None:
    got = _rels("After the summit, Latvia has diversified its suppliers without abandoning Poland "
                "and has eased, but not settled, its rivalry with Russia.")
    assert ("state:LVA", "state:RUS", "rival") in got
    assert ("state:POL", "state:RUS", "rival") not in got
    # no second verb phrase: the nearest party owns "its"
    assert ("state:RUS", "state:SWE", "ally") in _rels("Latvia criticised Russia for its alliance with Sweden.")


def test_its_after_an_acronym_apposition() -> None:
    got = _rels("Violence rose in Latvia after the Baltic Liberation Army (BLA), a group separate from the Latvian "
                "Legion, ended its truce with Estonia.")
    assert not any("Legion" in a or "Legion" in b for a, b, _ in got)


def test_he_and_a_titled_leader() -> None:
    got = _rels("Japarov flew to Dushanbe, where he and President Emomali Rahmon signed an enhanced strategic partnership.")
    assert ("state:KGZ", "state:TJK", "partner") in got
