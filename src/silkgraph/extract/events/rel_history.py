"""A same-type verb in a relative clause on a trigger's object tells the object's history, a separate act.

"their ministers initialled the text of an agreement that the two governments had finalised in March",
"X signed a deal which its negotiators drafted last year": the relative clause's verb (finalised, drafted) is of
the main verb's type (agreement) and acts on the same object: two acts, the main clause's dated by the main clause
(the relative's date is the object's, see ``dates.REL_AFTER_RE``), the relative's by its own date.  The
relative's parties (the governments that made the accord) are the parties of the main act when the main clause
names none ("their ministers": the same governments' envoys).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.fallback_dates import fallback_date

# from the main trigger's end: the object (no clause boundary) up to "that"/"which", then the relative's subject
# (up to five words) and an optional auxiliary right before the relative's verb
REL_LINK_RE = re.compile(r"[^,;:.()–—]{0,80}?\b(?:that|which)\s+(?:[\w\-’']+\s+){1,5}?"
                         r"(?:(?:had|has|have)\s+(?:(?:already|jointly|\w+ly)\s+)?(?:been\s+)?)?$", re.I)
REL_REACH = 160  # how far after the main trigger the relative's verb may start


def object_history(sv: SentenceView, ctx: ArticleContext, cands: list[Cand]) -> list[Cand]:
    """Give a verb candidate with no parties of its own those of a same-type verb told in a relative clause on
    its object (both stay events; the main act, with no date of its own, takes the one its clause falls back on,
    so that it is not merged into the relative's dated act)."""
    text = sv.text
    if len(cands) < 2 or ("that" not in text and "which" not in text):
        return cands
    out: list[Cand] = []
    for c in cands:
        main = None
        if c.trig.kind == "verb":
            main = next((o for o in out if o.trig.kind == "verb" and o.trig.etype == c.trig.etype and
                         0 < c.start - o.end <= REL_REACH and REL_LINK_RE.match(text, o.end, c.start)), None)
        out.append(c)
        if main is None:
            continue
        if not main.actor_ids and c.actor_ids:
            main.actors, main.extra_actors = list(c.actors), list(c.extra_actors)
            if "actors" in c.inferences:
                main.inferences["actors"] = c.inferences["actors"]
        if main.date[0] is None and c.date[0]:
            main.date = fallback_date(sv, ctx, main)
    return out
