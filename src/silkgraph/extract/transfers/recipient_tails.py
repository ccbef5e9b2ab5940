"""Goods given to several recipients in coordinated "to" phrases, each followed by its own date
or delivered count: "X sold S to Y in 2015 and to Z in 2019", "S went to Y, five of them
delivered in 2014, and to Z, three delivered in 2016".

The draft already holds the recipients; what each "to STATE" phrase carries after it (a date,
a count of delivered units) is that recipient's, not the whole sentence's first date or count.
Read only when two or more recipients carry such a tail (a distributive list), so a single
recipient keeps the date and count the clause gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Draft, Item
from silkgraph.extract.transfers.parties import mention_party
from silkgraph.nlp.count_words import count_alt, count_values

_COUNTS = (1, 12, 15, 20, 30, 40, 50)
WORDS = count_values(*_COUNTS)
TO_BEFORE_RE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
# ", five of them delivered", ", three delivered", "(four delivered)"
COUNT_TAIL_RE = re.compile(r"\s*[,(]\s*(?P<n>\d{1,3}(?![\d,.])|" + count_alt(*_COUNTS) + r")\s+(?:of\s+(?:them|which)\s+)?"
                           r"(?:(?:were|was|had\s+been)\s+)?(?:delivered|arrived|received)\b", re.I)
DATE_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:in|during|by|between)?\s*", re.I)


@dataclass
class Tail:
    quantity: int | None
    date: str | None
    date_text: str | None


def recipient_tails(sv: SentenceView, ctx: ArticleContext, d: Draft) -> dict[str, Tail]:
    """Each recipient's own date and count after its "to STATE" phrase, by entity id (empty
    unless two or more of the draft's recipients carry one)."""
    if len(d.recipients) < 2 or any(r.why for r in d.recipients):
        return {}
    text, eids = sv.text, {r.eid for r in d.recipients}
    out: dict[str, Tail] = {}
    for m in sv.mentions:
        a, b = sv.rel(m.start), sv.rel(m.end)
        if a < d.item.end or not TO_BEFORE_RE.search(text, max(0, a - 8), a):
            continue
        p = mention_party(ctx, m)
        if p is None or p.eid not in eids or p.eid in out:
            continue
        pos, qty = b, None
        c = COUNT_TAIL_RE.match(text, pos)
        if c is not None:
            n = c.group("n").lower()
            qty, pos = (int(n) if n.isdigit() else WORDS.get(n)), c.end()
        date = date_text = None
        for t in sv.dates:
            if sv.rel(t.start) >= pos and t.kind != "decade" and DATE_GAP_RE.fullmatch(text, pos, sv.rel(t.start)):
                iso, _basis = ctx.date_of(t)
                date, date_text = (iso[:4] if iso else None), t.text
                break
        if qty is not None or date is not None:
            out[p.eid] = Tail(qty, date, date_text)
    return out if len(out) >= 2 else {}


COLON_GAP = 40  # the colon closes the goods' clause: a few words may stand between ("across the region")
AFTER_COLON = 16  # … and the named system opens the list after it (a count may precede it)


def named_after_colon(sv: SentenceView, d: Draft) -> Item | None:
    """The named system that opens a list after a colon, specifying the category noun of the
    draft: "X has exported armed drones across the region: S to Y in 2021, to Z in 2023" (the
    transfers are of S, not of "drones")."""
    if not d.item.category:
        return None
    text = sv.text
    anchor = max(d.item.end, d.hit.end)
    colon = text.find(":", anchor, anchor + COLON_GAP)
    if colon < 0 or any(anchor <= o.start < colon for o in d.items if o is not d.item):
        return None
    nxt = min((o for o in d.items if o.start > colon), key=lambda o: o.start, default=None)
    if nxt is None or nxt.category or nxt.start - colon > AFTER_COLON or "," in text[colon:nxt.start]:
        return None
    return nxt
