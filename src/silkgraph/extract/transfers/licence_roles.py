"""Supplier and recipient of a licence trigger ("X licensed the production of S in Y") and of
a licensee's ("Y builds S under licence from X"): reads the plant nouns of
ontology/transfers.yaml and the production sites, since under a licence the producer
receives and the licensor or the goods' maker supplies (moved from transfers/roles.py)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.makers import gazetteer_origin, maker_modifier
from silkgraph.extract.transfers.model import Hit, Item, Party
from silkgraph.extract.transfers.parties import _after_prep, mention_party
from silkgraph.extract.transfers.role_agents import _actors_in, _agent
from silkgraph.extract.transfers.sites import (
    PRODUCER_TRIGGER_RE,
    _co_origin,
    _design_origin,
    _licence_site,
    _production_site,
)
from silkgraph.resources import load_yaml


def _licence_parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    """"S, designed by X, is assembled under licence in Y" / "X licensed the production of S in Y":
    the licensor (an agent, the subject, a modifier or the system's origin) supplies Y."""
    end = len(sv.text)
    if h.start >= it.end:
        recs = _after_prep(sv, ctx, ("in",), h.start, min(end, h.end + 30))
        agents = _after_prep(sv, ctx, ("by",), it.end, h.start) \
            or _after_prep(sv, ctx, ("from",), h.end, min(end, h.end + 30))  # "… under licence from X"
        sup = agents[0] if agents else _design_origin(sv, ctx, it.end, h.start)
    elif (tw := THAT_WOULD_RE.search(sv.text, h.start, h.end)) is not None:
        return _agreed_producer(sv, ctx, it, tw.start(1), tw.end(1))
    else:
        recs = _after_prep(sv, ctx, ("in",), it.end, min(end, it.end + 60))
        sup = None if h.trig.nominal else _agent(sv, ctx, h)  # "a licence for S": the goods' maker grants it
        if not recs and PLANT_IN_RE.search(sv.text, h.start, h.end):
            recs = _after_prep(sv, ctx, ("in",), h.start, h.end)  # "opened a factory in Z to produce S"
        if not recs and h.trig.nominal:
            # "a licence agreement for S and T with Y": the partner named after the goods produces
            recs = [p for p in _after_prep(sv, ctx, ("with",), it.end, min(end, it.end + 60))
                    if ctx.etype(p.eid) == "state"]
        if not recs:
            # "Y agreed with Z on the licensed production of S": of the subject and its partner, the
            # goods' maker (Z, S's origin) grants the licence, the other party produces under it
            origin = maker_modifier(sv, ctx, it) or gazetteer_origin(ctx, it)
            agent = sup or _agent(sv, ctx, h)
            partners = _after_prep(sv, ctx, ("with",), 0, h.start)
            if origin is not None and agent is not None and agent.eid != origin.eid \
                    and any(p.eid == origin.eid for p in partners):
                return origin, [agent]
            if PRODUCER_TRIGGER_RE.search(sv.text, h.start, h.end):
                # "Y agreed to produce S under licence (at home)": the verb's subject is the
                # producer; a plant "in Y" before the verb names it when the subject does not
                producer = agent if agent is not None and (origin is None or agent.eid != origin.eid) \
                    else _production_site(sv, ctx, h.start)
                if origin is not None and producer is not None and producer.eid != origin.eid:
                    return origin, [producer]
            site = _licence_site(sv, ctx, h.start)
            if site is not None:  # "opened a factory in Y …; the licence for S": the plant's state produces
                recs = [site]
    if sup is None or recs and sup.eid == recs[0].eid:
        # "Y agreed to produce S in Y": the producer is no licensor, the goods' maker or origin is
        sup = maker_modifier(sv, ctx, it) or gazetteer_origin(ctx, it)
    if sup is not None and recs and sup.eid == recs[0].eid:
        sup = _co_origin(ctx, it, recs[0]) or sup
    return sup, recs[:1]


# the producer told by a clause inside the trigger: "agreed that Z would produce"
THAT_WOULD_RE = re.compile(r"\bthat\s+(.+?)\s+would\b")


def _agreed_producer(sv: SentenceView, ctx: ArticleContext, it: Item, lo: int, hi: int) -> tuple[Party | None, list[Party]]:
    """"X and Y agreed that Z would build S (in W)": the production site W, else the producer Z (a
    firm stands for its country), receives; the goods' maker or origin supplies.  The agreeing
    parties are no recipients (none is taken from the context): without a producer apart from the
    goods' origin, no transfer."""
    origin = maker_modifier(sv, ctx, it) or gazetteer_origin(ctx, it)
    site = _after_prep(sv, ctx, ("in",), it.end, min(len(sv.text), it.end + 60))[:1]
    producer = next((p for a, b, m in sv.mentions_rel() if lo <= a and b <= hi
                     for p in [mention_party(ctx, m)] if p is not None), None)
    rec = site[0] if site else producer
    if origin is None or rec is None or rec.eid == origin.eid:
        return None, []
    return origin, [rec]


# a plant named with its place inside the trigger ("opened a factory in Z to produce"; its nouns are
# the plant trigger's in transfers.yaml: plant_nouns)
PLANT_IN_RE = re.compile(r"\b(?:" + "|".join(r"\s+".join(w.split()) for w in load_yaml("ontology/transfers.yaml")["plant_nouns"])
                         + r")\s+in\s")
# the licence, or a local plant that stands for one ("Y assembles S at a new plant")
LICENCE_RE = re.compile(r"\bunder\s+(?:an?\s+)?(?:[\w\-]+\s+)?licen[cs]e\b|\blocally\b|"
                        r"\bat\s+(?:an?|the|its|their)\s+(?:new\s+)?(?:[\w\-]+\s+){0,2}?(?:plant|factory|facility|works)\b")


def _licensee_parties(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit) -> tuple[Party | None, list[Party]]:
    """"Y builds S under licence from X" / "under a Polish licence": the producer (the verb's
    subject) receives; the licensor ("from X", the licence's adjective, else the system's maker
    or origin) supplies."""
    if h.start >= it.start and not h.rel:
        return None, []
    # "S, which Y builds under licence from X": the licence follows the relative clause's verb
    lo = h.end if h.rel else it.end
    lic = LICENCE_RE.search(sv.text, lo, min(len(sv.text), lo + 80))
    if lic is None:
        return None, []
    rec = _agent(sv, ctx, h)
    sup_l = _after_prep(sv, ctx, ("from",), lic.end(), min(len(sv.text), lic.end() + 30)) \
        or _actors_in(sv, ctx, lic.start(), lic.end())
    licensor = sup_l[:1] or [p for p in (maker_modifier(sv, ctx, it), gazetteer_origin(ctx, it)) if p]
    if rec is None or licensor and rec.eid == licensor[0].eid:
        # "X opened a plant in Y to assemble S under licence": the site's state produces
        rec = _production_site(sv, ctx, h.start) if not h.rel else None
    if rec is None:
        return None, []
    cands = sup_l[:1] or [p for p in (maker_modifier(sv, ctx, it), gazetteer_origin(ctx, it)) if p and p.eid != rec.eid]
    return (cands[0] if cands else None), [rec]
