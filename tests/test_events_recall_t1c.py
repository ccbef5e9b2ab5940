"""Trigger families for events never extracted before (our own sentences): duties and trade privileges
withdrawn, goods banned, arms supplies halted; sentences, passive detentions, crackdowns, raids, bans on parties,
internet cuts; denials told as gerunds, rebuffed offers, refusals; retaliation reserved; troops called in, help
sought; firms leaving ventures; loans and credit lines; transport links opened; invasions told as nouns; crowds
storming buildings, labour strikes; solidarity pledged.  Each family with its near misses."""

from __future__ import annotations

from event_facts import event_facts

OPEN = "Test headline about the region\n\n"


def _types(text: str) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    out: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    for f in event_facts(text, OPEN):
        out.setdefault(f.args["event_type"], []).append(f.args)
    return out


def test_duties_and_trade_privileges_are_sanctions() -> None:
    sa = _types("On 7 June 2024 Ankara hiked import duties on Chinese cars to 40 percent.").get("sanction")
    assert sa and sa[0]["actors"] == ["state:TUR"] and sa[0]["targets"] == ["state:CHN"]
    sa = _types("In March 2014 Moscow revoked the duty-free access it had given to Moldova.").get("sanction")
    assert sa and sa[0]["targets"] == ["state:MDA"]
    assert _types("On 3 March 2022 Canada stripped Russia of its trade preferences.").get("sanction")
    assert _types("In August 2024 Tajikistan blocked Kyrgyz trucks at the border.").get("sanction")
    assert _types("In February 2005 Britain suspended military supplies to Nepal.").get("sanction")


def test_trade_policy_without_a_party_is_no_sanction() -> None:
    for text in ("The ministry raised the duty on cigarettes on 1 January 2024.",
                 "Customs duties rose sharply in 2019 as the currency fell.",
                 "Ankara did not impose duties on Chinese cars in 2023.",
                 "Kazakhstan banned Kazakh sugar on 1 June 2023."):
        assert not _types(text).get("sanction"), text


def test_coordinated_sanctions_share_the_subject_and_stay_two() -> None:
    got = _types("In March 2021 Canada accused Georgia of fraud, withdrew the trade preferences it had granted "
                 "Tbilisi and a week later raised customs duties on all Georgian imports.").get("sanction")
    assert got and all(g["actors"] == ["state:CAN"] and g["targets"] == ["state:GEO"] for g in got)


def test_punishment_and_passive_detention_are_coercion() -> None:
    co = _types("On 14 May 2021 a court in Almaty jailed two opposition activists.").get("coercion")
    assert co and co[0]["actors"] == ["state:KAZ"]
    co = _types("Two Russian reporters were detained in Tbilisi on 3 May 2024.").get("coercion")
    assert co and co[0]["actors"] == ["state:GEO"] and co[0]["targets"] == ["state:RUS"]
    co = _types("Some 300 people were arrested in Tbilisi on 2 May 2024.").get("coercion")
    assert co and co[0]["actors"] == ["state:GEO"] and not co[0].get("targets")


def test_crackdowns_raids_bans_and_internet_cuts() -> None:
    assert _types("In September 2023 Azerbaijan cracked down on independent journalists.").get("coercion")
    got = _types("On 2 June 2021 the authorities in Minsk raided the offices of a news site.")
    assert got.get("coercion") and not got.get("attack")
    assert _types("On 4 March 2024 Baku banned all activities of the opposition movement.").get("coercion")
    assert _types("Uzbekistan shut down the internet in Nukus on 2 July 2022.").get("coercion")


def test_coercion_near_misses() -> None:
    for text in ("The storms cut off the internet in Osh on 3 May 2024.",
                 "The opposition was not banned in 2020.",
                 "The detention of migrants has long been an issue in the region."):
        assert not _types(text).get("coercion"), text


def test_denials_rebuffs_and_refusals_are_rejections() -> None:
    assert _types("On 11 March 2024 Islamabad denied harbouring militants on its soil.").get("rejection")
    assert _types("Yerevan spurned Baku's offer of direct talks on 2 February 2023.").get("rejection")
    rj = _types("On 6 June 2023 Kabul refused to hand over the suspects to Pakistan.").get("rejection")
    assert rj and rj[0]["targets"] == ["state:PAK"]


def test_rejection_near_misses() -> None:
    for text in ("Officials refused to comment on 3 April 2024.",
                 "On 3 May 2024 Tehran neither confirmed nor denied carrying out the strike.",
                 "In 2023 the airline was denied landing rights in Kabul."):
        assert not _types(text).get("rejection"), text


def test_reserved_right_to_respond_is_a_threat() -> None:
    assert _types("On 3 January 2024 Tehran reserved the right to respond to the attack.").get("threat")


def test_troops_called_in_and_help_sought_are_demands() -> None:
    assert _types("On 5 January 2022 Tokayev called in CSTO troops.").get("demand")
    dm = _types("On 13 September 2022 Yerevan sought military assistance from the CSTO.").get("demand")
    assert dm and "org:csto" in dm[0]["targets"]


def test_leaving_a_venture_is_a_retreat() -> None:
    assert _types("In March 2022 BP pulled out of its stake in Rosneft.").get("retreat")
    assert not _types("The company withdrew its earnings guidance on 4 March 2024.").get("retreat")


def test_loans_and_credit_lines_are_aid() -> None:
    ai = _types("On 8 August 2023 Saudi Arabia extended a $2 billion loan to Pakistan.").get("aid")
    assert ai and ai[0]["targets"] == ["state:PAK"]
    assert _types("In 2019 China granted Kyrgyzstan a soft loan for road repairs.").get("aid")
    assert not _types("Farmers in Uzbekistan received loans from local banks in 2023.").get("aid")
    assert not _types("The bank extended its opening hours on 3 May 2024.").get("aid")


def test_transport_links_between_two_states_are_cooperation() -> None:
    co = _types("In June 2023 Tajikistan and Kyrgyzstan restored bus services across the border.").get("cooperation")
    assert co and set(co[0]["actors"]) == {"state:TJK", "state:KGZ"}
    assert not _types("A railway opened in Kazakhstan in 2023.").get("cooperation")


def test_invasion_noun_is_an_attack_unless_an_anchor_or_a_fear() -> None:
    at = _types("The Soviet invasion of Afghanistan in December 1979 changed the region.").get("attack")
    assert at and at[0]["date"] == "1979-12"
    for text in ("Fears of an invasion grew in Moldova in 2022.",
                 "The invasion force massed on the border in January 2022.",
                 "On 22 February 2022, two days before the invasion of Ukraine, Moscow recognised two regions."):
        assert not _types(text).get("attack"), text


def test_crowds_storming_and_strikes_are_protests() -> None:
    got = _types("On 4 January 2022 crowds stormed the city hall in Almaty.")
    assert got.get("protest") and not got.get("attack")
    got = _types("On 2 January 2022 oil workers went on strike in Aktau.")
    assert got.get("protest") and not got.get("attack")
    assert not _types("The band went on tour in Kazakhstan in 2023.").get("protest")


def test_solidarity_pledged_is_support() -> None:
    sp = _types("On 27 September 2020 Ankara pledged full support for Baku.").get("support")
    assert sp and sp[0]["targets"] == ["state:AZE"]
    assert not _types("The president stood by his decision on 2 May 2024.").get("support")
