"""A delivery told in the same sentence as the order, for ``transfers.drafts``.

Writers often tell an order and its delivery in one sentence, and every gold that records such
a transfer calls it delivered (listing both years). Four shapes, each read from the sentence's
structure around the goods, never from a particular verb pair:

- the order's participle describes the goods, which are the subject of an arrival verb:
  "Six S ordered from X in 2020 arrived in 2022", "S bought in 2019 were delivered in 2021";
- the buyer's coordinated second verb takes the goods back by a pronoun or a definite noun:
  "Y ordered S in 2015 and received them in 2016", "… and took delivery of the first in 2018";
  or the goods' passive is coordinated with a delivery participle: "S were ordered in 2017 and
  delivered the following year";
- a delivery verb governs the goods, which an order participle dates: "Y took delivery in 2019
  of 12 S ordered in 2017";
- a delivery participle set off by a comma after the goods' phrase: "Y ordered 36 S from X under
  a EUR 7.8 billion agreement, delivered between 2019 and 2022";
- after a semicolon, the goods come back as a definite plural noun or "they" that arrive: "Y
  bought three S for $30 million; the drones were delivered in 2023".

Each returns the span of the delivery's words, so that a transfer the order leaves undated takes
the delivery's date. Not when the arrival is negated, planned or expected ("were due to arrive",
"have yet to be delivered", "will be handed over"): those stay orders.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Hit, Item

# an order's participle or passive, told of the goods themselves
ORDER_WORD_RE = re.compile(r"(?:ordered|bought|purchased|acquired|procured|contracted)\b", re.I)
# words between the order's participle and the arrival verb: its prepositional complements only
# (no other verb, no modal or negation), then the arrival's own auxiliary or adverb
PARTICIPLE_TAIL_RE = re.compile(r"(?:\s+(?:from|by|in|during|under|for|at|via|through|with|worth|on|between|after|"
                                r"before|over|as\s+part\s+of)(?:\s+(?!(?:will|would|could|may|might|shall|should|"
                                r"are|is|were|was|has|have|had|cost|costs|remain|remains|proved|became|made|not|"
                                r"never|yet|to)\b)[\w\-$€£.’']+){1,6})*\s+"
                                r"(?:(?:were|was|have\s+been|had\s+been|has\s+been|finally|eventually|all|only|"
                                r"\w+ly)\s+)*", re.I)
ARRIVAL_HEAD_RE = re.compile(r"(?:arrived|reached|landed|entered\s+service|were\s+delivered|was\s+delivered|"
                             r"delivered|handed\s+over|received|commissioned|inducted)\b", re.I)
# the buyer's coordinated receipt: "… and received them in 2016", "and took delivery of the first"
RECEIPT_RE = re.compile(r"[^;:()]{0,60}?\s+and\s+(?:then\s+|later\s+|subsequently\s+|finally\s+|eventually\s+)?"
                        r"(?P<verb>received|took\s+delivery\s+of|inducted|commissioned|fielded|got)\s+"
                        r"(?:them|it|all|both|the\s+(?:first|last|whole|entire)|the\s+[a-z]+s\b|the\s+(?:aircraft|"
                        r"system|batch|order|lot|consignment)\b)", re.I)
# the goods' passive coordinated with a delivery participle: "were ordered in 2017 and delivered"
CO_PASSIVE_RE = re.compile(r"[^,;:()]{0,40}?\s+and\s+(?:then\s+|later\s+|subsequently\s+|finally\s+|"
                           r"eventually\s+)?(?P<verb>delivered|handed\s+over|received|commissioned|inducted|"
                           r"shipped)\b(?!\s+to\s+be\b)", re.I)
PASSIVE_AUX_RE = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$", re.I)
# a delivery verb before the goods with only a date and "of" between: "took delivery in 2019 of"
DELIVERY_VERB_RE = re.compile(r"(?:took|taken|takes|take)\s+delivery\b|(?:received|receives)\b", re.I)
DELIVERY_GAP_RE = re.compile(r"(?:\s+(?:in|during|by|from)\s+[\w\s\-–]{1,20}?)?\s+of\s+[^,;:()]{0,40}|"
                             r"\s+[^,;:()]{0,40}", re.I)
# after a semicolon, the goods named again by a definite plural or "they", arriving
SEMICOLON_RE = re.compile(r"[^;.]{0,120}?;\s*(?:(?:the|these|those|all|both)\s+(?:\w+\s+){0,2}?"
                          r"(?:drones|aircraft|jets|fighters|helicopters|tanks|ships|vessels|systems|missiles|"
                          r"launchers|vehicles|guns|howitzers|boats|frigates|corvettes|submarines|batteries|"
                          r"radars|transports|trainers|carriers|UAVs)|they)\s+"
                          r"(?P<verb>(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:delivered|handed\s+over|"
                          r"received|commissioned|inducted|shipped)|arrived|entered\s+service)\b", re.I)


# a delivery participle set off by a comma after the goods' phrase and its deal: "Y ordered 36 S
# from X under a EUR 7.8 billion agreement, delivered between 2019 and 2022"
DELIVERY_ASIDE_RE = re.compile(r"[^,;:()]{0,110}?,\s*(?:all\s+|later\s+|\w+ly\s+)?(?P<verb>delivered|handed\s+over|"
                               r"received|commissioned|inducted|shipped)\s+(?:in|by|between|from|during)\b", re.I)


def _next_item(it: Item, items: list[Item]) -> int:
    """Where the next goods begin (a category noun such as "drones" names no goods of its own)."""
    return min([o.start for o in items if o.start >= it.end and o is not it and not o.category] + [10**9])


# a participle set off by a comma after the goods: "S, ordered from X in 2019 and delivered in 2020,"
ASIDE_BEFORE_RE = re.compile(r",\s*(?:\w+ly\s+)?$")


def delivered_later(text: str, it: Item, hit: Hit, items: list[Item], hits: list[Hit]) -> tuple[int, int] | None:
    """The span of a delivery the sentence tells after the order of ``it`` (see the module's
    docstring), or None."""
    nxt = _next_item(it, items)
    word = text[hit.start:hit.end]
    if hit.start >= it.end and ORDER_WORD_RE.match(word) and not hit.trig.nominal:
        # goods listed before the verb share it ("S and T were ordered in 2017 and delivered …")
        nxt = min([o.start for o in items if o.start >= hit.end and not o.category] + [10**9])
        if not any(h.end <= it.start for h in hits if h is not hit):
            # "Six S ordered from X in 2020 arrived in 2022": the goods are the arrival's subject
            if not PASSIVE_AUX_RE.search(text, max(0, hit.start - 30), hit.start):
                for a in ARRIVAL_HEAD_RE.finditer(text, hit.end, min(len(text), nxt, hit.end + 110)):
                    if PARTICIPLE_TAIL_RE.fullmatch(text, hit.end, a.start()):
                        return a.start(), min(len(text), a.end() + 40)
        if PASSIVE_AUX_RE.search(text, max(0, hit.start - 30), hit.start) \
                or ASIDE_BEFORE_RE.search(text, max(0, hit.start - 20), hit.start):
            # "S were ordered in 2017 and delivered the following year"
            c = CO_PASSIVE_RE.match(text, hit.end)
            if c is not None and c.end() <= nxt:
                return c.start("verb"), min(len(text), c.end() + 40)
        # "took delivery in 2019 of 12 S ordered in 2017": the delivery verb governs the goods
        for p in DELIVERY_VERB_RE.finditer(text, max(0, it.start - 70), it.start):
            if DELIVERY_GAP_RE.fullmatch(text, p.end(), it.start) and not any(
                    p.end() <= o.start < it.start for o in items if o is not it):
                return p.start(), it.start
        return None
    if hit.end <= it.start and ORDER_WORD_RE.match(word) and not hit.trig.nominal:
        r = RECEIPT_RE.match(text, it.end)
        if r is not None and r.start("verb") < nxt:
            return r.start("verb"), min(len(text), r.end() + 40)
        s = DELIVERY_ASIDE_RE.match(text, it.end)
        if s is not None and s.start("verb") < nxt:
            return s.start("verb"), min(len(text), s.end() + 40)
    if hit.end <= it.start and nxt == 10**9 and ";" in text[it.end:]:
        s = SEMICOLON_RE.match(text, it.end)
        if s is not None and ";" not in text[hit.start:it.end]:
            return s.start("verb"), min(len(text), s.end() + 40)
    return None


def fate_date(sv: SentenceView, ctx: ArticleContext, span: tuple[int, int]) -> tuple[str | None, str | None]:
    """The first date written inside a later delivery's words (a range gives its first year)."""
    for d in sv.dates:
        if span[0] <= sv.rel(d.start) < span[1] and d.kind != "decade":
            iso, _basis = ctx.date_of(d)
            if iso:
                return (iso[:4] if d.kind == "range" else iso), d.text
    return None, None
