"""An apposition after a list of states describes the whole list only under a plural or
distributive head ("X and Y, both members of ORG"); a singular head ("the newest member of ORG",
"the current chair of ORG", "a member since 1995") describes the nearest state alone.  Dates
closed by "respectively" pair with the members in order ("joined A and B in 1994 and 2015
respectively"); when they are not one per member, no date is given."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source


def _mems(body: str) -> dict[tuple[str, str], str | None]:
    text = "Test headline\n\nASTANA, 5 May 2025 — " + body + "\n"
    return {(f.args["member"], f.args["organization"]): f.args.get("since")
            for aa in analyse_source(Source("t.txt", text)) for f in aa.extraction.facts if f.type == "membership"}


def test_singular_apposition_after_a_list_is_the_nearest_state() -> None:
    assert _mems("Kazakhstan and Belarus, the newest member of the SCO, held talks on grain.") == {
        ("state:BLR", "org:sco"): None}


def test_singular_chair_apposition_after_a_list() -> None:
    assert set(_mems("Uzbekistan and Kyrgyzstan, the current chair of the SCO, met in Osh.")) == {
        ("state:KGZ", "org:sco")}


def test_near_miss_plural_and_distributive_heads_spread_over_the_list() -> None:
    assert set(_mems("Kazakhstan and Belarus, both members of the SCO, held talks on grain.")) == {
        ("state:KAZ", "org:sco"), ("state:BLR", "org:sco")}
    assert set(_mems("Uzbekistan and Kyrgyzstan, all members of the CSTO, met in Osh.")) == {
        ("state:UZB", "org:csto"), ("state:KGZ", "org:csto")}
    assert set(_mems("Mongolia and Laos, members of the Shanghai Cooperation Organisation, sent envoys.")) == {
        ("state:MNG", "org:sco"), ("state:LAO", "org:sco")}


def test_respectively_pairs_dates_with_members_and_organisations() -> None:
    assert _mems("Armenia and Kazakhstan joined the EAEU and the CSTO in 2015 and 1994 respectively.") == {
        ("state:ARM", "org:eaeu"): "2015", ("state:KAZ", "org:csto"): "1994"}


def test_respectively_pairs_dates_with_members_of_one_organisation() -> None:
    assert _mems("Finland and Sweden joined NATO in 2023 and 2024 respectively.") == {
        ("state:FIN", "org:nato"): "2023", ("state:SWE", "org:nato"): "2024"}


def test_near_miss_dates_not_one_per_member_give_none() -> None:
    assert _mems("Armenia and Kazakhstan joined the EAEU and the CSTO in 2015 respectively.") == {
        ("state:ARM", "org:eaeu"): None, ("state:KAZ", "org:csto"): None}


def test_near_miss_one_date_without_respectively_is_shared() -> None:
    assert _mems("Armenia and Kyrgyzstan joined the EAEU in 2015.") == {
        ("state:ARM", "org:eaeu"): "2015", ("state:KGZ", "org:eaeu"): "2015"}
