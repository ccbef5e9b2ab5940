"""The owner of an elided or repeated measure: "India's trade … hovers around $2 billion, while China's
reached $89.4 billion", "X's budget rose to $3 billion and Y's stood at $2 billion", "X's exports grew
to $5 billion while Y's exports fell to $3 billion".

A state's possessive standing alone before the verb of the figure's clause (the head noun left out
because the clause before named it) owns the figure: the measure is the same, the owner is this
one. A possessive after a preposition is inside another noun phrase and owns nothing. Read before the readings of trade between two parties, which would give the figure to the
owner of the measure named in the clause before.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.model import Mention

# "'s reached", "'s, by contrast, rose to", "'s has grown to", "'s exports fell to": a possessive followed
# by a verb (after at most two lower-case words, its head noun when told again), then up to a few
# words before the figure
ELLIPTIC_RE = re.compile(r"['’]s\s+(?:(?-i:[a-z][\w\-]*)\s+){0,2}?(?:,\s*[^,;]{1,30},\s+)?(?:(?:also|only|still|then|now|\w+ly)\s+)?"
                         r"(?:(?:has|had|have)\s+)?(?:rose|risen|reached|fell|fallen|stood|grew|grown|was|were|"
                         r"amounted|totall?ed|dropped|jumped|climbed|hit|came|hovered|increased|decreased|declined|"
                         r"doubled|tripled|topped|exceeded|surged|slipped)\b[^,;]{0,25}$")


# a possessive after a preposition belongs to a noun phrase inside the subject ("China's loans to
# Pakistan's government totalled …", "imports from China's neighbours reached …"): it owns nothing
AFTER_PREP_RE = re.compile(r"\b(?:to|of|from|with|in|into|for|on|by|at|than|over|towards?|against|between|among)\s+(?:the\s+)?$", re.I)


def elliptic_owner(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> Mention | None:
    """The state whose bare possessive is the subject of the figure's clause, or None."""
    for a, b, m in sv.mentions_rel():
        if a < lo or b >= st.start:
            continue
        if ctx.etype(m.entity_id) == "state" and m.kind != "demonym" and ELLIPTIC_RE.match(sv.text[b:st.start]) \
                and not AFTER_PREP_RE.search(sv.text, max(0, a - 20), a):
            return m
    return None
