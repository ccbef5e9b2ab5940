"""Systems listed after a supplier clause: "X became Y's leading supplier: twelve S in 2020,
22 T in 2022 and two U" — each listed system is one of X's deliveries to Y."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.lexicon import Lexicon, Trigger
from silkgraph.extract.transfers.model import Draft, Hit
from silkgraph.extract.transfers.parties import _after_prep, _context_recipient
from silkgraph.extract.transfers.systems import find_items
from silkgraph.nlp.count_words import count_alt

# the colon opens a list, not a quotation or a clause of its own
RANGE_RE = re.compile(r",\s*(?:(?:ranging|running|everything)\s+)?from\s+(?:the\s+|its\s+)?(?=[A-Z0-9])")
QUOTE_AFTER_RE = re.compile(r":\s*[\"“‘']")
# "…, including S and T" / "such as S" / "notably S": examples of the clause's goods
EXAMPLES_RE = re.compile(r",?\s*(?:including|such\s+as|notably|in\s+particular|among\s+them)\s+")


def _listed_drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None,
                   roles: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """Named systems after the colon that closes a supplier-role or supply-share clause
    ("… leading supplier: …", "… percent of Y's imports: …") and that no trigger of their
    own claims are that clause's supplier's deliveries to its recipient."""
    text = sv.text
    if not roles or (":" not in text and "from" not in text and not EXAMPLES_RE.search(text)):
        return []
    out: list[Draft] = []
    # items another trigger already gives a transfer ("imports" right before the colon gives none)
    claimed = {d.item.start for d in drafts
               if d.supplier is not None and any(r.eid != d.supplier.eid for r in d.recipients)}
    for rd in roles:
        if rd.supplier is None or not rd.recipients:
            continue
        c = text.find(":", rd.hit.end)
        if c < 0 or ";" in text[rd.hit.end:c] or c - rd.hit.end > 80 or QUOTE_AFTER_RE.match(text, c):
            # "…, from the S air-defence system to T drones": a range of the goods after the clause
            lo = max(rd.hit.end, rd.item.end)
            rm = RANGE_RE.search(text, rd.hit.end, min(len(text), rd.hit.end + 120)) \
                or EXAMPLES_RE.match(text, _after_role_tail(text, lo))
            if rm is None or ";" in text[rd.hit.end:rm.start()]:
                continue
            c = rm.end() - 1
        stop = text.find(";", c)
        stop = len(text) if stop < 0 else stop
        hit = Hit(c, c + 1, rd.hit.trig)
        listed = [it for it in find_items(sv, ctx, lex, low)
                  if c < it.start < stop and not it.category and it.start not in claimed]
        for it in listed:
            sup = rd.supplier
            # a listed system with a verb of its own ("… to four S bought in 2019"): that verb's
            # status and date, the clause's parties
            own = next((d for d in drafts if d.item.start == it.start and d.hit.start > c), None)
            if own is not None:
                out.append(Draft(it, own.hit, own.status, sup, list(rd.recipients), own.hits, own.items))
            else:
                out.append(Draft(it, hit, "delivered", sup, list(rd.recipients), [hit], listed))
            claimed.add(it.start)
    return out


def _after_role_tail(text: str, lo: int) -> int:
    """The end of the role clause's own "to Y" / "for Y" phrase (one name of up to three words)."""
    m = re.match(r"\s+(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s*){1,3}", text[lo:lo + 50])
    return lo + m.end() if m else lo


# "- S: 31 drones from X, signed for in 2024": a list item labelled with its system whose body
# opens with a count of the goods and their source
LABEL_FROM_RE = re.compile(r"[ \t]*[-•*–][ \t]*[^:\n]{1,40}:\s*(?:(?:about|some|around|nearly|at\s+least)\s+)?"
                           r"(?:\d[\d,]*|" + count_alt(2, 12, 20, 30, 40, 50) + r"|a\s+dozen)\s+(?:[\w\-]+\s+){0,3}?from\s+(?=[A-Z])")
ITEM_END_RE = re.compile(r"[;\n]|$")


def _label_from_drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None,
                       drafts: list[Draft]) -> list[Draft]:
    """The labelled system of a list item "- S: N <noun> from X, <verb> …" that no trigger
    before it claims: X (a state, or a firm standing for its state) supplies; the item's own
    later verb gives the status; the recipient is the one the list is about."""
    text = sv.text
    if "from" not in text or "\n" not in text and not LABEL_FROM_RE.match(text):
        return []
    claimed = {d.item.start for d in drafts if d.supplier is not None and d.recipients}
    out: list[Draft] = []
    items = find_items(sv, ctx, lex, low)
    for it in items:
        if it.category or it.start in claimed:
            continue
        nl = text.rfind("\n", 0, it.start) + 1
        m = LABEL_FROM_RE.match(text, nl)
        if m is None or not nl <= it.start < m.end() - 5:
            continue
        stop = ITEM_END_RE.search(text, m.end()).start()  # type: ignore[union-attr]
        hits = sorted((h for h in (_first(t, text, m.end(), stop) for t in lex.triggers) if h is not None),
                      key=lambda h: h.start)
        if not hits:
            continue  # no verb of the item's own: whether ordered or delivered is not said
        sup = _after_prep(sv, ctx, ("from",), m.end() - 6, m.end() + 1)
        if not sup:
            continue
        rec = _context_recipient(sv, ctx, {sup[0].eid}, nl, True)
        if rec is None:
            continue
        out.append(Draft(it, hits[0], hits[0].trig.status, sup[0], [rec], hits, items))
        claimed.add(it.start)
    return out


def _first(t: Trigger, text: str, lo: int, hi: int) -> Hit | None:
    """The first match of a buy or sell verb ``t`` in ``text[lo:hi]``."""
    if t.role not in ("buy", "sell") or t.nominal:
        return None
    m = t.pattern.search(text, lo, hi)
    return Hit(m.start(), m.end(), t) if m is not None else None
