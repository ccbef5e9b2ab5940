"""Building the fact: quantity, value, completed status and attributes."""

from __future__ import annotations

import re
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.clauses import _clause_ids, _clause_start, _same_clause
from silkgraph.extract.transfers.dates import _date
from silkgraph.extract.transfers.delivered_count import (
    DELIVERED_GATE_RE,
    DELIVERED_WORDS,
    trailing_delivered,
)
from silkgraph.extract.transfers.later_delivery import fate_date
from silkgraph.extract.transfers.lexicon import lexicon
from silkgraph.extract.transfers.model import Draft, Hit, Item, Party
from silkgraph.extract.transfers.own_price import own_prices
from silkgraph.extract.transfers.patterns import EACH_ASIDE_RE, REL_ASIDE_RE
from silkgraph.model import Fact
from silkgraph.nlp.count_words import count_alt
from silkgraph.nlp.numbers import find_counts, find_money
from silkgraph.resources import load_yaml

PAST_BUY_RE = re.compile(r"bought|purchased|acquired|procured|obtained|imported", re.I)
OLD_PURCHASE_YEARS = 5
PRICE_BEFORE_RE = re.compile(r"\b(?:for|worth|valued\s+at|priced\s+at|costing)\s+(?:(?:about|some|around|roughly|"
                             r"nearly|over|almost|more\s+than|an\s+estimated|US)\s*)?$", re.I)
# air-defence systems are counted in their firing units: "two battalions of S", "four batteries of S"
UNIT_OF_RE = re.compile(r"\s*(?:battalions?|batteries|battery|units|examples|copies|airframes)\s+of\s+(?:the\s+)?", re.I)
HALF_BEFORE_RE = re.compile(r"\bhalf\s+$", re.I)  # "half a dozen"
ELIDED_RE = re.compile(r"\d{1,3}|[a-z]+")  # an item that is a bare count (elided noun)  # a purchase this many years before the article is delivered


# a count of the goods told in a relative aside after their noun phrase
OF_WHICH_RE = re.compile(r"(?:\s+[\w\-’']+){0,3}\s*,\s*(?:(?:about|some|around|roughly|nearly|at\s+least)\s+)?"
                         r"(?P<n>\d{1,4}|" + count_alt(1, 12, 15, 20, 30, 40, 50) + r")\s+of\s+(?:which|whom|them)\b", re.I)
# … or after it, past a short aside: "the S, produced as the T, of which 20 were ordered in 2017"
OF_WHICH_AFTER_RE = re.compile(r"[^.;]{0,50}?,\s*of\s+(?:which|whom|them)\s+(?P<n>\d{1,4}|" + count_alt(1, 12, 15, 20, 30, 40, 50)
                               + r")\s+(?:were|was|are|have|had)\b", re.I)
# a count of units closing the deal's clause: "a licence for the S was signed in 2014 for 20 units"
FOR_UNITS_RE = re.compile(r"[^.;]{0,80}?\bfor\s+(?P<n>\d{1,4}|" + count_alt(1, 12, 15, 20, 30, 40, 50)
                          + r")\s+(?:units|examples|systems|sets)\b", re.I)
# a part told as delivered right after an "of which" count: "four of which (have) arrived"
DELIVERED_PART_RE = re.compile(r"\s+(?:(?:(?:had|have|has)\s+)?(?:so\s+far\s+|now\s+|already\s+)?been\s+|were\s+|was\s+|are\s+)?"
                               r"(?:\w+ly\s+)?(?:" + DELIVERED_WORDS + r")\b", re.I)
# the article or "one" and an origin participle before a singular category noun
SINGLE_RE = re.compile(r"\b(?:a|an|one)\s+(?:[\w’']+\s+)?[\w’']+-(?:built|made|designed|supplied|produced)\s+$", re.I)
# … or the article alone before a noun written the same in both numbers ("a landing craft",
# "a decommissioned fast attack craft"), not a collective ("a batch of landing craft")
SINGLE_ARTICLE_RE = re.compile(r"\b(?:a|an|one)\s+(?:(?!of\b|and\b)[\w’'\-]+\s+){0,3}$", re.I)


# a partitive count right before the goods: "two of Baykar's larger S", "three of the S" (not "two of
# the 12 S": the later count is the goods' own)
PARTITIVE_RE = re.compile(r"\s+of\s+(?:the|its|their|(?-i:[A-Z])[\w\-]*['’]s)\s+(?:(?![\d])[a-z][\w\-]*\s+){0,2}", re.I)


# a number glued to a unit of measure is a size: "33-metre", "155mm", "1,000-tonne", "120 mm"
MEASURE_AFTER_RE = re.compile(r"(?:-|\s)?(?:" + "|".join(map(re.escape, load_yaml("ontology/transfers.yaml")["measure_units"]))
                              + r")(?![\w])", re.I)


def _quantity(sv: SentenceView, it: Item, h: Hit, items: list[Item] | None = None,
              status: str | None = None) -> tuple[int | None, str | None]:
    if it.why and (it.why.startswith("ellipsis") or it.mention is None and not it.category
                   and ELIDED_RE.fullmatch(sv.text[it.start:it.end])
                   and find_counts(sv.text[it.start:it.end])):
        n = find_counts(sv.text[it.start:it.end])  # the item is the count itself ("another 12")
        return (int(n[0].value), None) if n else (None, None)
    if h.rel and h.start > it.end:  # "300 S, 40 of which X sold": the relative's own count
        m = OF_WHICH_RE.match(sv.text, it.end, h.start)
        n = find_counts(m.group("n")) if m is not None else []
        if n and n[0].value == int(n[0].value):
            return int(n[0].value), None
    lo = h.end if h.end <= it.start else max(0, it.start - 40)
    if h.start >= it.end and lexicon().blockers.search(sv.text[_clause_start(sv.text, it.start):it.start]):
        return None, None  # "downing five aircraft, including three S procured from X": not the deal's count
    window = sv.text[lo:it.start]
    best = None
    for n in find_counts(window):
        rest = window[n.end:]
        if rest[:1] == "-" and rest[1:2].isalpha():
            continue  # "one-way attack drones", "two-seat trainers": a compound modifier, not a count
        if MEASURE_AFTER_RE.match(rest):
            continue  # "six 33-metre craft", "155mm howitzers": a size, not a count
        if (len(rest.split()) <= 3 and not re.search(r"\b(?:of|to|from|and|in|with|by)\b|[,;$%]", rest)
                or UNIT_OF_RE.fullmatch(rest) or PARTITIVE_RE.fullmatch(rest)) and n.value >= 1 and n.value == int(n.value):
            best = n
    if best is None:
        if not it.category and _single_named(sv.text, it):
            return 1, None  # "a decommissioned S frigate", "a S maritime patrol aircraft": one
        if it.category and not sv.text[it.start:it.end].endswith("s") \
                and (SINGLE_RE.search(sv.text, max(0, it.start - 40), it.start)
                     or SINGLE_ARTICLE_RE.search(sv.text, max(0, it.start - 40), it.start)):
            return 1, None  # "a Turkish-built corvette", "a landing craft": one
        each = _each(sv.text, it, status)
        if each[0] is None and DELIVERED_GATE_RE.search(sv.text, it.end):
            return trailing_delivered(sv.text, it, items or [], status), None  # "…, with four delivered so far"
        return each
    if HALF_BEFORE_RE.search(window, 0, best.start):
        return int(best.value) // 2, best.qualifier  # "half a dozen S": six
    return int(best.value), best.qualifier


# a named system after an indefinite article (and lower-case modifiers) heading a singular
# weapon noun: "a decommissioned S frigate", "an S maritime patrol aircraft" (not "an S deal")
SINGLE_NAMED_BEFORE_RE = re.compile(r"\b(?:a|an|one|a\s+single)\s+(?:(?!of\b|and\b|or\b)[a-z][\w\-]*\s+){0,2}$", re.I)
SINGLE_HEAD_RE = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?:frigate|corvette|submarine|destroyer|warship|ship|"
                            r"vessel|boat|cutter|aircraft|airplane|plane|jet|fighter|trainer|helicopter|drone|"
                            r"radar|tank|howitzer|tanker|transport|system)\b(?![-’'])")


def _single_named(text: str, it: Item) -> bool:
    lo = max(0, it.start - 40)
    m = SINGLE_NAMED_BEFORE_RE.search(text, lo, it.start)
    return m is not None and (m.start() == lo or not text[m.start() - 1].isalnum()) \
        and SINGLE_HEAD_RE.match(text, it.end) is not None


def _each(text: str, it: Item, status: str | None = None) -> tuple[int | None, str | None]:
    """"S and T vehicles, ten of each, reached Y": the count aside closing the coordinated
    noun phrase counts each system; "S drones, three of which arrived": the part that arrived,
    unless the record is the order's ("Y ordered S, four of which arrived in 2015")."""
    m = EACH_ASIDE_RE.search(text, it.end, min(len(text), it.end + 90))
    if m is None:
        m = OF_WHICH_RE.match(text, it.end) or OF_WHICH_AFTER_RE.match(text, it.end) \
            or FOR_UNITS_RE.match(text, it.end)  # "S drones, three of which arrived in 2022"
        if m is not None and status == "ordered" and "n" in m.groupdict() \
                and DELIVERED_PART_RE.match(text, m.end()):
            return None, None  # the delivered part of an order is not the order's size
        n = find_counts(m.group("n")) if m is not None else []
        return (int(n[0].value), None) if n and n[0].value == int(n[0].value) else (None, None)
    if "," in text[it.end:m.start()] or re.search(r"[;:]|\b(?:of|to|from|by|in)\b", text[it.end:m.start()]):
        return None, None
    n = find_counts(m.group(0))
    return (int(n[0].value), None) if n and n[0].value == int(n[0].value) else (None, None)


# the price right after the last of several listed goods: "S and T precision-guided shells worth about"
PACKAGE_AFTER_RE = re.compile(r"[\s\w\-’']{0,50}?\s(?:worth|valued\s+at|for|at\s+a\s+(?:total\s+)?cost\s+of)\s+"
                              r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|up\s+to|a\s+total\s+of|"
                              r"an\s+estimated)\s+)*(?:US)?$", re.I)


def _value(sv: SentenceView, h: Hit, it: Item | None = None, items: list[Item] | None = None) -> dict[str, Any] | None:
    money = find_money(sv.text)
    if not money:
        return None
    usd = [n for n in money if n.unit == "USD"] or money
    if "\n" in sv.text:  # a list: each item's line prices its own deal
        lo, hi = sv.text.rfind("\n", 0, h.start) + 1, sv.text.find("\n", h.start)
        hi = len(sv.text) if hi < 0 else hi
        usd = [n for n in usd if lo <= n.start < hi]
        if not usd:
            return None
    if it is not None and items and len(items) > 1 and len(usd) > 1:
        own = own_prices(sv.text, items, usd)  # "two S for $80 million and 16 T for $150 million"
        if own:
            mine = own.get(id(it))
            return {"amount": float(mine.value), "currency": mine.unit} if mine is not None else None
    n = min(usd, key=lambda x: abs(x.start - h.start))
    if abs(n.start - h.start) > 150 and not (len(usd) == 1 and n.start > h.start and it is not None
                                             and all(o is it for o in items or [it])
                                             and PRICE_BEFORE_RE.search(sv.text, 0, n.start)):
        return None  # far from the trigger, unless the sentence's one deal is priced ("… for about $X")
    if it is not None and items and any(o is not it and it.end <= o.start and o.end <= n.start
                                        for o in items):
        return None  # "S delivered in 2018 and T, part of a $X package": the amount is T's
    if it is not None and items and n.end <= h.start and any(o is not it and n.end <= o.start and o.end <= h.start
                                                             for o in items):
        return None  # "a $X agreement included S, and a later deal added T": the amount is S's
    if it is not None and items and h.end <= n.start and n.end <= it.start \
            and any(o is not it and h.end <= o.start and o.end <= n.start for o in items):
        return None  # "X supplied: ten S, six T under a $X deal, and two U": the amount is T's
    if it is not None and items and h.end <= it.start and it.end <= n.start and n.start - it.end <= 60 \
            and any(o is not it and h.end <= o.start and o.end <= it.start for o in items) \
            and PACKAGE_AFTER_RE.match(sv.text, it.end, n.start):
        return None  # "the sale of S and T worth about $X": the package's total, neither one's price
    if "," in sv.text and any(a < n.start < b and not a < h.start < b for a, b in _rel_asides(sv.text)):
        return None  # "X, which had sold Y S in a $40 million deal, delivered T": the aside's deal
    return {"amount": float(n.value), "currency": n.unit}


def _rel_asides(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in REL_ASIDE_RE.finditer(text)]


def _completed(sv: SentenceView, ctx: ArticleContext, d: Draft, iso: str | None) -> str:
    """A purchase told in the past tense and dated years before the article ("in the early
    2010s Y bought S") has long been delivered."""
    if d.status != "ordered" or not PAST_BUY_RE.fullmatch(sv.text[d.hit.start:d.hit.end]) or not ctx.ref_date:
        return d.status
    ref = int(ctx.ref_date[:4])
    years = [int(iso[:4])] if iso and iso[:4].isdigit() else []
    if not years:
        years = [dt.year + 9 for dt in sv.dates if dt.kind == "decade" and dt.year
                 and _same_clause(_clause_ids(sv.text), sv.rel(dt.start), d.hit.start)]
    return "delivered" if years and max(years) <= ref - OLD_PURCHASE_YEARS else d.status


def _not_yet(ctx: ArticleContext, status: str, iso: str | None) -> str:
    """Goods dated after the article was written are not delivered yet: "the delivery of the
    last two S has slipped to 2026" is a plan."""
    ref = ctx.ref_date
    if status not in ("delivered", "in_service") or not iso or not ref or not ctx.article.published:
        return status
    return "planned" if iso > ref[:len(iso)] else status


def _build(sv: SentenceView, ctx: ArticleContext, d: Draft, rec: Party,
           rivals: list[Item] | None = None) -> Fact | None:
    """The fact of draft ``d`` for recipient ``rec``; ``rivals``: the sentence's other
    transferred items (an amount written nearer one of them is that one's)."""
    assert d.supplier is not None
    if ctx.etype(rec.eid) not in ("state", "armed_group"):
        return None
    it, h = d.item, d.hit
    # (an order's record takes no delivered count; "bought" tells goods that came, whatever its status)
    order = d.status if not PAST_BUY_RE.fullmatch(sv.text, h.start, h.end) else None
    qty, qual = _quantity(sv, it, h, d.items, order) if not (it.category and it.system == "arms") else (None, None)
    trig_abs = sv.abs(h.start)
    iso, date_text = _date(sv, ctx, it, h, d.hits, d.items)
    if iso is None and d.fate is not None:
        iso, date_text = fate_date(sv, ctx, d.fate)  # "… bought S; the drones were delivered in 2024"
    status = _not_yet(ctx, _completed(sv, ctx, d, iso), iso)
    args: dict[str, Any] = {
        "supplier": d.supplier.eid,
        "recipient": rec.eid,
        "system": it.system,
        "quantity": qty,
        "quantity_qualifier": qual,
        "value": _value(sv, h, it, rivals),
        "date": iso,
        "date_text": date_text,
        "status": status,
    }
    inf: dict[str, str] = {}
    if d.supplier.why:
        inf["supplier"] = d.supplier.why
    if rec.why:
        inf["recipient"] = rec.why
    if it.why:
        inf["system"] = it.why
    f = ctx.fact("arms_transfer", sv, args, trig_abs, inferences=inf)
    fam = _family(ctx, it)
    if f is not None and fam is not None:
        ctx.scratch.setdefault("transfer_family", {})[id(f)] = (fam, it.mention.text if it.mention else "")
    return f


def _family(ctx: ArticleContext, it: Item) -> str | None:
    """The weapon a plain family name denotes ("the 36 Rafales") when recognition tied the
    mention to a variant named earlier ("Rafale M"); None when the mention names its entity."""
    if it.mention is None or it.category:
        return None
    name = it.mention.text
    try:
        found = ctx.kb.lookup(name) or ctx.kb.lookup(name[:-1] if name.endswith("s") else name)
    except AttributeError:
        return None
    fam = next((e.id for e in found if e.type == "weapon_system"), None)
    return fam if fam is not None and fam != it.system else None
