"""Meeting outcomes told in the next sentence ("X met Y on Tuesday. The two agreed to …"): the bare
numeral as the pair, the meeting's date, talks agreed on are no meeting; background and plans are
no outcome."""

from __future__ import annotations

from event_facts import event_facts, of_type

MET = ("On Tuesday Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev "
       "in Tashkent. ")


PAIR = ["state:KAZ", "state:UZB"]


def test_the_two_agreed_after_a_meeting_is_its_outcome() -> None:
    facts = event_facts(MET + "The two agreed to resume talks on sharing the water of the Syr Darya.")
    agr = of_type(facts, "agreement")
    assert len(agr) == 1 and sorted(agr[0].args["actors"]) == PAIR
    assert agr[0].args["date"] == "2024-07-02"
    # the talks agreed on are what was agreed: no second meeting
    assert len(of_type(facts, "meeting")) == 1


def test_they_signed_after_a_meeting_is_dated_by_it() -> None:
    agr = of_type(event_facts(MET + "They signed a memorandum on energy cooperation."), "agreement")
    assert len(agr) == 1 and agr[0].args["date"] == "2024-07-02"


def test_agreed_to_continue_consultations_is_no_meeting() -> None:
    facts = event_facts("Kazakhstan and Uzbekistan agreed on 3 March 2024 to continue consultations on water.")
    assert [f.args["event_type"] for f in facts] == ["agreement"]


def test_held_consultations_stays_a_meeting() -> None:
    facts = event_facts("Kazakhstan and Uzbekistan held consultations on water sharing on 3 March 2024.")
    assert [f.args["event_type"] for f in facts] == ["meeting"]


def test_background_and_plans_after_a_meeting_are_no_outcome() -> None:
    assert not of_type(event_facts(MET + "The two had signed a border treaty."), "agreement")
    assert not of_type(event_facts(MET + "The two will sign a treaty on water."), "agreement")


def test_the_three_named_in_the_sentence() -> None:
    facts = event_facts("Turkey and Qatar offered to mediate. In May 2024 Chinese Foreign Minister Wang Yi hosted "
                        "his Pakistani and Afghan counterparts in Beijing, where the three agreed to extend the "
                        "railway project to Kabul.")
    agr = of_type(facts, "agreement")
    assert agr and sorted(agr[0].args["actors"]) == ["state:AFG", "state:CHN", "state:PAK"]
