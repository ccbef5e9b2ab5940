"""A commissioned ship named with its navy's prefix ("BNS Joyjatra", "INS Vagir") belongs to the
state of that prefix: the prefix names the ship's operator, so that state cannot be the one that
supplied it.  A transfer whose only supplier is the prefix's own state (read from the ship entity's
origin or from a maker that the sentence does not name) is an own navy's ship told by its
commissioning name, not a transfer ("…, commissioned as BNS Abu Bakr, arrived in 2014")."""

from __future__ import annotations

from functools import lru_cache

from silkgraph.extract.transfers.model import Draft
from silkgraph.resources import load_yaml


@lru_cache(maxsize=1)
def _prefix_states() -> dict[str, str]:
    return {k: f"state:{v}" for k, v in (load_yaml("gazetteer/name_cues.yaml").get("ship_prefix_states") or {}).items()}


def own_navy_ship(d: Draft) -> bool:
    """Whether the draft's goods are a ship named with the prefix of its supplier's own navy."""
    m = d.item.mention
    if m is None or d.supplier is None or " " not in m.text:
        return False
    if d.supplier.why is None and any(r.eid != d.supplier.eid and r.why is None for r in d.recipients):
        return False  # "India handed over INS Kirpan to Vietnam": a navy, named, gives away its own ship
    return _prefix_states().get(m.text.split(" ", 1)[0]) == d.supplier.eid
