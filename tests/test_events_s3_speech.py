"""Event recall, session 3: reported speech.  A party's dated statement ("said that …",
"told parliament that …") is a statement event unless its complement tells an event of its
own; a warning of consequences is a threat; a charge laid in words is an accusation.
Original test sentences, with near misses that must stay silent."""

from __future__ import annotations

from event_facts import event_facts, event_types, of_type


def _one(body: str, etype: str) -> dict:  # type: ignore[type-arg]
    got = of_type(event_facts(body), etype)
    assert len(got) == 1, (body, event_types(event_facts(body)))
    return got[0].args


def test_warnings_of_consequences_are_threats() -> None:
    cases = {
        "On 3 March 2024 Russia's foreign ministry warned that any deployment of Western troops to Armenia "
        "would be regarded as a hostile act.": "state:RUS",
        "In June 2023 Tehran cautioned that it would respond to any attack on its territory.": "state:IRN",
        "In May 2024 the Kazakh defence minister threatened that Astana would retaliate against any incursion.":
            "state:KAZ",
        "In April 2022 Pakistan threatened to close the Torkham crossing.": "state:PAK",
        "In May 2023 Azerbaijan warned Armenia of serious consequences.": "state:AZE",
        "In April 2021 Aliyev said that the corridor would be opened whether Yerevan likes it or not.": "state:AZE",
    }
    for body, actor in cases.items():
        assert actor in _one(body, "threat")["actors"], body


def test_warnings_without_a_threat_are_no_threats() -> None:
    for body in ("In March 2024 the World Bank warned that growth in Kazakhstan would slow.",
                 "In May 2024 Uzbekistan said that both sides had agreed to refrain from hostile acts.",
                 "In 2023 analysts warned that the dam could flood villages."):
        assert not of_type(event_facts(body), "threat"), body


def test_charges_in_words_are_accusations() -> None:
    cases = {
        "On 5 May 2025 India called the missile tests a dangerous provocation.": "state:IND",
        "In October 2022 Baku described the Iranian drills as a provocation.": "state:AZE",
        "In May 2023 Human Rights Watch said that Tajik forces had committed war crimes.": "org:hrw",
        "In 2024 Pakistani officials said the bombing had been planned in Afghanistan.": "state:PAK",
    }
    for body, actor in cases.items():
        assert actor in _one(body, "accusation")["actors"], body
    assert "state:IRN" in _one("In October 2022 Baku described the Iranian drills as a provocation.",
                               "accusation")["targets"]


def test_calls_that_lay_no_charge_are_no_accusations() -> None:
    for body in ("In June 2024 Kazakhstan's ministry called for an end to the escalation.",
                 "In June 2024 Kazakhstan called the agreement a milestone."):
        assert not of_type(event_facts(body), "accusation"), body


def test_a_dated_statement_is_a_statement_event() -> None:
    args = _one("In March 2024 Uzbekistan's foreign ministry said that the railway would open next year.",
                "statement")
    assert "state:UZB" in args["actors"]
    assert args["date"] == "2024-03"


def test_a_statement_that_tells_an_event_is_that_event() -> None:
    for body in ("On 12 June 2024 Pashinyan told parliament that Armenia would leave the CSTO.",
                 "In February 2024 Pashinyan said Armenia had frozen its participation in the CSTO."):
        facts = event_facts(body)
        assert event_types(facts) == ["retreat"], (body, event_types(facts))


def test_a_remark_beside_an_event_is_no_statement() -> None:
    facts = event_facts("On 12 December 2022 militants stormed a hotel in Kabul, and Beijing said five Chinese "
                        "guests were injured.")
    assert not of_type(facts, "statement")
