"""General structures of event reading (own invented sentences, a wire dated 12 March 2024):

* a bare year premodifying a noun in the object dates that noun, not the clause's act ("accused X of breaking
  the 2016 truce"); not a year framing the clause ("during the 2020 war"), an occasion's ("boycotted the 2018
  summit"), nor an agreement verb's own object ("signed the 2015 accord");
* a same-type verb in a relative clause on the object ("initialled a text that the governments had finalised in
  January") is an act of its own, dated by its date; the main act keeps the report's day (and the relative's
  parties when it names none);
* a word-counting trigger lookahead ("asked X to close") counts a long name as one word;
* an event noun object of any negated verb form ("has not signed a deal", "did not supply arms") is no event;
  a verb of reacting to a thing that exists ("did not condemn the attack") keeps it;
* giving verbs (gave, pledged, slapped) as light verbs give the noun's actor.
"""

from __future__ import annotations

from event_facts import of_type, wire_event_facts


def _dated(body: str, etype: str) -> list[tuple[str, frozenset[str]]]:
    """(date, parties) of the events of ``etype`` in ``body``."""
    return [(f.args.get("date") or "", frozenset((f.args.get("actors") or []) + (f.args.get("targets") or [])))
            for f in of_type(wire_event_facts(body), etype)]


# -- 1. a year premodifying an object noun ------------------------------------------------------------

def test_object_year_does_not_date_the_accusation() -> None:
    got = _dated("Azerbaijan accused Armenia of breaking the 2016 truce.", "accusation")
    assert got and all(d == "2024-03-12" for d, _p in got)


def test_object_year_in_topic_does_not_date_the_criticism() -> None:
    got = _dated("Tajikistan blamed Kyrgyzstan for violating the 2021 border deal.", "accusation")
    assert got and all(d == "2024-03-12" for d, _p in got)


def test_frame_year_still_dates_the_act() -> None:  # near miss: "during the 2020 war" frames the clause
    got = _dated("Armenia said Azerbaijan shelled Armenian villages during the 2020 war.", "attack")
    assert all(d != "2024-03-12" for d, _p in got)


def test_occasion_year_still_dates_the_refusal() -> None:  # near miss: an occasion's year
    got = _dated("Uzbekistan refused to attend the 2018 summit in Dushanbe.", "rejection")
    assert all(d.startswith("2018") for d, _p in got)


def test_signed_the_year_accord_keeps_its_year() -> None:  # near miss: the signing made the accord
    got = _dated("Kazakhstan and Kyrgyzstan signed the 2015 accord.", "agreement")
    assert got and all(d.startswith("2015") or d == "" for d, _p in got)


# -- 2. a relative clause on the object ---------------------------------------------------------------

def test_relative_history_verb_does_not_date_the_main_act() -> None:
    body = ("Kyrgyzstan and Uzbekistan held talks in Tashkent. Their deputy ministers initialled the draft of a "
            "border accord that the two governments had finalised in January.")
    got = _dated(body, "agreement")
    pair = {"state:KGZ", "state:UZB"}
    assert any(d == "2024-03-12" and pair <= p for d, p in got)  # the initialling: the report's day
    assert any(d == "2024-01" and pair <= p for d, p in got)  # the finalising: its own month
    assert all(d in ("2024-03-12", "2024-01") for d, _p in got)


def test_separate_coordinated_act_keeps_its_own_date() -> None:  # near miss: no relative clause
    body = "Kazakhstan signed a pipeline deal with China, and Uzbekistan signed a gas deal with Russia in January."
    got = _dated(body, "agreement")
    assert any(d == "2024-01" and "state:UZB" in p for d, p in got)


# -- 3. a long name as one word in a counted lookahead ------------------------------------------------

def test_long_organisation_name_counts_as_one_word() -> None:
    body = "Tajikistan asked the Shanghai Cooperation Organisation Regional Anti-Terrorist Structure to share data."
    got = _dated("Tajikistan asked the Collective Security Treaty Organization to send monitors.", "demand") + \
        _dated(body, "demand")
    assert any("state:TJK" in p for _d, p in got)


def test_many_plain_words_still_no_demand() -> None:  # near miss: six ordinary words are no object
    got = _dated("Tajikistan asked whether the officials of the ministry were going to resign.", "demand")
    assert not got


# -- 4. negated governing verbs, light verbs ----------------------------------------------------------

def test_negated_verb_forms_make_no_event() -> None:
    for body, etype in [("Uzbekistan has not signed a transit deal with Afghanistan.", "agreement"),
                        ("China did not supply military aid to Kyrgyzstan.", "military_aid"),
                        ("Georgia never initialled the accord with Armenia.", "agreement"),
                        ("Armenia would not take part in the sanctions against Iran.", "sanction")]:
        assert not [f for f in of_type(wire_event_facts(body), etype) if f.modality == "asserted"], body


def test_negation_of_a_reacting_verb_keeps_the_event() -> None:  # near miss: the attack happened
    got = _dated("Russia did not condemn Azerbaijan's shelling of Armenian villages on Monday.", "attack")
    assert any({"state:AZE", "state:ARM"} <= p for _d, p in got)


def test_not_only_is_no_negation() -> None:  # near miss: "not only"
    got = _dated("Georgia not only signed a transit deal with Armenia but also hosted its minister.", "agreement")
    assert any({"state:GEO", "state:ARM"} <= p for _d, p in got)


def test_giving_light_verbs_give_the_actor() -> None:
    got = _dated("Turkey pledged military assistance to Azerbaijan.", "military_aid")
    assert any("state:TUR" in p for _d, p in got)
    got = _dated("Canada slapped sanctions on Iran.", "sanction")
    assert any("state:CAN" in p for _d, p in got)
