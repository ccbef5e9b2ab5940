"""A count of delivered units told after the goods, in the same clause run, when no count is
written before them: "Y began receiving S in 2022, and the register counts nine delivered",
"X sold S to Y, with four delivered so far", "Y bought S in 2014, six of them delivered in 2015".

Goods named without a number are counted by what has arrived: the delivered count is the only
number the sentence gives them. The count must follow the goods with no other goods between
(else it is theirs) and be read as a delivery ("delivered", "arrived", "received", "handed
over"), not any number after the goods ("while three pilots were trained").  A count delivered
"to" another state is that state's ("Y received S from X, with four delivered to Z as well"), and
an order's record takes no delivered count: the part that arrived is not what was ordered
("Y ordered S from X, of which 24 have been delivered").  The words are data: ``delivered_counts``
in ontology/transfers.yaml."""

from __future__ import annotations

import re

from silkgraph.extract.transfers.model import Item
from silkgraph.nlp.count_words import count_alt, count_values
from silkgraph.resources import load_yaml

_CFG = load_yaml("ontology/transfers.yaml")["delivered_counts"]


def _words(key: str) -> str:
    """One list of ``delivered_counts`` as an alternation (spaces match any blank run)."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in _CFG[key])


DELIVERED_WORDS = _words("verbs")
# the literal gate of the trailing count: the first word of each delivery verb
DELIVERED_GATE_RE = re.compile("|".join(re.escape(w.split()[0]) for w in _CFG["verbs"]), re.I)
_COUNTS = (1, 12, 15, 20, 30, 40, 50)
WORDS = count_values(*_COUNTS)
# a delivered count as written: digits, or a number word up to twelve and a few round ones
COUNT_ALT = r"\d{1,3}(?![\d,.])|" + count_alt(*_COUNTS)
_COUNT = r"(?P<n>" + COUNT_ALT + r")"
LATER_WORDS = "|".join(map(re.escape, _CFG["later_words"]))
# the lead-in to the count: a register's verb, "with", a comma or "and"
TRAILING_DELIVERED_RE = re.compile(
    r"[^.;:!?]{0,80}?(?:\b(?:" + _words("register_verbs") + r")\s+|\bwith\s+|,\s*|\band\s+)"
    + _COUNT + r"\s+(?:of\s+(?:them|which|these|those)\s+)?(?:(?:had|have|has)\s+(?:so\s+far\s+|now\s+|already\s+)?been\s+"
    r"|were\s+|was\s+|are\s+|already\s+)?(?:" + DELIVERED_WORDS + r")\b", re.I)
# the delivery's own recipient right after it: "four delivered to Z", "two handed over to the Z army"
TO_OTHER_RE = re.compile(r"\s+(?:\w+ly\s+)?to\s+(?:the\s+)?(?-i:[A-Z])", re.I)
MAX_AFTER = 110  # the count closes the goods' own clause run, not a later sentence part


def trailing_delivered(text: str, it: Item, items: list[Item], status: str | None = None) -> int | None:
    """The delivered count after item ``it`` (None without one, when other goods come first, when
    the delivery names its own recipient, or on an order's record: ``status`` "ordered")."""
    if status == "ordered":
        return None  # "Y ordered S from X, with the first four delivered in 2015": not the order's size
    m = TRAILING_DELIVERED_RE.match(text, it.end, min(len(text), it.end + MAX_AFTER))
    if m is None:
        return None
    if any(it.end <= o.start < m.start("n") for o in items if o is not it):
        return None  # "S from X and T from Z, with four delivered": the nearer goods' count
    if TO_OTHER_RE.match(text, m.end()):
        return None  # "…, with four delivered to Z as well": Z's count, not the clause's recipient's
    return count_value(m.group("n"))


def count_value(n: str) -> int | None:
    """The value of a count ``COUNT_ALT`` matched ("4", "four")."""
    n = n.lower()
    return int(n) if n.isdigit() else WORDS.get(n)
