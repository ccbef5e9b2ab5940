"""Relations fix round of session 16 (review rev2): the contest verb of a list of three or more
states in any tense, behind a relative clause and before a plain colon list, but not in a sports
sense nor when the states only modify a noun ("officials from X, Y and Z"); a contest owned by a
pair ("X and Y's rivalry") or one a state is locked in "with" another; a defence or security tie
whose predicate tells it ended, absent or soured is no partnership, nor one a pair "once" enjoyed;
a trade or tariff war is no hostility; a security guarantee told by a demonym is an alliance;
interstate councils and military-technical commissions a pair sets up; "rarely been warmer",
"is now cordial" and an aside "despite …" before the predicate.  Each with near misses."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def _kinds(body: str, a: str, b: str) -> set[str]:
    pair = {f"state:{a}", f"state:{b}"}
    return {k for x, y, k in asserted_relation_triples(body) if {x, y} == pair}


def test_contest_lists_in_any_tense_and_relative_clause() -> None:
    assert _kinds("Egypt, Qatar and Turkey are competing for sway in Libya.", "EGY", "TUR") & {"rival"}
    assert _kinds("Egypt, Qatar and Turkey have long vied for clout in Sudan.", "QAT", "TUR") & {"rival"}
    assert _kinds("Brazil, Chile and Peru were jostling for position in the Pacific.", "BRA", "PER") & {"rival"}
    assert _kinds("Egypt, Qatar and Turkey, all of which compete for influence in Libya, sent envoys.",
                  "EGY", "QAT") & {"rival"}
    assert _kinds("Three powers now vie for sway in the Horn of Africa: Egypt, Qatar and Turkey.",
                  "QAT", "TUR") & {"rival"}


def test_contest_lists_near_misses() -> None:
    assert not _kinds("Egypt, Qatar and Turkey compete in the same group at the World Cup.", "EGY", "TUR")
    assert not _kinds("Egypt, Qatar and Turkey competed at the Mediterranean Games.", "QAT", "TUR")
    assert not _kinds("Engineers from Egypt, Qatar and Turkey compete for the tender, a banker said.", "EGY", "QAT")
    assert not _kinds("Egypt, Qatar and Turkey will compete for the football trophy.", "EGY", "QAT")


def test_contest_owned_by_a_pair_or_locked_in_with() -> None:
    assert _kinds("Chile and Peru's rivalry in Bolivia has sharpened.", "CHL", "PER") & {"rival"}
    assert _kinds("Qatar is locked in a fierce competition with Egypt for Sudanese loyalty.", "QAT", "EGY") & {"rival"}
    # near miss: a rivalry "with" a third party is not the pair's
    assert not _kinds("Chile and Peru's rivalry with Bolivia shapes the region.", "CHL", "PER")


def test_ended_or_absent_security_ties_are_no_partnership() -> None:
    assert "partner" not in _kinds("The defence relationship between Chile and Peru is effectively non-existent.",
                                   "CHL", "PER")
    assert "partner" not in _kinds("The security relationship between Chile and Peru ended in 2020.", "CHL", "PER")
    assert "partner" not in _kinds("Chile's military ties with Peru have soured sharply.", "CHL", "PER")
    assert "partner" not in _kinds("Chile and Peru once enjoyed close defence cooperation.", "CHL", "PER")
    # kept: a tie that deepened or is close
    assert _kinds("The defence relationship between Chile and Peru has deepened since 2019.", "CHL", "PER") & {"partner"}
    assert _kinds("Chile and Peru enjoy close security cooperation.", "CHL", "PER") & {"partner"}


def test_trade_war_is_no_hostility() -> None:
    assert not _kinds("Brazil's trade war on Argentina hurt Chilean exporters.", "BRA", "ARG")
    assert not _kinds("The tariff war with Argentina has cost Brazil dearly.", "BRA", "ARG")
    assert _kinds("Peru's war on Ecuador in 1941 lasted weeks.", "PER", "ECU") & {"adversary"}


def test_demonym_security_guarantee_is_an_alliance() -> None:
    assert _kinds("Angola depends on Portuguese security guarantees that few question.", "AGO", "PRT") == {"ally"}
    # near miss: the demonym names no protector
    assert not _kinds("Angola depends on Portuguese wine imports.", "AGO", "PRT") & {"ally"}


def test_councils_commissions_and_predicates() -> None:
    assert _kinds("Chile and Peru created a Supreme Interstate Council in 2020.", "CHL", "PER") & {"partner"}
    assert _kinds("Chile and Peru have a joint commission on military-technical cooperation.", "CHL", "PER") & {"partner"}
    assert _kinds("Chile and Peru set up a Joint Security Council in 2021.", "CHL", "PER") & {"partner"}
    assert _kinds("Chile and Peru enjoy what both call a brotherly relationship.", "CHL", "PER") & {"ally"}
    assert _kinds("Chile's relations with Peru have seldom been warmer.", "CHL", "PER") & {"partner"}
    assert _kinds("Chile's relationship with Peru, once tense, is now cordial.", "CHL", "PER") & {"partner"}
    assert _kinds("Ties between Chile and Peru, despite the fishing row, have never been better.",
                  "CHL", "PER") & {"partner"}
    # near misses: a business council, a border commission, a council of elders
    assert not _kinds("Chile and Peru set up a joint business council in 2020.", "CHL", "PER")
    assert not _kinds("Chile and Peru set up a border demarcation commission to settle their dispute.",
                      "CHL", "PER") & {"partner"}
    assert not _kinds("Chile and Peru set up a council of elders to settle grazing quarrels.", "CHL", "PER")
