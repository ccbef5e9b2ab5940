"""The victims of an attack told in a when-clause after their fall.

"Five Chinese engineers were killed on Tuesday when a suicide bomber rammed their convoy", "several Russian
peacekeepers were killed when their vehicle came under fire", "23 of its soldiers were killed when X forces
attacked its posts": the main clause tells who fell (a passive of killing or wounding) and a clause opened by
"when" / "as" tells the attack, whose object is the victims' own thing, named only by a possessive pronoun
("their convoy", "its posts"), or whose subject is that thing (an attack told with the target as the subject,
"their vehicle came under fire").  The pronoun stands for the fallen: the parties of the main clause's subject
are the attack's targets.

Only an attack with no target of its own is completed (or one whose actor was read back across "when"/"as"
from the fallen's own clause: that party is a victim, moved to the targets), only from parties told in the same clause before the
passive (back to the sentence start or a semicolon), and only when nothing but the time of the fall stands
between the passive and "when".
"""

from __future__ import annotations

import re

from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import Part, uniq_parts

# "were killed", "had been wounded on Monday", "were reportedly killed late on Saturday", then "when" / "as"
FELL_WHEN_RE = re.compile(r"\b(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|"
                          r"slain)(?:\s+(?:on|late on|early on|in|last|this|at)\s+[\w\-, ]{1,30}?)?,?\s+(?:when|as)\s+",
                          re.I)
# the victims' own thing right after the attack verb ("rammed their convoy", "shelled its posts")
OWN_OBJECT_RE = re.compile(r"\s+(?:(?:on|at|into|against)\s+)?(?:their|its)\s+[\w\-]+")
# the victims' own thing as the subject of a target-subject attack ("when their vehicle came under fire")
OWN_SUBJECT_RE = re.compile(r"(?:their|its)\s+(?:[\w\-]+\s+){1,3}$", re.I)
CLAUSE_STOP_RE = re.compile(r"[;:]")
WINDOW = 160


def _victims(parts: list[Part], text: str, fell_start: int) -> list[Part]:
    """The parties told before the passive in its clause (back to a semicolon or the sentence start)."""
    lo = max(0, fell_start - WINDOW)
    stops = [m.end() for m in CLAUSE_STOP_RE.finditer(text, lo, fell_start)]
    if stops:
        lo = stops[-1]
    return [p for p in parts if lo <= p.start and p.end <= fell_start]


def when_victims(cands: list[Cand], text: str) -> None:
    """Complete, in place, the targets of attacks told in a when-clause after their victims' fall."""
    for c in cands:
        if c.trig.etype != "attack" or c.trig.kind != "verb":
            continue
        falls = list(FELL_WHEN_RE.finditer(text, max(0, c.start - WINDOW), c.start))
        fell = falls[-1] if falls else None
        if fell is None or CLAUSE_STOP_RE.search(text, fell.end(), c.start):
            continue
        # an actor read back across "when"/"as" from the fallen's own clause is a victim, not the attacker
        # ("Two Chinese workers were injured as a car bomb struck their bus in Karachi": no Chinese attack)
        crossed = [a for a in c.actors if a.end <= fell.end()]
        if (c.targets or c.extra_targets) and not crossed:
            continue
        if c.trig.subject == "target":
            own = OWN_SUBJECT_RE.fullmatch(text, fell.end(), c.start) is not None
        else:
            own = OWN_OBJECT_RE.match(text, c.end) is not None
        if not own:
            continue
        if crossed:
            c.actors = [a for a in c.actors if a.end > fell.end()]
        mine = {a.eid for a in c.actors}
        victims = [p for p in _victims(c.parts_all, text, fell.start()) if p.eid not in mine]
        if victims:
            c.targets = uniq_parts(victims)  # (a place's state after the clause is where, not whom)
            c.extra_targets = []
