"""Goods shared out among several recipients, each with its own count and date, the verb left
out after a colon: "The heavier S followed: two to X in 2022 and two to Z in 2024" (one
transfer per recipient, not one to a recipient guessed from the discourse)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Draft, Party
from silkgraph.extract.transfers.parties import mention_party
from silkgraph.nlp.count_words import count_alt, count_values

# "two to ", "12 more to the "
_COUNTS = (1, 12, 15, 20, 30, 40, 50)
SHARE_HEAD_RE = re.compile(r"(?P<n>\d[\d,]*|" + count_alt(*_COUNTS) + r")\s+(?:more\s+)?to\s+(?:the\s+)?",
                           re.I)
DATE_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:in|during|by)?\s*")
SEPARATOR_RE = re.compile(r"\s*(?:,\s*and|,|and)\s+")
END_RE = re.compile(r"\s*(?:[.;]|$)")
COLON_RE = re.compile(r"\s*:\s*")
# goods are shared out to a handful of recipients in one sentence; a longer run is a list of another kind
# (and reading it would cost a scan of the sentence's dates per recipient)
MAX_SHARES = 8
WORDS = count_values(*_COUNTS)  # the values of the words SHARE_HEAD_RE matches


@dataclass
class Share:
    party: Party
    quantity: int
    date: str | None
    date_text: str | None


def _count(word: str) -> int | None:
    w = word.replace(",", "").lower()
    return int(w) if w.isdigit() else WORDS.get(w)


def recipient_shares(sv: SentenceView, ctx: ArticleContext, d: Draft) -> list[Share]:
    """The recipients a colon after the goods' clause shares the goods out to (two or more,
    each "COUNT to STATE" with an optional date, the list closing the sentence or clause)."""
    text = sv.text
    anchor = max(d.item.end, d.hit.end)
    colon = COLON_RE.match(text, text.find(":", anchor)) if ":" in text[anchor:anchor + 40] else None
    if colon is None or text[anchor:colon.start()].strip(" ,") and len(text[anchor:colon.start()]) > 40 \
            or any(anchor <= o.start < colon.start() for o in d.items if o is not d.item):
        return []
    states = {sv.rel(m.start): m for m in sv.mentions}
    pos, out = colon.end(), []
    while True:
        head = SHARE_HEAD_RE.match(text, pos)
        m = states.get(head.end()) if head is not None else None
        party = mention_party(ctx, m) if m is not None else None
        qty = _count(head.group("n")) if head is not None else None
        if head is None or m is None or party is None or qty is None:
            return []
        pos = sv.rel(m.end)
        date, date_text = None, None
        found = [t for t in sv.dates if sv.rel(t.start) >= pos and t.kind != "decade"
                 and DATE_GAP_RE.fullmatch(text, pos, sv.rel(t.start))]
        if found:
            iso, _basis = ctx.date_of(found[0])
            date, date_text = (iso[:4] if iso else None), found[0].text
            pos = sv.rel(found[0].end)
        out.append(Share(Party(party.eid), qty, date, date_text))
        if len(out) > MAX_SHARES:
            return []
        sep = SEPARATOR_RE.match(text, pos)
        if sep is None:
            break
        pos = sep.end()
    return out if len(out) >= 2 and END_RE.match(text, pos) else []
