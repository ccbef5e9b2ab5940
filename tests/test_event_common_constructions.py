"""Common constructions of events that the trigger lists missed (events.yaml, ``triggers_ev22``): a meeting told
by "sat down", "had talks" or "negotiated with"; an understanding or a consensus reached; one charge dismissed
or refuted; a party listed or declared a terrorist or extremist organisation; a ban on a party's goods with a
longer object.  Each with near misses that must not read the construction.  Own sentences (dateline 5 July
2024)."""

from __future__ import annotations

from event_facts import dated_parties, event_facts, event_types

ARM_AZE = ("state:ARM", "state:AZE")


# --- meetings ------------------------------------------------------------------------------------------

def test_sat_down_for_talks_is_a_meeting() -> None:
    body = "Envoys of Armenia and Azerbaijan sat down for talks in Vienna on 2 July."
    assert dated_parties(body, "meeting") == [("2024-07-02", ARM_AZE)]


def test_sat_down_with_a_partner_is_a_meeting() -> None:
    body = "On 2 July the Armenian foreign minister sat down with his Azerbaijani counterpart in Vienna."
    assert dated_parties(body, "meeting") == [("2024-07-02", ARM_AZE)]


def test_sat_down_with_a_place_between_is_a_meeting() -> None:
    body = "Armenian and Azerbaijani officials sat down in Vienna on 2 July to negotiate the border."
    assert dated_parties(body, "meeting") == [("2024-07-02", ARM_AZE)]


def test_sat_down_alone_is_no_meeting() -> None:
    body = "The Armenian delegates sat down in protest in Vienna on 2 July."
    assert "meeting" not in event_types(event_facts(body))


def test_had_talks_with_a_partner_is_a_meeting() -> None:
    body = "The Kazakh president had lengthy talks with the Uzbek leader in Tashkent on 2 July."
    assert dated_parties(body, "meeting") == [("2024-07-02", ("state:KAZ", "state:UZB"))]


def test_had_no_talks_is_no_meeting() -> None:
    body = "The Kazakh president had no talks with the Uzbek leader in Tashkent on 2 July."
    assert dated_parties(body, "meeting") == []


def test_negotiated_with_a_partner_is_a_meeting() -> None:
    body = "On 2 July Kyrgyzstan negotiated with Tajikistan in Bishkek over the disputed enclave."
    assert dated_parties(body, "meeting") == [("2024-07-02", ("state:KGZ", "state:TJK"))]


def test_negotiated_an_accord_is_no_meeting_by_this_verb() -> None:
    body = "On 2 July Kyrgyzstan negotiated better terms for its migrants."
    assert dated_parties(body, "meeting") == []


# --- an understanding reached ----------------------------------------------------------------------------

def test_reached_an_understanding_is_an_agreement() -> None:
    body = "Pakistan and China reached an understanding on debt relief on 2 July."
    assert dated_parties(body, "agreement") == [("2024-07-02", ("state:CHN", "state:PAK"))]


def test_reached_a_consensus_is_an_agreement() -> None:
    body = "On 2 July Georgia and Turkey reached a broad consensus on transit fees."
    assert dated_parties(body, "agreement") == [("2024-07-02", ("state:GEO", "state:TUR"))]


def test_reached_a_better_understanding_of_is_no_agreement() -> None:
    body = "On 2 July Georgia reached a better understanding of Turkish concerns."
    assert dated_parties(body, "agreement") == []


# --- one charge dismissed -------------------------------------------------------------------------------

def test_dismissed_the_accusation_is_a_rejection() -> None:
    body = "Azerbaijan dismissed the accusation from Armenia on 2 July."
    assert any("state:AZE" in parts for _, parts in dated_parties(body, "rejection"))


def test_refuted_a_claim_is_a_rejection() -> None:
    body = "On 2 July Tajikistan refuted the Kyrgyz claim about the water intake."
    assert any("state:TJK" in parts for _, parts in dated_parties(body, "rejection"))


def test_dismissed_an_official_is_no_rejection() -> None:
    body = "On 2 July Tajikistan dismissed the governor of the border district."
    assert dated_parties(body, "rejection") == []


# --- terrorist and extremist listings --------------------------------------------------------------------

def test_listed_as_a_terrorist_organisation_is_a_sanction() -> None:
    body = "Kazakhstan listed the Taliban as a terrorist organisation on 2 July."
    assert dated_parties(body, "sanction") == [("2024-07-02", ("armed:taliban", "state:KAZ"))]


def test_declared_an_extremist_organisation_is_a_sanction() -> None:
    body = "On 2 July Tajikistan declared the Islamic Renaissance Party an extremist organisation."
    got = dated_parties(body, "sanction")
    assert got and all("state:TJK" in parts for _, parts in got)


def test_a_terrorist_organisation_named_without_a_listing_is_no_sanction() -> None:
    body = "On 2 July Kazakhstan said the Taliban had been a terrorist organisation in the past."
    assert dated_parties(body, "sanction") == []


# --- a ban on a party's goods with a longer object --------------------------------------------------------

def test_banned_a_named_product_and_other_goods_of_a_state_is_a_sanction() -> None:
    body = "On 2 July Kazakhstan banned Borjomi and 40 other Georgian products."
    assert any("state:GEO" in parts for _, parts in dated_parties(body, "sanction"))


# --- building of a shared work begun or opened ------------------------------------------------------------

def test_began_construction_of_a_section_is_cooperation() -> None:
    body = "Kazakhstan and China began construction of the Kazakh section of the new railway on 2 July."
    assert dated_parties(body, "cooperation") == [("2024-07-02", ("state:CHN", "state:KAZ"))]


def test_a_section_inaugurated_in_the_passive_is_cooperation() -> None:
    body = "On 2 July the Uzbek section of the pipeline was inaugurated at Karshi."
    assert dated_parties(body, "cooperation") == [("2024-07-02", ("state:UZB",))]


def test_met_to_mark_the_start_of_construction_is_cooperation() -> None:
    body = "Uzbek and Afghan ministers met at Termez on 2 July to mark the start of construction on the railway."
    assert any(set(parts) >= {"state:AFG", "state:UZB"} for _, parts in dated_parties(body, "cooperation"))


def test_construction_of_a_stadium_is_no_cooperation() -> None:
    body = "Kazakhstan started construction of a new stadium in Astana on 2 July."
    assert dated_parties(body, "cooperation") == []


def test_a_station_inaugurated_is_no_cooperation() -> None:
    body = "The new Astana railway station was inaugurated on 2 July."
    assert dated_parties(body, "cooperation") == []
