"""Gazetteer matches → mentions: one candidate per match, and demonyms naming a period."""

from __future__ import annotations

from collections.abc import Sequence

from silkgraph.extract.recognise.capitals import capital_is_place
from silkgraph.knowledge import Knowledge


def pick(kb: Knowledge, text: str, start: int, end: int,
          candidates: Sequence[tuple[str, str]], seen: dict[str, int],
          here: frozenset[str] | set[str] = frozenset()) -> tuple[str, str, str | None]:
    """Choose one (entity id, alias kind, role) among a match's candidates.

    ``here``: entities already mentioned in the sentence.  A city that is both a state's
    capital and an institution's seat ("Brussels": Belgium, the EU) acting names the
    institution, unless the sentence is about that state ("Belgium ... Brussels")."""
    if len(candidates) == 1:
        eid, kind = candidates[0]
        if kind == "capital":
            return eid, kind, "actor"
        return eid, kind, None
    capital = [c for c in candidates if c[1] == "capital"]
    places = [c for c in candidates if c[0].startswith("place:")]
    if capital and places:
        if capital_is_place(text, start, end):
            return places[0][0], "name", "place"
        if len(capital) > 1:
            states = [c for c in capital if c[0].startswith("state:")]
            seats = [c for c in capital if not c[0].startswith("state:")]
            capital = (states + seats) if any(c[0] in here for c in states) else (seats + states)
        return capital[0][0], "capital", "actor"
    # prefer the body of a state named in the sentence ("Pakistan's National Security
    # Committee"), then an entity already mentioned in this article, then the body of the
    # state the article has named most so far ("the National Security Committee" in a report on
    # Kazakhstan), then the gazetteer's order
    def local(eid: str) -> int:
        e = kb.get(eid)
        return int(e is not None and e.type != "state" and f"state:{e.country}" in here)

    def owner_seen(eid: str) -> int:
        e = kb.get(eid)
        return seen.get(f"state:{e.country}", 0) if e is not None and e.type != "state" and e.country else 0

    ranked = sorted(candidates, key=lambda c: (-local(c[0]), -seen.get(c[0], 0), -owner_seen(c[0]),
                                               candidates.index(c)))
    return ranked[0][0], ranked[0][1], None


def era_adjective(kb: Knowledge, st: str, a: int, b: int, eid: str) -> bool:
    """A demonym naming a period, not the state: "post-Soviet", "Soviet-era", and any
    adjective of a state that no longer exists ("Soviet stocks"; "the Soviets" still acts)."""
    if st[max(0, a - 5):a].lower().endswith(("post-", "pre-")) or st[b:b + 4].lower() == "-era":
        return True
    ent = kb.get(eid)
    return (ent is not None and ent.type == "state" and bool(ent.attrs.get("historical"))
            and not st[a:b].endswith("s") and st[b:b + 1] != "s")


def former_state_region(kb: Knowledge, text: str, start: int, eid: str) -> bool:
    """"across the former Soviet Union", "in the former Yugoslavia": a state that no longer exists,
    named after "former", is the region it covered, not the state acting ("the Soviet Union
    opened the bridge" keeps the state)."""
    if not text.endswith(("former ", "Former "), max(0, start - 7), start):
        return False
    ent = kb.get(eid)
    return ent is not None and ent.type == "state" and bool(ent.attrs.get("historical"))
