"""A pronoun or "the country" opening the sentence as a party of its relation.

Writers name a state once and go on with "It": "India has expanded its navy. It is a close ally of
Russia", "It regards Pakistan as a threat", "The country is Moscow's closest partner".  Every cue
shape reads its parties from the mentions of the sentence; this module gives the opening subject
pronoun (after a fronted adverbial at most) a party of its own, the state the previous sentence is
about (``pronoun.subject_antecedent``: the first mention there that is no object of a preposition,
no possessor and no modifier; none unless it is a state), with the inference recorded.

An impersonal "it" ("It is unclear whether …", "It was expected to …") stands for nothing and is
left out, as is a pronoun whose own sentence names a subject right after it ("It and Russia" is
read: the pronoun is the first of the pair).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import Part
from silkgraph.extract.pronoun import subject_antecedent

# the sentence's opening subject: "It", "The landlocked country", after a short fronted adverbial
LEAD_RE = re.compile(
    r"(?:(?:In|By|Since|After|Before|Today|Now|Meanwhile|However|Moreover|Yet|Still|Since\s+then|For\s+now)\b"
    r"[^,;.]{0,40},\s+)?(?P<np>[Ii]t|[Tt]he\s+(?:[\w\-]+\s+){0,2}?(?:country|nation|republic|kingdom))\s+")
# an impersonal "it": "It is unclear whether", "It was expected to", "It is no secret that"
IMPERSONAL_RE = re.compile(
    r"(?:is|was|has\s+been|had\s+been|remains|remained|seems|seemed|appears|appeared|would\s+be|will\s+be|may\s+be|"
    r"might\s+be|could\s+be|is\s+not|was\s+not)\s+(?:[\w\-]+\s+){0,3}?(?:that|whether|to|for|how|why|what|when|if)\b|"
    r"(?:is|was)\s+(?:(?:not|also|now|still)\s+)?(?:unclear|clear|likely|unlikely|possible|impossible|difficult|hard|"
    r"easy|true|worth|notable|telling|significant|important|striking|ironic|no\s+secret|no\s+accident|"
    r"no\s+coincidence|not\s+the\s+first)\b|(?:takes|took|remains\s+to|seems|appears|means|meant)\b", re.I)


def lead_pronoun(sv: SentenceView, ctx: ArticleContext) -> list[Part]:
    """The opening "It"/"The country" of ``sv`` as a party (the state of the previous sentence's
    subject), or nothing."""
    t = sv.text
    if not (t.startswith(("It ", "The ")) or (", it " in t[:60] or ", the " in t[:60])):
        return []
    m = LEAD_RE.match(t)
    if m is None or IMPERSONAL_RE.match(t, m.end()):
        return []
    if m.group("np")[:1] in "Tt" and m.group("np").lower() != "it" and \
            any(sv.rel(mm.start) < m.start("np") for mm in sv.mentions):
        return []  # "In Kazakhstan, the country …": its own sentence names it
    ante = subject_antecedent(ctx, sv, m.start("np"))
    if ante is None:
        return []
    why = f"'{m.group('np')}' = " + ante[1].split(" = ", 1)[-1]
    return [Part(ante[0], m.start("np"), m.end("np"), why, "anaphor")]
