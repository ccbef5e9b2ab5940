"""A membership the cue tells as over (``ended`` in ``resources/ontology/memberships.yaml``).

Three structures read around the cue match ``s``..``e``:

* "until": a past cue ("Armenia and Russia were allies in the CSTO until Yerevan froze its
  participation", "belonged to the CIS until 2009") or a verbless apposition ("Kazakhstan and
  Russia, allies in the CSTO until Astana's exit, ...") whose organisation is followed by "until"
  and a year or an event; "until now" keeps it.  A present cue keeps it ("remains a member until
  its exit takes effect": a member now).
* a past-time adverb closing the cue's phrase after the organisation ("Afghanistan and Pakistan,
  both observers at the SCO once, ..."), for cues that state a standing membership (not "joined
  the SCO", whose act may well lie in the past).
* "former" inside the cue ("a former CIS member"), unless it describes a past polity ("groups six
  former Soviet states including X": the states, not their membership).
"""

from __future__ import annotations

import re

from silkgraph.resources import load_yaml

_E = load_yaml("ontology/memberships.yaml")["ended"]


def _words(ws: list[str]) -> str:
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ws)


PAST_RE = re.compile(_E["past_verbs"], re.I)
# an apposition cue: it describes the noun phrase right before it (no verb of its own)
APPOSITION_RE = re.compile(r"(?:,|\s[—–]|\s--)\s")
# "until 2012", "until early 2012", "till March 2012" (however long the organisation's name)
UNTIL_YEAR_RE = re.compile(r"[^.;,]{0,120}?\b(?:until|till)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Za-z]+\s+)?"
                           r"(?:\d{1,2}\s+)?\d{4}\b", re.I)
# "until Astana's exit", "until Yerevan froze its participation": "until" right after the organisation's name
UNTIL_EVENT_RE = re.compile(r"(?:\s+(?:the|of|and|for|(?-i:[A-Z])[\w.\-]*|\([\w.\-]+\)))*\s+(?:until|till)\s+"
                            r"(?!(?:" + _words(_E["until_not"]) + r")\b)\S", re.I)
# "both observers at the SCO once,": a past-time adverb closing the phrase of the cue
PAST_AFTER_RE = re.compile(r"[^.;,()—–]{0,60}?\s(?:" + _words(_E["past_adverbs"]) + r")\s*(?:[,;.)]|[—–]|--|$)",
                           re.I)
# "a former CIS member", "an ex-member of" (not "six former Soviet states")
FORMER_RE = re.compile(r"\b(?:former|erstwhile|one-time|onetime)\s(?!(?:" + _words(_E["former_polities"]) +
                       r")\b)|\bex-member", re.I)


def ended(text: str, s: int, e: int, standing: bool) -> bool:
    """Whether the cue at ``s``..``e`` tells a membership that is over (see the module);
    ``standing``: the cue states a membership rather than the act of joining."""
    if FORMER_RE.search(text, s, e) is not None:
        return True
    if (PAST_RE.search(text, s, e) or APPOSITION_RE.match(text, s)) and \
            (UNTIL_YEAR_RE.match(text, e) or UNTIL_EVENT_RE.match(text, e)):
        return True
    return standing and PAST_AFTER_RE.match(text, e) is not None
