"""Reviewed event readings: an object pronoun with a nearer non-party antecedent ("shelled the power
station … and then struck it"), "to date" after a superlative (no return to the present), "the end of the
month" in a future clause (never an earlier narrative month), "overnight <weekday>" (that night's day),
an "overnight" inside a relative clause (not the main verb's night), an appositive reduced passive
("X, sanctioned by Y in May, rejected …") with its own modality, and a verb of telling with any audience
before its complement.  Each with near misses.  Own sentences; the byline dates the article Wednesday
16 October 2024."""

from __future__ import annotations

from event_facts import HEADLINE, event_facts, of_type

from silkgraph.model import Fact

OPENING = HEADLINE + "By A. Writer\nOctober 16, 2024\n\n"


def _events(body: str, etype: str) -> list[Fact]:
    return of_type(event_facts(body, opening=OPENING), etype)


def _roles(body: str, etype: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return sorted((tuple(sorted(f.args.get("actors") or [])), tuple(sorted(f.args.get("targets") or [])))
                  for f in _events(body, etype))


def _dates(body: str, etype: str) -> list[str]:
    return sorted(f.args["date"] for f in _events(body, etype))


# --- 1. an object pronoun after a nearer noun phrase -----------------------------------------------

def test_it_after_a_nearer_object_is_not_the_speaker() -> None:
    body = "Armenia said Azerbaijan shelled the power station on Sunday and then struck it again on Tuesday."
    assert _dates(body, "attack") == ["2024-10-13", "2024-10-15"]
    assert all("state:ARM" not in (f.args.get("targets") or []) for f in _events(body, "attack"))


def test_it_after_an_indefinite_object_is_not_the_speaker() -> None:
    body = "Armenia said Azerbaijani forces bombed a border post on Sunday and attacked it again on Monday."
    assert _dates(body, "attack") == ["2024-10-13", "2024-10-14"]
    assert all("state:ARM" not in (f.args.get("targets") or []) for f in _events(body, "attack"))


def test_it_right_after_the_subject_is_still_the_speaker() -> None:
    body = "Armenia said on Tuesday that Azerbaijan had attacked it."
    assert _roles(body, "attack") == [(("state:AZE",), ("state:ARM",))]


def test_it_after_a_subject_with_an_article_is_still_the_speaker() -> None:
    body = "Armenia said the Azerbaijani army attacked it on Tuesday."
    assert all(f.args.get("targets") == ["state:ARM"] for f in _events(body, "attack"))
    assert _events(body, "attack")


# --- 2. "to date" after a superlative ----------------------------------------------------------------

def test_to_date_after_a_superlative_keeps_the_year_written() -> None:
    body = ("In 2016, the alliance staged its biggest drill to date near the coast; in May, Belarus moved "
            "troops to the frontier.")
    assert _dates(body, "mobilization") == ["2016-05"]


def test_to_date_as_a_span_up_to_now_still_returns_to_the_present() -> None:
    body = ("In 2016, the alliance staged a drill near the coast and has held one every year to date; in May, "
            "Belarus moved troops to the frontier.")
    assert _dates(body, "mobilization") == ["2024-05"]


# --- 3. "the end of the month" in a future clause ---------------------------------------------------

def test_the_end_of_the_month_in_a_future_clause_is_not_an_earlier_month() -> None:
    body = "Envoys met in Geneva in September. Iran said on Tuesday it will host a summit at the end of the month."
    planned = [f for f in _events(body, "meeting") if f.modality == "planned"]
    assert [f.args["date"] for f in planned] == ["2024-10"]


def test_the_end_of_the_month_in_a_past_clause_is_the_month_told() -> None:
    body = "Envoys met in Geneva in September. At the end of the month, Iran hosted a summit."
    assert "2024-09" in [f.args["date"] for f in _events(body, "meeting") if "state:IRN" in f.args["actors"]]
    assert "2024-10" not in _dates(body, "meeting")


# --- 4. "overnight <weekday>" ------------------------------------------------------------------------

def test_overnight_with_a_weekday_takes_that_day() -> None:
    body = "The army said on Wednesday that Azerbaijani troops shelled Armenian villages overnight Sunday."
    assert _dates(body, "attack") == ["2024-10-13"]


def test_overnight_alone_is_the_night_before_the_saying() -> None:
    body = "The army said on Wednesday that Azerbaijani troops shelled Armenian villages overnight."
    assert _dates(body, "attack") == ["2024-10-15"]


# --- 6. "overnight" inside a relative clause ----------------------------------------------------------

def test_overnight_in_a_relative_clause_does_not_move_the_main_verb() -> None:
    body = ("Armenia said on Wednesday that Azerbaijan, which has shelled its villages overnight for months, "
            "attacked a school.")
    assert _dates(body, "attack") == ["2024-10-16"]


def test_overnight_for_weeks_is_no_one_night() -> None:
    body = "Armenia said on Wednesday that Azerbaijani troops attacked its villages overnight for weeks."
    assert _dates(body, "attack") == ["2024-10-16"]


def test_overnight_in_the_main_clause_still_moves_it() -> None:
    body = "Armenia said on Wednesday that Azerbaijani troops attacked a school overnight."
    assert _dates(body, "attack") == ["2024-10-15"]


# --- 5. an appositive reduced passive keeps its own modality ------------------------------------------

def test_an_appositive_participle_is_not_denied_by_the_main_verb() -> None:
    body = "Belarus, sanctioned by Canada in May, rejected the accusations."
    got = _events(body, "sanction")
    assert [(f.args["actors"], f.args["targets"], f.modality) for f in got] == \
        [(["state:CAN"], ["state:BLR"], "asserted")]


def test_an_appositive_participle_is_not_made_hypothetical_by_the_main_verb() -> None:
    body = "Belarus, sanctioned by Canada in May, may face more penalties, officials warned."
    assert [f.modality for f in _events(body, "sanction") if f.args["actors"] == ["state:CAN"]] == ["asserted"]


def test_a_report_before_the_appositive_still_frames_it() -> None:
    body = "Officials claimed Belarus, sanctioned by Canada in May, rejected the accusations."
    assert [(f.args["actors"], f.args.get("targets"), f.modality) for f in _events(body, "sanction")] == \
        [(["state:CAN"], ["state:BLR"], "claimed")]


# --- 7. a verb of telling with any audience ------------------------------------------------------------

def test_told_with_an_indefinite_audience_leaves_the_speaker_out() -> None:
    body = "Azerbaijan told a news conference Armenian forces shelled its villages on Monday."
    assert _roles(body, "attack") == [(("state:ARM",), ("state:AZE",))]


def test_told_with_a_state_as_audience_leaves_both_out() -> None:
    body = "Azerbaijan told Russia Armenian forces shelled its villages on Monday."
    assert _roles(body, "attack") == [(("state:ARM",), ("state:AZE",))]


def test_told_with_an_audience_ending_in_a_place_takes_the_party_after_it() -> None:
    body = "Azerbaijan told diplomats in Baku Armenian forces shelled its villages on Monday."
    assert all(f.args["actors"] == ["state:ARM"] for f in _events(body, "attack"))
    assert _events(body, "attack")
