"""The only date of a sentence written in a non-restrictive relative clause on its subject, telling the
subject's own act in the simple past ("X, who toured the camp on Monday, announced aid"), dates the
main clause's act of the same episode; the pluperfect ("who had arrived"), "whose", or a main verb in
the present perfect ("which accepted an envoy in 2024, has signed contracts") leave it undated."""

from __future__ import annotations

from event_facts import event_facts, of_type

OPEN = "Test headline\n\nYEREVAN, 29 September 2023 — Refugees kept arriving.\n\n"


def _dates(body: str, etype: str) -> list[str | None]:
    return [f.args.get("date") for f in of_type(event_facts(body, opening=OPEN), etype)]


def test_the_subjects_relative_dates_the_main_act() -> None:
    body = ("USAID Administrator Samantha Power, who toured the Kornidzor crossing on Monday, announced "
            "$11.5 million in humanitarian assistance.")
    assert _dates(body, "aid") == ["2023-09-25"]
    body = ("Turkish President Recep Tayyip Erdogan, who visited Nakhchivan on Monday, accused Armenia of "
            "provocations.")
    assert _dates(body, "accusation") == ["2023-09-25"]


def test_an_earlier_or_lasting_relative_does_not() -> None:
    for body in ("Turkish President Recep Tayyip Erdogan, who had visited Nakhchivan on Monday, accused "
                 "Armenia of provocations.",
                 "China, which accepted a Taliban ambassador in January 2023, has signed mining contracts "
                 "with Afghanistan."):
        for etype in ("accusation", "agreement"):
            assert "2023-09-25" not in _dates(body, etype) and "2023-01" not in _dates(body, etype), body
