"""Memberships told by structures probed in round 2: a person chairing an organ of a bloc named as
its possessor ("X, who chairs the CSTO's Collective Security Council"), an apposition of weight or
founding after a list ("Russia and China, its two heavyweights", "Tajikistan, one of the six
members": the bloc named or referred to last before the list), the role told of an attendance
("participated as a dialogue partner", "attends as an observer"; a guest tells none), "not a member
of ORG, only an observer", an organisation of several words before "membership of", taking over a
rotating presidency from a state, a fronted "In the CSTO, X and Y ...", and "make X the first NATO
member".  Near misses: a region or a state told last before the apposition, a national security
council, a fronted bloc whose clause is about seeking membership, "a NATO member in all but name"."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _facts(body: str) -> set[tuple[str, str, str]]:
    text = "Bloc notes\n\nASTANA, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"], str(f.args["role"]))
            for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts if f.type == "membership"}


def _mems(body: str) -> set[tuple[str, str]]:
    return {(m, o) for m, o, _ in _facts(body)}


def test_person_chairing_an_organ_of_a_named_bloc() -> None:
    got = _mems("Leaders of the Collective Security Treaty Organization met on Monday. Kazakh President "
                "Kassym-Jomart Tokayev, who currently chairs the CSTO's Collective Security Council, said the "
                "force would grow.")
    assert ("state:KAZ", "org:csto") in got
    got = _mems("The SCO is China's project. Kyrgyz President Sadyr Japarov, who presides over the SCO's "
                "Council of Heads of State this year, welcomed the leaders.")
    assert ("state:KGZ", "org:sco") in got


def test_chairing_a_national_council_is_none() -> None:
    got = _mems("Kazakh President Kassym-Jomart Tokayev, who chairs Kazakhstan's Security Council, sacked "
                "his predecessor.")
    assert not any(m == "state:KAZ" for m, _ in got)


def test_heavyweights_of_the_bloc_named_or_referred_to_before() -> None:
    got = _mems("The Shanghai Cooperation Organisation now has ten members. Russia and China, its two "
                "heavyweights, want calm on its southern flank.")
    assert {("state:RUS", "org:sco"), ("state:CHN", "org:sco")} <= got
    got = _mems("Iran joined the Shanghai Cooperation Organisation in 2023. Azerbaijan and Armenia are dialogue "
                "partners of the organisation, and Russia and China, its two heavyweights, want calm.")
    assert {("state:RUS", "org:sco"), ("state:CHN", "org:sco")} <= got


def test_heavyweights_of_a_region_are_no_members() -> None:
    got = _mems("The SCO has widened its security agenda. Central Asia is changing fast. Kazakhstan and "
                "Uzbekistan, its two heavyweights, compete for influence.")
    assert not got & {("state:KAZ", "org:sco"), ("state:UZB", "org:sco")}
    got = _mems("The SCO met in Astana. Kazakhstan depends on China and Russia, its largest trading partners.")
    assert not got & {("state:CHN", "org:sco"), ("state:RUS", "org:sco")}


def test_one_of_the_counted_members() -> None:
    assert ("state:TJK", "org:csto") in _mems("The CSTO has six members. Tajikistan, one of the six members, "
                                              "borders Afghanistan.")


def test_attendance_roles() -> None:
    got = _facts("The SCO heads of state met in Samarkand. Azerbaijan's President Ilham Aliyev attended as a "
                 "guest, and Egypt participated as a dialogue partner.")
    assert ("state:EGY", "org:sco", "partner") in got
    assert not any(m == "state:AZE" for m, _, _ in got)
    got = _facts("The Collective Security Treaty Organization met in Minsk. Serbia took part as an observer at "
                 "the CSTO Parliamentary Assembly.")
    assert ("state:SRB", "org:csto", "observer") in got
    assert not _mems("NATO leaders met in Vilnius. Ukraine's president attended as a guest.")


def test_not_a_member_only_an_observer() -> None:
    assert ("state:UZB", "org:eaeu", "observer") in _facts(
        "Uzbekistan is not a member of the Eurasian Economic Union, only an observer.")
    assert not _mems("Uzbekistan is not a member of the CSTO, and Turkmenistan is neutral.")


def test_several_word_organisation_before_membership_of() -> None:
    assert _mems("The Shanghai Cooperation Organisation membership of India and Pakistan dates from 2017.") == {
        ("state:IND", "org:sco"), ("state:PAK", "org:sco")}
    assert ("state:CYP", "org:eu") in _mems("The European Union membership of Cyprus has complicated matters.")


def test_taking_over_a_rotating_presidency_from_a_state() -> None:
    got = _mems("The OTS summit in Bishkek was chaired by Kyrgyz President Sadyr Japarov, whose country took "
                "over the rotating presidency from Azerbaijan.")
    assert {("state:KGZ", "org:ots"), ("state:AZE", "org:ots")} <= got


def test_fronted_bloc_frames_a_plural_subject() -> None:
    assert _mems("The bloc met in Minsk. In the CSTO, Russia and Belarus have pushed for a tougher line.") == {
        ("state:RUS", "org:csto"), ("state:BLR", "org:csto")}
    assert not _mems("Talks stalled. In the European Union, Turkey and Georgia have long sought membership in vain.")
    assert not _mems("Talks went on. In Moscow, Russia and Belarus signed a new union treaty on Friday.")


def test_make_x_the_first_member() -> None:
    assert ("state:FRA", "org:nato") in _mems("Paris signed the deal in 2024. The contracts make France the first "
                                              "NATO member to sell heavy weapons to Yerevan.")
    assert not _mems("Analysts say the deal made Ukraine a NATO member in all but name.")
