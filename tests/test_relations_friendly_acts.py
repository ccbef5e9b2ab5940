"""Friendly acts make partners: two states the article shows meeting, signing or aiding each other
in two sentences, or in one and an arms transfer between them, are partners (the kind a recorded
inference); a lone act, a settlement of a conflict, or a pair also joined by a hostile act is not."""

from __future__ import annotations

from event_facts import source_facts

from silkgraph.extract.relations.friendly import WAR_RE

HEAD = "Test headline about the region\n\nBy A. Writer\n\n"


def _partners(body: str) -> list[tuple[str, str, str]]:
    return [(f.args["a"], f.args["b"], f.inferences.get("kind", ""))
            for f in source_facts(HEAD + body, "relation") if f.args["kind"] == "partner"]


def test_two_friendly_acts_make_partners() -> None:
    got = _partners("Mongolia and Japan signed an agreement on defence exchanges in March 2023. "
                    "In October 2023 the Mongolian defence minister visited Tokyo and met his Japanese counterpart.")
    assert [(a, b) for a, b, _ in got] == [("state:JPN", "state:MNG")]
    assert "told in 2 sentences" in got[0][2]


def test_one_act_and_an_arms_transfer_make_partners() -> None:
    got = _partners("Serbia received six Wing Loong drones from China in 2022. "
                    "Belgrade and Beijing signed a free trade agreement in October 2023.")
    assert [(a, b) for a, b, _ in got] == [("state:CHN", "state:SRB")]
    assert "1 arms transfer between them" in got[0][2]


def test_a_lone_act_makes_no_partners() -> None:
    assert not _partners("The Kyrgyz foreign minister met his Latvian counterpart in Riga in May 2024.")
    assert not _partners("Turkmenistan bought two patrol boats from Germany in 2019.")


def test_settling_a_conflict_makes_no_partners() -> None:
    assert not _partners("Eritrea and Ethiopia signed a peace agreement in 2018 ending their border war. "
                         "The two leaders met again in Asmara later that year.")


def test_a_hostile_act_between_the_pair_blocks_it() -> None:
    assert not _partners("Pakistan accused Afghanistan of sheltering militants in March 2024. "
                         "In May the two governments signed a transit trade agreement.")


def test_the_settlement_is_read_in_the_acts_paragraph() -> None:
    assert not _partners("Chad and Niger had argued for years over the line through the lake. "
                         "In 2019 the two governments signed an agreement on the remaining sections. "
                         "Their presidents met in Niamey to initial it.")


def test_a_war_told_in_a_paragraph_naming_both_blocks_the_pair() -> None:
    assert not _partners("The incursion was discovered in April 2001, after Ecuadorian troops had crossed into Peruvian "
                         "territory.\n\nIn 2003 Ecuador and Peru signed an agreement on fisheries. "
                         "Their ministers met again in Lima in 2004.")


def test_a_war_of_a_third_state_or_fighting_crime_blocks_nothing() -> None:
    got = _partners("Mongolia and Japan signed an agreement on defence exchanges in March 2023. "
                    "In October 2023 the Mongolian defence minister visited Tokyo and met his Japanese counterpart. "
                    "By then Russia's war in Ukraine had entered a new phase.")
    assert [(a, b) for a, b, _ in got] == [("state:JPN", "state:MNG")]
    assert not WAR_RE.search("an agreement on fighting drug trafficking") and not WAR_RE.search("since the Second World War")
    assert WAR_RE.search("the fighting in Batken") and WAR_RE.search("the intrusion came to light")
