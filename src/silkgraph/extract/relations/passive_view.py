"""A view told in the passive (session 14): "Y is seen by X as a rival", "Y is widely regarded in X
as its closest partner", "Y, viewed in X as a protector, …".  The viewer is the party after "by"
or "in", the viewed one the party right before the verb group (its subject, or the head of the
apposition the participle opens), and the kind the relation noun after "as" (the views cues'
nouns and modifiers, ``views.VIEW_AS_RE``; a past, potential or hedged one, "as a former ally", "as a
potential rival", tells none, nor a noun relative to another party or set in the past, "as a partner
of NATO", "as an enemy during the 1980s": ``modifiers.py``).  The participles are the YAML's
``passive_view_verbs``.  The active voice is ``views.py``."""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.relations.modifiers import CANCEL_RE, voided_after
from silkgraph.extract.relations.views import VIEW_AS_RE, VIEW_KIND
from silkgraph.resources import load_yaml

_VERBS: tuple[str, ...] = tuple(load_yaml("ontology/relations.yaml")["passive_view_verbs"])

# the passive verb group and its agent or place preposition: "is widely seen by", ", regarded in"
PASSIVE_VIEW_RE = re.compile(
    r"(?:\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remained)\s+|\s*,\s*)"
    r"(?:(?:widely|often|increasingly|still|now|long|generally|largely|also|frequently|commonly)\s+)*"
    r"(?:" + "|".join(_VERBS) + r")\s+(?:by|in)\s+(?:the\s+)?", re.I)
# before the viewed party: not the object of a preposition ("trade with Y is seen by X as …")
PREP_BEFORE_RE = re.compile(r"\b(?:with|of|to|for|from|in|on|at|by|against|between)\s+(?:the\s+)?$", re.I)
# a hedge or negation between the subject and its verb group: no view told
NOT_RE = re.compile(r"\b(?:not|never|no\s+longer|once|formerly)\b", re.I)


def passive_views(ps: list[Part], text: str) -> list[tuple[Part, Part, str, int]]:
    """(viewer, viewed, kind, position) of the passive views of the sentence."""
    out: list[tuple[Part, Part, str, int]] = []
    if " as " not in text or not any(v + " " in text for v in _VERBS):
        return out
    for i, y in enumerate(ps[:-1]):
        m = PASSIVE_VIEW_RE.match(text, y.end)
        if m is None or NOT_RE.search(m.group(0)) or PREP_BEFORE_RE.search(text, max(0, y.start - 12), y.start):
            continue
        x = ps[i + 1]
        if x.start != m.end() or x.eid == y.eid:
            continue
        vm = VIEW_AS_RE.match(text, x.end)
        if vm is None or not vm.group(0).lstrip().lower().startswith("as ") or CANCEL_RE.search(vm.group(0)) \
                or voided_after(text, vm.end()):
            continue  # "as a potential rival", "as a partner of NATO", "as an enemy during the 1980s"
        noun = vm.group("noun").lower()
        kind = VIEW_KIND.get(noun, noun)
        if kind in ("ally", "partner", "rival", "adversary"):
            out.append((x, y, kind, m.start()))
    return out
