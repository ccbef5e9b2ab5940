"""An accord that is a truce is one event: "a Russian-brokered ceasefire signed on November 9",
"signed a further protocol on a ceasefire", "agreed on Thursday to maintain their ceasefire".

The agreement verb and the ceasefire noun of one clause, a few words apart with no clause boundary between
them, tell one act: the truce is what was signed or agreed.  Both readings were kept as two events (an
``agreement`` and a ``ceasefire`` of the same parties and day); the golds count one, typed as a ceasefire (or
a list that holds it).  The ceasefire candidate is kept and takes the accord's parties; the accord is dropped.
A truce noun after "despite", "amid" ... between the two (``truce_adjunct``) or modifying another noun ("a
ceasefire violation"; ``truce_modified``) is no object of the accord: both are left as they are.
When the truce is one already in force ("agreed to maintain the ceasefire"; ``truce_upkeep`` in
``resources/ontology/events.yaml``) the two are left as they are: the mention of the truce may be the one told
before (its evidence), and the accord on it stands on its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silkgraph.extract.events.patterns import _DATA, HARD_BOUNDARY_RE

if TYPE_CHECKING:
    from silkgraph.extract.events.candidates import Cand

# the most characters between the verb and the noun (either order) for one act
MAX_GAP = 45
UPKEEP_RE = re.compile(str(_DATA["truce_upkeep"]), re.I)
ADJUNCT_RE = re.compile(str(_DATA["truce_adjunct"]), re.I)
MODIFIED_RE = re.compile(str(_DATA["truce_modified"]), re.I)
BROKEN_RE = re.compile(str(_DATA["truce_broken"]), re.I)


def _gap(a: Cand, b: Cand) -> tuple[int, int]:
    return (a.end, b.start) if a.end <= b.start else (b.end, a.start)


def one_truce(cands: list[Cand], text: str) -> list[Cand]:
    """Drop an agreement verb whose object or subject is a ceasefire noun of the same clause (and a truce noun
    told as broken, "a truce breach")."""
    if any(c.trig.etype == "ceasefire" and c.trig.kind == "noun" and BROKEN_RE.match(text, c.end) for c in cands):
        cands = [c for c in cands if not (c.trig.etype == "ceasefire" and c.trig.kind == "noun" and
                                          BROKEN_RE.match(text, c.end))]  # "a truce breach": no truce made
    truces = [c for c in cands if c.trig.etype == "ceasefire" and c.trig.kind == "noun"
              and MODIFIED_RE.match(text, c.end) is None]  # "a ceasefire violation": no truce signed
    if not truces:
        return cands
    out: list[Cand] = []
    for a in cands:
        if a.trig.etype != "agreement" or a.trig.kind != "verb" or a.separate:
            out.append(a)
            continue
        near = None
        for t in truces:
            lo, hi = _gap(a, t)
            if 0 <= hi - lo <= MAX_GAP and HARD_BOUNDARY_RE.search(text, lo, hi) is None and \
                    ADJUNCT_RE.search(text, lo, hi) is None and \
                    (not a.date[0] or not t.date[0] or a.date[0] == t.date[0]):
                near = t
                break
        if near is None:
            out.append(a)
            continue
        if near.start > a.end and UPKEEP_RE.search(text, max(0, near.start - 40), near.start):
            out.append(a)
            continue
        for eid in sorted(a.actor_ids - near.ids):  # the accord's parties are the truce's
            near.extra_actors.append(eid)
        if not near.date[0] and a.date[0]:
            near.date = a.date
    return out
