"""Goods told after a transfer whose supplier is written, in a continuation of it, come from
that supplier, not from their maker: "X handed over S to Y; four T followed in 2007" (T from X),
and a register-style list of goods, each with its own participle, whose first good names its
source: "records list 90 S ordered from X in 2004, two T ordered in 2006 and six U delivered in
2008" (T and U from X too).  Without this, T and U took the gazetteer origin of their design
(a Soviet or Czech type resold by a third state is the third state's export)."""

from __future__ import annotations

import re

from silkgraph.extract.transfers.model import Draft, Party

# a continuation verb of arrival: "T followed", "T are to follow"
FOLLOW_RE = re.compile(r"\bfollow(?:ed|s)?\b", re.I)
# what may separate two goods of one register-style list: no clause break, no source, no subject
LIST_BREAK_RE = re.compile(r"[;:]|\b(?:from|by|while|whereas|but|which|who|to|after|before)\b", re.I)
# … the part of the earlier good's own tail that carries its source ("ordered from X in 2004 …, two")
SOURCE_TAIL_RE = re.compile(r"\bfrom\s+[^,;]*$", re.I)


def continued_source(drafts: list[Draft], text: str) -> None:
    """Give a good whose supplier is only its design's origin the written supplier of the
    transfer it continues (see the module's docstring); the recipients must agree."""
    for d in drafts:
        if d.supplier is None or not (d.supplier.why or "").startswith("origin of") \
                or d.hit.trig.role not in ("buy", "sell") or d.hit.start < d.item.end:
            continue
        before = [e for e in drafts if e is not d and e.item.end <= d.item.start and e.supplier is not None
                  and e.supplier.why is None and {r.eid for r in e.recipients} & {r.eid for r in d.recipients}]
        if not before:
            continue
        e = before[-1]
        if not (_follows(d, text) or _register_list(e, d, text)):
            continue
        d.supplier = Party(e.supplier.eid, f"supplier of the transfer it continues ({text[e.item.start:e.item.end]})")  # type: ignore[union-attr]


def _follows(d: Draft, text: str) -> bool:
    """"…; four T followed in 2007": the good's own verb is a continuation."""
    return d.hit.trig.after and FOLLOW_RE.search(text, d.hit.start, d.hit.end) is not None


def _register_list(e: Draft, d: Draft, text: str) -> bool:
    """Both goods carry a participle of their own after them, the earlier one's with its source
    ("S ordered from X in 2004 and delivered in 2005, two T ordered in 2006"), and only the
    list's commas and "and" stand between the earlier good's source and the later good."""
    if e.hit.start < e.item.end or e.hit.trig.role not in ("buy", "sell"):
        return False
    tail = text[e.hit.start:d.item.start]
    m = SOURCE_TAIL_RE.search(tail.split(",")[0])
    if m is None:
        return False
    rest = tail[tail.find(",", 0) if "," in tail else len(tail):]
    return "," in tail and LIST_BREAK_RE.search(rest) is None and LIST_BREAK_RE.search(
        text, e.item.end, e.hit.start) is None
