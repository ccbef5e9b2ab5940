"""Supply shares told in several wordings: a supplier holding most of a recipient's imports is
its partner ("S with N percent of R's imports", "S's share of R's imports at N percent", "the
major arms R received", an elided "of R's", "supplies much of R's weaponry", "remains R's largest
supplier" though its share fell); a lesser share or an export share is not."""

from __future__ import annotations

from dateline_facts import pairs, relation_triples


def _rels(body: str) -> set[tuple[str, str, str]]:
    return relation_triples(body, "Test headline\n\nTBILISI, 3 March 2024 — ")


def test_supplier_with_share() -> None:
    assert ("state:MNG", "state:RUS", "partner") in _rels(
        "The pattern was plain: Russia with 78 percent of Mongolia's arms imports and China with 9 percent.")


def test_share_of_imports_at() -> None:
    got = _rels("Analysts put Belarus's share of Venezuela's weapons imports in 2010-2014 at 61 percent and Iran's at 12 percent.")
    assert ("state:BLR", "state:VEN", "partner") in got
    assert not any("state:IRN" in (a, b) for a, b, _ in got)


def test_arms_the_recipient_received() -> None:
    assert ("state:ARM", "state:RUS", "partner") in _rels(
        "According to SIPRI, Russia provided about 80 percent of the major arms Armenia received in 2010-2019.")


def test_elided_imports() -> None:
    got = _rels("The shares were lopsided: China with 80 percent of Serbia's and Russia with 70 percent of Belarus's.")
    assert {("state:BLR", "state:RUS", "partner"), ("state:CHN", "state:SRB", "partner")} <= got


def test_lesser_or_export_shares_are_no_partnership() -> None:
    assert not _rels("Close behind was Russia with 36 percent of Vietnam's arms imports.")
    assert not _rels("Italy's share of Peru's imports rose to 35 percent, second only to Spain's 41 percent.")
    assert not _rels("Mongolia took 60 percent of Chinese arms exports in 2020.")
    assert not _rels("Russia's share of Mongolia's imports fell to under 60 percent.")


def test_supplying_much_of_weaponry() -> None:
    assert ("state:AZE", "state:ISR", "partner") in pairs("Israel supplies much of Baku's weaponry.")


def test_present_supplier_despite_falling_share() -> None:
    assert ("state:EGY", "state:FRA", "partner") in pairs(
        "France remains Egypt's largest arms supplier, although its share of Egyptian arms imports fell.")
