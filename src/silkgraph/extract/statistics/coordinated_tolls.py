"""A toll's second count coordinated after its dead: "… 19 of its soldiers had been killed and 27
wounded", "reported 12 dead and 30 injured". The wounded (or missing, captured) are the same side's
as the dead counted right before them; the verb and the owner are left out of the second conjunct,
so whatever actor the sentence names earlier ("X and Y forces fought …, and X said …") is no
subject of it."""

from __future__ import annotations

import re

from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import Stat

# between the dead and the second count: "… had been killed and ", "… dead and some "
DEAD_AND_RE = re.compile(r"[^,;:()]{0,60}?\b(?:killed|dead|died|deaths|fatalities)\s+and\s+" + P.APPROX_TOLD + r"$",
                         re.I)
# after the second count: "(others) (were/had been) wounded", "injured", "missing"
HURT_AFTER_RE = re.compile(r"\s+(?:(?:others|more|people|soldiers|troops|servicemen|civilians)\s+)?(?:(?:were|had\s+been|"
                           r"have\s+been)\s+)?(?:wounded|injured|hurt|missing|captured)\b", re.I)


def coordinated_toll(text: str, prev_end: int, st: Stat) -> bool:
    """Whether the count ``st`` is the hurt of a toll whose dead end at ``prev_end`` in ``text``."""
    return st.unit == "count" and prev_end <= st.start and DEAD_AND_RE.search(text, prev_end, st.start) is not None \
        and HURT_AFTER_RE.match(text, st.end) is not None
