"""A coordinated pair and the relation its verb group takes as object, whatever the verb:
"X and Y announced a strategic partnership", "X and Y had agreed to work toward a strategic
partnership charter", "the foreign ministers of X and Y signed a charter on strategic
partnership".  The ``pair_object`` cues of ``resources/ontology/relations.yaml`` match the
object noun phrase; the coordinated subject is found as for the ``pair_subject`` cues
(:func:`silkgraph.extract.relations._pair_subject`).  The verb group between them must be short,
unbroken by a clause, and must not undo the relation ("suspended", "ruled out", "opposes")."""

from __future__ import annotations

import re

# a verb group that ends or refuses the relation it takes as object
UNDO_RE = re.compile(r"\b(?:suspend|end(?:s|ed|ing)?\b|terminat|freez|froze|downgrad|scrap|abandon|cancel|"
                     r"reject|refus|rul(?:e|ed|es|ing)\s+out|oppos|criticis|criticiz|condemn|denounc|den(?:y|ied|ies)|"
                     r"question|doubt|fear|warn|against|without|instead|rather|not\b|never\b|no\b|n[’']t\b)", re.I)
GAP_WORDS_MAX = 10


def verb_gap(text: str, lo: int, pos: int, words: int | None = None) -> bool:
    """Whether the text before the object at ``pos`` (from ``lo``: the clause start, or the
    subject's end when ``words`` bounds its length) is a plain subject and verb group: no clause
    break, nothing that undoes the relation."""
    gap = text[lo:pos]
    return ((words is None or len(gap.split()) <= words) and not re.search(r"[;:]", gap)
            and UNDO_RE.search(gap) is None)
