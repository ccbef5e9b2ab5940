"""The signers of an accord told by a participle whose "by" phrase follows a place or a date.

"Signed in Tehran in May 2016 by India and Iran, the contract …", "the convention, concluded at Aktau on
12 August 2018 by Kazakhstan and Azerbaijan, …": a reduced (or fronted) participle of signing has no
subject party and no object; its signers are the "by" phrase after the adjunct.  The usual verb reading
stops at the adjunct's preposition, so an agreement trigger left without parties takes that agent.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part, _by_agent

# the participles of signing (an accord's verbs) whose agent may follow an adjunct
SIGNING_RE = re.compile(r"(?:signed|inked|sealed|concluded|agreed|initial(?:l)?ed)", re.I)
# an adjunct of place or time right after the participle ("in Tehran in May 2016", "on 13 May, 2024,")
ADJUNCT_RE = re.compile(r",?\s+(?:in|on|at)\s+")


def adjunct_signers(parts: list[Part], text: str, s: int, e: int) -> list[Part]:
    """The "by" agent of a signing participle at ``text[s:e]`` told after a place or date adjunct, else []."""
    if not SIGNING_RE.fullmatch(text, s, e) or ADJUNCT_RE.match(text, e) is None:
        return []
    if text.find(" by ", e, e + 90) == -1:
        return []
    return _by_agent(parts, text, e)
