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


def test_a_background_relative_does_not_date_the_meeting() -> None:
    open_ = "Test headline\n\nASTANA, 20 December 2024 — Leaders kept talking.\n\n"
    for body in ("Tokayev, who took office in 2019, met Mirziyoyev in Tashkent.",
                 "Pashinyan, who signed the ceasefire in November 2020, met Aliyev in Brussels.",
                 "Russia, which invaded Ukraine in February 2022, met Kazakh officials in Astana.",
                 "Aliyev, who was elected on 7 February 2024, met Pashinyan in Munich."):
        dates = [f.args.get("date") for f in of_type(event_facts(body, opening=open_), "meeting")]
        assert not any(x and x[:4] in ("2019", "2020", "2022") for x in dates), (body, dates)
        assert "2024-12-16" not in dates and "2024-02-07" not in dates, (body, dates)


def test_a_recent_relative_still_dates_the_meeting() -> None:
    open_ = "Test headline\n\nASTANA, 20 December 2024 — Leaders kept talking.\n\n"
    body = "Tokayev, who visited Bishkek on Monday, met Japarov in the border town of Batken."
    dates = [f.args.get("date") for f in of_type(event_facts(body, opening=open_), "meeting")]
    assert "2024-12-16" in dates, dates
    body = "Pashinyan, who flew to Brussels in December 2024, met Aliyev there."
    dates = [f.args.get("date") for f in of_type(event_facts(body, opening=open_), "meeting")]
    assert "2024-12" in dates, dates
