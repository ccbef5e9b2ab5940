"""Arms transfers: licensed production is a transfer from the licensor to the state that produces.
The subject of "agreed to produce S under licence" is the producer (it receives, the goods' origin
supplies); a plant "in Y" named earlier in the sentence is where a licence for S is used; and goods
the producer's gazetteer lists as its own but co-developed abroad come from the co-developer
(own short sentences)."""

from __future__ import annotations

from transfer_keys import parties_and_system_of as _keys


def test_producer_subject_of_an_agreement_to_produce_receives() -> None:
    got = _keys("In 2023 Uzbekistan agreed to produce the Bayraktar TB2 under licence at home.")
    assert ("state:TUR", "state:UZB", "wpn:bayraktar-tb2") in got


def test_pronoun_producer_is_its_antecedent_not_a_supplier() -> None:
    got = _keys("Mongolia is diversifying. It bought four Turkish Bayraktar TB2 drones in 2021, and in 2023 it "
                "agreed to assemble the Bayraktar TB2 under licence at home.")
    assert ("state:TUR", "state:MNG", "wpn:bayraktar-tb2") in got
    assert not any(sup == "state:MNG" for sup, _rec, _sys in got)


def test_maker_as_subject_is_no_producer() -> None:
    # near miss: the goods' own maker "agreed to produce" them: no licensee is named
    got = _keys("In 2023 Türkiye agreed to produce more Bayraktar TB2 drones under licence.")
    assert not any(rec == "state:TUR" for _sup, rec, _sys in got)


def test_plant_named_before_a_licence_is_the_producing_state() -> None:
    got = _keys("Tehran courts Moscow. In 2023 Iranian officials opened a factory in Minsk to make drones; "
                "SIPRI records the licence for the Mohajer-6 from 2022.")
    assert ("state:IRN", "state:BLR", "wpn:mohajer-6") in got
    assert ("state:IRN", "state:RUS", "wpn:mohajer-6") not in got


def test_own_design_built_under_licence_comes_from_its_co_developer() -> None:
    got = _keys("Pakistan relies on Beijing. JF-17 fighters are produced under licence in Pakistan.")
    assert ("state:CHN", "state:PAK", "wpn:jf-17") in got


def test_licensed_goods_beside_delivered_goods_keep_the_delivery() -> None:
    got = _keys("Pakistan relies on Beijing. China delivered 20 J-10C fighters in 2022 and JF-17 fighters "
                "produced under licence in Pakistan.")
    assert {("state:CHN", "state:PAK", "wpn:j-10c"), ("state:CHN", "state:PAK", "wpn:jf-17")} <= got


def test_site_in_a_relative_clause_on_the_licensor_is_no_licensee() -> None:
    got = _keys("Turkey, which runs a drone factory in Ukraine, granted Azerbaijan a licence for the Bayraktar TB2.")
    assert ("state:TUR", "state:AZE", "wpn:bayraktar-tb2") in got
    assert not any(rec == "state:UKR" for _sup, rec, _sys in got)


def test_indirect_object_licensee_beats_an_earlier_site() -> None:
    got = _keys("Turkey opened a drone factory in Ukraine in 2022 and granted Azerbaijan a licence for the Bayraktar TB2.")
    assert ("state:TUR", "state:AZE", "wpn:bayraktar-tb2") in got
    assert not any(rec == "state:UKR" for _sup, rec, _sys in got)


def test_firm_with_a_plant_selling_a_licence() -> None:
    got = _keys("Baykar, which is building a plant in Ukraine, sold Kazakhstan a licence for the Anka drone.")
    assert not any(rec == "state:UKR" for _sup, rec, _sys in got)


def test_site_with_no_licensee_named_still_produces() -> None:
    # near miss: no state between the site and the licence: the site's state is the producer
    got = _keys("Turkey opened a drone factory in Ukraine in 2022 under a licence for the Bayraktar TB2.")
    assert ("state:TUR", "state:UKR", "wpn:bayraktar-tb2") in got


def test_demonym_between_site_and_licence_is_no_licensee() -> None:
    # near miss: a demonym modifier is no indirect object: the plant's state still produces
    got = _keys("In 2022 Iran opened a factory in Dushanbe to produce drones, the first Iranian production line "
                "abroad; SIPRI records the licence for the Ababil-2 from 2021.")
    assert ("state:IRN", "state:TJK", "wpn:ababil-2") in got
