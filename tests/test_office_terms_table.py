"""The terms-of-office table (resources/reference/office_terms.csv) as reference data: every
row names a gazetteer person, its dates parse and run forwards, no two holders of one office
of one state (or one international body) overlap by more than a handover's few days, and the
README states where the data comes from and how it is written."""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from datetime import date

import pytest

from silkgraph.knowledge.office_terms import office_titles
from silkgraph.resources import read_text

TERMS = "reference/office_terms.csv"
PEOPLE = "gazetteer/people.csv"
HANDOVER_DAYS = 3  # an outgoing and an incoming holder both dated on the handover day(s)

# Known overlaps longer than a handover, each a fact of the public record (or one person
# under two gazetteer ids):
ALLOWED = {
    # Akayev fled on 24 March 2005 and resigned on 11 April; Bakiyev was acting president meanwhile
    frozenset({"person:askar-akayev", "person:kurmanbek-bakiyev"}),
    # the interim government named Otunbayeva on 7 April 2010; Bakiyev resigned on 15 April
    frozenset({"person:kurmanbek-bakiyev", "person:roza-otunbayeva"}),
    # Heydar Aliyev took the president's powers in June 1993 before Elchibey's removal was formal
    frozenset({"person:abulfaz-elchibey", "person:heydar-aliyev"}),
}
_BODY = re.compile(r"\b(NATO|CSTO|SCO|OSCE|UN|United Nations)\b")


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text(name))))


@pytest.fixture(scope="module")
def people() -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in _rows(PEOPLE)}


@pytest.fixture(scope="module")
def terms() -> list[dict[str, str]]:
    return _rows(TERMS)


def test_every_person_is_in_the_gazetteer(terms, people) -> None:
    missing = sorted({r["person_id"] for r in terms} - set(people))
    assert missing == []


def test_offices_are_known_and_dates_run_forwards(terms) -> None:
    offices = set(office_titles())
    bad = []
    for r in terms:
        start = date.fromisoformat(r["from"])
        end = date.fromisoformat(r["to"]) if r["to"] else None
        if r["office"] not in offices or (end is not None and end < start):
            bad.append(r)
        assert date(1945, 1, 1) <= start <= date.today()
    assert bad == []


def test_no_duplicate_rows(terms) -> None:
    keys = [(r["person_id"], r["office"], r["from"]) for r in terms]
    assert len(keys) == len(set(keys))


def _seat(row: dict[str, str], people: dict[str, dict[str, str]]) -> str:
    """The state (or, for a secretary-general, the body) whose office the row holds."""
    p = people[row["person_id"]]
    if row["office"] == "secretary_general":
        m = _BODY.search(p.get("role") or "")
        return m.group(1).replace("United Nations", "UN") if m else "?" + row["person_id"]
    return p["country"]


def _clashes(terms: list[dict[str, str]], people: dict[str, dict[str, str]]) -> list[tuple[str, ...]]:
    """Pairs of different holders of one seat and office whose terms overlap by more than a
    handover and are not listed in ``ALLOWED``."""
    seats: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for r in terms:
        end = date.fromisoformat(r["to"]) if r["to"] else date.max
        seats[(_seat(r, people), r["office"])].append((date.fromisoformat(r["from"]), end, r["person_id"]))
    out = []
    for seat, spans in seats.items():
        spans.sort()
        for i, (_, b1, p1) in enumerate(spans):
            for a2, b2, p2 in spans[i + 1:]:
                if a2 > b1:
                    break
                days = (min(b1, b2) - a2).days
                if p1 != p2 and days > HANDOVER_DAYS and frozenset({p1, p2}) not in ALLOWED:
                    out.append((*seat, p1, p2, str(days)))
    return out


def test_no_two_holders_of_one_office_overlap(terms, people) -> None:
    assert _clashes(terms, people) == []


def test_a_person_does_not_hold_one_office_twice_at_once(terms) -> None:
    by: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for r in terms:
        end = date.fromisoformat(r["to"]) if r["to"] else date.max
        by[(r["person_id"], r["office"])].append((date.fromisoformat(r["from"]), end))
    for key, spans in by.items():
        spans.sort()
        for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False):
            assert a2 >= b1, key


def test_overlap_check_catches_a_clash(people) -> None:
    """Near misses: an invented second prime minister of Armenia inside Pashinyan's term is a
    clash; a handover day shared by two holders, or the same dates in another state, is not."""
    def row(pid: str, office: str, a: str, b: str) -> dict[str, str]:
        return {"person_id": pid, "office": office, "from": a, "to": b}
    clash = [row("person:nikol-pashinyan", "prime_minister", "2019-01-01", ""),
             row("person:serzh-sargsyan", "prime_minister", "2020-01-01", "2020-06-01")]
    assert [c[:2] for c in _clashes(clash, people)] == [("ARM", "prime_minister")]
    handover = [row("person:nikol-pashinyan", "prime_minister", "2019-01-01", ""),
                row("person:serzh-sargsyan", "prime_minister", "2018-01-01", "2019-01-02")]
    assert _clashes(handover, people) == []
    other_state = [row("person:nikol-pashinyan", "prime_minister", "2019-01-01", ""),
                   row("person:ali-asadov", "prime_minister", "2020-01-01", "")]
    assert _clashes(other_state, people) == []


def test_secretaries_general_have_a_body(terms, people) -> None:
    bodies = {_seat(r, people) for r in terms if r["office"] == "secretary_general"}
    assert bodies <= {"UN", "NATO", "SCO", "CSTO", "OSCE"}


def test_the_table_covers_the_region_since_1991(terms, people) -> None:
    """Each state of the region has a head of state or government in office on 1 January of
    every year since its table starts (a gap is a missing term)."""
    covered = defaultdict(list)
    for r in terms:
        if r["office"] in {"president", "prime_minister", "supreme_leader", "chief_adviser"}:
            end = date.fromisoformat(r["to"]) if r["to"] else date.max
            covered[people[r["person_id"]]["country"]].append((date.fromisoformat(r["from"]), end))
    for state in ("RUS", "CHN", "IND", "PAK", "IRN", "TUR", "USA", "GBR", "FRA", "KAZ", "UZB", "ARM", "AZE"):
        for year in range(1994, date.today().year + 1):
            day = date(year, 1, 1)
            assert any(a <= day <= b for a, b in covered[state]), (state, year)


def test_readme_documents_sources_and_conventions() -> None:
    text = read_text("reference/README.md")
    assert "public record" in text
    for word in ("acting", "month", "wider", "overlap"):
        assert word in text, word


def _year_less(text: str):
    from silkgraph.model import Section
    from silkgraph.segment.dateline_year import dateline_estimate
    from silkgraph.segment.published import reference_estimate
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    return dateline_estimate(text, secs, reference_estimate(text, secs), date(2026, 6, 1))


# March 4 is a Monday in 2002, 2013, 2019 and 2024 (invented wire items)
@pytest.mark.parametrize(("lead", "year"), [
    ("NEW DELHI, March 4 (Test Wire) – External Affairs Minister Jaswant Singh", "2002"),
    ("YEREVAN, March 4 (Test Wire) – Defence Minister Seyran Ohanyan", "2013"),
    ("ULAANBAATAR, March 4 (Test Wire) – President Elbegdorj", "2013"),
    ("KATHMANDU, March 4 (Test Wire) – Prime Minister KP Sharma Oli", "2019"),
])
def test_a_term_of_the_table_dates_a_year_less_item(lead: str, year: str) -> None:
    est = _year_less(f"{lead} met foreign envoys on Monday, officials said.")
    assert est is not None and est.not_before == f"{year}-03-04" and "in office" in est.basis


def test_a_former_holder_does_not_date_the_item() -> None:
    """Near miss: the same holder written as former gives no bound (the latest year stays)."""
    est = _year_less("NEW DELHI, March 4 (Test Wire) – Former External Affairs Minister Jaswant "
                     "Singh met foreign envoys on Monday, officials said.")
    assert est is not None and est.not_before == "2024-03-04" and "in office" not in est.basis
