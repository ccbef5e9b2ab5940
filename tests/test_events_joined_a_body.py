"""Joining is an accession only to a body (own sentences): "joined" told of people ("were joined by the
bishop", "joined the president in Astana") or of an event ("joined the drills") is none; joining an
organisation, named or as the antecedent of a relative ("the bloc, which X joined"), is one."""

from __future__ import annotations

from event_facts import essay_event_facts, of_type


def test_joining_people_or_an_event_is_no_accession() -> None:
    for body in ("In July 2024 Kyrgyz troops joined the three-nation Dostuk-2024 drills near Osh.",
                 "On 3 March 2024 the marchers were joined by the archbishop of the diocese.",
                 "On 3 March 2024 Mirziyoyev joined Xi Jinping in Astana to sign a treaty."):
        assert not of_type(essay_event_facts(body), "accession"), body


def test_joining_a_body_is_an_accession() -> None:
    got = of_type(essay_event_facts("In July 2024 Belarus joined the Shanghai Cooperation Organisation."), "accession")
    assert [(f.args["actors"], f.args.get("targets")) for f in got] == [(["state:BLR"], ["org:sco"])]
    got = of_type(essay_event_facts("The summit brought together all ten members of the bloc, which Belarus "
                                    "joined in July 2023."), "accession")
    assert [(f.args["actors"], f.args["date"]) for f in got] == [(["state:BLR"], "2023-07")]
