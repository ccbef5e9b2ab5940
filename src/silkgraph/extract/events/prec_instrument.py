"""One party's own instrument is not an accord: "the cabinet approved the first segment of the line",
"the president signed a new defence doctrine", "the House approved the X Act", "the doctrine that the
president signed in 2018".

A signing or approving verb (``signed``, ``approved``, ``adopted``, ``ratified``, ``passed``) read as an
``agreement`` names an accord only when its object is one (a treaty, a deal) or a partner is named ("with X",
"between A and B", two parties).  When the verb's object -- the noun phrase right after it, or the antecedent
of a relative clause the verb closes ("the doctrine that X signed") -- is headed by a domestic instrument (a
law, a decree, a doctrine, a project; ``domestic_instruments`` in ``resources/ontology/events.yaml``) and the
candidate names at most one state (a state and its own parliament are one party), no agreement was made -- unless
the instrument is one on an accord ("ratified the law on the border treaty with X": the accord's ratification).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from silkgraph.extract.events.patterns import _DATA

if TYPE_CHECKING:
    from silkgraph.extract.events.candidates import Cand

_HEAD = str(_DATA["domestic_instruments"])
# the verb's object: up to six modifier words ("an 80-kilometre first", "a giant hydropower"), then the head
# noun; a partner ("with", "between") or an accord noun before the head ends the reading
OBJECT_AFTER_RE = re.compile(
    r"\s+(?:(?!(?:with|between|and|but|or|until|unless|if|when|before|after|because|since|while|that|which|who|agreements?|accords?|treat(?:y|ies)|deals?|pacts?|protocols?|memorand\w*|"
    r"declarations?|contracts?)\b)[\w\-$€£.,’']+\s+){0,6}?" + _HEAD + r"\b(?!\s+(?:with|between|to)\b)(?![^.;]{0,40}\bratif)"
    # "ratified the law on the border treaty with X": a law enacting an accord is the accord's ratification
    r"(?!\s+(?:on|of|ratifying|approving|enacting|implementing)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-’']+\s+){0,3}?"
    r"(?:agreements?|accords?|treat(?:y|ies)|deals?|pacts?|protocols?|conventions?|memorand\w*)\b)", re.I)
# "the Defence Doctrine that President X signed", "a law which parliament approved": the antecedent before
OBJECT_BEFORE_RE = re.compile(_HEAD + r"\s+(?:that|which)\s+(?:[\w\-.’']+\s+){1,6}$", re.I)
# "no treaty could be signed until …": a passive verb has no object after it
PASSIVE_RE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+$", re.I)
VERBS_RE = re.compile(r"(?:signed|signs|signing|approved|approves|approving|adopted|adopts|ratified|passed)$", re.I)


def own_instrument(text: str, c: Cand) -> bool:
    """Whether the agreement candidate ``c`` is one party signing or approving its own instrument."""
    if c.trig.etype != "agreement" or c.trig.kind != "verb":
        return False
    verb = text[c.start:c.end]
    if not VERBS_RE.search(verb) or len({i for i in c.ids if i.startswith("state:")}) > 1:
        return False
    if PASSIVE_RE.search(text, max(0, c.start - 12), c.start) is None and OBJECT_AFTER_RE.match(text, c.end) is not None:
        return True
    return OBJECT_BEFORE_RE.search(text, max(0, c.start - 90), c.start) is not None
