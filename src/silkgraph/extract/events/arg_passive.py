"""A reduced passive: a verb's participle told right after the one acted on, with its agent after "by".

"Afghan border posts attacked by Pakistan on Monday were …", "Georgia, sanctioned by Britain in
December, …": no auxiliary marks the passive, but a party named right after "by" following the
participle is its agent, and the parties before the participle (its clause's subject) were acted on.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part, _after, _chain_before

# "by" right after the participle, optionally after a time or place adjunct of up to three words
# ("attacked on Monday by X", "struck overnight by X")
REDUCED_BY_RE = re.compile(r"\s+(?:(?:on|in|at|late|early|overnight|last|this)\s+(?:[\w\-]+\s+){0,2})?by\s+(?:the\s+)?")
# a participle form: a regular "-ed" verb or a common irregular one
PARTICIPLE_FORM_RE = re.compile(r"(?:\w+ed|struck|hit|shot|beaten|seen|held|brought|sent|taken|made|given|"
                                r"thrown|driven|hidden|written|undertaken|overrun|overtaken|stricken)\b", re.I)


# an appositive participle opened by a comma right after its head ("Georgia, sanctioned by X, …")
APPOSITIVE_COMMA_RE = re.compile(r",\s+$")


def reduced_passive(parts: list[Part], text: str, cs: int, s: int, e: int) -> tuple[list[Part], list[Part]]:
    """(agent, acted on) of a verb trigger at ``text[s:e]`` read as a participle with "by X" after it and
    the noun phrase it modifies right before it (or, after a comma, the clause's opening party), else
    ([], [])."""
    if text.find("by ", e, e + 40) == -1 or not PARTICIPLE_FORM_RE.fullmatch(text, s, e):
        return [], []
    m = REDUCED_BY_RE.match(text, e)
    if m is None:
        return [], []
    agent = _after(parts, text, m.end(), m.end() + 3, ("",))
    if not agent:
        return [], []
    c = APPOSITIVE_COMMA_RE.search(text, max(0, s - 4), s)
    head = _chain_before(parts, text, c.start() if c else s)
    if c and (not head or text[cs:min(p.start for p in head)].strip(" ,")):
        return [], []  # (", backed by X" after a clause: what it modifies is not told by position)
    return (agent, head) if head else ([], [])
