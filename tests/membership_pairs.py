"""Shared by the membership tests: the (member, organisation) pairs a short test article of our own
tells (asserted or reported; hypothetical and recommended memberships are left out, as in scoring)."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.pipeline import analyse_source

OPENING = "Regional note\n\nBy Dana Ortiz\nMarch 4, 2025\n\nDiplomacy grew busier this spring. "


def membership_facts(body: str) -> list:
    """The membership facts claimed as true of the world in ``body`` read after a byline opening."""
    out = []
    for aa in analyse_source(Source("test.txt", OPENING + body + "\n")):
        out.extend(f for f in aa.extraction.facts
                   if f.type == "membership" and f.modality not in ("hypothetical", "recommended"))
    return out


def mems(body: str) -> set[tuple[str, str]]:
    """The (member, organisation) pairs of ``body``."""
    return {(f.args["member"], f.args["organization"]) for f in membership_facts(body)}


def roles(body: str) -> set[tuple[str, str, str]]:
    """The (member, organisation, role) triples of ``body``."""
    return {(f.args["member"], f.args["organization"], f.args["role"]) for f in membership_facts(body)}
