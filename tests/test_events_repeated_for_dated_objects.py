"""One verb with a list of dated objects ("blacklisted three firms in 2023, in April 2024 four
more, and in September an institute") repeats the event on each date.  Own sentences, with
paraphrases and near misses (a new clause after the date is no repeat)."""

from __future__ import annotations

from event_facts import event_facts, of_type


def _dates(body: str, etype: str) -> list[str]:
    return sorted(str(f.args.get("date")) for f in of_type(event_facts(body), etype))


def test_listed_dated_objects_repeat_the_event() -> None:
    assert _dates("In March 2022 Brussels sanctioned two banks, in June 2023 a shipping firm, and in "
                  "October three more traders that it said had evaded the ban.", "sanction") == \
        ["2022-03", "2023-06", "2023-10"]
    assert _dates("The EU blacklisted the ministry in May 2022, and in June 2023 its deputy minister.",
                  "sanction") == ["2022-05", "2023-06"]
    assert _dates("On 3 March 2016 Russian bombers struck targets near Aleppo, and on 9 April another "
                  "six.", "attack") == ["2016-03-03", "2016-04-09"]


def test_a_new_clause_after_the_date_is_no_repeat() -> None:
    for body in ("The EU sanctioned the ministry in May 2022, and in June 2023 the ministry's budget doubled.",
                 "After India suspended the pact in April 2025, officials grew alert, and in October 2025 "
                 "the Taliban's leader, Hibatullah Akhundzada, reportedly ordered work on dams.",
                 "In March 2021 Russia sanctioned two British officials, in Moscow, on 5 April."):
        assert len(_dates(body, "sanction")) == 1, (body, _dates(body, "sanction"))
    assert _dates("From 5 to 10 August 2023 some 2,000 Russian and Tajik troops exercised at a range near "
                  "the border, and in October the CSTO held its own drills there.", "cooperation") == \
        ["2023-08-05"]
