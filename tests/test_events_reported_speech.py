"""Events told in words (our own sentences): a party's dated statement (also dated by a weekday)
is a statement event unless its complement tells an event of its own or it is a trailing
attribution; warnings of consequences, vowed revenge and a right to respond reserved are threats;
charges laid in words, "alleged/charged that <accused> had ..." and reciprocal charges are
accusations; denials, rebuffs, refusals (to deal with, to meet) and charges branded false are
rejections; requests, troops called in and help sought are demands; solidarity pledged is support;
blaming and thanking.  Each family with its near misses."""

from __future__ import annotations

from event_facts import (
    HEADLINE,
    args_by_type,
    assert_party,
    essay_event_facts,
    event_facts,
    event_types,
    of_type,
    wire_event_facts,
)


def _one(body: str, etype: str) -> dict:  # type: ignore[type-arg]
    got = of_type(event_facts(body), etype)
    assert len(got) == 1, (body, event_types(event_facts(body)))
    return got[0].args


WIRE = "Test headline about the region\n\nISLAMABAD, March 12 (Test Wire) – "


PUBLISHED = "\n\nPublished: 12 March 2024"


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


def test_reports_called_propaganda_is_a_rejection() -> None:
    for s in ("In May 2024 Tajikistan called the reports of a border clash propaganda.",
              "In May 2024 Kyrgyzstan dismissed the allegations as baseless.",
              "In May 2024 Kazakhstan described the claims about its troops as fabricated."):
        got = of_type(wire_event_facts(s), "rejection")
        assert got and got[0].args["date"] == "2024-05", s


def test_vowed_revenge_is_a_threat() -> None:
    for s in ("In May 2024 the Taliban vowed revenge on Tajikistan.",
              "In May 2024 Iran promised to retaliate against Pakistan."):
        assert of_type(wire_event_facts(s), "threat"), s


def test_alleged_that_is_an_accusation_of_the_clause_subject() -> None:
    cases = {
        "Uzbek officials alleged in March 2022 that Tajikistan had diverted water from the river.":
            ("state:UZB", "state:TJK"),
        "On 4 June 2021 Kazakhstan alleged that Russian hackers were behind the outage.":
            ("state:KAZ", "state:RUS"),
        "In May 2023 Armenia charged that Azerbaijan had moved troops into its territory.":
            ("state:ARM", "state:AZE"),
    }
    for s, (actor, target) in cases.items():
        got = of_type(essay_event_facts(s), "accusation")
        assert got, s
        assert actor in got[0].args["actors"], s
        assert target in (got[0].args.get("targets") or []), s


def test_alleged_as_adjective_or_passive_is_not_an_accusation() -> None:
    for s in ("In May 2023 the alleged plot was uncovered in Almaty.",
              "In May 2023 it was alleged that the vote had been rigged."):
        assert not of_type(essay_event_facts(s), "accusation"), s


def test_charges_rejected_when_the_charge_comes_first() -> None:
    assert_party("On 4 May 2025 Pakistan blamed India for backing the BLA, an allegation New Delhi dismissed as absurd.",
                 "rejection", "state:IND")
    assert_party("Kyrgyzstan accused Tajik forces on 28 April 2021 of using mortars, a charge Dushanbe denied.",
                 "rejection", "state:TJK")
    assert_party("On 12 October 2023 Russia denied that the base would be used against any country.", "rejection",
                 "state:RUS")
    assert_party("In 2024 Tehran denied sending any missiles to Russia.", "rejection", "state:IRN")


def test_a_trailing_attribution_is_the_source_not_a_statement() -> None:
    facts = event_facts("Indian and Pakistani troops traded fire along the Line of Control, the Indian army "
                        "said on 2 May 2025.")
    assert of_type(facts, "attack") and not of_type(facts, "statement")


def test_vowed_response_and_criticised_are_threat_and_accusation() -> None:
    assert_party("On 13 June 2025 Tehran blamed Israel for the strikes and vowed a crushing response.", "threat", "state:IRN")
    assert_party("On 8 August 2025 Moscow criticised the exclusion of Russia from the talks.", "accusation", "state:RUS")


def test_wire_reaction_coordinated_with_a_statement_keeps_its_speaker() -> None:
    body = ("Azerbaijani President Ilham Aliyev said on Sunday that the jet had been shot at from the ground over "
            "Russia, and demanded that Moscow punish those responsible.")
    facts = event_facts(body, WIRE, PUBLISHED)
    got = of_type(facts, "demand")
    assert got and got[0].args["actors"] == ["state:AZE"]


def test_blaming_and_thanking() -> None:
    assert_party("On 7 January 2022 Tokayev addressed the nation, blaming the violence on bandits trained in Afghanistan.",
                 "accusation", "state:KAZ")
    assert_party("On 7 January 2022 Tokayev thanked Russia for sending help.", "support", "state:RUS")


def test_each_government_accused_the_other() -> None:
    facts = of_type(event_facts("In September 2022 clashes broke out on the Kyrgyz-Tajik border. Each government "
                                "accused the other of starting the fighting."), "accusation")
    assert facts and {"state:KGZ", "state:TJK"} <= set(facts[0].args["actors"])


def test_denials_rebuffs_and_refusals_are_rejections() -> None:
    assert args_by_type("On 11 March 2024 Islamabad denied harbouring militants on its soil.").get("rejection")
    assert args_by_type("Yerevan spurned Baku's offer of direct talks on 2 February 2023.").get("rejection")
    rj = args_by_type("On 6 June 2023 Kabul refused to hand over the suspects to Pakistan.").get("rejection")
    assert rj and rj[0]["targets"] == ["state:PAK"]


def test_rejection_near_misses() -> None:
    for text in ("Officials refused to comment on 3 April 2024.",
                 "On 3 May 2024 Tehran neither confirmed nor denied carrying out the strike.",
                 "In 2023 the airline was denied landing rights in Kabul."):
        assert not args_by_type(text).get("rejection"), text


def test_reserved_right_to_respond_is_a_threat() -> None:
    assert args_by_type("On 3 January 2024 Tehran reserved the right to respond to the attack.").get("threat")


def test_troops_called_in_and_help_sought_are_demands() -> None:
    assert args_by_type("On 5 January 2022 Tokayev called in CSTO troops.").get("demand")
    dm = args_by_type("On 13 September 2022 Yerevan sought military assistance from the CSTO.").get("demand")
    assert dm and "org:csto" in dm[0]["targets"]


def test_solidarity_pledged_is_support() -> None:
    sp = args_by_type("On 27 September 2020 Ankara pledged full support for Baku.").get("support")
    assert sp and sp[0]["targets"] == ["state:AZE"]
    assert not args_by_type("The president stood by his decision on 2 May 2024.").get("support")


def test_refused_to_meet_is_a_rejection() -> None:
    got = of_type(event_facts("Ilham Aliyev refused in March 2023 to meet Nikol Pashinyan in Prague."), "rejection")
    assert got and got[0].args["date"] == "2023-03"


def test_parliament_voted_it_down_and_veto_overridden() -> None:
    fs = event_facts("On 10 March 2023 the Georgian parliament voted the bill down.", HEADLINE)
    assert [f.args["actors"] for f in of_type(fs, "rejection")] == [["state:GEO"]]
    fs = event_facts("On 28 May 2024 the Georgian parliament overrode the presidential veto.", HEADLINE)
    assert of_type(fs, "rejection")


def test_denial_of_a_charge_is_a_rejection() -> None:
    facts = event_facts("Kyrgyzstan denied any involvement in the shelling on June 3.")
    got = [f for f in facts if f.args["event_type"] == "rejection"]
    assert got and got[0].args["actors"] == ["state:KGZ"] and got[0].args["date"] == "2024-06-03"


def test_asked_with_a_date_between_is_a_demand() -> None:
    facts = event_facts("Tajikistan asked Russia on 3 March for military help against the insurgents.")
    got = [f for f in facts if f.args["event_type"] == "demand"]
    assert got and got[0].args["actors"] == ["state:TJK"] and got[0].args["targets"] == ["state:RUS"]


def test_refusing_to_deal_with_is_a_rejection_not_a_deal() -> None:
    facts = event_facts("In May 2023 Turkmenistan refused to deal with the new rulers in Kabul.")
    assert "agreement" not in event_types(facts)
    got = [f for f in facts if f.args["event_type"] == "rejection"]
    assert got and got[0].args["actors"] == ["state:TKM"]


def test_weekday_dated_official_account_is_a_statement() -> None:
    facts = event_facts("Kyrgyzstan's border service said on Tuesday that two posts had been shelled.")
    got = [f for f in facts if f.args["event_type"] == "statement"]
    assert got and got[0].args["actors"] == ["state:KGZ"]
