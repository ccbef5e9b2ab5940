"""Transfers a sentence denies, and the fate told after the goods, for ``transfers.drafts``.

A trigger negated or refused ("refused to sell", "did not deliver", "sold no S", "no new S were
ordered"), a capacity or a failure ("its ability to supply S"), a purchase forbidden in general
("a law that penalises purchases of S") and goods a relative clause says never arrived ("S,
which Y did not receive") make no transfer; a deal's fate told after its goods ("…, but the
deal fell through") cancels it, and a delivery told after them ("S, which were delivered in
2018", ", handed over in 2019") makes a planned or ordered transfer a delivered one.
"""

from __future__ import annotations

import re

from silkgraph.extract.transfers.model import Hit, Item
from silkgraph.extract.transfers.unfulfilled import (
    fate_after_re,
)

NEGATED_RE = re.compile(r"\b(?:refused|refuses|refusing|declined|declines|declining|rejected|never|not|n['’]t|no)"
                        r"\s+(?:to\s+|been\s+|be\s+|yet\s+)?$", re.I)
# the goods negated after the verb: "X delivered no S", "Y received no new S" (not "no fewer than")
NO_GOODS_RE = re.compile(r"\s+(?:\w+\s+)?no\s+(?!(?:fewer|less|more|longer|sooner)\b)(?:[\w\-]+\s+){0,3}$", re.I)
# the goods negated as the subject of a passive: "no new S were ordered", "no further S have been delivered"
NO_SUBJECT_RE = re.compile(r"(?<![\w-])no\s+(?!(?:fewer|less|more\s+than)\b)(?:(?:new|more|further|additional|other)\s+)?"
                           r"(?:[a-z][\w\-]*\s+){0,2}$", re.I)
# "its ability to deliver S", "failed to supply S": a capacity or a failure, no transfer
CAPABILITY_RE = re.compile(r"\b(?:ability|inability|capacity|capability|unable|failure|failed|fails|fail)"
                           r"\s+to\s+$", re.I)
# "a law that penalises purchases of S", "sanctions targeting any imports of S": a purchase the
# sentence forbids or punishes in general (no possessor: "sanctioned Y over its purchase of S" is one)
PROHIBITED_RE = re.compile(r"\b(?:penali[sz]\w*|ban|bans|banned|banning|prohibit\w*|forbid\w*|outlaw\w*|"
                           r"punish\w*|restrict\w*|deter\w*|discourag\w*)\s+(?:(?:any|all|the|significant|"
                           r"major|large|further|new|future)\s+){0,2}$", re.I)
# the deal's fate told after its goods: "…, but the deal fell through", "… S, a sale Congress blocked"
FELL_THROUGH_RE = re.compile(r"\b(?:(?:the|this|that|its|their)\s+(?:deal|contract|order|purchase|sale|agreement|plan|"
                             r"transfer|delivery|acquisition)\s+(?:\w+\s+){0,2}?(?:fell\s+through|collapsed|"
                             r"never\s+materiali[sz]ed|was\s+(?:later\s+|eventually\s+|then\s+|\w+ly\s+)?(?:cancel+ed|scrapped|"
                             r"blocked|vetoed|shelved|called\s+off|abandoned|suspended|frozen|halted)|stalled)|"
                             r"(?:fell\s+through|collapsed|stalled|never\s+materiali[sz]ed))\b", re.I)
DELIVERED_AFTER_RE = re.compile(r",\s*(?:all\s+of\s+)?which\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                                r"(?:\w+ly\s+)?(?:delivered|handed\s+over|received|supplied|shipped)\b", re.I)


def _fell_through(text: str, it: Item, items: list[Item]) -> bool:
    """"Y agreed to buy S, but the deal fell through": the deal's fate, told after its goods
    and before any other system."""
    if not ("fell" in text or "collaps" in text or "materiali" in text or " was " in text or "stalled" in text
            or " were " in text or " been " in text):
        return False
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    # "a 2016 sale of eight S by X was blocked by Congress": the deal noun, the goods' subject, cancelled
    return FELL_THROUGH_RE.search(text, it.end, nxt) is not None or fate_after_re().match(text, it.end, nxt) is not None


def _refused(text: str, it: Item, items: list[Item]) -> bool:
    """"Y's request for S was refused", "an offer of S to Y was turned down": the goods never
    change hands (the refusal told by a passive after the goods, before any other system)."""
    if " was " not in text and " were " not in text and " been " not in text:
        return False
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    m = fate_after_re().match(text, it.end, nxt)
    return m is not None and m.group("refusal") is not None


# a relative clause right after the goods denying that they arrived: "S, which Y did not receive",
# "T, which never reached Y" (not "… did not receive until 2020": they came later)
NEVER_RECEIVED_RE = re.compile(r"[^,;:()]{0,40}?,\s*(?:which|that)\s+(?:[\w\-’']+\s+){0,3}?(?:did\s+not|didn[’']t|"
                               r"never|has\s+not|have\s+not|had\s+not|hasn[’']t|haven[’']t|was\s+not|were\s+not)\s+"
                               r"(?:yet\s+)?(?:receive|received|get|got|arrive|arrived|reach|reached|deliver|delivered|"
                               r"take\s+delivery|taken\s+delivery)\b(?![^,;.]{0,30}\b(?:until|till|before|after)\b)", re.I)


def _never_received(text: str, it: Item, items: list[Item]) -> bool:
    """Whether a relative clause right after the goods (before any other goods) denies their arrival."""
    if "which" not in text and "that" not in text:
        return False
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    return NEVER_RECEIVED_RE.match(text, it.end, nxt) is not None


def _delivered_after(text: str, it: Item, items: list[Item], hit: Hit) -> bool:
    """"Washington approved the sale of S, which were delivered in 2018", "four S under a $120
    million deal, handed over in 2019": the goods' later fate (a delivery participle set off by a
    comma right after the goods' own phrase)."""
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    if HANDED_OVER_AFTER_RE.match(text, max(it.end, hit.end), min(nxt, it.end + 60)) is not None:
        return True
    if "which" not in text:
        return False
    return DELIVERED_AFTER_RE.search(text, it.end, nxt) is not None


# a delivery participle set off by a comma: ", handed over in 2019", ", all delivered by 2021"
HANDED_OVER_AFTER_RE = re.compile(r"[^,;:()]*,\s*(?:all\s+|later\s+|\w+ly\s+)?(?:delivered|handed\s+over|received|"
                                  r"commissioned|inducted)\s+(?:in|by|between|from|during)\b", re.I)
