"""Session 17 membership structures: a bloc welcoming a list of states "as members" (its name the
clause's subject or a fronted "In ORG,"), a bloc described by its members ("ORG, a grouping of X, Y
and Z"; "The grouping of X, Y and Z ..." after a sentence naming the bloc), a state's memberships
listed ("Its memberships are: the UN, the OSCE ..."), and "ORG expanded to include X" in the past."""

from __future__ import annotations

from membership_pairs import mems


def test_bloc_welcomes_a_list_as_members() -> None:
    got = mems("The Eurasian Economic Union welcomed Mongolia, Vietnam and the United Arab Emirates as members from May 2025.")
    assert {("state:MNG", "org:eaeu"), ("state:VNM", "org:eaeu"), ("state:ARE", "org:eaeu")} <= got


def test_fronted_bloc_frames_the_welcome() -> None:
    got = mems("In the Shanghai Cooperation Organisation, Kazakhstan has cautiously welcomed Laos and Nepal as new members since 2024.")
    assert {("state:LAO", "org:sco"), ("state:NPL", "org:sco")} <= got


def test_welcome_near_misses() -> None:
    # a state welcoming another, no bloc in the clause: no membership
    assert not mems("Kazakhstan welcomed Mongolia as a guest at the talks.")
    # welcoming a decision, not members
    assert ("state:MNG", "org:eaeu") not in mems("The Eurasian Economic Union welcomed Mongolia's decision to open its market.")


def test_bloc_described_by_its_members() -> None:
    got = mems("The Organization of Turkic States, a grouping of Azerbaijan, Kazakhstan and Kyrgyzstan, met in Baku.")
    assert {("state:AZE", "org:ots"), ("state:KAZ", "org:ots"), ("state:KGZ", "org:ots")} <= got
    got = mems("The Collective Security Treaty Organization has regained weight. The bloc of Belarus, Armenia and Tajikistan "
               "held its first drill in 2019.")
    assert {("state:BLR", "org:csto"), ("state:ARM", "org:csto"), ("state:TJK", "org:csto")} <= got


def test_grouping_near_misses() -> None:
    # a bloc in apposition described by a count, not by names
    assert not mems("The Organization of Turkic States, a grouping of six states, met in Baku.")
    # one state after "The bloc of": no list of members
    assert ("state:KAZ", "org:csto") not in mems(
        "The Collective Security Treaty Organization met in May. The bloc of Kazakhstan was not mentioned.")


def test_listed_memberships_of_a_state() -> None:
    got = mems("Mongolia guards its neutrality. Its memberships are modest: the United Nations since 1961, the OSCE and, "
               "since 1993, the Non-Aligned Movement.")
    assert {("state:MNG", "org:un"), ("state:MNG", "org:osce"), ("state:MNG", "org:nam")} <= got
    assert {("state:GEO", "org:oic"), ("state:GEO", "org:eco")} <= mems(
        "Georgia's memberships include the Organisation of Islamic Cooperation and the Economic Cooperation Organization.")


def test_listed_memberships_near_miss() -> None:
    # memberships of the organisations' members, not of a state: no owner
    assert ("state:GEO", "org:un") not in mems("Georgia hosted talks. The memberships of the United Nations are debated.")


def test_past_expansion_with_the_bloc_as_subject() -> None:
    assert {("state:IRN", "org:sco"), ("state:BLR", "org:sco")} <= mems(
        "In 2024 the Shanghai Cooperation Organisation expanded to include Iran and Belarus.")
    # a wish, not an expansion
    assert ("state:EGY", "org:sco") not in mems("Some want the Shanghai Cooperation Organisation expanded to include Egypt.")


def test_listed_memberships_after_a_chain_of_it() -> None:
    got = mems("Mongolia never joined the Collective Security Treaty Organization. In 2005 it cut its ties with a rival bloc. "
               "Its memberships are soft: the United Nations and the OSCE.")
    assert {("state:MNG", "org:un"), ("state:MNG", "org:osce")} <= got
