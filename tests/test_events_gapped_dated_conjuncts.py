"""A gapped conjunct with a date and an object of its own is an event of its own (own sentences):
"was admitted to A on <date> and to B on <date>" is two accessions, the second one B's only; a list
of objects sharing one date is not split into dated events, and a conjunct with no date of its own
is not copied."""

from __future__ import annotations

from event_facts import essay_event_facts, of_type


def _rows(body: str, etype: str) -> list[tuple[list[str], list[str], str | None, str | None]]:
    return sorted((f.args["actors"], f.args.get("targets") or [], f.args["date"], f.args.get("location"))
                  for f in of_type(essay_event_facts(body), etype))


def test_second_dated_conjunct_is_its_own_accession() -> None:
    got = _rows("Mongolia was admitted to the Nuclear Suppliers Group on 3 May 2015 and to the Australia Group "
                "on 9 June 2016.", "accession")
    assert got == [(["state:MNG"], ["org:australia-group"], "2016-06-09", None),
                   (["state:MNG"], ["org:nsg"], "2015-05-03", None)]


def test_copy_takes_nothing_from_the_first_object() -> None:
    # the name of the second object holds an event word ("Treaty"): still a bare object
    got = _rows("In 2024 the analysts noted it. Kazakhstan became a full member of the Shanghai Cooperation "
                "Organisation in July 2019 and of the Collective Security Treaty Organization in March 2021, "
                "and it hosts the bloc.", "accession")
    assert got == [(["state:KAZ"], ["org:csto"], "2021-03", None), (["state:KAZ"], ["org:sco"], "2019-07", None)]
    got = _rows("Japan imposed sanctions on Russia in March 2022 and on Belarus in April 2022.", "sanction")
    assert got == [(["state:JPN"], ["state:BLR"], "2022-04", None), (["state:JPN"], ["state:RUS"], "2022-03", None)]
    got = _rows("Japan imposed sanctions on Russia in March 2022 and on the United Arab Emirates in April 2022.",
                "sanction")
    assert got == [(["state:JPN"], ["state:ARE"], "2022-04", None), (["state:JPN"], ["state:RUS"], "2022-03", None)]


def test_copied_visit_has_its_own_host_not_the_first_place() -> None:
    got = _rows("Putin travelled to Tashkent on 3 May 2023 and to Astana on 9 June 2023.", "meeting")
    assert [(a, d, loc) for a, _t, d, loc in got] == [(["state:RUS", "state:KAZ"], "2023-06-09", None),
                                                      (["state:RUS", "state:UZB"], "2023-05-03", "place:tashkent")]


def test_objects_sharing_one_date_are_not_split() -> None:
    got = _rows("Mongolia was admitted to the Nuclear Suppliers Group and to the Australia Group on 9 June 2016.",
                "accession")
    assert [d for _a, _t, d, _l in got] == ["2016-06-09"]


def test_conjunct_without_a_date_of_its_own_is_not_copied() -> None:
    got = _rows("Mongolia was admitted to the Nuclear Suppliers Group on 3 May 2015 and to the Australia Group "
                "soon after.", "accession")
    assert [(t, d) for _a, t, d, _l in got] == [(["org:nsg"], "2015-05-03")]


def test_a_conjunct_that_is_no_bare_object_is_not_copied() -> None:
    # "and one of the most vocal critics of NATO in January 2024": no repeated preposition, no copy
    got = _rows("Iran became a member of the SCO in July 2023 and one of the most vocal critics of NATO in "
                "January 2024.", "accession")
    assert [(t, d) for _a, t, d, _l in got] == [(["org:sco"], "2023-07")]
    # "and to the dismay of Russia in June 2016": the repeated preposition heads no bare name
    got = _rows("Mongolia was admitted to the Nuclear Suppliers Group on 3 May 2015 and to the dismay of Russia "
                "in June 2016.", "accession")
    assert [(t, d) for _a, t, d, _l in got] == [(["org:nsg"], "2015-05-03")]
