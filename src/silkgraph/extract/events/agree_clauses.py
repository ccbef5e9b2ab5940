"""Two accords told in two clauses of one sentence: "X and Y signed a joint declaration with Z, and their foreign
ministers initialled the text of a peace treaty".

Triggers of one type in a sentence are merged into one event (``candidates._merge``: "signed contracts …
the agreements cover …").  A second signing verb that opens its own clause with its own subject, a comma then
a noun phrase headed by a possessive determiner or naming office-holders ("their foreign ministers", "the
defence ministers"), tells a second act by other agents: another document, signed by other hands.  The golds
count each such document as its own agreement (one per document named with its own verb; "signed eight
memorandums" stays one).  Only verb triggers of accords are read, so meetings and attacks keep their
merging.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.patterns import _DATA

_AGREE = _DATA.get("agree_clauses", {})
# the second clause's subject, right before the second verb: ", (and) their foreign ministers ", ", the two
# defence ministers "; no verb of its own in between (at most five words, no comma)
NEW_SUBJECT_RE = re.compile(
    r",\s+(?:and\s+|while\s+|before\s+|after\s+)?(?:(?:their|its|his|her)\s+(?:[\w\-]+\s+){0,3}?|the\s+(?:two\s+|three\s+)?"
    r"(?:[\w\-]+\s+){0,2}?)" + _AGREE.get("office_holders", r"(?:ministers?|leaders?|presidents?|envoys?|negotiators?)")
    + r"(?:,\s+[^,]{3,60},)?\s+(?:(?:also|then|later|formally|separately|jointly)\s+)?$", re.I)
# the second verb is one of signing a text (not "agreed to", which names what the first document says)
SIGNING_VERB_RE = re.compile(_AGREE.get("signing_verbs", r"(?:signed|initial(?:l)?ed|inked)\b"), re.I)


def separate_accord(text: str, first_end: int, start: int, first_verb: bool, verb: bool) -> bool:
    """Whether the accord verb at ``text[start:]`` opens its own clause with other agents than the accord
    trigger ending at ``first_end`` (both verbs): a second agreement, not the same one told again."""
    if not (first_verb and verb) or start - first_end > 200 or not SIGNING_VERB_RE.match(text, start):
        return False
    return NEW_SUBJECT_RE.search(text, max(first_end, start - 120), start) is not None
