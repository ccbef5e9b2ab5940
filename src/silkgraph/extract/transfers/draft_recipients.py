"""Recipients a transfer's sentence leaves unnamed, for ``transfers.drafts``.

For a draft with a supplier and no recipient: the same goods' or a sibling draft's recipient,
the buyer of a later clause ("…, when Y agreed to buy"), an equipped force, a role draft's,
the antecedent of "the country's" / "to the country", the state the article is about for a
counted sale, else the discourse's (``parties._context_recipient``); none where several agents
supply ("the supply of S by X and Z") or the buyers are generic ("sold to more than 30
countries").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.goods import (
    BOUGHT_FROM_RE,
    GOODS_HEAD_RE,
    paragraph_topic,
)
from silkgraph.extract.transfers.model import Draft, Party
from silkgraph.extract.transfers.parties import (
    _after_prep,
    _context_recipient,
    subject_mention,
)
from silkgraph.extract.transfers.sharing import (
    _participle_recipient,
    _same_goods_recipient,
)
from silkgraph.extract.transfers.topic import (
    _article_state,
    _clause_head,
    _equipped_force,
    _force_clause,
    _force_subject,
)
from silkgraph.nlp.count_words import count_alt

GENERIC_BUYERS_RE = re.compile(r"(?:\s+[\w\-’']+){0,3}?\s+to\s+(?:more\s+than\s+|over\s+|some\s+|at\s+least\s+|about\s+|"
                               r"dozens\s+of\s+|several\s+|many\s+|other\s+|\d+\s+)*(?:\w+\s+)?(?:countries|states|"
                               r"nations|buyers|customers|clients|armies|air\s+forces|operators)\b", re.I)
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
