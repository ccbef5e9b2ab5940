"""The groups of states named without their members (ontology/groups.yaml with the names and
groups ontology/state_groups.yaml adds) are valid data: every member an ISO3 state of the
gazetteer, each group, adjective and name unique, and no name that is already another
entity's name or alias in the gazetteer."""

from __future__ import annotations

import csv
import io

from silkgraph.extract.memberships.state_groups import _all_groups
from silkgraph.reference.names import load_regions
from silkgraph.resources import load_yaml, read_text


def _rows(relpath: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text(relpath))))


def _fold(s: str) -> str:
    s = s.lower().strip()
    return s[4:] if s.startswith("the ") else s


def test_every_member_is_a_gazetteer_state() -> None:
    states = {r["id"] for r in _rows("gazetteer/states.csv")}
    groups = _all_groups()
    assert groups
    for _spec, g in groups:
        assert g.members, g.name
        assert len(set(g.members)) == len(g.members), g.name
        assert set(g.members) <= states, (g.name, set(g.members) - states)


def test_names_and_adjectives_are_unique() -> None:
    seen_groups: set[str] = set()
    adjectives: dict[str, str] = {}
    names: dict[str, str] = {}
    for spec, g in _all_groups():
        assert g.name not in seen_groups
        seen_groups.add(g.name)
        for a in spec.get("adjectives") or []:
            assert adjectives.setdefault(a.lower(), g.name) == g.name, a
        for n in spec["names"]:
            assert names.setdefault(n.lower(), g.name) == g.name, n


def test_added_names_refer_to_known_groups() -> None:
    extra = load_yaml("ontology/state_groups.yaml")
    known = {g.name for _s, g in _all_groups()} | set(load_regions())
    assert set(extra.get("names") or {}) <= known


def test_no_name_clashes_with_a_gazetteer_alias() -> None:
    taken = {_fold(r["alias"]) for f in ("gazetteer/aliases.csv", "gazetteer/state_aliases.csv")
             for r in _rows(f)}
    taken |= {_fold(r["name"]) for f in ("gazetteer/states.csv", "gazetteer/organizations.csv",
                                          "gazetteer/places.csv") for r in _rows(f)}
    for spec, g in _all_groups():
        for n in spec["names"]:
            assert _fold(n) not in taken, (g.name, n)
