"""The mood of an admission or joining that the text only weighs (``mood`` in
``resources/ontology/memberships.yaml``): "The SCO may admit Azerbaijan as an observer"
(hypothetical), "The EAEU is considering admitting Uzbekistan as a member", "is weighing
Mongolia's accession to the union" (planned).

The general modality cues (``extract/modality.py``) leave out "may" (it is also the month) and
verbs of deliberation; here they count only where they head the very act a membership cue
tells: the modal right before the act's verb, the deliberation verb before its "-ing" form,
"whether to" and the verb, or a possessor's act noun ("X's accession"), in the cue's clause
(no clause boundary between them and the cue).
"""

from __future__ import annotations

import re

from silkgraph.resources import load_yaml

_M = load_yaml("ontology/memberships.yaml")["mood"]


def _alt(ws: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ws)


_ADV = r"(?:(?:well|soon|eventually|yet|also|still|one\s+day|even|now|formally|officially)\s+)?"
# "may admit", "may soon join" (lower case "may": not the month)
HYPOTHETICAL_RE = re.compile(r"\b(?-i:" + _alt(_M["hypothetical"]) + r")\s+" + _ADV + r"(?:" + _alt(_M["acts"]) + r")\b",
                             re.I)
# "is considering admitting", "weighs whether to admit", "is weighing Mongolia's accession", "discussed the
# admission of"
PLANNED_RE = re.compile(r"\b(?:" + _alt(_M["planned"]) + r")\s+(?:(?:whether|how|when)\s+to\s+(?:" + _alt(_M["acts"]) +
                        r")|(?:" + _alt(_M["acts_ing"]) + r")|(?:(?:the\s+)?[\w.\-]+[’']s\s+|the\s+|its\s+|their\s+)"
                        r"(?:(?:full|formal|possible|eventual)\s+)?(?:" + _alt(_M["act_nouns"]) + r"))\b", re.I)
# between the mood word and the cue: no clause boundary
BREAK_RE = re.compile(r"[.;:]|,\s+(?:and|but|while|whereas|which|who)\b|\s[—–]\s", re.I)
REACH = 120  # how far before the cue the mood word may stand


def weighed_mood(text: str, pos: int, end: int) -> str | None:
    """"hypothetical" or "planned" when a mood word of the act heads the membership cue
    ``pos``..``end`` in its clause (the act may be the cue itself: "admitting X as a member"),
    else None."""
    lo = max(0, pos - REACH)
    for rx, mood in ((HYPOTHETICAL_RE, "hypothetical"), (PLANNED_RE, "planned")):
        for m in rx.finditer(text, lo, end):
            if m.start() <= pos and not BREAK_RE.search(text, m.end(), max(m.end(), pos)):
                return mood
    return None
