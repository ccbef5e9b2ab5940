"""An object pronoun standing for the speaker who reports the act.

"Afghanistan said on Tuesday that Pakistan had attacked it", "Kabul said Pakistani forces shelled its
border posts": the verb's object is "it" (or "its" before a noun of the state's own territory, forces or
people), and the sentence reports the act through a party's speech verb before it; the pronoun stands for
that speaker.  Only a speaker named right before its speech verb is read, and never one who is the act's
own actor ("Pakistan said it had struck …" is the actor's own report).  A noun phrase that is no party,
told after the act's subject and before the verb ("Y shelled the plant on Monday and then struck it again"),
is the nearer antecedent: the pronoun then stands for it, not for the speaker.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part, _chain_before
from silkgraph.extract.events.patterns import SPEECH_VERB_RE

# "it" right after the verb or its preposition ("attacked it", "imposed tariffs on it", "pulled back from it")
OBJ_IT_RE = re.compile(r"\s+(?:(?:on|against|to|from|with|at|into|of)\s+)?it\b")
# "its <the state's own ground or forces>" after an attack verb ("shelled its border posts"); after other verbs
# "its" is mostly the subject's own ("withdrew its troops", "closed its border")
OBJ_ITS_RE = re.compile(r"\s+its\s+(?:[\w\-]+\s+){0,2}?(?:territory|soil|posts?|positions|forces|troops|soldiers|"
                        r"border(?:\s+(?:posts?|guards|areas|regions|villages))?|airspace|villages?|towns?|bases?|"
                        r"citizens|vessels?|ships?|aircraft|jets|drones)\b")
# a noun phrase opened by an article or demonstrative ("the nuclear plant", "a convoy"), not a time phrase
# ("the next day", "a week later"): a candidate antecedent nearer than the speaker
NOUN_PHRASE_RE = re.compile(r"\b(?:the|an?|this|that)\s+(?!(?:same|next|following|previous|day|night|morning|"
                            r"evening|afternoon|week|weekend|month|year|time)\b)[a-z]", re.I)


def speaker_object(parts: list[Part], text: str, s: int, e: int, actors: list[Part], etype: str) -> list[Part]:
    """The speaker an object pronoun after the verb at ``text[s:e]`` (of event type ``etype``) stands for,
    else []."""
    if OBJ_IT_RE.match(text, e) is None and (etype != "attack" or OBJ_ITS_RE.match(text, e) is None):
        return []
    speech = None
    for m in SPEECH_VERB_RE.finditer(text, 0, s):
        speech = m
    if speech is None:
        return []
    speaker = _chain_before(parts, text, speech.start())
    mine = {a.eid for a in actors}
    if not speaker or {p.eid for p in speaker} & mine or not any(speech.end() <= a.start < s for a in actors):
        return []  # (the act's subject must be told after the speech verb: "X said Y had attacked it")
    last = max(p.end for p in parts if p.end <= s)
    for np in NOUN_PHRASE_RE.finditer(text, last, s):
        if not any(p.start <= np.start() < p.end or p.start == np.end() - 1 for p in parts):
            return []  # ("Y shelled the plant and then struck it": "it" is the plant)
    return speaker
