"""A reduced passive: a verb's participle told right after the one acted on, with its agent after "by".

"Afghan border posts attacked by Pakistan on Monday were …", "Georgia, sanctioned by Britain in
December, …": no auxiliary marks the passive, but a party named right after "by" following the
participle is its agent, and the parties before the participle (its clause's subject) were acted on.
Set off by commas ("Georgia, sanctioned by Britain last year, denied the charges") the participle is an
aside about its head: the main clause's mood ("denied") is not its own, so its modality is read inside it
(``appositive_span``).
"""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part, _after, _chain_before
from silkgraph.extract.events.patterns import SPEECH_VERBS

# "by" right after the participle, optionally after a time or place adjunct of up to three words
# ("attacked on Monday by X", "struck overnight by X")
REDUCED_BY_RE = re.compile(r"\s+(?:(?:on|in|at|late|early|overnight|last|this)\s+(?:[\w\-]+\s+){0,2})?by\s+(?:the\s+)?")
# a participle form: a regular "-ed" verb or a common irregular one
PARTICIPLE_FORM_RE = re.compile(r"(?:\w+ed|struck|hit|shot|beaten|seen|held|brought|sent|taken|made|given|"
                                r"thrown|driven|hidden|written|undertaken|overrun|overtaken|stricken)\b", re.I)


# an appositive participle opened by a comma right after its head ("Georgia, sanctioned by X, …")
APPOSITIVE_COMMA_RE = re.compile(r",\s+$")
# a speech frame before the head ("Officials claimed Georgia, sanctioned by X, …"): the head still opens its clause
FRAME_BEFORE_RE = re.compile(r"\b" + SPEECH_VERBS + r"(?:\s+that)?\s*$")


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
    if c and (not head or (text[cs:min(p.start for p in head)].strip(" ,")
                           and not FRAME_BEFORE_RE.search(text, cs, min(p.start for p in head)))):
        return [], []  # (", backed by X" after a clause: what it modifies is not told by position)
    return (agent, head) if head else ([], [])


# the comma closing an appositive participle ("…, sanctioned by Britain last year, denied …")
ASIDE_CLOSE_RE = re.compile(r",|\s[-–—]\s|$")
ASIDE_REACH = 90


def appositive_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """(start, end) in ``text`` of an appositive participle opened by the trigger at ``text[s:e]``
    (", sanctioned by Britain last year,": a comma before it, "by" after it, a comma closing it), else None."""
    if APPOSITIVE_COMMA_RE.search(text, max(0, s - 4), s) is None or not PARTICIPLE_FORM_RE.fullmatch(text, s, e):
        return None
    m = REDUCED_BY_RE.match(text, e)
    if m is None:
        return None
    close = ASIDE_CLOSE_RE.search(text, m.end(), m.end() + ASIDE_REACH)
    if close is None or close.start() >= len(text.rstrip(" .")):
        return None  # (the participle runs to the sentence end: no main clause after it)
    return s, close.start()
