"""Measures told as one coordinated list: one event per measure.

A state answering another often lists its measures in one sentence: "closed the border crossing, cancelled
visas issued to X's nationals and told them to leave", "would request assistance from A, appeal to B and ask C
to act".  Triggers of one type in a sentence are otherwise one event (``candidates._merge``: "signed contracts",
"a meeting ... discussed"); for the measure types listed in ``events.yaml`` (``measure_list_types``) each
coordinated predicate after an object of the one before is a separate act, as an analyst records it.

The structure read: a verb trigger of a listed type whose text just before is a coordinator (", ", "and",
", and", optionally with "also"/"then" or a modal "would"/"will") and which follows an earlier verb trigger of
the same type in the same clause run (no hard boundary between them), with at least one word of object between
the earlier trigger's end and the coordinator ("arrested and detained X" is one act told twice).  Domestic acts
(``measure_list_domestic``: "raided the office and detained its director") stay one event, and a demand counts
apart only with an addressee of its own (``measure_list_addressed``: "urged sanctions" adds to the call before).
"""

from __future__ import annotations

import re

from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.patterns import _DATA, HARD_BOUNDARY_RE

LISTED_TYPES: frozenset[str] = frozenset(_DATA.get("measure_list_types") or ())
# the coordinator right before a listed predicate: ", suspended", "and expelled", ", and would ask"
COORD_BEFORE_RE = re.compile(r"(?:,|,?\s+and)\s+(?:(?:also|then|later|further)\s+)?(?:(?:would|will)\s+)?$")
# trigger words of domestic acts: two of them coordinated are one act ("raided the office and detained its editor")
DOMESTIC_RE = re.compile(_DATA.get("measure_list_domestic") or r"(?!)", re.I)
# types counted apart only with an addressee of their own ("ask the UN Security Council to act")
ADDRESSED: frozenset[str] = frozenset(_DATA.get("measure_list_addressed") or ())
MIN_OBJECT_WORDS = 1  # words between the earlier predicate and the coordinator (its object)


def _coordinated_after(o: Cand, c: Cand, text: str) -> bool:
    """``c`` is a predicate coordinated after ``o``'s, with an object of ``o`` between them."""
    if o.trig.etype != c.trig.etype or o.trig.kind != "verb" or o.end > c.start or \
            DOMESTIC_RE.match(text, o.start) or DOMESTIC_RE.match(text, c.start):
        return False
    gap = text[o.end:c.start]
    m = COORD_BEFORE_RE.search(gap)
    if m is None or HARD_BOUNDARY_RE.search(text, o.end, c.start):
        return False
    return len(gap[:m.start()].split()) >= MIN_OBJECT_WORDS


def _own_target(c: Cand) -> bool:
    """A measure aimed at a party of its own ("cancelled visas issued to Indian nationals", "ask the UN Security
    Council to act"); a predicate without one ("raided the office and detained its director", "urged sanctions")
    adds to the act told first."""
    acting = c.actor_ids
    return any(t not in acting for t in [p.eid for p in c.targets] + list(c.extra_targets))


def listed_measures(cands: list[Cand], text: str) -> tuple[list[Cand], list[Cand]]:
    """Split ``cands`` into those left to merge and the listed measures kept apart (each its own event).
    A listed measure without actors of its own takes the first predicate's (the list's shared subject); it is marked
    ``separate`` so that records do not fold it into the list's first measure (same parties, same day)."""
    if not LISTED_TYPES or len(cands) < 2:
        return cands, []
    apart: list[Cand] = []
    kept_apart: set[int] = set()  # ids of the candidates in ``apart`` (identity, not field equality)
    for i, c in enumerate(cands):
        if c.trig.kind != "verb" or c.trig.etype not in LISTED_TYPES or \
                (c.trig.etype in ADDRESSED and not _own_target(c)) or DOMESTIC_RE.match(text, c.start):
            continue
        first = next((o for o in cands[:i] if id(o) not in kept_apart and _coordinated_after(o, c, text)), None)
        if first is None:
            first = next((o for o in apart if _coordinated_after(o, c, text)), None)
        if first is None:
            continue
        if not c.actors and not c.extra_actors:
            c.actors = list(first.actors)
            c.extra_actors = list(first.extra_actors)
        c.separate = True  # (not the same act as one recorded before with the same parties and day)
        apart.append(c)
        kept_apart.add(id(c))
    if not apart:
        return cands, []
    return [c for c in cands if id(c) not in kept_apart], apart


def mark_measure(c: Cand, text: str, facts: list) -> None:  # type: ignore[type-arg]
    """A listed measure kept apart names its act in the facts made of it (``args["measure"]``: the trigger's
    words, "expelled", "cancelled"), so that two measures of one sentence with the same parties and day are two
    facts, not one fact told twice."""
    if not c.separate or c.trig.etype not in LISTED_TYPES:
        return
    for f in facts:
        f.args["measure"] = text[c.start:c.end]
