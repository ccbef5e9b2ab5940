"""Relations told through nouns and frames rather than the words ally/partner/rival (session 16):
a defence or security relationship between or with a pair, a tie that "is with" a state, a council
a pair sets up, ties a pair shares, security guarantees, contests of three or more
powers (a list before the verb or after a colon), contests a pair is locked in, a war "on" a state,
a relation predicate after an aside or told as a comparative ("has never been stronger"), "the
kingdom" as a country anaphor, and "…, whose government is" after a titled person.  Each with near
misses that must not produce the fact."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples


def _kinds(body: str, a: str, b: str) -> set[str]:
    pair = {f"state:{a}", f"state:{b}"}
    return {k for x, y, k in asserted_relation_triples(body) if {x, y} == pair}


def test_defence_relationship_between_and_with() -> None:
    assert _kinds("The security relationship between Mongolia and Japan dates to the 1990s.", "MNG", "JPN") & {"partner"}
    assert _kinds("Officials praised the defence partnership between Nepal and Bhutan.", "NPL", "BTN") & {"partner"}
    assert _kinds("Ghana's oldest security relationship is with Britain, a minister said.", "GHA", "GBR") & {"partner"}
    assert _kinds("A division of labour between Jordan and Egypt took shape in the Sinai.", "JOR", "EGY") & {"partner"}
    # near misses: a denied tie, a relationship that is not a defence one
    assert not _kinds("Ghana's oldest security relationship is not with Peru.", "GHA", "PER")
    assert not _kinds("The trade relationship between Ghana and Peru dates to the 1990s.", "GHA", "PER")


def test_councils_and_shared_ties_of_a_pair() -> None:
    assert _kinds("Chile and Peru set up a Strategic Partnership Council in 2019.", "CHL", "PER") & {"partner"}
    assert _kinds("Chile and Peru held the first meeting of their defence cooperation commission.", "CHL", "PER") & {"partner"}
    assert _kinds("Chile and Peru enjoy close defence cooperation.", "CHL", "PER") & {"partner"}
    assert _kinds("Chile and Peru share brotherly ties.", "CHL", "PER") & {"ally"}
    # near misses: a trade council, a shared border
    assert not _kinds("Chile and Peru set up a trade council in 2019.", "CHL", "PER")
    assert not _kinds("Chile and Peru share a long border.", "CHL", "PER")


def test_security_guarantees() -> None:
    assert _kinds("Angola relies on a security guarantee from Portugal.", "PRT", "AGO") & {"ally"}
    assert _kinds("Portugal's security guarantee to Angola still holds.", "PRT", "AGO") & {"ally"}
    # near misses: a refused guarantee, a loan
    assert not _kinds("Portugal refused to give Angola a security guarantee.", "PRT", "AGO")
    assert not _kinds("Portugal gave Angola a loan in 1999.", "PRT", "AGO")


def test_contest_of_three_or_more_powers() -> None:
    body = "Chile, Peru and Bolivia now compete for influence in Paraguay."
    for a, b in (("CHL", "PER"), ("CHL", "BOL"), ("PER", "BOL")):
        assert _kinds(body, a, b) & {"rival"}
    body = ("Three outside powers now vie for Paraguay's market: Chile, with its ports; Peru, offering credit; "
            "and Bolivia, selling gas.")
    for a, b in (("CHL", "PER"), ("CHL", "BOL"), ("PER", "BOL")):
        assert _kinds(body, a, b) & {"rival"}
    assert not _kinds(body, "CHL", "PRY")
    # near misses: competing alongside, a list that is not the subject
    assert not _kinds("Chile, Peru and Bolivia compete alongside each other in the cup.", "CHL", "PER")
    assert not _kinds("Firms from Chile, Peru and Bolivia signed a deal, and others compete.", "CHL", "PER")


def test_contests_a_pair_is_locked_in_and_wars_on_a_state() -> None:
    assert _kinds("Chile and Peru are locked in a contest for influence in Bolivia.", "CHL", "PER") & {"rival"}
    assert _kinds("A proxy struggle between Chile and Peru played out in Bolivia.", "CHL", "PER") & {"rival"}
    assert _kinds("Chile's strategic competition with Peru dominated the summit.", "CHL", "PER") & {"rival"}
    assert _kinds("Chile's war on Peru lasted five years.", "CHL", "PER") & {"adversary"}
    assert not _kinds("Chile and Peru are locked in a contest for influence in Bolivia.", "CHL", "BOL")
    assert not _kinds("Chile's war on drugs lasted five years, and Peru helped.", "CHL", "PER")


def test_relation_predicates_after_an_aside_and_comparatives() -> None:
    assert _kinds("Oman's ties with India have never been stronger.", "OMN", "IND") & {"partner"}
    assert _kinds("Oman's relationship with India, Pakistan's rival, was close.", "OMN", "IND") & {"partner"}
    assert _kinds("Oman signed the pact on Monday. The kingdom's relationship with India remains close.",
                  "OMN", "IND") & {"partner"}
    # near misses: never close, better in a past year
    assert not _kinds("Oman's ties with India have never been close.", "OMN", "IND")
    assert not _kinds("Oman's relationship with India was better in 2010.", "OMN", "IND")


def test_whose_government_after_a_titled_person() -> None:
    assert _kinds("Greek Foreign Minister Nikos Andreou, whose government is Cyprus's closest ally, spoke on Monday.",
                  "GRC", "CYP") & {"ally"}
    assert not _kinds("Greek Foreign Minister Nikos Andreou, whose government hosted Cyprus's president, spoke.",
                      "GRC", "CYP")
