"""Memberships told by structures of unseen writers: "the ORG membership of X, Y and Z", "ORG,
whose members, X, Y and Z, ...", founders ("ORG, founded in 2001 by X and Y", "X and Y set up
ORG"), "ORG, enlarged to include X", "hand the rotating chairmanship to X", "has held observer
status since" with the bloc unnamed, and an object-less "X and Y have joined" resolved to the
bloc the text is about, not to a bloc named only as a side remark ("the borders of the EU").
Near misses: opposed or possible memberships, a lone state setting up its own body, refused
observer status, a hoped-for enlargement, "-led" (no membership read), "whose members met"."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Bloc notes\n\nASTANA, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_org_membership_of_a_list() -> None:
    assert _mems("Nothing in the deal conflicts with the CSTO membership of Armenia, Belarus and Kyrgyzstan.") == {
        ("state:ARM", "org:csto"), ("state:BLR", "org:csto"), ("state:KGZ", "org:csto")}


def test_opposed_or_possible_membership_is_none() -> None:
    assert not _mems("Moscow has long opposed the NATO membership of Georgia and Ukraine.")
    assert not _mems("Talks on the possible EAEU membership of Uzbekistan resumed in Tashkent on Monday.")


def test_whose_members_apposed_list() -> None:
    assert _mems("Much depends on the CSTO, whose members, Kazakhstan, Tajikistan and Armenia, buy Russian "
                 "arms at domestic prices.") == {("state:KAZ", "org:csto"), ("state:TJK", "org:csto"),
                                                 ("state:ARM", "org:csto")}
    assert _mems("The OTS, whose member states are Azerbaijan, Kazakhstan and Turkey, met in Bishkek.") == {
        ("state:AZE", "org:ots"), ("state:KAZ", "org:ots"), ("state:TUR", "org:ots")}


def test_whose_members_near_misses() -> None:
    assert not _mems("The CSTO, whose members met in Minsk on Friday, criticised Georgia for its drills.")
    assert not _mems("The OTS, whose members, like Turkey, recognise the entity, met in Shusha.")


def test_founded_by_participle_on_the_organisation_referred_back_to() -> None:
    got = _mems("The Shanghai Cooperation Organisation held its summit in Astana. The organization, founded in "
                "2001 by China, Russia, Kazakhstan and Tajikistan, now has ten members.")
    assert got == {("state:CHN", "org:sco"), ("state:RUS", "org:sco"), ("state:KAZ", "org:sco"),
                   ("state:TJK", "org:sco")}
    assert not _mems("The SCO, founded in 2001 by agreement in Shanghai, has grown slowly.")


def test_several_states_setting_up_a_bloc() -> None:
    assert _mems("In 2016 China, Afghanistan, Pakistan and Tajikistan set up the Quadrilateral Cooperation and "
                 "Coordination Mechanism in Urumqi.") == {("state:CHN", "org:qccm"), ("state:AFG", "org:qccm"),
                                                          ("state:PAK", "org:qccm"), ("state:TJK", "org:qccm")}
    assert _mems("China and Russia created the Shanghai Cooperation Organisation in 2001.") == {
        ("state:CHN", "org:sco"), ("state:RUS", "org:sco")}


def test_one_state_setting_up_its_own_body_is_no_membership() -> None:
    assert not _mems("Kazakhstan established the Astana International Financial Centre in 2018.")
    assert not _mems("Russian and Chinese firms set up the joint venture in 2019.")


def test_enlarged_to_include() -> None:
    assert _mems("That matters because the SCO, enlarged to include India, Pakistan, Iran and Belarus, is too "
                 "diffuse.") == {("state:IND", "org:sco"), ("state:PAK", "org:sco"), ("state:IRN", "org:sco"),
                                 ("state:BLR", "org:sco")}
    assert not _mems("Some members want the SCO to be enlarged to include Turkey.")


def test_rotating_chairmanship_handed_to_a_state() -> None:
    assert _mems("Kazakhstan, which has chaired the SCO for the past year, will hand the rotating chairmanship "
                 "to China.") == {("state:KAZ", "org:sco"), ("state:CHN", "org:sco")}


def test_observer_status_in_the_bloc_named_before() -> None:
    assert _mems("The Organization of Turkic States met in Bishkek. Hungary has held observer status since "
                 "2018.") == {("state:HUN", "org:ots")}
    assert not _mems("Turkmenistan has refused observer status in the Eurasian Economic Union.")
    assert not _mems("The Eurasian Economic Union met in Minsk. Ukraine was denied observer status in 2019.")


def test_joined_without_object_takes_the_bloc_the_text_is_about() -> None:
    got = _mems("Leaders of the Shanghai Cooperation Organization meet in Astana on Thursday. Its expansion "
                "would bring the bloc to the borders of the European Union. India, Pakistan and Iran have "
                "joined since 2017.")
    assert got == {("state:IND", "org:sco"), ("state:PAK", "org:sco"), ("state:IRN", "org:sco")}


def test_affiliation_mention_is_not_the_bloc_referred_back_to() -> None:
    got = _mems("Leaders of the SCO gathered in Astana. The UN chief visited the UN offices in Almaty. "
                "A year later Belarus joined.")
    assert got == {("state:BLR", "org:sco")}


def test_led_bloc_tells_no_membership_of_the_leader() -> None:
    assert _mems("Kazakhstan remains a member of the Russian-led CSTO.") == {("state:KAZ", "org:csto")}
