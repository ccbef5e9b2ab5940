"""Each further item of a dated list after one verb ("sanctioned two Iranian banks in 2021, in 2022
a Belarusian airline, ...") is an event of its own item: its parties after the verb and its place
come from that item, never from the first item's object.  Own sentences, with near misses (an item
naming nothing keeps only the subject; a clause after the last date is no item)."""

from __future__ import annotations

from event_facts import essay_event_facts, of_type


def _rows(body: str, etype: str) -> list[tuple[list[str], list[str], str | None, str | None]]:
    return sorted((f.args["actors"], f.args.get("targets") or [], f.args["date"], f.args.get("location"))
                  for f in of_type(essay_event_facts(body), etype))


def test_each_list_item_has_its_own_target() -> None:
    got = _rows("In May 2021 Canada sanctioned two Iranian banks, in March 2022 a Belarusian airline, and in "
                "June a Syrian shipping firm.", "sanction")
    assert got == [(["state:CAN"], ["state:BLR"], "2022-03", None), (["state:CAN"], ["state:IRN"], "2021-05", None),
                   (["state:CAN"], ["state:SYR"], "2022-06", None)]


def test_item_naming_nothing_keeps_only_the_subject() -> None:
    got = _rows("In March 2022 Brussels sanctioned two Russian banks, in June 2023 a shipping firm, and in "
                "October three more traders.", "sanction")
    assert got == [(["org:eu"], [], "2023-06", None), (["org:eu"], [], "2023-10", None),
                   (["org:eu"], ["state:RUS"], "2022-03", None)]
    # the first item's place is not the copy's
    got = _rows("On 2 May 2019 Russian jets struck a depot near Idlib, and on 9 June another depot.", "attack")
    assert sorted((d or "", loc or "") for _a, _t, d, loc in got) == [("2019-05-02", "place:idlib"), ("2019-06-09", "")]


def test_a_clause_after_the_last_date_is_no_item() -> None:
    got = _rows("Armenia and Azerbaijan signed a protocol in Moscow on 4 May 2024, and on 20 May the foreign "
                "ministers of Armenia, Azerbaijan and Georgia met in Tbilisi.", "agreement")
    assert got == [(["state:ARM", "state:AZE"], [], "2024-05-04", "place:moscow")]
    # a clause that ends the list does not undo the items before it
    got = _rows("In March 2022 Brussels sanctioned two Russian banks, in June 2023 a shipping firm, and in "
                "October the Russian ambassador protested.", "sanction")
    assert sorted(d or "" for _a, _t, d, _loc in got) == ["2022-03", "2023-06"]
