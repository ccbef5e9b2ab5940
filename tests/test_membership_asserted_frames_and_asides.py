"""Memberships only where the text asserts them: "the ORG membership of X" counts with "current",
"existing", "full", a frame that holds it ("conflicts with", "under", "despite") or as its
clause's subject ("The NATO membership of X dates back to 1949"), not after
"backed", "debate over", "support for" or "bid for"; "expanded to include X" counts after an
auxiliary or as an apposition, not as a wished-for state ("want BRICS expanded to include X"); a
bloc named in a comma aside of the same sentence is no referent of an unnamed slot ("Turkey,
trading with the EU, has held observer status"); the why-text of a chairmanship handed over
quotes the sentence's own words.  Exact fact sets with near misses (own sentences)."""

from __future__ import annotations

from typing import Any

from event_facts import source_facts

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source

OPENING = "Bloc notes\n\nASTANA, 3 March 2024 — "


def _mems(body: str) -> set[tuple[str, str, str]]:
    text = OPENING + body + "\n"
    return {(f.args["member"], f.args["organization"], f.args["role"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def _whys(body: str) -> list[Any]:
    return [f.inferences for f in source_facts(OPENING + body + "\n", "membership")]


def test_org_membership_of_held_or_current() -> None:
    assert _mems("The pact sits uneasily under the NATO membership of Norway and Denmark.") == {
        ("state:NOR", "org:nato", "member"), ("state:DNK", "org:nato", "member")}
    assert _mems("Ankara weighed the current NATO membership of Türkiye against its trade interests.") == {
        ("state:TUR", "org:nato", "member")}
    assert _mems("The deal proceeded despite the EU membership of Hungary.") == {("state:HUN", "org:eu", "member")}
    assert _mems("The NATO membership of Norway dates back to 1949.") == {("state:NOR", "org:nato", "member")}


def test_org_membership_of_not_asserted() -> None:
    assert not _mems("Washington has backed the NATO membership of Moldova and Ukraine since 2008.")
    assert not _mems("The debate over the EU membership of Moldova and Georgia continues in Brussels.")
    assert not _mems("Paris voiced support for the EU membership of Moldova.")
    assert not _mems("Tbilisi renewed its bid for the NATO membership of Georgia in May.")


def test_expanded_to_include_needs_auxiliary_or_apposition() -> None:
    assert _mems("BRICS has expanded to include Egypt and Ethiopia.") == {
        ("state:EGY", "org:brics", "member"), ("state:ETH", "org:brics", "member")}
    assert _mems("The meeting of the SCO, enlarged to include Belarus, opened on Monday.") == {
        ("state:BLR", "org:sco", "member")}
    assert not _mems("Some in Moscow want BRICS expanded to include Türkiye.")
    assert not _mems("BRICS could be expanded to include Türkiye.")


def test_bloc_in_a_same_sentence_aside_is_no_referent() -> None:
    body = ("The Shanghai Cooperation Organisation met in Astana. Mongolia, trading with the European Union, "
            "has held observer status since 2004.")
    assert _mems(body) == {("state:MNG", "org:sco", "observer")}
    body = "The SCO met in Astana. Belarus, eyeing the EAEU, has held observer status since 2015."
    assert _mems(body) == {("state:BLR", "org:sco", "observer")}
    # near misses: a bloc heading the relative clause the slot stands in, and a bloc that is the clause's own topic
    body = ("The CSTO met in Minsk. Ankara calls it an extension of the Organization of Turkic States, in which "
            "Kazakhstan sits beside Azerbaijan, while Hungary takes part only as an observer.")
    assert ("state:HUN", "org:ots", "observer") in _mems(body) and ("state:HUN", "org:csto", "observer") not in _mems(body)
    assert _mems("The CSTO met in Minsk. Within the SCO, Belarus has held observer status since 2015.") == {
        ("state:BLR", "org:sco", "observer")}


def test_chairmanship_why_quotes_the_sentence() -> None:
    body = "The CSTO met in Minsk. Kazakhstan will hand the rotating chairmanship to Kyrgyzstan next year."
    assert _mems(body) == {("state:KAZ", "org:csto", "member"), ("state:KGZ", "org:csto", "member")}
    for inf in _whys(body):
        why = inf["organization"]
        assert "'its'" not in why and "'hand the rotating chairmanship to'" in why
    body = "The CSTO met in Minsk. Kazakhstan will hand its chairmanship to Kyrgyzstan next year."
    assert all(inf["organization"].startswith("'its' = CSTO") for inf in _whys(body))
    assert not _mems("The CSTO met in Minsk. Kazakhstan refused to hand the rotating chairmanship to Kyrgyzstan.")
    assert _mems("Kazakhstan handed the SCO presidency to China in July.") == {
        ("state:KAZ", "org:sco", "member"), ("state:CHN", "org:sco", "member")}
