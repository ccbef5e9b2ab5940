"""A membership told of a pair: a floating quantifier ("X and Y have both been members of"),
and a bare "Both" whose sentence before names no state (the pair the article opens with)."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\n" + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_floating_both_after_auxiliary() -> None:
    got = _mems("Although Kenya and Peru have both been members of the Shanghai Cooperation Organisation "
                "since 2017, Kenya refused to sign the statement.")
    assert {("state:KEN", "org:sco"), ("state:PER", "org:sco")} <= got


def test_bare_both_after_stateless_sentence_is_the_opening_pair() -> None:
    body = ("Caught between two giants, Nepal and Bhutan have chosen different paths. "
            "Ghana sent a team to Lima. Ghana and Peru met.\n"
            "Neither state can afford to take sides. Both belong to SAARC and to BIMSTEC.")
    got = _mems(body)
    assert {("state:NPL", "org:saarc"), ("state:BTN", "org:saarc"), ("state:NPL", "org:bimstec"),
            ("state:BTN", "org:bimstec")} <= got
    assert ("state:GHA", "org:saarc") not in got and ("state:PER", "org:saarc") not in got


def test_bare_both_near_misses() -> None:
    # the sentence before names a single state: "Both" is not resolved to the opening pair
    got = _mems("Caught between two giants, Nepal and Bhutan have chosen different paths. "
                "Ghana sent a team to the talks. Both belong to SAARC.")
    assert ("state:NPL", "org:saarc") not in got
    # an opening list of three is no pair
    got = _mems("Nepal, Bhutan and Ghana have chosen different paths.\n"
                "Neither state can afford to take sides. Both belong to SAARC.")
    assert not got


def test_founders_are_members() -> None:
    got = _mems("The SCO was founded in Shanghai in 2001 by China, Russia and Kazakhstan.")
    assert {("state:CHN", "org:sco"), ("state:RUS", "org:sco"), ("state:KAZ", "org:sco")} <= got
    assert ("state:ARM", "org:csto") in _mems("The CSTO was set up in 1992 by Russia and Armenia.")
    # a venture or a company founded by states is no membership of a bloc
    assert not _mems("A joint venture was established by Russia and India.")


def test_organisation_after_a_clause_break_is_not_the_cue_s() -> None:
    got = _mems("Leaders of the SCO met in Astana. He also met the Turkish president, whose country is an SCO "
                "dialogue partner, and United Nations officials addressed the session.")
    assert ("state:TUR", "org:sco") in got
    assert ("state:TUR", "org:un") not in got
