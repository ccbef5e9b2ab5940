"""Memberships: a bloc's (co-)chairs are its members ("the Minsk Group, the body co-chaired by X, Y and
Z", "X, a Minsk Group co-chair alongside Y", "X, the current OSCE chair"); a state's own body chaired by
its prime minister, or a summit chaired by someone, tells no membership."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> set[tuple[str, str]]:
    text = "Test headline\n\nVIENNA, 3 March 2024 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]) for aa in analyse_source(Source("t.txt", text))
            for f in aa.extraction.facts if f.type == "membership"}


def test_body_co_chaired_by_states() -> None:
    got = _mems("Both governments want to close the Minsk Group, the format co-chaired by France, Russia and "
                "the United States since 1997.")
    assert {("state:FRA", "org:osce-minsk-group"), ("state:RUS", "org:osce-minsk-group"),
            ("state:USA", "org:osce-minsk-group")} <= got


def test_co_chair_apposition() -> None:
    got = _mems("The United States, a Minsk Group co-chair alongside France, welcomed the decision.")
    assert {("state:USA", "org:osce-minsk-group"), ("state:FRA", "org:osce-minsk-group")} <= got
    assert ("state:FIN", "org:osce") in _mems("Finland, the current OSCE chair, hosted the ministers.")


def test_chaired_near_misses() -> None:
    assert not _mems("The National Security Committee, chaired by Pakistan's prime minister, met on Sunday.")
    assert not _mems("The SCO summit, chaired by Kazakhstan, opened on Monday.")
    assert not _mems("The EU-Central Asia summit was co-chaired by Antonio Costa and Uzbekistan.")


def test_chairing_the_bloc_named_before() -> None:
    got = _mems("Leaders of the Collective Security Treaty Organization met in Minsk. Tajik President Emomali "
                "Rahmon, who currently chairs the bloc's Collective Security Council, spoke first.")
    assert ("state:TJK", "org:csto") in got
    assert not _mems("The SCO met in Astana. Tokayev chaired a meeting of the UN Security Council.")
