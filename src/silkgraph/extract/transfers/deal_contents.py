"""A deal noun whose contents are listed: the goods belong to the verb that governs the deal.

Structure read: ``VERB [to|with Y] (a|an|one|another|its) [modifiers] DEALNOUN (that|which)
(included|comprised|…) S, T and U`` ("Russia delivered a package that included three S",
"X supplied S in 2016 and, in 2017, a package that included T",
"Y signed a contract with X, which covered S", "X sent a consignment including S").

Two things follow: the relative clause (or "including" aside) that lists the deal's contents
is no clause boundary (``contents_boundary``), and the governing verb, not the deal noun's own
"deal … included" trigger, says who the parties are (``governing_hit``). Words are data:
``deal_contents`` in transfers.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.extract.transfers.model import Hit
from silkgraph.resources import load_yaml

# literals that may open a deal's contents (the tests below run only where one occurs)
CONTENT_GATES = ("includ", "compris", "contain", "cover", "consist", "encompass")


@lru_cache(maxsize=1)
def _res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a deal noun closing the text before a boundary, the contents' opening after it, the
    governed deal noun phrase between a verb and its deal noun, the same as a later conjunct)."""
    data = load_yaml("ontology/transfers.yaml")["deal_contents"]
    nouns = "|".join(sorted(data["nouns"], key=len, reverse=True))
    verbs = "|".join(r"\s+".join(v.split()) for v in sorted(data["verbs"], key=len, reverse=True))
    before = re.compile(r"\b(?:" + nouns + r")\s*$", re.I)
    after = re.compile(r",?\s*(?:(?:that|which)\s+(?:(?:also|\w+ly|is\s+thought\s+to\s+have|was\s+said\s+to\s+have|"
                       r"is\s+said\s+to\s+have)\s+)*(?:" + verbs + r")|including)\b(?!\s+(?:no|not|neither|none)\b)", re.I)
    # "delivered [to Y] a [2017 | $50 million | new | second] package": only the deal's own modifiers
    governed = re.compile(r"\s+(?:(?:to|with)\s+(?:the\s+)?[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,2}\s+)?"
                          r"(?:an?|one|another|its|their|his|her)\s+(?:[\w$€£.,\-]+\s+){0,4}?(?=(?:" + nouns
                          + r")\b)", re.I)
    # "supplied S in 2016 and, in 2017, a package": the deal noun phrase as a later conjunct object
    conjunct = re.compile(r"[^;:.()]{0,80}?\band\s*,?\s*(?:(?:in|by|during|from)\s+(?:early\s+|late\s+|mid-)?\d{4}\s*,\s*)?"
                          r"(?:an?|one|another|its|their)\s+(?:[\w$€£.,\-]+\s+){0,4}?(?=(?:" + nouns + r")\b)", re.I)
    return before, after, governed, conjunct


def contents_boundary(text: str, pos: int) -> bool:
    """Whether the clause boundary at ``pos`` opens what a deal noun right before it holds."""
    before, after, _, _ = _res()
    return after.match(text, pos) is not None and before.search(text, max(0, pos - 30), pos) is not None


def governing_hit(text: str, best: Hit, hits: list[Hit]) -> Hit | None:
    """The verb governing the deal noun that opens ``best`` (a "deal … included" trigger), if
    one does: "Russia delivered a package that included S" is told by "delivered"."""
    if best.trig.nominal and text[best.start:best.end].rstrip().endswith(":"):
        # "X landed a new contract: S": the verb whose object the deal noun before the colon is
        over = [h for h in hits if not h.trig.nominal and h.trig.role in ("buy", "sell") and h.start < best.start < h.end]
        if over:
            return max(over, key=lambda h: h.end)
        # none: a "package that included: S" may still be told by the verb governing its noun (below)
    if not best.trig.nominal or not any(g in text[best.start:best.end].lower() for g in CONTENT_GATES):
        return None
    _, _, governed, conjunct = _res()
    before = [h for h in hits if not h.trig.after and h.end <= best.start and h is not best]
    if not before:
        return None
    h = max(before, key=lambda x: x.end)  # the nearest trigger before the deal noun, no other between
    if h.trig.nominal or best.start - h.end > 100:
        return None
    m = governed.match(text, h.end)
    if m is not None and m.end() == best.start:
        return h
    m = conjunct.match(text, h.end)
    return h if m is not None and m.end() == best.start and h.trig.role in ("buy", "sell") else None
