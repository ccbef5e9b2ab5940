"""Prices written with each listed system, for ``transfers.build`` and ``transfers.hits``.

A sentence that lists several systems of one verb often prices each where it names it: "Russia
sold Y two S for US$ 80 million and 16 T for about US$ 150 million", "two S, a deal reported at
US$ 80 million, and 16 T worth about US$ 150 million", "S in a deal worth $80 million, along
with T for $150 million". Such a price is the system's own when it follows the system's noun
phrase (a few words of head noun, then "for", "worth", "valued at", "costing", "at", "in a deal
worth", ", a deal reported at") with no other system between. The price is taken as the system's
own only when the sentence prices at least two systems that way, so that one total after a list
("the sale of S and T worth about $X") stays the package's, as ``build._value`` decides.

A price phrase between two listed systems is no preposition that ends the list: ``strip_prices``
blanks it before the list test ("two S for US$ 80 million and 16 T").
"""

from __future__ import annotations

import re

from silkgraph.extract.transfers.model import Item
from silkgraph.nlp.numbers import Number, find_money

_HEDGE = (r"(?:(?:about|around|roughly|some|nearly|almost|approximately|a\s+reported|an\s+estimated|reportedly|"
          r"up\s+to|over|more\s+than|less\s+than|under|just\s+over|just\s+under)\s+)*")
# what stands before a price: a deal in apposition (", a deal reported at"), "in a deal worth", or nothing;
# then the price word and its hedges
_PRICE_LEAD = (r"(?:,\s*(?:a|an)\s+(?:\w+\s+)?(?:deal|contract|package|agreement|order|purchase)\s+"
               r"(?:(?:reportedly|reported|said\s+to\s+be|estimated|valued)\s+)?|\s+in\s+(?:a|an)\s+"
               r"(?:\w+\s+)?(?:deal|contract|package|agreement)\s+|\s+)(?:for|worth|valued\s+at|costing|"
               r"at|priced\s+at)\s+" + _HEDGE)
# from the end of the system's name to the start of its price
OWN_PRICE_GAP_RE = re.compile(r"(?:\s+[\w\-]+){0,3}?\s*" + _PRICE_LEAD + r"$", re.I)


def own_prices(text: str, items: list[Item], money: list[Number]) -> dict[int, Number]:
    """The price each system names right after itself (by ``id`` of the item), when at least two
    systems of the sentence are priced that way with different amounts; else nothing."""
    out: dict[int, Number] = {}
    for it in items:
        for n in money:
            if n.start < it.end or n.start - it.end > 90:
                continue
            if any(o is not it and it.end <= o.start < n.start for o in items):
                break
            if OWN_PRICE_GAP_RE.fullmatch(text, it.end, n.start):
                out[id(it)] = n
            break
    if len({(n.start, n.value) for n in out.values()}) < 2:
        return {}
    return out


# what leads up to a price inside a list's gap: "for about", ", a deal reported at", "worth"
PRICE_LEAD_END_RE = re.compile(_PRICE_LEAD + r"$", re.I)


def strip_prices(gap: str) -> str:
    """A list's gap with its price phrases blanked ("two S for US$ 80 million and 16 T", "S worth
    Rs 500 crore, 12 T"): each amount ``find_money`` reads (any currency it knows: dollars, rupees,
    roubles, "60 million dollars"), with the words that lead up to it."""
    out = gap
    for n in reversed(find_money(gap)):
        lead = PRICE_LEAD_END_RE.search(gap, 0, n.start)
        out = out[:lead.start() if lead else n.start] + " " + out[n.end:]
    return out
