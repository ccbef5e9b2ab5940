"""A year that is part of a proper name dates no event of the clause.

"waived Section 907 of the 1992 Freedom Support Act", "suspended the 1960 Indus Waters Treaty",
"under its 2008 Energy Charter": a bare year set between a determiner (or a possessive) and a
capitalised name of a document (its head one of ``named_document_heads`` of ontology/events.yaml:
Act, Treaty, Charter …) premodifies that name; it tells when the named law or treaty was made, not when the
clause's act happened.  Such a year is no candidate date of the event (which then takes the date the
sentence or its context gives otherwise, e.g. the report's day).  Not when the name holds the event's
own trigger ("the 2024 Astana Summit", "the 2020 Karabakh War": the year dates that event), nor when an
agreement-type verb takes the name as its object ("signed the 2015 Paris Agreement": the signing made it).
"""

from __future__ import annotations

import re

from silkgraph.nlp.dates import TimeExpr
from silkgraph.resources import load_yaml

# a determiner or a possessive right before the year, singular or plural ("Russia's", "the two countries'")
NAME_DET_RE = re.compile(r"(?:\b(?:the|its|their|his|her|this|that|a|an)|[’']s|\ws[’'])\s+$", re.I)
# one to five capitalised words after the year, the last a document's head: the name it premodifies
_HEADS = load_yaml("ontology/events.yaml")["named_document_heads"]
NAME_AFTER_RE = re.compile(r"\s+(?:[A-Z][\w\-’']*\s+){0,4}(?:" + _HEADS + r")\b")
# the name right after an agreement-type trigger as its object ("signed the 2015 Paris Agreement")
OBJECT_GAP_RE = re.compile(r"\s+(?:the|a|an|its|their)\s+$", re.I)
# a verb that makes the named thing: its year is the act's ("signed the 2015 Paris Agreement")
MAKING_TYPES = frozenset({"agreement", "treaty", "cooperation"})


def year_of_a_name(text: str, d: TimeExpr, a: int, b: int, trig_start: int, trig_end: int, etype: str) -> bool:
    """Whether the year ``d`` (at ``a``..``b`` in ``text``) premodifies a capitalised name that is not the
    event's trigger (which spans ``trig_start``..``trig_end``): the name's year, not the event's."""
    if d.prep or d.month is not None or d.kind != "absolute" or d.modifier:
        return False
    if not NAME_DET_RE.search(text, max(0, a - 8), a):
        return False
    m = NAME_AFTER_RE.match(text, b)
    if m is None:
        return False
    if a <= trig_start < m.end() or a < trig_end <= m.end():
        return False  # "the 2020 Karabakh War": the trigger's own year
    if etype in MAKING_TYPES and trig_end <= a and OBJECT_GAP_RE.fullmatch(text, trig_end, a):
        return False  # "signed the 2015 Paris Agreement"
    return True


# a bare year premodifying a common noun ("the 2008 ceasefire", "the 2020 war"): the word after the year
NOUN_AFTER_RE = re.compile(r"\s+(?!(?:and|or|to|through|until|when|as|in|on|at|for|with)\b)[a-z][\w\-]*")
# the phrase before the determiner that makes the year a time frame of the clause, not an object's
# ("during the 2020 war", "in the wake of the 2008 war"): the frame's year dates the clause
_FRAME = load_yaml("ontology/events.yaml")["year_frame_before"]
FRAME_BEFORE_RE = re.compile(r"\b(?:" + _FRAME + r")\s+$", re.I)
# an occasion after the year ("attend the 2016 summit"): an act done at it has the occasion's year
OCCASION_AFTER_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:" + load_yaml("ontology/events.yaml")["year_occasion_nouns"] + r")\b",
                               re.I)


def year_of_an_object(text: str, d: TimeExpr, a: int, b: int, trig_start: int, trig_end: int, etype: str) -> bool:
    """Whether the bare year ``d`` (at ``a``..``b``) premodifies a noun after the trigger ("accused X of
    violating the 2008 ceasefire", "criticised X over the 2015 deal"): the noun's year, not the act's.
    Not a year framing the clause ("attacked during the 2020 war"), nor an occasion's ("refused to attend the
    2016 summit": the refusal was for that summit), nor the trigger's own (the trigger
    starts within the noun phrase), nor an agreement-type verb's object ("signed the 2015 agreement")."""
    if d.prep or d.month is not None or d.kind != "absolute" or d.modifier:
        return False
    if a < trig_end:
        return False
    det = NAME_DET_RE.search(text, max(0, a - 8), a)
    if det is None or NOUN_AFTER_RE.match(text, b) is None:
        return False
    if FRAME_BEFORE_RE.search(text, max(0, det.start() - 30), det.start()) or OCCASION_AFTER_RE.match(text, b):
        return False
    if a <= trig_start < b + 40 and not re.search(r"[,;:.]", text[b:trig_start]):
        return False
    return not (etype in MAKING_TYPES and OBJECT_GAP_RE.fullmatch(text, trig_end, a))


# "Friday's attack", "last week's vote", "Sunday's election": a date in the possessive premodifies a noun
POSSESSIVE_RE = re.compile(r"['’]s\s")
OWN_NOUN_REACH = 30  # how far after the possessive the trigger may start and still be the possessed noun


def possessive_of_another(text: str, b: int, trig_start: int) -> bool:
    """Whether the date ending at ``b`` stands in the possessive ("Friday's attack") before a noun that
    is not the event's trigger (at ``trig_start``): that noun's date, not the event's (a charge laid
    on Sunday "over Friday's attack" is Sunday's)."""
    if POSSESSIVE_RE.match(text, b) is None:
        return False
    return not b < trig_start <= b + OWN_NOUN_REACH
