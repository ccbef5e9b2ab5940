"""A firm selling through a site of another state: "Airbus delivered from its Spanish line",
"Spain's Airbus plant supplied …", "Leonardo, through its British subsidiary, sold …".

A firm stands for its home country (``party_mentions``), but when the sentence names the
firm's plant, line, yard or subsidiary in another state and that state is also where the
gazetteer (SIPRI) says the system is made, that state is the exporter: the stated site beats the
firm's home country, and the inference is recorded on the party.  A site that is not the
system's origin ("Damen delivered OPVs from its Romanian yard": SIPRI books the Netherlands)
changes nothing."""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.makers import gazetteer_origin
from silkgraph.extract.transfers.model import Item, Party
from silkgraph.model import Mention
from silkgraph.resources import load_yaml


@lru_cache(maxsize=1)
def _site_alt() -> str:
    nouns = load_yaml("ontology/transfers.yaml")["firm_site_nouns"]
    return "|".join(r"\s+".join(re.escape(x) for x in n.split()) for n in nouns)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    site = _site_alt()
    # a site noun right after a name: "Airbus plant" (after the firm), "Spanish line" (after the state)
    after_firm = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+)?(?:" + site + r")s?\b", re.I)
    # a state right before the firm: "Spain's Airbus …", "the Spanish Airbus …"
    state_before = re.compile(r"^(?:['’]s)?\s+$")
    # the firm's own site named after it in its clause: "its Spanish line", "its plant in Spain"
    own_site = re.compile(r"\bits\s+(?:(?:own|local|new)\s+)?$", re.I)
    site_in = re.compile(r"\bits\s+(?:[\w\-]+\s+)?(?:" + site + r")s?\s+(?:(?:located|based)\s+)?in\s+(?:the\s+)?$", re.I)
    return after_firm, state_before, own_site, site_in

MAX_OWN_SITE_GAP = 100  # characters from the firm to "its … line" in its clause


def firm_site_supplier(sv: SentenceView, ctx: ArticleContext, it: Item, sup: Party | None) -> Party | None:
    """The system's maker state for a supplier read from a firm's home country, when the sentence
    names that firm's site there ("Airbus delivered S from its Spanish line"); else None."""
    if sup is None or not (sup.why or "").startswith("country of") or it.category:
        return None
    origin = gazetteer_origin(ctx, it)
    if origin is None or origin.eid == sup.eid:
        return None
    for _a, _b, m in sv.mentions_rel():
        e = ctx.entity(m.entity_id) if ctx.etype(m.entity_id) == "company" else None
        if e is None or ctx.state_of(e) != sup.eid:
            continue
        site = firm_site_state(sv, ctx, m, sup.eid)
        if site is not None and site.eid == origin.eid:
            return Party(origin.eid, f"{site.why}, where the goods are made ({origin.why})")
    return None


def firm_site_state(sv: SentenceView, ctx: ArticleContext, m: Mention, home: str) -> Party | None:
    """The state of the firm ``m``'s site named in its sentence, when that is not ``home``."""
    after_firm, state_before, own_site, site_in = _patterns()
    a, b = sv.rel(m.start), sv.rel(m.end)
    states = [(x, y, s) for x, y, s in sv.mentions_rel() if s is not m and ctx.etype(s.entity_id) == "state"]
    for x, y, s in states:
        if y <= a and state_before.match(sv.text[y:a]) and after_firm.match(sv.text, b):
            return _site_party(s, sv, x, y, m, home)  # "Spain's Airbus plant"
        if x < b or x - b > MAX_OWN_SITE_GAP or re.search(r"[;:]", sv.text[b:x]) \
                or any(b <= x2 < x and ctx.etype(o.entity_id) == "company" for x2, _y2, o in sv.mentions_rel()):
            continue  # another firm named between: "its" may be that firm's
        if own_site.search(sv.text, max(0, x - 20), x) and after_firm.match(sv.text, y):
            return _site_party(s, sv, x, y, m, home)  # "its Spanish line"
        if site_in.search(sv.text, max(b, x - 60), x):
            return _site_party(s, sv, x, y, m, home)  # "its plant in Spain"
    return None


def _site_party(s: Mention, sv: SentenceView, x: int, y: int, firm: Mention, home: str) -> Party | None:
    """The site's state as a party, unless it is the firm's own home or a capital used as a place."""
    if s.role == "place" and s.kind != "name" or s.entity_id == home:
        return None
    return Party(s.entity_id, f"site of {firm.text} in the sentence: '{sv.text[x:y]}'")
