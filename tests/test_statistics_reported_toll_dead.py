"""Statistics: the dead of a toll an official teller reports together with the hurt or held ("the
ministry said 14 police officers had been killed and 310 injured") are a statistic too, not only one
event's fatalities; a day of a date is no count; an apposition between a share's actor and its verb
leaves the actor the subject; a state's possessive border length is that state's."""

from __future__ import annotations

from event_facts import source_facts
from event_facts import statistic_triples as _stats

HEAD = "Protests spread across Tajikistan last week. "


def test_dead_reported_with_the_injured() -> None:
    got = _stats("The Interior Ministry said on Tuesday that 14 police officers had been killed and 310 injured in the clashes.",
                 HEAD)
    assert ("state:TJK", 14.0, "count") in got
    assert ("state:TJK", 310.0, "count") in got


def test_dead_reported_with_the_detained() -> None:
    got = _stats('The interior ministry said 9 "armed rioters" had been killed and more than 1,200 people detained.', HEAD)
    assert ("state:TJK", 9.0, "count") in got


def test_dead_without_an_official_teller_or_the_hurt() -> None:
    # a teller who is no state organ, and the dead told alone: one event's toll
    got = _stats("A local rights activist said on Tuesday that 40 people had been killed and 90 wounded in the raid.", HEAD)
    assert not any(v == 40.0 for _s, v, _u in got)
    got = _stats("The Interior Ministry said 12 police officers had been killed in the ambush.", HEAD)
    assert not any(v == 12.0 for _s, v, _u in got)


def test_day_of_a_date_is_no_count() -> None:
    got = _stats("A truce signed on October 3 deployed Turkish observers along the line.",
                 "Fighting ended in Syria in the autumn. ")
    assert not any(u == "count" for _s, _v, u in got)
    got = _stats("On 3 October Türkiye deployed 1,500 troops to the border.", "Fighting ended in Syria in the autumn. ")
    assert ("state:TUR", 1500.0, "count") in got


def test_apposition_between_share_actor_and_verb() -> None:
    got = _stats("China supplied 58 percent of Serbia's arms imports in 2019–2023, while Germany's share fell to 20 "
                 "percent and Italy, a latecomer, accounted for 6 percent.")
    assert ("state:ITA", 6.0, "percent") in got
    assert ("state:DEU", 6.0, "percent") not in got


def test_possessive_border_length_in_a_planned_clause() -> None:
    facts = source_facts("Test headline\n\nOfficials met on Monday. The road, which would run along Bhutan's roughly "
                         "600-kilometre border with China, was approved on Friday.", "statistic")
    got = [(f.args["subject"], f.args["value"], f.modality) for f in facts]
    assert ("state:BTN", 600.0, "asserted") in got
    assert not any(f.args["value"] == 40.0 for f in source_facts(
        "Test headline\n\nOfficials met on Monday. Georgia's 40-km border crossing reopened on Friday.", "statistic"))
