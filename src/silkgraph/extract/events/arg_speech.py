"""A reported clause with no "that" (or a subordinate clause opened by "after", "before", "once",
"until"): the speaker (the main clause's subject) is no subject of the verb inside it.

"Kabul said Pakistani forces shelled Afghan villages", "Officials in Baku say Armenia violated the truce":
the clause of the reported verb runs back to the sentence start (no "that" bounds it), so the speaker
and the reported act's subject both lie before the verb.  When a party is named after the speech verb,
before the reported verb, that party is the subject; the speaker before the speech verb is not.
The same holds after a subordinator ("…, X said, after Y fired on Z"): the party opening it is the subject.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part
from silkgraph.extract.events.patterns import SPEECH_VERBS

# a subordinator opening a clause inside the reported one ("X said its units struck back after Armenian troops
# fired on …"): that clause has its own subject, as a reported clause does
SUBORDINATOR_WORDS = ("after", "before", "once", "until")
# a speech verb (the one list, ontology/events.yaml ``speech_verbs``) or a subordinator opening a clause;
# ", officials said," (parenthetical) leaves no party after it before the verb and so changes nothing
CLAUSE_OPENER_RE = re.compile(r"\b(?:" + SPEECH_VERBS + "|" + "|".join(SUBORDINATOR_WORDS) + r")\b")
# verbs of telling, whose audience (any object: "told reporters", "told the Security Council", "told Moscow")
# stands between the verb and the complement clause
TELL_VERBS = frozenset({"told", "tell", "tells"})

# the opening of the complement clause up to its subject: a time adjunct, "that", an article
COMPLEMENT_OPEN_RE = re.compile(r"(?:,?\s+(?:on|late on|early on|in|last|this|earlier|later)\s+[\w\-]+(?:\s+\d{1,4})?"
                                r"(?:,?\s+\d{4})?,?)?\s+(?:that\s+)?(?:the\s+|an?\s+)?")
# the audience of a verb of telling (one to five words) and then the complement's opening
# (ending in no preposition: "told diplomats in Baku …" names no party opening the complement at "Baku")
AUDIENCE_OPEN_RE = re.compile(r"\s+(?:[\w\-'’.]+\s+){0,4}?(?!(?:in|at|of|from|to|for|with|on|by)\s)[\w\-'’.]+"
                              + COMPLEMENT_OPEN_RE.pattern)


def after_speech(actors: list[Part], text: str, cs: int, s: int) -> list[Part]:
    """``actors`` without the speaker when a speech verb stands between them and the verb at ``s``
    and a party is named after it."""
    if len(actors) < 2:
        return actors
    last = None
    for m in CLAUSE_OPENER_RE.finditer(text, cs, s):
        last = m
    if last is None:
        return actors
    after = [p for p in actors if p.start >= last.end()]
    if not after or len(after) == len(actors):
        return actors
    if last.group(0) in TELL_VERBS:  # the first party opening the complement after the audience
        for i, p in enumerate(after):
            if AUDIENCE_OPEN_RE.fullmatch(text, last.end(), p.start):
                return after[i:]
    if not COMPLEMENT_OPEN_RE.fullmatch(text, last.end(), after[0].start):
        return actors  # ("said its forces had responded to … by Armenian units": no party opens the complement)
    return after
