"""The organisation behind a "<state>-led" modifier: "froze its participation in the Russian-led Collective
Security Treaty Organization", "withdrew from the US-led coalition".

The argument finder takes the first name after the trigger's preposition, and in "the Russian-led CSTO" that
is the leading state's demonym; the object of the preposition is the organisation the modifier describes.
A target written right before "-led" (or " led") whose next mention is an organisation is replaced by that
organisation (the leading state is no target of the act).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import Part

# right after the target: "-led", "-dominated", " led" then up to two modifier words before the organisation
LED_AFTER_RE = re.compile(r"[\- ](?:led|dominated|backed)\s+(?:[\w\-]+\s+){0,2}?$")
ORG_TYPES = frozenset({"organization"})


def led_targets(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Replace a "<state>-led" target by the organisation it modifies (see the module)."""
    if not c.targets or "led " not in sv.text:
        return
    out: list[Part] = []
    for p in c.targets:
        org = next((m for m in sv.mentions if sv.rel(m.start) > p.end and
                    ctx.etype(m.entity_id) in ORG_TYPES), None)
        if org is not None and LED_AFTER_RE.match(sv.text[p.end:sv.rel(org.start)]) and \
                all(q.eid != org.entity_id for q in c.targets):
            out.append(Part(org.entity_id, sv.rel(org.start), sv.rel(org.end)))
        else:
            out.append(p)
    c.targets = out
