"""Relations told by a base or by drawing closer, only where held now and asserted: a host followed
by "'s" is a place's owner, not the host ("X's base in Y's Z region"); a base told after its host
as vacated or held "until YEAR", or one a state "had", is past; "move/draw closer to" after "to" or a
modal is no fact, nor is a state that does not head the subject ("Prices in X moved closer to
those in Y"); the why-text of "the neighbours" quotes the sentence's own words.  Exact sets with
near misses (own sentences)."""

from __future__ import annotations

from dateline_facts import asserted_relation_triples as triples

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def test_base_host_possessor_is_no_host() -> None:
    assert not triples("Russia's military base in Moldova's Transnistria region worries Chisinau.")
    assert {("state:ARM", "state:RUS", "partner")} == triples("Russia's military base in Armenia hosts 3,000 troops.")


def test_past_bases_are_no_partnership() -> None:
    assert not triples("The United States had an air base in Kyrgyzstan until 2014.")
    assert not triples("India's air base in Tajikistan, near Dushanbe, was vacated in 2022.")
    assert not triples("Russia's military bases in Georgia until 2007 were a sore point.")
    assert not triples("Dushanbe wants Russia's 201st military base in Tajikistan to leave by 2040.")
    # near miss: a lease running "until at least" a later year is a base held now
    assert {("state:RUS", "state:TJK", "partner")} == triples("Russia's military base in Tajikistan stays until at least 2042.")
    assert {("state:RUS", "state:TJK", "partner")} == triples("Russia's 201st military base in Tajikistan was expanded in 2021.")


def test_drawing_closer_only_asserted_with_state_subject() -> None:
    assert {("state:GEO", "state:RUS", "partner")} == triples("Georgia has moved closer to Russia, critics claim.")
    assert {("state:CHN", "state:UZB", "partner")} == triples("Uzbekistan is moving ever closer to China.")
    assert not triples("Georgia wants to move closer to China.")
    assert not triples("Georgia may move closer to China after the vote.")
    assert not triples("Prices in Kazakhstan moved closer to those in Russia.")
    assert not triples("The currency of Kyrgyzstan has drawn closer to that of Russia.")


def test_neighbours_why_quotes_the_sentence() -> None:
    text = ("Test headline\n\nBAKU, 3 March 2024 — Kazakhstan and Uzbekistan signed a water deal. "
            "Relations between the neighbours are warm.\n")
    facts = [f for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts if f.type == "relation"]
    assert {(f.args["a"], f.args["b"], f.args["kind"]) for f in facts} == {("state:KAZ", "state:UZB", "partner")}
    for f in facts:
        assert all(v.startswith("'the neighbours' = ") for v in f.inferences.values())
