"""Retrospective events told as background in analysis prose: a body founded by named states (active, with
"together with", a "with" partner list, or a passive/reduced relative with "by"), a deal told by the date it was
agreed and what it commits to ("agreed in 2021 to assemble ..."), joining a body told by "entered", and a
targeting pod that is equipment, not an attack.  Near misses: an office or a company set up, a product launched,
a founder who is a person, forces entering a city, a treaty entering into force, a decision that names no deal.
Own sentences."""

from __future__ import annotations

from event_facts import byline_event_facts, of_type


def _of(body: str, etype: str) -> list[dict]:  # type: ignore[type-arg]
    return [f.args for f in of_type(byline_event_facts(body), etype)]


def test_states_founding_a_named_body_is_an_agreement_of_the_founders() -> None:
    (a,) = _of("In 1997 Georgia, Ukraine, Azerbaijan and Moldova created the GUAM Organization for Democracy.",
               "agreement")
    assert a["date"] == "1997" and {"state:GEO", "state:AZE"} <= set(a["actors"])
    (a,) = _of("Armenia and Iran set up a Joint Economic Commission in 1995 to manage trade.", "agreement")
    assert a["date"] == "1995" and set(a["actors"]) == {"state:ARM", "state:IRN"}
    (a,) = _of("In May 2002 Russia launched the Collective Security Treaty Organization with Armenia and Belarus.",
               "agreement")
    assert a["date"] == "2002-05" and "state:RUS" in a["actors"]


def test_a_body_founded_by_states_told_in_the_passive_is_an_agreement() -> None:
    (a,) = _of("The Shanghai Cooperation Organisation was established in 2001 by China, Russia and Uzbekistan.",
               "agreement")
    assert a["date"] == "2001" and {"state:CHN", "state:RUS", "state:UZB"} <= set(a["actors"])
    assert a["targets"] and a["targets"][0].startswith("org:")


def test_an_office_a_company_a_product_or_a_person_founder_is_no_agreement() -> None:
    for body in (
        "The company set up an office in Tashkent in 2019.",
        "Turkey launched the Anka drone in 2010.",
        "The drone maker was founded in 1984 by a family of engineers.",
        "Georgian Dream, founded by billionaire Bidzina Ivanishvili, passed the law in 2024.",
    ):
        assert not _of(body, "agreement"), body


def test_agreed_on_a_date_to_supply_or_build_is_an_agreement() -> None:
    (a,) = _of("Kyrgyzstan received two Turkish drones and agreed in 2021 to assemble more under licence.",
               "agreement")
    assert a["date"] == "2021" and "state:KGZ" in a["actors"]
    (a,) = _of("The pipeline, which Ankara and Baku agreed in June 2012 to build with a loan, opened in 2018.",
               "agreement")
    assert a["date"] == "2012-06" and {"state:TUR", "state:AZE"} <= set(a["actors"])
    assert not _of("The government agreed in March 2024 to raise fuel prices.", "agreement")


def test_entered_a_body_is_joining_it() -> None:
    (a,) = _of("Uzbekistan entered the Non-Aligned Movement in 1993.", "accession")
    assert a["date"] == "1993" and a["actors"] == ["state:UZB"]
    assert not _of("The accord entered into force in 2019.", "accession")
    assert not _of("Russian troops entered Kharkiv in March 2022.", "accession")


def test_targeting_pods_sold_are_no_attack() -> None:
    body = "Aselsan sold 12 targeting pods to Azerbaijan under a contract signed in 2019."
    assert not _of(body, "attack")
    assert _of("In May 2019 Azerbaijani drones began targeting Armenian positions.", "attack")
