"""An event noun in a fronted frame ("During the same visit, …", "Since the war of 2020 …") takes no
party from the main clause (our own sentences); a noun of the main clause, or a frame whose own
parties are named in it, keeps its parties."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type


def test_the_main_clause_subject_is_not_the_frame_s_occasion() -> None:
    fs = event_facts("Since the war of 2020 Turkey and Israel have been Baku's main arms suppliers.", HEADLINE)
    assert not any({"state:TUR", "state:ISR"} & set(f.args.get("actors") or []) for f in of_type(fs, "attack"))


def test_companies_agreeing_during_a_visit_are_not_the_visit_s_parties() -> None:
    fs = event_facts("On May 10, 2022, Tokayev visited Ankara, where he and Erdogan signed a declaration. During the "
                     "same visit, Turkish Aerospace Industries and Kazakhstan Engineering agreed to produce drones.",
                     HEADLINE)
    assert not any("company:tai" in (f.args.get("actors") or []) for f in of_type(fs, "meeting"))
    assert any("company:tai" in (f.args.get("actors") or []) for f in of_type(fs, "agreement"))


def test_a_frame_with_its_own_parties_keeps_them() -> None:
    fs = event_facts("During President Emmanuel Macron's visit to Tashkent in November 2023, Uzbek officials "
                     "expressed interest in Rafale fighters.", HEADLINE)
    assert any({"state:FRA", "state:UZB"} <= set(f.args.get("actors") or []) for f in of_type(fs, "meeting"))
