"""A view whose relation noun has its own possessor: "X described Y as Z's best friend", "the minister
called Y Z's most reliable ally", "officials regard Y as Z's main rival".

The noun is Z's, not the viewer's: the relation told is between the object Y and the possessor Z,
whoever holds the view (a named party, an unnamed official or a pronoun).  The ordinary "views"
shape (views.py) reads "X calls Y its partner" (the viewer's own relation); this one reads only a
named possessor right before the noun.  A view told as past or denied ("once called", "no longer
regards", "did not describe"), a former or potential relation ("Z's former ally") and a noun tied
to another party or time after it ("Z's ally during the war") give nothing.
"""

from __future__ import annotations

import re

from silkgraph.extract.events import Part
from silkgraph.extract.relations.cues import BY_SHAPE
from silkgraph.extract.relations.modifiers import CANCEL_RE, voided_after
from silkgraph.extract.relations.views import (
    AS_ONLY_RE,
    OBJ_GAP_RE,
    PAST_VIEW_RE,
    VIEW_AS_RE,
    VIEW_KIND,
)
from silkgraph.nlp.prefilter import lower_for_gates

# between the object and the possessor: "as" (or nothing: "called Y Z's ally"), perhaps "the"
POSS_LEAD_RE = re.compile(r"\s+(?:as\s+)?(?:the\s+)?", re.I)
POSS_MARK_RE = re.compile(r"[’']s(?=\s)")
# a view denied right before its verb: "did not describe", "never called", "has not regarded"
DENIED_RE = re.compile(r"\b(?:not|never|n[’']t)\s+(?:(?:yet|once|ever|always)\s+)?$", re.I)
# the nouns of VIEW_AS_RE that name no relation of their own without an adjective
_BARE = ("state", "power", "country", "nation", "people", "neighbour", "neighbor")


def possessed_views(ps: list[Part], text: str, live: set[int]) -> list[tuple[Part, Part, str, int]]:
    """"X described Y as Z's best friend": the pair Y and Z, the kind from the noun."""
    if "’s " not in text and "'s " not in text:
        return []
    out: list[tuple[Part, Part, str, int]] = []
    low = lower_for_gates(text)
    for cue in BY_SHAPE.get("views", []):
        if id(cue) not in live:
            continue
        for m in cue.gate.finditer(text, low):
            obj = next((p for p in ps if m.end() <= p.start and OBJ_GAP_RE.fullmatch(text, m.end(), p.start)), None)
            if obj is None:
                continue
            lead = POSS_LEAD_RE.match(text, obj.end)
            if lead is None:
                continue
            if AS_ONLY_RE.fullmatch(m.group(0)) and "as" not in lead.group(0).lower():
                continue  # "courted Y as Z's partner" only with "as"
            owner = next((p for p in ps if p.start == lead.end()), None)
            if owner is None or owner.eid == obj.eid:
                continue
            mark = POSS_MARK_RE.match(text, owner.end)
            if mark is None:
                continue
            vm = VIEW_AS_RE.match(text, mark.end())
            if vm is None or vm.group(0).lstrip()[:3].lower() in ("as ", "amo"):
                continue
            if CANCEL_RE.search(vm.group(0)) or voided_after(text, vm.end()):
                continue  # "Z's former ally", "Z's ally during the war"
            if PAST_VIEW_RE.search(text, max(0, m.start() - 24), m.start()) \
                    or DENIED_RE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "once called", "did not describe"
            noun = vm.group("noun").lower()
            if noun in _BARE:
                continue
            out.append((obj, owner, VIEW_KIND.get(noun, noun), m.start()))
    return out
