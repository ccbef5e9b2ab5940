"""Memberships told by frames read in ``resources/ontology/membership_frames.yaml``: co-chairing a bloc
with others, a bloc's co-chairs "from" states, a chairmanship "held by" states, joining others "in" a
bloc, a co-member told between verb and complement, a founding treaty signed, a bloc making a state an
observer, a programme one takes part in
(NATO's Partnership for Peace: a partner of the programme); and the organisations the gazetteer now
knows (the Quadrilateral Coordination Group, the Eurasian Customs Union).  Near misses must not
produce the fact."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source

MG = "org:osce-minsk-group"


def _mems(body: str) -> set[tuple[str, str, str]]:
    text = "Test headline\n\nVIENNA, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"], f.args["role"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def _pairs(body: str) -> set[tuple[str, str]]:
    return {(m, o) for m, o, _ in _mems(body)}


def test_co_chairing_with_others() -> None:
    got = _pairs("France, which co-chairs the Minsk Group together with Russia and the United States, kept quiet.")
    assert {("state:FRA", MG), ("state:RUS", MG), ("state:USA", MG)} <= got


def test_co_chairs_from_states() -> None:
    want = {("state:RUS", MG), ("state:FRA", MG), ("state:USA", MG)}
    assert want <= _pairs("The Minsk Group's co-chairs from France, Russia and the United States flew to Baku.")
    assert want <= _pairs("The co-chairs of the Minsk Group, from Russia, France and the United States, met.")


def test_chairmanship_held_by_states() -> None:
    got = _pairs("The Minsk Group, whose co-chairmanship is held by France, Russia and the United States, met.")
    assert {("state:RUS", MG), ("state:FRA", MG), ("state:USA", MG)} <= got


def test_states_apposed_to_plural_co_chairs() -> None:
    got = _pairs("France, Russia and the United States, the co-chairs of the Minsk Group, drafted a text.")
    assert {("state:RUS", MG), ("state:FRA", MG), ("state:USA", MG)} <= got


def test_co_chair_near_misses() -> None:
    assert not {m for m, o in _pairs("The Minsk Group co-chairs met the ministers of Armenia and Azerbaijan.")
                if m in ("state:ARM", "state:AZE")}
    assert ("state:AZE", MG) not in _pairs("The Minsk Group's co-chairs visited Azerbaijan on Monday.")


def test_joining_others_in_a_bloc() -> None:
    got = _pairs("Turkmenistan joined Uzbekistan and Kazakhstan in the Organization of Turkic States.")
    assert {("state:TKM", "org:ots"), ("state:UZB", "org:ots"), ("state:KAZ", "org:ots")} <= got
    assert not _pairs("Kazakhstan joined Russia in urging the SCO to act.")


def test_co_member_between_verb_and_complement() -> None:
    got = _pairs("Tajikistan belongs, together with Russia and Armenia, to the Collective Security Treaty Organization.")
    assert {("state:TJK", "org:csto"), ("state:RUS", "org:csto"), ("state:ARM", "org:csto")} <= got


def test_founding_treaty_signed() -> None:
    want = {("state:RUS", "org:eaeu"), ("state:BLR", "org:eaeu"), ("state:KAZ", "org:eaeu")}
    assert want <= _pairs("Kyrgyzstan looked to the EAEU, whose founding treaty Russia, Belarus and Kazakhstan "
                          "signed in 2014.")
    assert want <= _pairs("Russia, Belarus and Kazakhstan signed the founding treaty of the Eurasian Economic Union.")
    assert ("state:GEO", "org:eaeu") not in _pairs("The EAEU, whose customs rules Georgia rejects, grew in 2015.")


def test_bloc_making_a_state_an_observer() -> None:
    assert ("state:AFG", "org:sco", "observer") in _mems("The SCO, which made Afghanistan an observer in 2012, met.")
    assert ("state:TKM", "org:ots", "observer") in _mems("In 2021 the OTS extended observer status to Turkmenistan.")


def test_eurasian_customs_union_named_with_its_members() -> None:
    cu = "org:eurasian-customs-union"
    got = _pairs("Armenia joined the Customs Union of Russia, Belarus and Kazakhstan in 2015.")
    assert ("state:ARM", cu) in got
    # the bare words name other customs unions too ("the Customs Union with the European Union")
    assert ("state:TUR", cu) not in _pairs("Turkey joined the Customs Union with the European Union in 1995.")


def test_an_organisation_of_states_is_no_bloc_named_by_its_members() -> None:
    # (a bloc "of" states is read no more: criticism by a body "of" states names no members)
    assert _pairs("The criticism by the OSCE of Armenia and Azerbaijan came swiftly.") == set()
    assert _pairs("Support from the SCO of Iran, Pakistan and India was muted.") == set()


def test_review_near_misses_of_the_frames() -> None:
    # the joined states take no date of the joiner's; an exercise "in" which states joined is no bloc
    facts = [f for aa in analyse_source(Source("t.txt", "Test headline\n\nVIENNA, 3 March 2024 — Kyrgyzstan joined "
                                                          "Russia and Kazakhstan in the Eurasian Economic Union in "
                                                          "August 2015.\n"))
             for f in aa.extraction.facts if f.type == "membership"]
    since = {f.args["member"]: f.args.get("since") for f in facts}
    assert since.get("state:KGZ") == "2015-08" and since.get("state:RUS") is None
    assert ("state:GEO", "org:nato") not in _pairs("Georgia joined Ukraine in the NATO-led exercise last week.")
    assert ("state:JPN", "org:osce") not in _pairs("Japan co-chairs the OSCE Asian Partners Conference this year.")
    assert ("state:UKR", "org:cis") not in _pairs("The CIS, whose charter Ukraine never ratified, met in Minsk.")
    got = _pairs("Kazakhstan is a member of the CSTO. Georgia and Moldova are members together with Ukraine of the "
                 "GUAM group.")
    assert ("state:GEO", "org:csto") not in got and ("state:MDA", "org:csto") not in got


def test_programme_taken_part_in() -> None:
    got = _mems("Armenia looks west too. It has taken part in NATO's Partnership for Peace since 1994.")
    assert ("state:ARM", "program:pfp", "partner") in got
    assert ("state:MDA", "program:pfp", "partner") in _mems("Moldova joined the Partnership for Peace in 1994.")
    assert not _mems("Moldova took part in the NATO summit in Vilnius.")


def test_coordination_group_is_an_organisation() -> None:
    got = _pairs("Pakistan joined China, Afghanistan and the United States in the Quadrilateral Coordination "
                 "Group (QCG).")
    assert {("state:PAK", "org:qcg"), ("state:CHN", "org:qcg"), ("state:AFG", "org:qcg"),
            ("state:USA", "org:qcg")} <= got


def test_one_partnership_per_sentence() -> None:
    got = _mems("Moldova has been a NATO partner since joining the Partnership for Peace in 1994.")
    assert ("state:MDA", "org:nato", "partner") in got
    assert not {m for m in got if m[1] == "program:pfp"}


def test_exception_with_a_describing_word() -> None:
    got = _pairs("Every Central Asian state except neutral Turkmenistan belongs, with Russia, to the CSTO.")
    assert ("state:RUS", "org:csto") in got
    assert ("state:TKM", "org:csto") not in got


def test_members_together_with_others() -> None:
    got = _pairs("The CSTO met in Minsk on Monday. Armenia and Kyrgyzstan are members together with Russia and "
                 "Belarus, but Uzbekistan left in 2012.")
    assert {("state:ARM", "org:csto"), ("state:KGZ", "org:csto"), ("state:RUS", "org:csto"),
            ("state:BLR", "org:csto")} <= got
    assert not _pairs("Armenia and Kyrgyzstan are members together with Russia of a club of grain buyers.")
