"""A visit whose traveller is the main clause's subject: a fronted indefinite or possessive journey
("During a visit to Baku, the prime minister signed …", "During his visit to Ankara, President X …")
and a participle set off by commas after the subject ("X, visiting Beijing, signed …").  Near misses:
a visit whose traveller is named inside the frame ("a visit to Tbilisi by the Turkish president"),
"the same visit" (told before), a party deeper in the main clause, a home city, people who are no
party, "after visiting".  Own sentences."""

from __future__ import annotations

from event_facts import BYLINE, event_facts, of_type


def _meetings(body: str) -> list[dict]:  # type: ignore[type-arg]
    return [f.args for f in of_type(event_facts(body, opening=BYLINE), "meeting")]


def test_a_fronted_visit_is_the_subjects_own() -> None:
    (m,) = _meetings("During a visit to Baku on 5 May 2024, the Georgian prime minister signed a transit deal.")
    assert set(m["actors"]) == {"state:GEO", "state:AZE"} and m["location"] == "place:baku"
    (m,) = _meetings("During his visit to Ankara on 6 May 2024, President Ilham Aliyev signed a gas deal.")
    assert set(m["actors"]) == {"state:AZE", "state:TUR"}


def test_a_participle_visiting_a_foreign_city_is_a_visit() -> None:
    (m,) = _meetings("On 12 June 2024 Prime Minister Shehbaz Sharif, visiting Beijing, signed a trade deal with Li Qiang.")
    assert set(m["actors"]) == {"state:PAK", "state:CHN"} and m["location"] == "place:beijing"


def test_near_misses_keep_the_visitor_out_or_make_no_visit() -> None:
    (m,) = _meetings("During a visit to Tbilisi by the Turkish president on 8 May 2024, Azerbaijan signed a pipeline deal.")
    assert "state:AZE" not in m["actors"]
    (m,) = _meetings("During a state visit to China in late March 2025, Yunus described India's states as landlocked.")
    assert "state:IND" not in m["actors"]
    assert not _meetings("During the same visit, Armenia and Turkey agreed on 7 May 2024 to open the border.")
    for body in (
        "On 12 June 2024 Prime Minister Shehbaz Sharif, visiting Lahore, signed a trade deal with a Chinese firm.",
        "On 12 June 2024 tourists, visiting Beijing, saw the wall.",
        "On 12 June 2024 the minister, after visiting Beijing, said that ties were good.",
    ):
        assert not _meetings(body), body
