"""A state's organ named with its state inside the name ("China's foreign ministry", "the Iranian
Foreign Ministry", "Russia's Emergencies Ministry") is also a mention of that state, as a body the shape passes
find after a state's possessive ("South Africa's Paramount Group") already is: the gazetteer's
longest match would otherwise swallow the state."""

from __future__ import annotations

import re
from collections.abc import Callable

from silkgraph.knowledge import Knowledge
from silkgraph.model import Mention

# the leading words of a body's name that may name its state: one or two capitalised words,
# with a possessive or not ("China's", "United States", "Iranian")
_LEAD_RE = re.compile(r"(?:[Tt]he\s+)?(?P<st>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)(?P<poss>[’']s)?\s+\S")
_STATE_KINDS = ("name", "demonym", "acronym", "variant")
# the kinds of body (organizations.csv, ``kind``) that are organs of their state's government; a
# party, a company or a newspaper named after its country ("Georgian Dream") is not the state
ORGAN_KINDS = frozenset({"ministry", "government agency", "government body", "intelligence", "legislature"})


def owner_states(mentions: list[Mention], kb: Knowledge, add: Callable[..., None]) -> None:
    """For each organisation mention whose name starts with its own state's name, possessive or
    demonym, a mention of that state over those words (unless one is there already)."""
    spans = {(m.start, m.end) for m in mentions}
    for m in list(mentions):
        if not m.entity_id.startswith("org:") or " " not in m.text:
            continue
        ent = kb.get(m.entity_id)
        if ent is None or not ent.country or ent.attrs.get("kind") not in ORGAN_KINDS:
            continue
        lm = _LEAD_RE.match(m.text)
        if lm is None:
            continue
        sid = f"state:{ent.country}"
        words = lm.group("st").split()
        for k in range(len(words), 0, -1):  # the longest leading run that names the state
            cand = " ".join(words[:k])
            kinds = [kind for eid, kind in kb.lookup_kinds(cand) if eid == sid]
            if not kinds or kinds[0] not in _STATE_KINDS:
                continue
            a = m.start + lm.start("st")
            b = a + len(cand)
            if (a, b) not in spans and b < m.end:
                add(a, b, sid, "demonym" if kinds[0] == "demonym" else kinds[0])
            break
