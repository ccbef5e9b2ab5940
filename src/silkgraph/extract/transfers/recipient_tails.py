"""Goods given to several recipients in coordinated "to" phrases, each followed by its own date
or delivered count: "X sold S to Y in 2015 and to Z in 2019", "S went to Y, five of them
delivered in 2014, and to Z, three delivered in 2016".

The draft already holds the recipients; what each "to STATE" phrase carries after it (a date,
a count of delivered units) is that recipient's, not the whole sentence's first date or count.
Read only when two or more recipients carry such a tail (a distributive list), so a single
recipient keeps the date and count the clause gives.  A later recipient's time is its own even
without a year: counted from the previous recipient's ("and to Z a year later", "and, four years
on, to Z"), written in its relative clause ("to Z, which took delivery in 2020"), or none ("and
later to Z": not the first recipient's year).  A conjunct closing on its own year needs no "to"
("to Y in 2019 and Z in 2021", "Y (2020), Z (2021)").  Words: ``delivered_counts`` in
ontology/transfers.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.delivered_count import (
    COUNT_ALT,
    DELIVERED_WORDS,
    LATER_WORDS,
    count_value,
)
from silkgraph.extract.transfers.model import Draft, Item
from silkgraph.extract.transfers.parties import mention_party
from silkgraph.nlp.numbers import WORD_NUMBERS

# the recipient's own "to" (after "and later", "four years later,"), or the year closing the conjunct
# before it in a list without a second "to" ("to Y in 2019 and Z in 2021", "Y (2020), Z (2021)")
TO_BEFORE_RE = re.compile(r"(?:\bto\s+(?:the\s+)?|\d{4}\s*\)?\s*(?:,\s*(?:and\s+)?|and\s+))$", re.I)
# ", five of them delivered", ", three delivered", "(four delivered)"
COUNT_TAIL_RE = re.compile(r"\s*[,(]\s*(?P<n>" + COUNT_ALT + r")\s+(?:of\s+(?:them|which)\s+)?"
                           r"(?:(?:were|was|had\s+been)\s+)?(?:" + DELIVERED_WORDS + r")\b", re.I)
DATE_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:in|during|by|between)?\s*\(?\s*", re.I)
# a year counted from the previous recipient's, after the name or before its "to": "and to Z a year
# later", "and, four years later, to Z", "two years on"
RELATIVE_RE = re.compile(r"\b(?P<n>a|an|one|\w+)\s+years?\s+(?P<when>later|on|afterwards)\b", re.I)
REL_AFTER_RE = re.compile(r"\s*,?\s*" + RELATIVE_RE.pattern, re.I)
REL_BEFORE_RE = re.compile(RELATIVE_RE.pattern + r"\s*,?\s*to\s+(?:the\s+)?$", re.I)
# a later time with no year before the recipient's "to": "and later to Z" (not the first one's year)
LATER_BEFORE_RE = re.compile(r"\b(?:" + LATER_WORDS + r")\s*,?\s*to\s+(?:the\s+)?$", re.I)
# the recipient's own relative clause up to its year: "to Z, which took delivery in 2020"
WHICH_DATE_RE = re.compile(r"\s*,\s*which\s+[^,;]{0,50}?(?=\b(?:in|by|during)\s)", re.I)


@dataclass
class Tail:
    quantity: int | None
    date: str | None
    date_text: str | None
    undated: bool = False  # the recipient's time is told but gives no year ("and later to Z")


def _years(n: str) -> int:
    n = n.lower()
    return 1 if n in ("a", "an") else (int(n) if n.isdigit() else WORD_NUMBERS.get(n, 0))


def recipient_tails(sv: SentenceView, ctx: ArticleContext, d: Draft) -> dict[str, Tail]:
    """Each recipient's own date and count after its "to STATE" phrase, by entity id (empty
    unless two or more of the draft's recipients carry one)."""
    if len(d.recipients) < 2 or any(r.why for r in d.recipients):
        return {}
    text, eids = sv.text, {r.eid for r in d.recipients}
    out: dict[str, Tail] = {}
    last_year: int | None = None
    for m in sv.mentions:
        a, b = sv.rel(m.start), sv.rel(m.end)
        if a < d.item.end or not TO_BEFORE_RE.search(text, max(0, a - 12), a):
            continue
        p = mention_party(ctx, m)
        if p is None or p.eid not in eids or p.eid in out:
            continue
        pos, qty = b, None
        c = COUNT_TAIL_RE.match(text, pos)
        if c is not None:
            qty, pos = count_value(c.group("n")), c.end()
        date = date_text = None
        rel = REL_AFTER_RE.match(text, pos) or REL_BEFORE_RE.search(text, max(0, a - 40), a)
        which = WHICH_DATE_RE.match(text, pos)
        for t in sv.dates:
            at = sv.rel(t.start)
            if at >= pos and t.kind != "decade" and (DATE_GAP_RE.fullmatch(text, pos, at)
                                                    or which is not None and at >= which.end()
                                                    and DATE_GAP_RE.fullmatch(text, which.end(), at)):
                iso, _basis = ctx.date_of(t)
                date, date_text = (iso[:4] if iso else None), t.text
                break
        if date is None and rel is not None and last_year is not None and _years(rel.group("n")):
            date, date_text = str(last_year + _years(rel.group("n"))), text[rel.start("n"):rel.end("when")]
        if date is not None and date[:4].isdigit():
            last_year = int(date[:4])
        if qty is not None or date is not None:
            out[p.eid] = Tail(qty, date, date_text)
        elif out and LATER_BEFORE_RE.search(text, max(0, a - 30), a):
            out[p.eid] = Tail(None, None, None, undated=True)  # "… in 2019 and later to Z": no year of Z's
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
