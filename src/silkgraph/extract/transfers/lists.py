"""Systems listed after a supplier clause: "X became Y's leading supplier: twelve S in 2020,
22 T in 2022 and two U" — each listed system is one of X's deliveries to Y."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.lexicon import Lexicon
from silkgraph.extract.transfers.model import Draft, Hit
from silkgraph.extract.transfers.systems import _items

# the colon opens a list, not a quotation or a clause of its own
RANGE_RE = re.compile(r",\s*(?:(?:ranging|running|everything)\s+)?from\s+(?:the\s+|its\s+)?(?=[A-Z0-9])")
QUOTE_AFTER_RE = re.compile(r":\s*[\"“‘']")


def _listed_drafts(sv: SentenceView, ctx: ArticleContext, lex: Lexicon, low: str | None,
                   roles: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """Named systems after the colon that closes a supplier-role or supply-share clause
    ("… leading supplier: …", "… percent of Y's imports: …") and that no trigger of their
    own claims are that clause's supplier's deliveries to its recipient."""
    text = sv.text
    if not roles or (":" not in text and "from" not in text):
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
            rm = RANGE_RE.search(text, rd.hit.end, min(len(text), rd.hit.end + 120))
            if rm is None or ";" in text[rd.hit.end:rm.start()]:
                continue
            c = rm.end() - 1
        stop = text.find(";", c)
        stop = len(text) if stop < 0 else stop
        hit = Hit(c, c + 1, rd.hit.trig)
        listed = [it for it in _items(sv, ctx, lex, low)
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
