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

# a speech verb opening a complement clause; ", officials said," (parenthetical) leaves no party after it
# before the verb and so changes nothing
SPEECH_VERB_RE = re.compile(r"\b(?:said|says|told (?:reporters|journalists|parliament|lawmakers|the [\w\- ]{1,30}?)|"
                            r"stated|claimed|alleged|insisted|added|announced|reported|confirmed|acknowledged|"
                            r"believes|believed|suspects|suspected|"
                            # "X said its units struck back after Armenian troops fired on …": a subordinate
                            # clause opened inside the clause has its own subject
                            r"after|before|once|until)\b")

# the opening of the complement clause up to its subject: a time adjunct, "that", an article
COMPLEMENT_OPEN_RE = re.compile(r"(?:,?\s+(?:on|late on|early on|in|last|this|earlier|later)\s+[\w\-]+(?:\s+\d{1,4})?"
                                r"(?:,?\s+\d{4})?,?)?\s+(?:that\s+)?(?:the\s+|an?\s+)?")


def after_speech(actors: list[Part], text: str, cs: int, s: int) -> list[Part]:
    """``actors`` without the speaker when a speech verb stands between them and the verb at ``s``
    and a party is named after it."""
    if len(actors) < 2:
        return actors
    last = None
    for m in SPEECH_VERB_RE.finditer(text, cs, s):
        last = m
    if last is None:
        return actors
    after = [p for p in actors if p.start >= last.end()]
    if not after or len(after) == len(actors) or not COMPLEMENT_OPEN_RE.fullmatch(text, last.end(), after[0].start):
        return actors  # ("said its forces had responded to … by Armenian units": no party opens the complement)
    return after
