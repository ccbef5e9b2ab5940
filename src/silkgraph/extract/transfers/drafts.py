"""A sentence's transfer drafts: trigger-item hits, owners, "X is Y's main supplier"."""

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
from silkgraph.extract.transfers.goods import (
    BOUGHT_FROM_RE,
    GOODS_HEAD_RE,
    arrived_later,
    paragraph_topic,
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
from silkgraph.extract.transfers.lexicon import Lexicon, Trigger, lexicon
from silkgraph.extract.transfers.list_share import SHARED_ASIDE_RE, shared_participle
from silkgraph.extract.transfers.makers import gazetteer_origin, maker_modifier
from silkgraph.extract.transfers.model import Draft, Hit, Item, Party
from silkgraph.extract.transfers.parties import (
    _after_prep,
    _context_recipient,
    subject_mention,
)
from silkgraph.extract.transfers.patterns import OWNER_RE
from silkgraph.extract.transfers.possessors import np_owner
from silkgraph.extract.transfers.roles import _parties
from silkgraph.extract.transfers.sharing import (
    _co_suppliers,
    _colon_hit,
    _example_hit,
    _participle_recipient,
    _same_goods_recipient,
    _turned_source,
)
from silkgraph.extract.transfers.systems import _passing_indices, find_items
from silkgraph.extract.transfers.topic import (
    _article_state,
    _clause_head,
    _equipped_force,
    _force_clause,
    _force_subject,
)
from silkgraph.extract.transfers.unfulfilled import (
    fate_after_re,
    refused_offer_re,
    unfulfilled_after,
)
from silkgraph.nlp.count_words import count_alt

NEGATED_RE = re.compile(r"\b(?:refused|refuses|refusing|declined|declines|declining|rejected|never|not|n['’]t|no)"
                        r"\s+(?:to\s+|been\s+|be\s+|yet\s+)?$", re.I)
# the goods negated after the verb: "X delivered no S", "Y received no new S" (not "no fewer than")
NO_GOODS_RE = re.compile(r"\s+(?:\w+\s+)?no\s+(?!(?:fewer|less|more|longer|sooner)\b)(?:[\w\-]+\s+){0,3}$", re.I)
# the goods negated as the subject of a passive: "no new S were ordered", "no further S have been delivered"
NO_SUBJECT_RE = re.compile(r"(?<![\w-])no\s+(?!(?:fewer|less|more\s+than)\b)(?:(?:new|more|further|additional|other)\s+)?"
                           r"(?:[a-z][\w\-]*\s+){0,2}$", re.I)
# "its ability to deliver S", "failed to supply S": a capacity or a failure, no transfer
CAPABILITY_RE = re.compile(r"\b(?:ability|inability|capacity|capability|unable|failure|failed|fails|fail)"
                           r"\s+to\s+$", re.I)
# "a law that penalises purchases of S", "sanctions targeting any imports of S": a purchase the
# sentence forbids or punishes in general (no possessor: "sanctioned Y over its purchase of S" is one)
PROHIBITED_RE = re.compile(r"\b(?:penali[sz]\w*|ban|bans|banned|banning|prohibit\w*|forbid\w*|outlaw\w*|"
                           r"punish\w*|restrict\w*|deter\w*|discourag\w*)\s+(?:(?:any|all|the|significant|"
                           r"major|large|further|new|future)\s+){0,2}$", re.I)
# the deal's fate told after its goods: "…, but the deal fell through", "… S, a sale Congress blocked"
FELL_THROUGH_RE = re.compile(r"\b(?:(?:the|this|that|its|their)\s+(?:deal|contract|order|purchase|sale|agreement|plan|"
                             r"transfer|delivery|acquisition)\s+(?:\w+\s+){0,2}?(?:fell\s+through|collapsed|"
                             r"never\s+materiali[sz]ed|was\s+(?:later\s+|eventually\s+|then\s+|\w+ly\s+)?(?:cancel+ed|scrapped|"
                             r"blocked|vetoed|shelved|called\s+off|abandoned|suspended|frozen|halted)|stalled)|"
                             r"(?:fell\s+through|collapsed|stalled|never\s+materiali[sz]ed))\b", re.I)
DELIVERED_AFTER_RE = re.compile(r",\s*(?:all\s+of\s+)?which\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                                r"(?:\w+ly\s+)?(?:delivered|handed\s+over|received|supplied|shipped)\b", re.I)
GENERIC_BUYERS_RE = re.compile(r"(?:\s+[\w\-’']+){0,3}?\s+to\s+(?:more\s+than\s+|over\s+|some\s+|at\s+least\s+|about\s+|"
                               r"dozens\s+of\s+|several\s+|many\s+|other\s+|\d+\s+)*(?:\w+\s+)?(?:countries|states|"
                               r"nations|buyers|customers|clients|armies|air\s+forces|operators)\b", re.I)
OWNER_DEAL_RE = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:deal|contract|order|purchase|acquisition)s?\b(?!\s+(?:of|for)\b)")
# a force named as the subject of a service verb: "the air force uses S" (the state of the discourse)
FORCE_SUBJECT_RE = re.compile(r"\bthe\s+(?:[\w\-]+\s+)?(?:air\s+force|army|navy|military|armed\s+forces|coast\s+guard|"
                              r"border\s+guards?|marines|ground\s+forces)\s+(?:(?:now|also|already|still|\w+ly)\s+)*$", re.I)
# the participle's own words, then the main verb's auxiliary: "S ordered in 2021 were delivered"
PASSIVE_AUX_RE = re.compile(r"[\w\s\-’']{0,40}?\s(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?")
LATER_CLAUSE_RE = re.compile(r"\b(?:when|as|after|once|whereby|while)\b")
# "delivered S to the country": the recipient named before (not "the country's", a possessor)
TO_COUNTRY_RE = re.compile(r"\bto\s+(?:the|that|this)\s+(?:country|nation|republic)\b(?!['’])", re.I)
COUNTRY_POSS_RE = re.compile(r"\bthe\s+(?:country|nation|state|republic)['’]s\b", re.I)

# a count of the goods right before the system: "sold ten S", "supplied 24 S"
COUNT_BEFORE_RE = re.compile(r"\b(?:\d{1,4}|" + count_alt(2, 12, 20, 30, 40, 50) + r"|dozens?\s+of|a\s+dozen)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None,
            roles: list[Draft] | None = None) -> list[Draft]:
    """The sentence's transfer drafts: each system named with the trigger it goes with (its own,
    a list's, an apposition's), its status and parties, then the recipients left unnamed from
    the sentence's other drafts and the discourse (``roles``: the drafts told by a role)."""
    items = find_items(sv, ctx, lex, low)
    if not items:
        return []
    text = sv.text
    trigs, gates = lex.triggers, lex.trigger_gates
    hits = [Hit(m.start(), m.end(), trigs[i])
            for i in _passing_indices(lex, "trigger", low)
            for m in gates[i].finditer(text, low)  # the pattern's matches, tried where they may start
            if not _false_trigger(text, m.start(), m.end())]
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
        if status != "cancelled" and _fell_through(sv.text, it, items):
            status = "cancelled"
        elif status in ("planned", "ordered") and (_delivered_after(sv.text, it, items, hit)
                                                   or arrived_later(sv.text, it, hit, items, hits)):
            status = "delivered"
        sup, recs = _parties(sv, ctx, it, hit)
        recs = own_recipients(sv, ctx, it, items, recs)
        out.append(Draft(it, hit, status, sup, recs, hits, items))
        out += [Draft(it, hit, status, co, list(recs), hits, items) for co in _co_suppliers(sv, ctx, it, hit, sup)]
    list_source(out, ctx, sv.text)
    out += _owner_drafts(sv, ctx, lex, items, hits, {id(d.item) for d in out})
    if "turn" in sv.text or sv.index > 0 and "turn" in ctx.sentences[sv.index - 1].text:
        for d in out:
            d.supplier = _turned_source(sv, ctx, d) or d.supplier
    _fill_recipients(sv, ctx, out, roles or [])
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


def _fill_recipients(sv: SentenceView, ctx: ArticleContext, out: list[Draft], roles: list[Draft]) -> None:
    """Recipients for the drafts with a supplier but none named: the same goods' or a sibling
    draft's, a later buyer, an equipped force, a role draft's, an anaphor's, the topic state's or
    the discourse's (none where several agents supply or the buyers are generic)."""
    # (a buyer's verb with no buyer in sight only guesses its supplier from the goods' origin, as
    # for a ship "commissioned as" a name of the buyer's navy: the guess keeps no recipient out)
    strong = {d.supplier.eid for d in out if d.supplier is not None and not _origin_guess(d)}
    for d in out:
        suppliers = strong | ({d.supplier.eid} if d.supplier is not None else set())
        if d.supplier is not None and not d.recipients and (d.hit.trig.role != "use" or d.hit.trig.after
                                                            or FORCE_SUBJECT_RE.search(sv.text, 0, d.hit.start)):
            if _co_agents(sv, ctx, d) > 1:
                continue  # "the supply of S by X and Z": which of them supplied whom is not said
            if GENERIC_BUYERS_RE.match(sv.text, max(d.hit.end, d.item.end)):
                continue  # "S has been sold to more than 30 countries": no one recipient
            p = _same_goods_recipient(d, out) or _later_buyer(sv, ctx, d) \
                or (_equipped_force(sv, ctx, d.hit.start, suppliers) if d.hit.trig.role == "sell" else None) \
                or _role_recipient(d, roles) \
                or _anaphoric_recipient(sv, ctx, d, suppliers) or _sibling_recipient(d, out) \
                or _participle_recipient(d, out) \
                or _sale_to_topic(sv, ctx, d, suppliers) \
                or _context_recipient(sv, ctx, suppliers, min(d.item.start, d.hit.start), not d.item.category,
                                      _goods_as_subject(sv.text, d), _bare_force(sv.text, d))
            d.recipients = [p] if p else []


def _origin_guess(d: Draft) -> bool:
    """A buyer's verb with no buyer whose supplier is only the goods' origin in the gazetteer."""
    return d.supplier is not None and d.hit.trig.role == "buy" and not d.recipients \
        and (d.supplier.why or "").startswith("origin of")


def _bare_force(text: str, d: Draft) -> bool:
    """Whether the goods' holder is a bare force noun or "the country": the trigger's subject
    ("the army ordered S") or the subject of the clause holding the goods ("the army fields 300
    S, 40 of which X sold")."""
    lo = min(d.item.start, d.hit.start)
    return _force_subject(text, d.hit.start) or _force_clause(text, _clause_head(text, lo), lo)


def _fell_through(text: str, it: Item, items: list[Item]) -> bool:
    """"Y agreed to buy S, but the deal fell through": the deal's fate, told after its goods
    and before any other system."""
    if not ("fell" in text or "collaps" in text or "materiali" in text or " was " in text or "stalled" in text
            or " were " in text or " been " in text):
        return False
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    # "a 2016 sale of eight S by X was blocked by Congress": the deal noun, the goods' subject, cancelled
    return FELL_THROUGH_RE.search(text, it.end, nxt) is not None or fate_after_re().match(text, it.end, nxt) is not None


def _refused(text: str, it: Item, items: list[Item]) -> bool:
    """"Y's request for S was refused", "an offer of S to Y was turned down": the goods never
    change hands (the refusal told by a passive after the goods, before any other system)."""
    if " was " not in text and " were " not in text and " been " not in text:
        return False
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    m = fate_after_re().match(text, it.end, nxt)
    return m is not None and m.group("refusal") is not None


# a relative clause right after the goods denying that they arrived: "S, which Y did not receive",
# "T, which never reached Y" (not "… did not receive until 2020": they came later)
NEVER_RECEIVED_RE = re.compile(r"[^,;:()]{0,40}?,\s*(?:which|that)\s+(?:[\w\-’']+\s+){0,3}?(?:did\s+not|didn[’']t|"
                               r"never|has\s+not|have\s+not|had\s+not|hasn[’']t|haven[’']t|was\s+not|were\s+not)\s+"
                               r"(?:yet\s+)?(?:receive|received|get|got|arrive|arrived|reach|reached|deliver|delivered|"
                               r"take\s+delivery|taken\s+delivery)\b(?![^,;.]{0,30}\b(?:until|till|before|after)\b)", re.I)


def _never_received(text: str, it: Item, items: list[Item]) -> bool:
    """Whether a relative clause right after the goods (before any other goods) denies their arrival."""
    if "which" not in text and "that" not in text:
        return False
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    return NEVER_RECEIVED_RE.match(text, it.end, nxt) is not None


def _delivered_after(text: str, it: Item, items: list[Item], hit: Hit) -> bool:
    """"Washington approved the sale of S, which were delivered in 2018", "four S under a $120
    million deal, handed over in 2019": the goods' later fate (a delivery participle set off by a
    comma right after the goods' own phrase)."""
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    if HANDED_OVER_AFTER_RE.match(text, max(it.end, hit.end), min(nxt, it.end + 60)) is not None:
        return True
    if "which" not in text:
        return False
    return DELIVERED_AFTER_RE.search(text, it.end, nxt) is not None


# a delivery participle set off by a comma: ", handed over in 2019", ", all delivered by 2021"
HANDED_OVER_AFTER_RE = re.compile(r"[^,;:()]*,\s*(?:all\s+|later\s+|\w+ly\s+)?(?:delivered|handed\s+over|received|"
                                  r"commissioned|inducted)\s+(?:in|by|between|from|during)\b", re.I)


def _sale_to_topic(sv: SentenceView, ctx: ArticleContext, d: Draft, suppliers: set[str]) -> Party | None:
    """"X had sold ten S" with no buyer in the sentence: the state the article is about, when
    one clearly dominates the states other than the article's sellers (never the seller)."""
    if d.hit.trig.role != "sell" or d.hit.trig.nominal or d.hit.start >= d.item.start or d.item.category \
            or d.status != "delivered" or not COUNT_BEFORE_RE.search(sv.text, max(0, d.item.start - 25), d.item.start):
        return None
    # the article's suppliers so far compete for no recipient role (the topic is the buyer)
    sellers = {sup for _i, sup, _r in ctx.scratch.get("transfer_parties", [])}
    bad = suppliers | (sellers - {r for _i, _s, r in ctx.scratch.get("transfer_parties", [])})
    p = _article_state(sv, ctx, bad)
    if p is not None and paragraph_topic(sv, ctx, bad | {p.eid}):
        return None  # "Kyrgyzstan's pattern was different. … Russia handed over four S": the paragraph's state
    return p


def _goods_as_subject(text: str, d: Draft) -> bool:
    """"60 S were handed over in 2015", "two S came from X": named goods delivered to no one
    in particular (the recipient is the state the article is about)."""
    if d.item.category or d.hit.start < d.item.end or d.hit.rel:
        return False
    # "The 36 S ordered from X in 2016 began arriving in 2020": the sentence's subject, bought from a
    # named source by a buyer the sentence leaves to the discourse
    first = min([o.start for o in d.items] + [d.item.start])  # "Twenty-two S and 15 T had been ordered from X"
    if d.hit.trig.role == "buy" and not d.hit.trig.nominal and GOODS_HEAD_RE.fullmatch(text, 0, first) \
            and BOUGHT_FROM_RE.match(text, d.item.end):
        return True
    # "three S ordered in 2021 were delivered in 2022": the order's participle, then the delivery
    return d.status == "delivered" or any(h.trig.role == "sell" and h.trig.status == "delivered" and not h.trig.nominal
                                          and h.start > d.hit.end and PASSIVE_AUX_RE.fullmatch(text, d.hit.end, h.start)
                                          for h in d.hits)


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


def _later_buyer(sv: SentenceView, ctx: ArticleContext, d: Draft) -> Party | None:
    """"X concluded an export contract for S …, when Y agreed to buy three batteries": the
    subject of a buying verb in a later clause of the sentence (naming no system of its own)
    receives what the supplier's verb sells."""
    assert d.supplier is not None
    if d.hit.trig.role != "sell" or d.hit.start > d.item.start:
        return None
    text = sv.text
    for h in d.hits:
        if h.start <= d.item.end or h.trig.role != "buy" or h.trig.nominal or h.trig.after:
            continue
        if any(o is not d.item and d.item.end <= o.start < h.start for o in d.items):
            return None
        found = subject_mention(sv, ctx, h.start)
        if found is None or found[1] < d.item.end or found[0].eid == d.supplier.eid \
                or ctx.etype(found[0].eid) != "state":
            continue
        if not LATER_CLAUSE_RE.search(text, d.item.end, found[1]):
            continue
        return Party(found[0].eid, f"recipient from a later clause: the buyer of '{text[h.start:h.end]}'") \
            if found[0].why else found[0]
    return None


def _role_recipient(d: Draft, roles: list[Draft]) -> Party | None:
    """"X, which delivered S in 2023, accounted for 44 percent of Y's imports", "X, Y's main
    supplier, sent S": a supplier whose share or role the sentence states for one recipient
    supplies it what the sentence says it delivered."""
    assert d.supplier is not None
    recs = {r.eid for o in roles if o.supplier is not None and o.supplier.eid == d.supplier.eid
            for r in o.recipients} - {d.supplier.eid}  # ("X … remains its supplier": never its own)
    if len(recs) != 1:
        return None
    return Party(next(iter(recs)), "recipient of the supplier's share or role stated in the sentence")


def _sibling_recipient(d: Draft, drafts: list[Draft]) -> Party | None:
    """"X delivered S in 2023 and agreed to sell Y T": coordinated verbs of one supplier share
    its recipient when only one of them names it (a single named recipient in the sentence)."""
    assert d.supplier is not None
    named = {r.eid for o in drafts if o is not d and o.supplier is not None and o.supplier.eid == d.supplier.eid
             and o.hit.trig.role == d.hit.trig.role == "sell" and not o.hit.trig.nominal
             for r in o.recipients if r.why is None}
    if len(named) != 1:
        return None
    eid = next(iter(named))
    return Party(eid, "recipient shared with another transfer of the same supplier in the sentence")


def _co_agents(sv: SentenceView, ctx: ArticleContext, d: Draft) -> int:
    """How many coordinated agents a supply noun has ("the supply of S by X and Z")."""
    if d.hit.trig.role != "sell" or not d.hit.trig.nominal or d.hit.start > d.item.start:
        return 0
    return len(_after_prep(sv, ctx, ("by",), d.item.end, min(len(sv.text), d.item.end + 40)))


def _anaphoric_recipient(sv: SentenceView, ctx: ArticleContext, d: Draft, bad: set[str]) -> Party | None:
    """"X supplied all of the country's imports": the goods belong to the state named last
    before the trigger in the sentence (whatever its role: "The shift is in Y: X supplied …")."""
    lo, hi = sorted((d.hit.end, d.item.start))
    m = COUNTRY_POSS_RE.search(sv.text, lo, hi) if d.hit.end <= d.item.start else None
    to = TO_COUNTRY_RE.search(sv.text, max(d.hit.end, d.item.end), min(len(sv.text), max(d.hit.end, d.item.end) + 60)) \
        if m is None and d.hit.trig.role == "sell" and ("countr" in sv.text or "nation" in sv.text or "republic" in sv.text) \
        else None
    if m is None and to is None:
        return None
    for a, _b, mm in reversed(sv.mentions_rel()):
        if a < d.hit.start and ctx.etype(mm.entity_id) == "state" and mm.entity_id not in bad \
                and mm.kind != "demonym":
            return Party(mm.entity_id, f"antecedent of '{(m or to).group(0)}': '{mm.text}' earlier in the sentence")  # type: ignore[union-attr]
    if to is None or sv.index == 0:
        return None
    prev = ctx.sentences[sv.index - 1]  # "X has courted Y. It delivered S to the country": the state named before
    found = [mm for mm in prev.mentions if ctx.etype(mm.entity_id) == "state" and mm.entity_id not in bad
             and mm.kind != "demonym" and mm.role != "place"]
    if len({mm.entity_id for mm in found}) != 1:
        return None  # none, or several states it could be
    return Party(found[-1].entity_id, f"antecedent of '{to.group(0)}': '{found[-1].text}' in the previous sentence")


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
