"""A verb's object told before it, as the head of a relative clause.

"Afghanistan, which Pakistan attacked on Monday, said …", "the government of Georgia, whom Russia
accused of …": the verb opens no object after it (the relative pronoun is its object), its subject
is named inside the relative clause, and the party the relative clause hangs on is what the act
was aimed at.  In the passive ("Georgia, which was sanctioned by Russia on Monday") the head is the
one acted on too.  A subject relative ("Pakistan, which attacked Afghanistan") names its object
after the verb and is left to the usual reading.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.participants import Part, _chain_before

# the relative pronoun that opened the verb's clause, after the comma closing its head
# ("X, which", "X, whom"); "that" and a bare "who" also open subject relatives and reported
# clauses, so only a comma-marked "which"/"whom" is read
# the relative clause's subject right before its verb, with at most auxiliaries and adverbs between
SUBJ_VERB_GAP_RE = re.compile(r"(?:[’']s\s+(?:[\w\-]+\s+){0,2}?(?:government|army|military|forces|troops|"
                              r"leaders?|president|ministry|minister|officials))?\s+(?:(?:had|has|have|also|then|later|"
                              r"once|reportedly|allegedly|repeatedly|twice|again|\w+ly)\s+){0,3}")
REL_HEAD_RE = re.compile(r",\s*(?:which|whom)\s*$")


def relative_head(parts: list[Part], text: str, cs: int) -> list[Part]:
    """The parties heading a relative clause that opens at ``cs`` ("Georgia, which" → Georgia;
    "the government of Georgia, whom" → Georgia), else []."""
    m = REL_HEAD_RE.search(text, max(0, cs - 10), cs)
    if m is None or m.end() != cs:
        return []
    return _chain_before(parts, text, m.start())


def object_relative_target(parts: list[Part], text: str, cs: int, s: int, actors: list[Part],
                           targets: list[Part], passive: bool) -> list[Part]:
    """The head of an object relative clause as the target of its verb at ``s``, when the clause
    names its subject before the verb (or is passive) and no object after it."""
    if targets:
        return []
    if not passive and not any(cs <= p.start and SUBJ_VERB_GAP_RE.fullmatch(text, p.end, s) for p in actors):
        return []  # ("Iran, which Pakistan said attacked its posts": the named party is not the verb's subject)
    head = relative_head(parts, text, cs)
    return [p for p in head if p.eid not in {a.eid for a in actors}]


def in_object_relative(text: str, cs: int, s: int, actors: list[Part]) -> bool:
    """Whether the verb at ``s`` is the verb of an object relative clause opening at ``cs`` whose subject is
    named inside it ("Georgia, which Russia invaded in 2008, signed …": "invaded"); the verb after the
    relative's closing comma has the head as its subject, not the relative's own subject."""
    m = REL_HEAD_RE.search(text, max(0, cs - 10), cs)
    return m is not None and m.end() == cs and any(cs <= p.start and p.end <= s for p in actors)
