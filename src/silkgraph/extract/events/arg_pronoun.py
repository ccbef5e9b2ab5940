"""A pronoun subject of a light verb whose object is the event noun.

"On Monday it signed a deal with China", "Later they launched strikes on X": the noun's parties are
told after it (or not at all); the light verb's subject is a pronoun standing for the party told as
a subject before (:func:`silkgraph.extract.events.pronouns.pronoun_subject`), recorded as an inference.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.pronouns import pronoun_subject


def light_verb_pronoun(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int,
                       lv: re.Match[str] | None) -> None:
    """Add the party a pronoun subject of the light verb ``lv`` stands for to ``cand``'s actors."""
    if lv is None:
        return
    pron = pronoun_subject(sv, ctx, cs, lv.start())
    if not pron:
        return
    mine = {p.eid for p in cand.actors} | {p.eid for p in cand.targets}
    got = [i for i in pron[0] if i not in mine]
    if got:
        cand.extra_actors += got
        cand.inferences["actors"] = pron[1]
