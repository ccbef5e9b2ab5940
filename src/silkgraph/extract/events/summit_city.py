"""A gathering named after its host city: "the Astana summit", "the SCO's Bishkek summit", "the Baku
conference".

A capital written right before a gathering noun names where it met, not who met: the recogniser reads
such a capital as its state (as in "Tashkent maintains"), which made the host state the gathering's only
party.  Here the capital becomes the place (``location``), and the parties are what the text tells: a
bloc as the possessor ("the SCO's Bishkek summit"), else the bloc or host the later steps find
(:func:`silkgraph.extract.events.implicit._summit_host`: the bloc the text is about and the host
country, both recorded inferences; a bare host when no bloc is told, as before).  A capital joined to
another party ("the Baku-Yerevan talks") or standing as a possessor ("Tashkent's summit") is a party
and is left alone.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.blocs import is_bloc
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import Part, clause_bounds, participants

# the gathering nouns a host city names ("the Astana summit", "the Dushanbe conference")
GATHERING_RE = re.compile(r"(?:summit|conference|forum)s?\b", re.I)
# between the capital and the noun: nothing, or a lower-case modifier or two ("the Astana security conference")
CITY_GAP_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}")
# before the capital: an article or a possessor ("the", "a", "its", "the SCO's"); not a hyphen ("Baku-Yerevan")
# (a year may stand between: "its 2016 Islamabad summit")
CITY_OPEN_RE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that|last\s+year's)|[’']s)\s+(?:(?:19|20)\d\d\s+)?$", re.I)
# a possessor right before the capital: "the SCO's Bishkek summit"
POSSESSOR_RE = re.compile(r"[’']s\s+$")
# the gathering as an adjunct of a clause: "X pressed its plan at the Ashgabat summit"
AT_RE = re.compile(r"\b(?:at|during)\s+(?:the|a|its|their)\s+$", re.I)
# a party that is itself an adjunct's object, not the clause's subject ("in Russia", "with Iran")
ADJUNCT_RE = re.compile(r"\b(?:in|on|at|from|to|with|by|for|of|near|after|before|since|during|over|against)\s+"
                        r"(?:the\s+)?$", re.I)


def city_summit(sv: SentenceView, ctx: ArticleContext, cand: Cand) -> None:
    """A gathering ``cand`` named by a capital compounded before its noun: the capital is the place
    (not a party) and a bloc possessing the gathering ("the SCO's Bishkek summit") is its party."""
    text = sv.text
    if cand.trig.kind != "noun" or GATHERING_RE.match(text, cand.start) is None:
        return
    host = next((p for p in cand.actors if p.kind == "capital" and p.end <= cand.start and
                 CITY_GAP_RE.fullmatch(text, p.end, cand.start) and
                 CITY_OPEN_RE.search(text, max(0, p.start - 20), p.start)), None)
    if host is None:
        return
    place = _capital_place(ctx, host.eid, text[host.start:host.end])
    if place is None:
        return
    cand.actors = [p for p in cand.actors if p.eid != host.eid or p.start != host.start]
    ctx.use_entity(place)
    cand.location = place
    cand.inferences.setdefault("location", f"'{text[host.start:host.end]}' names the city the gathering met in")
    if any(p.eid == host.eid for p in cand.actors + cand.targets):
        return  # (the host named again as a party: "Kazakhstan hosted the Astana summit")
    poss = POSSESSOR_RE.search(text, max(0, host.start - 4), host.start)
    owner = next((m for m in sv.mentions if poss is not None and sv.rel(m.end) == poss.start and
                  ctx.etype(m.entity_id) == "organization" and is_bloc(ctx, m.entity_id)), None)
    if owner is not None:
        if owner.entity_id not in cand.ids:
            cand.actors.append(Part(owner.entity_id, sv.rel(owner.start), sv.rel(owner.end), None, owner.kind))
        return
    if not cand.actors and not cand.targets:
        cand.actors = _attending(sv, ctx, host)


def _attending(sv: SentenceView, ctx: ArticleContext, host: Part) -> list[Part]:
    """The states and blocs told as acting at the gathering whose host city is ``host``: the subject of
    the clause that has it as its adjunct ("Turkey pressed its plan at the Ashgabat summit")."""
    text = sv.text
    at = AT_RE.search(text, max(0, host.start - 30), host.start)
    if at is None:
        return []
    cs, _ce = clause_bounds(text, at.start(), at.start())
    return [p for p in participants(sv, ctx) if cs <= p.start and p.end <= at.start() and
            ctx.etype(p.eid) in ("state", "organization") and p.eid != host.eid and
            not ADJUNCT_RE.search(text, max(cs, p.start - 16), p.start)]


def _capital_place(ctx: ArticleContext, state: str, name: str) -> str | None:
    """The place entity of the capital written ``name`` whose state is ``state`` (None when the
    gazetteer holds no such place)."""
    for ent in ctx.kb.lookup(name):
        if ent.type == "place" and str(ent.attrs.get("capital_of") or "") == state:
            return ent.id
    return None
