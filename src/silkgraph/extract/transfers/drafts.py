"""A sentence's transfer drafts: trigger-item hits, owners, "X is Y's main supplier".  Denied
transfers and the fate told after the goods are read in ``draft_fates``, recipients the sentence
leaves unnamed in ``draft_recipients``."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.chains import (
    _chained_hit,
    _of_again_hit,
    list_source,
    own_recipients,
)
from silkgraph.extract.transfers.clauses import _clause_ids
from silkgraph.extract.transfers.containers import container_example_hit
from silkgraph.extract.transfers.continued_source import continued_source
from silkgraph.extract.transfers.draft_fates import (
    CAPABILITY_RE,
    NEGATED_RE,
    NO_GOODS_RE,
    NO_SUBJECT_RE,
    PROHIBITED_RE,
    _delivered_after,
    _fell_through,
    _never_received,
    _refused,
)
from silkgraph.extract.transfers.draft_recipients import _fill_recipients
from silkgraph.extract.transfers.goods import (
    arrived_later,
    platform_armament,
    same_goods_hit,
)
from silkgraph.extract.transfers.hits import (
    LIST_GAP_RE,
    _false_trigger,
    _hit_for,
    _status,
    blank_dates,
)
from silkgraph.extract.transfers.later_delivery import delivered_later
from silkgraph.extract.transfers.lexicon import Lexicon, Trigger, lexicon
from silkgraph.extract.transfers.list_share import SHARED_ASIDE_RE, shared_participle
from silkgraph.extract.transfers.makers import gazetteer_origin, maker_modifier
from silkgraph.extract.transfers.model import Draft, Hit, Item
from silkgraph.extract.transfers.patterns import OWNER_RE
from silkgraph.extract.transfers.possessors import np_owner
from silkgraph.extract.transfers.roles import _parties
from silkgraph.extract.transfers.sharing import (
    _co_suppliers,
    _colon_hit,
    _example_hit,
    _turned_source,
)
from silkgraph.extract.transfers.systems import _passing_indices, find_items
from silkgraph.extract.transfers.unfulfilled import (
    refused_offer_re,
    unfulfilled_after,
)

OWNER_DEAL_RE = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:deal|contract|order|purchase|acquisition)s?\b(?!\s+(?:of|for)\b)")


def trigger_hits(sv: SentenceView, lex: Lexicon, low: str | None) -> list[Hit]:
    """The sentence's transfer-trigger matches (each pattern tried where it may start), false triggers
    left out: shared by the drafts and the carried goods (:mod:`.carried`)."""
    return [Hit(m.start(), m.end(), lex.triggers[i])
            for i in _passing_indices(lex, "trigger", low)
            for m in lex.trigger_gates[i].finditer(sv.text, low)
            if not _false_trigger(sv.text, m.start(), m.end())]


def _drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None,
            roles: list[Draft] | None = None) -> list[Draft]:
    """The sentence's transfer drafts: each system named with the trigger it goes with (its own,
    a list's, an apposition's), its status and parties, then the recipients left unnamed from
    the sentence's other drafts and the discourse (``roles``: the drafts told by a role)."""
    items = find_items(sv, ctx, lex, low)
    if not items:
        return []
    text = sv.text
    hits = trigger_hits(sv, lex, low)
    if not hits and not (" deal" in text or " contract" in text or " order" in text or " purchase" in text):
        return []
    clauses = _clause_ids(sv.text)
    out: list[Draft] = []
    found = _item_hits(sv, items, hits, clauses, lex)
    if " all " in sv.text or " both " in sv.text or " each " in sv.text:
        shared_participle(sv, items, hits, found)
    _listed_before(sv, items, found)
    for it, hit in zip(items, found, strict=True):
        if hit is None or NEGATED_RE.search(sv.text[max(0, hit.start - 30):hit.start]) \
                or CAPABILITY_RE.search(sv.text[max(0, hit.start - 30):hit.start]) \
                or hit.trig.nominal and PROHIBITED_RE.search(sv.text[max(0, hit.start - 50):hit.start]) \
                or hit.end <= it.start and " no " in sv.text[hit.end - 1:it.start] \
                and NO_GOODS_RE.fullmatch(sv.text, hit.end, it.start) \
                or hit.start >= it.end and NO_SUBJECT_RE.search(sv.text, max(0, it.start - 30), it.start):
            continue  # "refused to sell", "did not deliver", "its ability to supply", "sold no S": no transfer
        if _refused(sv.text, it, items) or _never_received(sv.text, it, items) or sv.text[hit.start:hit.start + 5].lower() in ("offer", "reque") \
                and refused_offer_re().search(sv.text, max(0, hit.start - 50), hit.start):
            continue  # "Y's request to buy S was refused", "Y declined a Russian offer of S"
        status = _status(sv.text, hit, clauses, lex)
        fate: tuple[int, int] | None = None
        if status != "cancelled" and _fell_through(sv.text, it, items):
            status = "cancelled"
        elif status in ("planned", "ordered") and (_delivered_after(sv.text, it, items, hit)
                                                   or arrived_later(sv.text, it, hit, items, hits)):
            status = "delivered"
        elif status in ("planned", "ordered") and (fate := delivered_later(sv.text, it, hit, items, hits)):
            status = "delivered"
        sup, recs = _parties(sv, ctx, it, hit)
        recs = own_recipients(sv, ctx, it, items, recs)
        out.append(Draft(it, hit, status, sup, recs, hits, items, fate))
        out += [Draft(it, hit, status, co, list(recs), hits, items) for co in _co_suppliers(sv, ctx, it, hit, sup)]
    list_source(out, ctx, sv.text)
    out += _owner_drafts(sv, ctx, lex, items, hits, {id(d.item) for d in out})
    if "turn" in sv.text or sv.index > 0 and "turn" in ctx.sentences[sv.index - 1].text:
        for d in out:
            d.supplier = _turned_source(sv, ctx, d) or d.supplier
    _fill_recipients(sv, ctx, out, roles or [])
    continued_source(out, sv.text)  # "X handed over S to Y; T followed": T from X, not from T's maker
    platform_armament(sv.text, out)
    return out


def _item_hits(sv: SentenceView, items: list[Item], hits: list[Hit], clauses: list[int],
               lex: Lexicon) -> list[Hit | None]:
    """The trigger each system goes with (None for none): its own, else one it shares with the
    system it is listed with, renames, exemplifies or heads a colon list with."""
    chained: dict[int, Hit] = {}
    found: list[Hit | None] = []
    for it in items:
        hit = _hit_for(sv.text, it, items, hits, clauses, lex)
        if hit is not None and hit.start >= it.end and not hit.rel and sv.text.startswith(",", it.end) \
                and hit.trig.role in ("buy", "sell") and not hit.trig.after:
            # "… S in 2011 and six T, delivered in 2015": T's aside dates it, the list's verb names the parties
            hit = _chained_hit(sv, it, items, chained) or hit
        if hit is None:
            hit = same_goods_hit(sv.text, it, items, chained)
        if hit is None:
            hit = _chained_hit(sv, it, items, chained, hits) or _of_again_hit(sv.text, it, items, chained) \
                or (_colon_hit(sv.text, it, items, hits) if ":" in sv.text or " – " in sv.text or " — " in sv.text else None) \
                or _example_hit(sv.text, it, items, chained) \
                or container_example_hit(sv.text, it, items, hits)  # "bought 40 vehicles, including 24 S"
        if hit is not None:
            chained[id(it)] = hit
        found.append(hit)
    return found


def _listed_before(sv: SentenceView, items: list[Item], found: list[Hit | None]) -> None:
    """Systems listed before the one a participle or an arrival verb follows share its verb:
    "Two S radars, a T and U missiles arrived in 2018" (each with its own count)."""
    for i in range(len(items) - 2, -1, -1):
        nxt, h = items[i + 1], found[i + 1]
        if found[i] is not None or h is None or h.start < nxt.end or h.rel or items[i].category:
            continue
        if "," in sv.text[nxt.end:h.start] and not h.trig.after \
                and not SHARED_ASIDE_RE.search(sv.text, nxt.end, h.start):
            continue  # "… T drones, ordered in 2020, were shown": the last system's own aside
            # (but "S and T, all delivered in 2022": the quantifier spreads the aside over the list)
        between = blank_dates(sv, items[i].end, nxt.start)
        if len(between) > 60 or not LIST_GAP_RE.fullmatch(between) \
                or re.search(r"(?<![-\w])(?:of|from|to|by|for|with|at|on|against|in)(?![-\w])|[;:]", between) \
                or lexicon().blockers.search(between):
            continue
        found[i] = h


def _owner_drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, items: list[Item],
                  hits: list[Hit], done: set[int]) -> list[Draft]:
    """A foreign system a state is said to own is in its service: "Y's S fighters", "its S"
    (the system's maker, else its origin, supplies)."""
    out: list[Draft] = []
    for it in items:
        if id(it) in done or it.category:
            continue
        owner = np_owner(sv, ctx, it)
        if owner is None:
            continue
        # "Pakistan's T129 helicopter deal collapsed": the owner's deal for the goods, not goods in service
        deal = OWNER_DEAL_RE.match(sv.text, it.end) is not None
        sup = maker_modifier(sv, ctx, it)
        if deal and (sup is None or sup.eid == owner.eid):
            sup = gazetteer_origin(ctx, it)  # "India's Rafale deal": the possessor buys, the maker sells
        sup = sup or gazetteer_origin(ctx, it)
        if sup is None or sup.eid == owner.eid:
            continue
        if not hits and not deal:
            continue
        if not deal and unfulfilled_after(sv.text, it.end):
            continue  # "Y's X-made S were never delivered": not in Y's service
        status = "ordered" if deal else "in_service"
        if deal and _fell_through(sv.text, it, items):
            status = "cancelled"
        hit = Hit(it.start, it.start, Trigger(OWNER_RE, status, "use"))
        out.append(Draft(it, hit, status, sup, [owner], hits, items))
    return out
