"""Memberships: a person heading a "whose country" relative stands for the state his office names
("Aliyev, whose country is an OTS member"); "the bloc's newest member" names the bloc told before;
remaining in a bloc or being bound by it is membership now (not "stayed in … until", nor a place)."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\nBAKU, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_whose_country_after_a_person() -> None:
    got = _mems("Putin and Pezeshkian discussed the Iranian nuclear programme, while Erdoğan, whose country is an SCO "
                "dialogue partner, told reporters that Ankara was ready to help.")
    assert ("state:TUR", "org:sco") in got
    assert ("state:IRN", "org:sco") not in got


def test_the_blocs_nth_member() -> None:
    got = _mems("Leaders of the Shanghai Cooperation Organisation met in Astana. Belarusian President Alexander "
                "Lukashenko, whose country became the bloc's tenth member this year, also attended.")
    assert ("state:BLR", "org:sco") in got
    assert not _mems("NATO ministers met in Brussels. Poland is the bloc's main worry this year.")


def test_remaining_in_and_bound_by_a_bloc() -> None:
    assert ("state:KGZ", "org:eaeu") in _mems("Moscow has reminded Bishkek that Kyrgyzstan remains in the Eurasian "
                                              "Economic Union.")
    got = _mems("Russia and Belarus signed a treaty in Minsk. The two countries remain bound by the CSTO and the "
                "Eurasian Economic Union.")
    assert {("state:RUS", "org:csto"), ("state:BLR", "org:csto"), ("state:BLR", "org:eaeu")} <= got


def test_staying_near_misses() -> None:
    assert not _mems("The Russian 102nd military base remains in Gyumri.")
    assert not _mems("Uzbekistan stayed in the CSTO until 2012.")
    assert not _mems("Armenia remains in the CSTO summit hall.")


def test_possessed_or_modified_object_names_no_bloc() -> None:
    assert not _mems("Georgia remains in the EU's waiting room.")
    assert not _mems("Armenia is bound by the EAEU's customs rules.")
    assert not _mems("Iran is bound by the IAEA safeguards agreement.")
    assert not _mems("Belarus joined the SCO's summit as a guest.")
