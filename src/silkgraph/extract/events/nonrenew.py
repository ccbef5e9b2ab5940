"""An accord a party will not prolong: "decided on Monday not to renew the gas contract with Russia",
"threatened not to extend the lease on the Russian base", "won't renew the transit accord with X",
"Georgia's decision not to renew the agreement with Russia", "has refused to renew it, the embassy said of the
base agreement".

The refusal (a ``rejection``) or the threat is the event; the accord is its object, read from the refusal's own
words on (``nonrenewal_verb`` then ``nonrenewal_accord`` in ``resources/ontology/events.yaml``; a pronoun object may
be named after an attribution, ``nonrenewal_pronoun``).  The accord's phrase runs to ``nonrenewal_end``.  An
agreement candidate inside that phrase (or "renew the lease" itself) is no new agreement (it is dropped), and the states named in the phrase
("with Russia", "on the Russian air base") other than the refusing party are the refusal's targets.  The
generic absorption (candidates._absorb) only reaches a noun right after the verb; this reads the whole phrase.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silkgraph.extract.events.participants import Part, uniq_parts
from silkgraph.extract.events.patterns import _DATA, HARD_BOUNDARY_RE

if TYPE_CHECKING:
    from silkgraph.extract.events.candidates import Cand

VERB_RE = re.compile(str(_DATA["nonrenewal_verb"]), re.I)
ACCORD_RE = re.compile(str(_DATA["nonrenewal_accord"]), re.I)
PRONOUN_RE = re.compile(str(_DATA["nonrenewal_pronoun"]), re.I)
END_RE = re.compile(str(_DATA["nonrenewal_end"]), re.I)
OWNERS = frozenset({"rejection", "threat"})
# the most characters from the refusal's trigger to the verb "renew" ("decided on 3 March 2024 not to renew")
REACH = 60


def _accord_span(text: str, start: int) -> tuple[int, int, int] | None:
    """The non-renewal verb found from ``start`` and the accord phrase it governs, as (verb start, phrase start,
    phrase end), else None."""
    gate = text[start:start + REACH + 20].lower()
    if "renew" not in gate and "extend" not in gate and "prolong" not in gate:
        return None
    v = VERB_RE.search(text, start, min(len(text), start + REACH + 12))
    if v is None or HARD_BOUNDARY_RE.search(text, start, v.start()):
        return None
    at = v.end()
    p = PRONOUN_RE.match(text, at)
    if p is not None:
        at = p.end()
    a = ACCORD_RE.match(text, at)
    if a is None:
        return None
    e = END_RE.search(text, a.end())
    end = min(e.start() if e else len(text), a.end() + 60)
    return v.start(), at, end


def non_renewals(cands: list[Cand], text: str, parts: list[Part]) -> list[Cand]:
    """Give a refusal to prolong an accord the accord's states as targets and drop the accord's own candidate."""
    if not any(c.trig.etype in OWNERS for c in cands):
        return cands
    dropped: set[int] = set()
    for r in cands:
        if r.trig.etype not in OWNERS:
            continue
        span = _accord_span(text, r.start)
        if span is None:
            continue
        verb, lo, hi = span
        for i, c in enumerate(cands):  # "renew the lease" is itself an agreement trigger: a renewal refused
            if c is not r and c.trig.etype == "agreement" and verb <= c.start < hi:
                dropped.add(i)
        own = r.actor_ids
        named = [p for p in parts if lo <= p.start < hi and p.eid not in own and p.eid.startswith("state:")]
        if named:
            r.targets = uniq_parts(r.targets + named)
    return [c for i, c in enumerate(cands) if i not in dropped]
