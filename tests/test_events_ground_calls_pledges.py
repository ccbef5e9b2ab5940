"""Ground taken by force, calls held and pledges told with a time before the infinitive, across constructions
(events.yaml ``triggers_ground``): a place taken in the perfect, the passive with and without an auxiliary, a
relative clause, a place taken from a named force, the taking told as a noun ("the capture of X by Y",
"Russia's seizure of the town"), armed men driven from a place; calls held in the plural and a call told by its
day or purpose; "pledged over the weekend to stand by X", "threatened again to", "agreed on Monday to join X",
"hoped X would prevail".  Each with near misses that must not read the construction (a title captured, a firm
taken over, weapons seized, a call to arms, joining talks).  Own sentences (dateline 5 July 2024)."""

from __future__ import annotations

from event_facts import event_facts


def _has(body: str, etype: str, party: str) -> bool:
    """Whether an asserted or reported event of ``etype`` has ``party`` among its actors or targets."""
    for f in event_facts(body):
        if f.args["event_type"] != etype or f.modality not in ("asserted", "reported"):
            continue
        if party in (f.args.get("actors") or []) + (f.args.get("targets") or []):
            return True
    return False


# --- ground taken -------------------------------------------------------------------------------

def test_perfect_taken_heights_is_an_attack() -> None:
    assert _has("Azerbaijan said on 2 July that its troops had taken several strategic heights.", "attack", "state:AZE")


def test_place_taken_back_is_an_attack() -> None:
    assert _has("Armenian forces regained control of two positions on 3 July, Yerevan said.", "attack", "state:ARM")
    assert _has("Ukrainian forces liberated the town of Kupiansk on 3 July.", "attack", "state:UKR")


def test_border_post_occupied_is_an_attack() -> None:
    assert _has("Tajik forces occupied a Kyrgyz border post on 1 July, Bishkek said.", "attack", "state:TJK")


def test_seized_compound_is_an_attack_not_an_arrest() -> None:
    body = "The Taliban seized the governor's compound in Kunduz on 1 July."
    assert _has(body, "attack", "armed:taliban")
    assert not _has(body, "coercion", "armed:taliban")


def test_passive_capture_by_a_force_is_an_attack() -> None:
    assert _has("The village of Krynky was captured by Russian troops on 1 July.", "attack", "state:RUS")


def test_reduced_passive_after_a_comma_is_an_attack() -> None:
    body = "The town, captured by Russian forces on 1 July, lies on the road to Pokrovsk."
    assert _has(body, "attack", "state:RUS")


def test_relative_clause_with_a_named_place_is_an_attack() -> None:
    body = "Russian forces, which captured Avdiivka on 1 July, pressed on towards Pokrovsk."
    assert _has(body, "attack", "state:RUS")


def test_place_taken_from_a_named_force_is_an_attack() -> None:
    body = "Azerbaijani forces remained on 3 July in control of the heights captured from Armenian troops on 1 July."
    assert _has(body, "attack", "state:AZE")


def test_capture_told_as_a_noun_is_an_attack() -> None:
    assert _has("The capture of Krynky by Russian forces on 1 July alarmed Kyiv.", "attack", "state:RUS")
    assert _has("Russia's capture of Avdiivka on 1 July was its biggest gain in months.", "attack", "state:RUS")
    body = "The seizure of the police headquarters by Taliban fighters on 1 July shocked Kabul."
    assert _has(body, "attack", "armed:taliban")


def test_armed_men_driven_out_is_an_attack() -> None:
    body = "Ukrainian forces pushed the Russian troops out of the village on 1 July."
    assert _has(body, "attack", "state:UKR")


def test_things_taken_that_are_no_ground_are_no_attack() -> None:
    assert not _has("Kazakhstan captured the regional football title on 1 July.", "attack", "state:KAZ")
    assert not _has("Uzbekistan took control of its gas exports on 1 July.", "attack", "state:UZB")
    assert not _has("Indian police seized weapons in Srinagar on 1 July.", "attack", "state:IND")
    assert not _has("Uzbekistan took the city by surprise on 1 July with a new tax.", "attack", "state:UZB")
    body = "Kazakh officials took over the headquarters of the bankrupt Kyrgyz airline on 1 July."
    assert not _has(body, "attack", "state:KGZ")


def test_seizure_of_assets_or_markets_is_no_attack() -> None:
    assert not _has("The seizure of Russian assets on 1 July angered Moscow, Kazakh officials said.", "attack",
                    "state:RUS")
    assert not _has("Kazakhstan's capture of the Asian market on 1 July surprised analysts.", "attack", "state:KAZ")


def test_capture_not_made_or_only_possible_is_no_attack() -> None:
    assert not _has("Russian troops did not capture the town on 1 July, Kyiv said.", "attack", "state:RUS")
    assert not _has("Russian troops could capture the town of Pokrovsk within weeks, analysts said on 1 July.",
                    "attack", "state:RUS")


# --- calls ----------------------------------------------------------------------------------------

def test_call_told_by_its_day_and_purpose_is_a_meeting() -> None:
    body = "U.S. President Barack Obama called Zardari on Sunday to offer condolences."
    assert _has(body, "meeting", "state:USA")


def test_possessive_call_to_a_leader_is_a_meeting() -> None:
    body = "U.S. President Barack Obama's call to Zardari on Sunday was the first since the raid."
    assert _has(body, "meeting", "state:USA")


def test_calls_held_in_the_plural_are_a_meeting() -> None:
    body = ("Russian Foreign Minister Sergei Lavrov held separate phone calls on 3 July with the Armenian and "
            "Azerbaijani foreign ministers.")
    assert _has(body, "meeting", "state:RUS")


def test_called_as_naming_or_summoning_is_no_meeting() -> None:
    assert not _has("Aliyev called Armenia on Monday an occupying power.", "meeting", "state:AZE")
    assert not _has("Tokayev called a snap election on 1 July.", "meeting", "state:KAZ")
    assert not _has("Kazakhstan's call to arms on 1 July rallied volunteers.", "meeting", "state:KAZ")
    assert not _has("Kazakhstan held calls on 1 July for a new round of reforms.", "meeting", "state:KAZ")


# --- a time before the infinitive; a side's victory hoped for ---------------------------------------

def test_pledge_with_a_time_before_the_infinitive_is_support() -> None:
    assert _has("Turkish leaders pledged over the weekend to stand by Baku.", "support", "state:TUR")
    assert _has("Ankara vowed last week to support Azerbaijan until the end.", "support", "state:TUR")
    assert not _has("Ankara vowed on 1 July to stand by its own farmers.", "support", "state:TUR")


def test_hope_that_a_side_prevails_is_support() -> None:
    assert _has("Erdogan said on 1 July he hoped Azerbaijan would prevail.", "support", "state:TUR")
    assert not _has("Erdogan said on 1 July he hoped the ceasefire would hold.", "support", "state:TUR")


def test_threat_with_a_time_before_the_infinitive() -> None:
    assert _has("Pakistan threatened over the weekend to cut NATO supply lines.", "threat", "state:PAK")


def test_joining_agreed_with_a_time_before_the_infinitive_is_accession() -> None:
    assert _has("Kazakhstan agreed on 1 July to join the Eurasian Economic Union.", "accession", "state:KAZ")
    assert not _has("Russia agreed on 1 July to join the talks on Afghanistan.", "accession", "state:RUS")
    assert not _has("Kazakhstan decided on 1 July to join the rescue effort in Turkey.", "accession", "state:KAZ")
