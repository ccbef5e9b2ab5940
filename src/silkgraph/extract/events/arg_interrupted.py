"""A subject interrupted by an inserted phrase before its verb.

Reads a sentence whose subject is a short noun phrase opening it, followed by a comma-enclosed insertion
that begins with a participle or a relative pronoun, and only then the verb::

    "Moscow, mending ties that had soured after Tajikistan expelled Russian advisers in 2009, delivered …"
    "Ankara, keen on a partnership which Baku had frozen, sent instructors …"

The parties named inside the insertion (Tajikistan, Russian advisers, Baku) belong to its own clauses; the
verb after the closing comma is said of the opening phrase.  Used by :func:`arg_verb.subject` when the
verb follows a comma directly.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part

__all__ = ["in_insertion", "interrupted_subject"]

# the sentence's opening (or a wire dateline's closing dash: "CITY, Month D (AGENCY) - "), a head of up to six words, a comma,
# an insertion opening with a participle, a relative pronoun or "keen"/"eager"/"long", and a closing comma
INSERTED_RE = re.compile(
    r"(?:^|\s[-–—]\s+)(?P<head>(?:[\w\-’'.]+\s+){0,5}?[\w\-’'.]+),\s+"
    r"(?:(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing|ed)\b|who\b|which\b|whose\b|keen\b|eager\b|anxious\b|long\b|once\b)"
    r"[^;:—–()]*,\s*$")


def interrupted_subject(parts: list[Part], text: str, s: int) -> list[Part] | None:
    """The parties of the opening phrase when the verb at ``s`` follows an insertion closed by a comma,
    else None (the caller keeps its own subject)."""
    if not text[:s].rstrip().endswith(","):
        return None
    m = INSERTED_RE.search(text, 0, s)
    if m is None or m.end() != s or LIST_GOES_ON_RE.match(text, s):
        return None  # ("accusing X of attacking, shelling and blockading Y": a list's next member, no verb)
    head = [p for p in parts if m.start("head") <= p.start and p.end <= m.end("head")]
    return head or None


# the word at the verb's place continuing a list of the insertion ("attacking, shelling and blockading")
LIST_GOES_ON_RE = re.compile(r"[\w\-]+(?:,\s+[\w\-]+)*,?\s+(?:and|or)\s+[\w\-]+(?:ing\b|\s+of\b)")
# a clause of an earlier time inside the insertion ("ties that had soured after X expelled Y"); not
# "speaking after talks with X" (a same-time participle's own "after": the speaking is the verb's day)
EARLIER_RE = re.compile(r"(?<!\bspeaking )(?<!\btalking )(?<!\bwriting )(?<!\bappearing )(?<!\bcommenting )"
                        r"(?<!\baddressing reporters )\b(?:after|before|since|until|when|had)\b")


def in_insertion(text: str, pos: int, s: int) -> bool:
    """Whether ``pos`` lies inside the insertion between an opening subject and its verb at ``s``, after a clause
    of an earlier time ("Washington, repairing ties that had collapsed after X evicted Y in 2005, transferred …":
    2005 is that clause's date; "X, speaking on Monday, said …" keeps Monday, the time of the verb too)."""
    if not text[:s].rstrip().endswith(","):
        return False
    m = INSERTED_RE.search(text, 0, s)
    return m is not None and m.end() == s and m.end("head") < pos < s and \
        EARLIER_RE.search(text, m.end("head"), pos) is not None
