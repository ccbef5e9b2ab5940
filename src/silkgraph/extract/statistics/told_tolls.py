"""Tolls a side tells of its own people through "of its": "X said (on Sunday) that 47 of its citizens
had died", "the ministry said 38 of its border guards had been killed", "… 12 of their soldiers had been
wounded" (the perfect: the toll as it stood when told).

The people counted are named by a possessive ("of its"/"of their") and the count is told by a teller
("said", "reported" … before the number), so the figure is that side's toll as it stood, not one
attack's dead; whose people they are is read by the subject finder (``phrase_subjects.its_people_state``:
the state telling the number, or the state of the organ telling it). The general count finder needs a
counted noun right after the number; here the noun follows "of its" and may be any people noun
("citizens", "nationals", "border guards", "police officers").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_PREPS, after_prep
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat
from silkgraph.extract.statistics.referents import last_match

_PEOPLE = r"(?:" + P.DATA["owned_people_nouns"] + r"|" + P.DATA["told_toll_people"] + r")"
# "47 of its (own) (border) citizens had been killed / had died / were killed / died / were wounded"
TOLD_TOLL_RE = re.compile(r"(?<![\d,.$])\b(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]\d)\s+of\s+(?:its|their)\s+(?:own\s+)?"
                          r"(?:[\w\-]+\s+)?" + _PEOPLE + r"\s+(?:(?:had|have|has)\s+(?:(?:now|so\s+far|reportedly)\s+)?"
                          r"(?:been\s+(?:killed|" + P.DATA["harm_verbs"] + r")|died|lost\s+their\s+lives))\b", re.I)
# (the perfect tells the toll as it stood when told; "said 23 of its soldiers were killed" narrates
# the event, whose dead are its fatalities)

def told_tolls(sv: SentenceView) -> list[Stat]:
    """The counts "N of its <people> had been killed/had died/were wounded …" that a teller before
    them tells (a reporting verb within 120 characters before the number, in the sentence)."""
    out: list[Stat] = []
    for m in TOLD_TOLL_RE.finditer(sv.text):
        if P.INCIDENT_AFTER_RE.match(sv.text, m.end()):
            continue  # "… had been killed when X attacked its posts": one attack's dead, told as an event
        if YEAR_RE.fullmatch(m.group("n")) or last_match(P.REPORTED_RE, sv.text, max(0, m.start() - 120), m.start()) is None:
            continue  # (a toll a side tells, not one attack's dead told by the writer)
        out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count", harm=True,
                        noun="killed"))
    return out


# where the teller's clause starts, looking back from its verb: a clause break before it
TELLER_CLAUSE_START_RE = re.compile(r"(?:[;:]|,\s+(?:and|but|while|whereas)\s|\s[-–—]\s)(?P<rest>[^;:]*)$")


def teller_state(sv: SentenceView, ctx: ArticleContext, pos: int) -> tuple[str, str] | None:
    """The state that tells the number at ``pos``: the first actor of the clause of the last reporting
    verb before it ("…, and Armenia's defence ministry said that 16 of its …" is Armenia, whatever
    actor the sentence named in an earlier clause): a state named there, or the state of an organ."""
    rep = last_match(P.REPORTED_RE, sv.text, max(0, pos - 120), pos)
    if rep is None:
        return None
    cut = TELLER_CLAUSE_START_RE.search(sv.text, max(0, rep.start() - 80), rep.start())
    lo = cut.start("rest") if cut is not None else max(0, rep.start() - 80)
    for a, _b, m in sv.mentions_rel():
        if not (lo <= a < rep.start()) or m.role == "place" or after_prep(sv.text, a, STATISTICS_PREPS):
            continue
        et = ctx.etype(m.entity_id)
        if et == "state":
            return m.entity_id, f"'its' people = those of '{m.text}', whose side tells their number"
        if et == "organization" and (st := ctx.state_of(ctx.entity(m.entity_id))) is not None:
            return st, f"'its' people = those of the state of '{m.text}', which tells their number"
        return None
    return None
