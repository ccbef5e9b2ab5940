"""A system's maker as its supplier: the state modifying the system's name ("Chinese-made J-10C",
"China's PL-15E") or, failing that, the system's origin in the gazetteer."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.lexicon import lexicon
from silkgraph.extract.transfers.model import Hit, Item, Party
from silkgraph.extract.transfers.parties import mention_party, subject_mention
from silkgraph.nlp.count_words import count_alt

SUCCESSORS = {"SUN": "RUS", "YUG": "SRB", "CSK": "CZE", "DDR": "DEU"}  # makers that no longer exist
# the gap between a maker and its system: "Chinese-made", "China's", "the U.S."
MOD_GAP_RE = re.compile(r"^(?:['’]s?)?(?:[-\s](?:made|manufactured|built|produced|designed|origin|supplied))?"
                        r"\s+(?:(?!(?:of|to|for|from|by|with|and|in|at)\s)[A-Za-z][\w\-]*\s+){0,2}$")
COUNT_WORD_RE = re.compile(r"\d|\b(?:" + count_alt(2, 12) + r"|dozens?|hundreds?|several|some|few)\b", re.I)


def maker_modifier(sv: SentenceView, ctx: ArticleContext, it: Item) -> Party | None:
    """"Chinese-made J-10C", "China's PL-15E", "the U.S. F-35": the system's maker."""
    for _a, b, m in reversed(sv.mentions_rel()):
        if b > it.start:
            continue
        gap = sv.text[b:it.start]
        if not MOD_GAP_RE.match(gap) or any(t.pattern.search(gap) for t in lexicon().triggers) \
                or COUNT_WORD_RE.search(gap):
            return None  # "sold Kazakhstan three S": a count opens the object, the name before is no modifier
        p = mention_party(ctx, m)
        if p is not None and ctx.etype(m.entity_id) == "company" and not gap.strip(" '’s"):
            # a firm's name as the maker's brand ("Airbus A400M"): the country that makes the system (the
            # gazetteer's origin, from SIPRI: a multinational builds each type in one country) when known
            origin = gazetteer_origin(ctx, it)
            if origin is not None and origin.eid != p.eid:
                return origin
        return p
    return None


def gazetteer_origin(ctx: ArticleContext, it: Item) -> Party | None:
    """The state that makes the system in the gazetteer (its family's for a variant found in the text;
    a maker that no longer exists gives its successor): the supplier when none is named."""
    if it.category:
        return None
    origin = None
    try:
        origin = ctx.kb.weapon_origin(it.system)
    except (AttributeError, KeyError):
        e = ctx.entity(it.system)
        origin = e.country if e else None
    if origin is None:  # a variant found in the text ("Su-30SM"): its family's country
        e = ctx.entity(it.system)
        origin = e.country if e else None
    origin = SUCCESSORS.get(origin or "", origin)
    if origin and ctx.entity(f"state:{origin}") is not None:
        e = ctx.entity(it.system)
        name = it.mention.text if it.mention else (e.name if e else it.system)
        return Party(f"state:{origin}", f"origin of {name} (gazetteer, SIPRI)")
    return None


def maker_subject(sv: SentenceView, ctx: ArticleContext, h: Hit, partner: Party) -> bool:
    """Whether the subject of a deal verb is a firm and its partner ("with Y") a state: firms
    sell, states buy."""
    return ctx.etype(partner.eid) == "state" and firm_subject(sv, ctx, h)


def maker_signatory(ctx: ArticleContext, it: Item, subject: Party, partner: Party) -> Party | None:
    """"India signed a deal with Armenia for Pinaka": of two states signing a deal, the one that
    makes the named system (gazetteer origin) sells, though it is the subject; the other buys.
    The swapped supplier records why."""
    if ctx.etype(subject.eid) != "state" or ctx.etype(partner.eid) != "state" or subject.eid == partner.eid:
        return None
    origin = gazetteer_origin(ctx, it)
    if origin is None or origin.eid != subject.eid:
        return None
    return Party(subject.eid, f"signatory that makes the goods ({origin.why})")


def firm_subject(sv: SentenceView, ctx: ArticleContext, h: Hit) -> bool:
    """Whether the subject of a deal verb is a firm (firms sell, states buy)."""
    found = subject_mention(sv, ctx, h.start)
    if found is None:
        return False
    m = next((mm for a, _b, mm in sv.mentions_rel() if a == found[1]), None)
    return m is not None and ctx.etype(m.entity_id) == "company"
