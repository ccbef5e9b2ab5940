"""A dated treaty or truce told without its parties: "a 1973 treaty entitles Iran to …", "the
Ganges Water Treaty of 1996 expires …", "four days of fighting until a ceasefire on May 10".
Its parties are the two states the sentence names, when it names exactly two (a recorded
inference); a state told after the accord in a clause of saying is no party ("Critics of the X
Treaty of 1968 say A and B ignore it", "…, A and B said")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.patterns import SPEECH_VERB_RE

# the accord nouns (not talks, not deals of firms)
ACCORD_RE = re.compile(r"(?:treaty|treaties|accords?|agreements?|pacts?|conventions?|memorand(?:um|a)"
                       r"(?: of understanding)?|cease-?fire|truce|armistice)$", re.I)
# the date written in the accord's noun phrase: "a 1973 treaty", "the Treaty of 1996", "a ceasefire on May 10",
# "a memorandum … followed on 12 May 2017"
NEAR_DATE_GAP = 45
NP_GAP_RE = re.compile(r"^[\s\w\-’',]*$")
MANY_RE = re.compile(r"\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|all|several|many)\s+"
                     r"(?:[\w\-]+\s+)?(?:leaders|states|countries|members|governments|presidents|parties|nations|"
                     r"signatories)\b", re.I)
STATE_PREP_RE = re.compile(r"\b(?:in|at|near|to|from|into|across|through)\s+(?:the\s+)?$", re.I)
# a state's list closed by a verb of saying: "A and B said", "A, B and C have argued"
SAID_AFTER_RE = re.compile(r"(?:\s*(?:,|and|,\s*and)\s*(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2})*\s+"
                           r"(?:(?:also|have|has|had|both|all|each|officials?|leaders?|governments?)\s+){0,2}"
                           + SPEECH_VERB_RE.pattern)


def _states_named(sv: SentenceView, ctx: ArticleContext, accord_end: int) -> list[str]:
    """The states the sentence names as parties (not as places, not "Russian-made", not told after the
    accord, ending at ``accord_end``, in a clause of saying)."""
    out: list[str] = []
    for m in sv.mentions:
        if m.role == "place" or ctx.etype(m.entity_id) != "state":
            continue
        a, b = sv.rel(m.start), sv.rel(m.end)
        if STATE_PREP_RE.search(sv.text, max(0, a - 12), a) and m.kind != "demonym":
            continue  # "the river's flow into Iran": a place
        if a >= accord_end and (SPEECH_VERB_RE.search(sv.text, accord_end, a) or SAID_AFTER_RE.match(sv.text, b)):
            continue  # "Critics of the treaty of 1968 say A and B …", "…, A and B said": what is said, who says it
        out.append(m.entity_id)
    return list(dict.fromkeys(out))


def treaty_parties(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Fill in the parties of an accord noun dated in its own phrase and with at most one state
    party and no organisation named for it."""
    if c.trig.kind != "noun" or c.trig.etype not in ("agreement", "ceasefire") or not c.date[0] or not c.date[1]:
        return
    if not ACCORD_RE.search(sv.text, c.start, c.end):
        return
    ids = c.ids
    if any(ctx.etype(i) not in ("state", "person") for i in ids) or \
            len({i for i in ids if ctx.etype(i) == "state"}) > 1:
        return
    at = sv.text.find(c.date[1])
    if at < 0 or not (0 <= c.start - (at + len(c.date[1])) <= NEAR_DATE_GAP or 0 <= at - c.end <= NEAR_DATE_GAP):
        return
    lo, hi = (at + len(c.date[1]), c.start) if at < c.start else (c.end, at)
    if not NP_GAP_RE.match(sv.text[lo:hi]):
        return  # a clause break between the date and the noun: the date is another's
    named = _states_named(sv, ctx, max(c.end, at + len(c.date[1])))
    mine = {i for i in ids if ctx.etype(i) == "state"}
    if len(named) != 2 or not mine <= set(named) or MANY_RE.search(sv.text):
        return  # ("the six leaders signed a treaty": more parties than the sentence names)
    c.extra_actors += [s for s in named if s not in c.ids]
    c.inferences["actors"] = "the parties of a dated accord told without them: the two states the sentence names"

