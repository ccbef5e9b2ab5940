"""Goods told around a transfer: the armament of goods handed over, a later arrival of goods
ordered ("the S were inducted in 2019"), an appositive renaming the goods ("S1, the export version
of its S2"), goods heading their sentence and bought from a named source, and the state a
paragraph opens on."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import paragraph_first
from silkgraph.extract.transfers.model import Draft, Hit, Item
from silkgraph.nlp.count_words import count_alt

# the aside right after goods, before their armament: "six S, armed with", "two S craft, each fitted with"
PLATFORM_ASIDE_RE = re.compile(r"[\s\w\-’']{0,30},\s*(?:(?:each|all|both|later)\s+)?")

# a capitalised name word right after a coded designation: "AH-64E Apache"
NAME_AFTER_RE = re.compile(r"\s+[A-Z][a-z]{3,}\b")
# a later mention of the goods, then its arrival verb: "the S were inducted", "the first S arrived"
ARRIVED_AFTER_RE = re.compile(r"(?![\s\w\-]*\b(?:will|would|could|may|might|shall|should|yet|to|not|never|be)\b)"
                              r"[\s\w\-]{0,20}?\s(?:(?:were|was|had|have|has|been|all|finally|first|\w+ly)\s+)*")
# a gapped conjunct after the arrival: "were inducted at X in 2019, and the first S"
GAPPED_RE = re.compile(r"[^;.]{0,50}?,?\s+and\s+(?:the\s+)?(?:first|last|remaining|rest\s+of\s+the|other)?\s*(?:\w+\s+)?")
# an appositive renaming the goods: "S1, the export version of its S2", "S1 (the export variant of S2"
SAME_GOODS_APPOS_RE = re.compile(r"[\s\w\-’']{0,30}?(?:,|\()\s*(?:the|an?|its)\s+(?:[\w\-]+\s+){0,3}?(?:version|variant|model|"
                                 r"derivative|development|designation|name)\s+(?:of|for)\s+(?:the\s+|its\s+|[A-Z][\w\-]*['’]s\s+)?")

# goods heading their sentence: "The 36 S", "Twenty-two S" (no owner named before them)
GOODS_HEAD_RE = re.compile(r"\s*(?:(?:[A-Z]+:\s+)?(?:the|all|some|a|an|another|further|\d[\d,]*|" + count_alt(2, 50)
                           + r"(?:[\s-]\w+)?)\s+)*(?:[a-z][\w\-]*\s+){0,2}", re.I)
# … bought from a named source in their reduced relative or passive: "S, ordered from X", "S had been ordered from X"
BOUGHT_FROM_RE = re.compile(r"[\s\w\-’'()]{0,60}?(?:,\s*)?(?:(?:had|has|have)\s+been\s+|(?:was|were)\s+)?"
                            r"(?:ordered|bought|purchased|acquired|procured|imported)\s+(?:\w+\s+){0,2}?from\s+[A-Z]")

# nothing but a sentence adverbial before a paragraph's opening subject: "Kyrgyzstan's …", "By contrast, Y …"
PARAGRAPH_HEAD_RE = re.compile(r"\s*(?:(?:[A-Z]?[a-z]+ly|by\s+contrast|meanwhile|however|in\s+\d{4}|since\s+\d{4})\s*,?\s*)?(?:the\s+)?",
                               re.I)


def platform_armament(text: str, drafts: list[Draft]) -> None:
    """"X delivered six S, armed with Italian T missiles": the armament of goods handed over goes
    to the goods' recipient, not to the seller the sentence's subject names."""
    for d in drafts:
        if d.hit.trig.role != "use" or d.hit.trig.after or d.hit.start < d.item.end and d.hit.end > d.item.start:
            continue
        for pd in drafts:
            if pd is d or not pd.recipients or pd.hit.trig.role != "sell" or pd.item.end > d.hit.start \
                    or not PLATFORM_ASIDE_RE.fullmatch(text, pd.item.end, d.hit.start):
                continue
            if pd.supplier is not None and any(r.eid == pd.supplier.eid for r in d.recipients):
                d.recipients = list(pd.recipients)


def arrived_later(text: str, it: Item, hit: Hit, items: list[Item], hits: list[Hit]) -> bool:
    """"S had been ordered …; the S were inducted in 2019", "…, and the first S at Z that September":
    a later verb of arrival or induction whose subject is the same goods named again tells the
    order delivered.  (The order's own participle before an arrival verb, "S ordered from X in
    2020 arrived in 2022", is read by ``later_delivery``.)"""
    arrivals = [h for h in hits if h.start > max(hit.end, it.end) and not h.trig.nominal
                and (h.trig.after or h.trig.role in ("buy", "sell") and h.trig.status in ("delivered", "in_service"))]
    if not arrivals:
        return False
    for o in items:
        if o.system != it.system or o.start < max(hit.end, it.end) or o.category or o.mention is None or o.why:
            continue  # (a named mention: "eight of them were delivered" tells a part of the order)
        if _arrival_around(text, arrivals, o.start, o.end):
            return True
    # the goods named again by the plural of their name's last word: "AH-64E Apache … the first Apaches"
    after = NAME_AFTER_RE.match(text, it.end)
    name = text[it.start:it.end] + (after.group() if after else "")  # "AH-64E" "Apache"
    last = re.findall(r"[A-Z][a-z]{3,}", name)
    if not last or it.category:
        return False
    for m in re.finditer(r"\b" + re.escape(last[-1]) + r"s\b", text[max(hit.end, it.end):]):
        pos = max(hit.end, it.end) + m.start()
        if _arrival_around(text, arrivals, pos, pos + len(m.group())):
            return True
    return False


def _arrival_around(text: str, arrivals: list[Hit], start: int, end: int) -> bool:
    """Whether the goods named again at ``start``-``end`` are the subject of one of ``arrivals``
    ("the S were inducted") or follow it with the verb gapped ("…, and the first S at Z")."""
    return any(end <= a.start and ARRIVED_AFTER_RE.fullmatch(text, end, a.start)
               or a.end <= start and GAPPED_RE.fullmatch(text, a.end, start) for a in arrivals)


def same_goods_hit(text: str, it: Item, items: list[Item], chained: dict[int, Hit]) -> Hit | None:
    """"X delivered the S1, the export version of its S2, together with T": an appositive naming
    the same system again shares the verb of the system it renames (and passes it on to T)."""
    prev = [o for o in items if o.end <= it.start]
    if not prev or id(prev[-1]) not in chained:
        return None
    p = prev[-1]
    if p.category or it.category or p.system != it.system or not SAME_GOODS_APPOS_RE.fullmatch(text, p.end, it.start):
        return None
    return chained[id(p)]


def paragraph_topic(sv: SentenceView, ctx: ArticleContext, bad: set[str]) -> bool:
    """Whether the paragraph opens (before this sentence) on a state other than ``bad`` as the
    subject or possessor heading its first sentence: the paragraph, not the article, is its topic."""
    first = paragraph_first(ctx, sv)
    if first >= sv.index:
        return False
    view = ctx.sentences[first]
    for m in view.mentions:
        if ctx.etype(m.entity_id) != "state" or m.role == "place" or m.kind == "demonym":
            continue
        return m.entity_id not in bad and PARAGRAPH_HEAD_RE.fullmatch(view.text, 0, view.rel(m.start)) is not None
    return False
