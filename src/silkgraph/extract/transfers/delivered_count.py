"""A count of delivered units told after the goods, in the same clause run, when no count is
written before them: "Y began receiving S in 2022, and the register counts nine delivered",
"X sold S to Y, with four delivered so far", "Y bought S in 2014, six of them delivered in 2015".

Goods named without a number are counted by what has arrived: the delivered count is the only
number the sentence gives them. The count must follow the goods with no other goods between
(else it is theirs) and be read as a delivery ("delivered", "arrived", "received", "handed
over"), not any number after the goods ("while three pilots were trained")."""

from __future__ import annotations

import re

from silkgraph.extract.transfers.model import Item
from silkgraph.nlp.count_words import count_alt, count_values

WORDS = count_values(1, 12, 15, 20, 30, 40, 50)
_COUNT = r"(?P<n>\d{1,3}(?![\d,.])|" + count_alt(1, 12, 15, 20, 30, 40, 50) + r")"
# the lead-in to the count: a register's verb, "with", a comma or "and"
TRAILING_DELIVERED_RE = re.compile(
    r"[^.;:!?]{0,80}?(?:\b(?:counts|counted|records|recorded|lists|listed|shows|showed|puts|reports|reported)\s+"
    r"|\bwith\s+|,\s*|\band\s+)"
    + _COUNT + r"\s+(?:of\s+(?:them|which|these|those)\s+)?(?:(?:had|have|has)\s+(?:so\s+far\s+|now\s+|already\s+)?been\s+"
    r"|were\s+|was\s+|are\s+|already\s+)?(?:delivered|arrived|received|handed\s+over)\b", re.I)
MAX_AFTER = 110  # the count closes the goods' own clause run, not a later sentence part


def trailing_delivered(text: str, it: Item, items: list[Item]) -> int | None:
    """The delivered count after item ``it`` (None without one, or when other goods come first)."""
    m = TRAILING_DELIVERED_RE.match(text, it.end, min(len(text), it.end + MAX_AFTER))
    if m is None:
        return None
    if any(it.end <= o.start < m.start("n") for o in items if o is not it):
        return None  # "S from X and T from Z, with four delivered": the nearer goods' count
    n = m.group("n").lower()
    return int(n) if n.isdigit() else WORDS.get(n)
