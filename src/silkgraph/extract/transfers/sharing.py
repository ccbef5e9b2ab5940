"""What coordinated goods of one sentence share: the recipient of a count that stands for goods
named before ("ordered 52 S …, and 38 had been delivered"), the recipient named once for a list
of goods each with its own participle ("nine S, ordered in 2021, and three T delivered to Y"),
the verb of a clause a colon closes ("X supplied the heavy equipment: ten S, six T …"), and the
source a buyer turned to just before ("Y turned to X. Six S arrived in 2016")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Draft, Hit, Item, Party
from silkgraph.extract.transfers.parties import (
    _after_prep,
    _coordinated_subject,
    mention_party,
)
from silkgraph.extract.transfers.party_patterns import TURNED_TO_RE
from silkgraph.extract.transfers.trailing_parties import participle_agents

# a clause break that ends what a colon opened, or a new sentence part
LIST_END_RE = re.compile(r";(?![ \t]*\n)|\.\s")
STRONG_BEFORE_COLON_RE = re.compile(r";|\.\s|:")


def _same_goods_recipient(d: Draft, drafts: list[Draft]) -> Party | None:
    """A bare count standing for the goods named before in the sentence ("Y ordered 52 S from X,
    and 38 had been delivered by 2024") counts the same deal: its recipient."""
    if not (d.item.why or "").startswith("ellipsis") or d.supplier is None:
        return None
    for o in drafts:
        if o is d or o.item.system != d.item.system or o.supplier is None or o.supplier.eid != d.supplier.eid:
            continue
        if len(o.recipients) == 1:
            r = o.recipients[0]
            return Party(r.eid, r.why or "recipient of the same goods named before in the sentence")
    return None


def _participle_recipient(d: Draft, drafts: list[Draft]) -> Party | None:
    """"… nine S, ordered in 2021, and three T delivered to Y": goods listed each with its own
    participle share the one recipient a participle names (same supplier)."""
    if d.supplier is None or d.hit.start < d.item.end or d.hit.rel:
        return None
    named = {r.eid for o in drafts if o is not d and o.supplier is not None and o.supplier.eid == d.supplier.eid
             and o.hit.start >= o.item.end and not o.hit.rel and not o.hit.trig.nominal
             and o.hit.trig.role == "sell" and not o.hit.trig.after  # "… T delivered to Y"
             for r in o.recipients if r.why is None}
    if len(named) != 1:
        return None
    return Party(next(iter(named)), "recipient named once for the goods listed in the sentence")


SPACED_DASH_RE = re.compile(r"\s[–—]\s")


def _open_dash(text: str, pos: int) -> int:
    """A spaced dash before ``pos`` that opens what follows, as a colon does ("X's share was
    front-loaded – S, T and U"): the last one, when the dashes before ``pos`` are not paired."""
    found = [m.start() for m in SPACED_DASH_RE.finditer(text, 0, pos)]
    return found[-1] + 1 if len(found) % 2 == 1 else -1


def _colon_hit(text: str, it: Item, items: list[Item], hits: list[Hit]) -> Hit | None:
    """"Russia supplied the heavy equipment: ten S, …, six T in 2009–2010" / "In 2021 came a
    burst of deliveries: six S, two T …": a system listed after a colon whose clause holds a
    transfer verb or noun (and names no system of its own) is that verb's goods (named systems
    only: "each supplies something: X a guarantee, Y drones" lists no goods of one verb)."""
    colon = max(text.rfind(":", 0, it.start), _open_dash(text, it.start))
    if colon < 0 or it.category or LIST_END_RE.search(text, colon, it.start):
        return None
    lo = max([0] + [m.end() for m in STRONG_BEFORE_COLON_RE.finditer(text, 0, colon)])
    cands = [h for h in hits if lo <= h.start and h.end <= colon and not h.trig.after
             and h.trig.role in ("buy", "sell")]
    if not cands:
        return None
    h = max(cands, key=lambda g: (g.end, -g.start))  # the verb closest before the colon (hits come by pattern)
    if any(h.end <= o.start and o.end <= colon and not (o.category and not text[o.end:colon].strip())
           for o in items) or colon - h.end > 60:
        return None  # the verb has goods of its own before the colon (not a class noun heading the list:
        # "X's share came from drones: three S, two T")
    return h


def _co_suppliers(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit, sup: Party | None) -> list[Party]:
    """Suppliers coordinated with ``sup``: "the Netherlands and Denmark have pledged S", "S
    handed over by Russia and Belarus", "S that Russia and Belarus sold" (each supplies the goods)."""
    if sup is None or h.trig.nominal or sup.why is not None:
        return []
    demonyms = _coordinated_makers(sv, ctx, it, sup)
    if demonyms:
        return demonyms  # "Y imports Israeli and Turkish weapons": each maker supplies
    if h.trig.role == "buy" and h.end <= it.start:  # "Y bought S from X and Z"
        froms = _coordinated_sources(sv, ctx, it, sup)
        if froms:
            return froms
    if h.trig.role in ("buy", "use") and h.end <= it.start:  # "Y flies S handed over by X and Z"
        agents = participle_agents(sv, ctx, it)
        return [p for p in agents[1:] if p.eid != sup.eid] if agents and agents[0].eid == sup.eid else []
    if h.trig.role != "sell":
        return []
    if h.start >= it.end and not h.rel:  # a passive participle and its coordinated agents
        agents = _after_prep(sv, ctx, ("by",), h.end, min(len(sv.text), h.end + 40))
        return [p for p in agents[1:] if p.eid != sup.eid] if agents and agents[0].eid == sup.eid else []
    co = _coordinated_subject(sv, ctx, h.start)
    return [co] if co is not None and co.eid != sup.eid and co.why is None else []


# between two coordinated demonyms before the goods: "Israeli and Turkish", "Indian, French and"
DEMONYM_AND_RE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
SOURCE_AND_RE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")  # "from X and the Netherlands"


def _coordinated_makers(sv: SentenceView, ctx: ArticleContext, it: Item, sup: Party) -> list[Party]:
    """The makers coordinated with the demonym that names ``sup`` right before the goods
    ("Israeli and Turkish weapons", "Russian, Belarusian and Chinese arms"): each is a supplier."""
    mods = [(a, b, m) for a, b, m in sv.mentions_rel() if b <= it.start and it.start - b <= 40]
    if not mods or mods[-1][2].kind != "demonym" or mods[-1][2].entity_id != sup.eid:
        return []
    out: list[Party] = []
    nxt = mods[-1][0]
    for a, b, m in reversed(mods[:-1]):
        if m.kind != "demonym" or ctx.etype(m.entity_id) != "state" or not DEMONYM_AND_RE.fullmatch(sv.text, b, nxt):
            break
        if m.entity_id != sup.eid and all(p.eid != m.entity_id for p in out):
            out.append(Party(m.entity_id))
        nxt = a
    return out


# a verb right after a state: the state heads a new clause ("…, and Israel supplied T")
CLAUSE_VERB_RE = re.compile(r"\s+(?:(?:also|then|later|now|too|\w+ly)\s+)?(?:[a-z]+ed|sent|sold|gave|gives|built|made|"
                            r"bought|buys|sends|sells|supplies|delivers|provides|is|are|was|were|has|have|had|will|"
                            r"would|agreed|signed)\b")


def _coordinated_sources(sv: SentenceView, ctx: ArticleContext, it: Item, sup: Party) -> list[Party]:
    """"Y bought S from X and Z": the states coordinated with the source right after the goods
    (not a second "from" of other goods: "S from X and T from Z")."""
    after = [(a, b, m) for a, b, m in sv.mentions_rel() if it.end <= a <= it.end + 40]
    if not after or after[0][2].entity_id != sup.eid or not re.search(r"\bfrom\s+(?:the\s+)?$", sv.text[it.end:after[0][0]]):
        return []
    out: list[Party] = []
    end = after[0][1]
    joined = False  # an "and"/"or" already joined the list
    for a, b, m in after[1:]:
        p = mention_party(ctx, m)
        sep = sv.text[end:a]
        if p is None or not SOURCE_AND_RE.fullmatch(sv.text, end, a) or _is_possessive_at(sv.text, b) \
                or CLAUSE_VERB_RE.match(sv.text, b):
            break  # "from X, and Z supplied T": the state is the subject of a new clause
        if "," in sep and ("and" in sep or "or" in sep) and (not out or joined):
            break  # "from X, and Z …" / "from X and Z, and W …": a comma before "and" joins clauses
        joined = joined or "and" in sep or "or" in sep
        if p.eid != sup.eid and all(p.eid != q.eid for q in out):
            out.append(p)
        end = b
    return out


def _is_possessive_at(text: str, b: int) -> bool:
    return text.startswith(("'s", "’s"), b)


# named examples of goods told by a category noun: "… with weapons for decades, including S"
EXAMPLE_BEFORE_RE = re.compile(r"(?:,?\s*(?:including|such\s+as|notably|in\s+particular|among\s+them|among\s+which)\s+"
                               r"|\s[-–—]\s*|—)(?:(?:the|its|their|some|\w+)\s+)?$", re.I)


def _example_hit(text: str, it: Item, items: list[Item], chained: dict[int, Hit]) -> Hit | None:
    """A named system given as an example of a category noun that a trigger claims ("X supplied
    Y with weapons, including S", "Y bought X's weapons - S and T - …") shares that trigger."""
    m = EXAMPLE_BEFORE_RE.search(text, max(0, it.start - 40), it.start)
    if m is None or it.category:
        return None
    prev = [o for o in items if o.end <= m.start() and o.category and id(o) in chained]
    if not prev or ";" in text[prev[-1].end:m.start()] or m.start() - prev[-1].end > 60:
        return None
    return chained[id(prev[-1])]


def _turned_source(sv: SentenceView, ctx: ArticleContext, d: Draft) -> Party | None:
    """"Y turned to X. Eight used S arrived in 2019": goods received with no supplier in their
    sentence (none, or only the system's origin) come from the source the buyer turned to at
    the end of the previous sentence or earlier in this one."""
    passive = d.hit.trig.role == "sell" and d.hit.start >= d.item.end and not d.hit.rel  # "S were handed over"
    if d.hit.trig.role != "buy" and not passive or d.hit.trig.nominal or (d.supplier is not None and not (
            d.supplier.why or "").startswith("origin of")):
        return None
    views = [(sv, min(d.item.start, d.hit.start))]
    if sv.index > 0 and ctx.sentences[sv.index - 1].section == sv.section:
        prev = ctx.sentences[sv.index - 1]
        views.append((prev, len(prev.text)))
    for view, upto in views:
        if "turn" not in view.text:
            continue
        for m in reversed(view.mentions):
            a = view.rel(m.start)
            if a > upto or not TURNED_TO_RE.search(view.text, max(0, a - 30), a):
                continue
            p = mention_party(ctx, m)
            if p is None and m.role == "place":
                try:
                    state = ctx.kb.capital_of(m.entity_id)
                except AttributeError:
                    state = None
                p = Party(state) if state else None
            if p is None or any(r.eid == p.eid for r in d.recipients):
                return None
            where = "this sentence" if view is sv else "the previous sentence"
            return Party(p.eid, f"the source the buyer turned to ('{m.text}' in {where})")
    return None
