"""The organisation of a membership cue heads the cue's object noun phrase: determiners and
premodifiers ("the U.S.-led", "both the") may stand between; another noun before it ("joined the
talks in the SCO") or a noun it modifies after it ("joined NATO drills") means no membership.
A demonym modifying a noun ("Russian bases") is no subject member: the plural anaphor is."""

from __future__ import annotations

from dateline_facts import members


def test_led_premodifier_with_dotted_abbreviation() -> None:
    assert ("state:KEN", "org:csto") in members("Kenya remains a member of the U.S.-led Collective Security "
                                                "Treaty Organization.")
    assert ("state:KEN", "org:csto") in members("Kenya joined the Russian-led CSTO in 1994.")
    assert ("state:KEN", "org:eaeu") in members("Kenya joined, in 2015, the Eurasian Economic Union.")


def test_list_of_organisations_after_determiners() -> None:
    got = members("Kenya belongs to both the CSTO and the EAEU.")
    assert got == {("state:KEN", "org:csto"), ("state:KEN", "org:eaeu")}


def test_another_noun_heads_the_object() -> None:
    assert not members("Kenya joined the talks in the SCO.")
    assert not members("Kenya joined a statement of the EU on Georgia.")
    assert not members("Kenya joined calls by NATO for restraint.")


def test_organisation_modifying_a_noun_is_not_the_object() -> None:
    assert not members("Kenya joined the exercise with CSTO forces.")
    assert not members("Kenya joined the CSTO peacekeeping force in 2022.")
    assert ("state:KEN", "org:csto") in members("Kenya joined the CSTO in 1994 and hosts its drills.")


def test_demonym_modifier_is_no_subject_member() -> None:
    got = members("Kenya and Peru clashed again. Both countries host Russian military bases and belong to "
                  "the Collective Security Treaty Organization.")
    assert got == {("state:KEN", "org:csto"), ("state:PER", "org:csto")}  # no ("state:RUS", "org:csto")


def test_participation_in_the_organisation() -> None:
    assert ("state:ARM", "org:csto") in members("Pashinyan froze Armenia's participation in the Russian-led CSTO.")
    assert ("state:ARM", "org:csto") in members("Armenia has frozen its participation in the CSTO.")
    assert not members("Iran's participation in the SCO summit was confirmed.")
    assert not members("Kenya has expanded its participation in the CSTO peacekeeping mission.")


def test_chairing_a_meeting_or_summit_is_no_seat() -> None:
    assert ("state:KEN", "org:sco") in members("Kenya chaired the SCO in 2023.")
    assert not members("Kenya chaired the SCO summit in 2023.")
    assert not members("Kenya chaired the meeting of the SCO.")
