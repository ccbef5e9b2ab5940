"""Money told as what a thing is worth: a deal's price only when the thing valued is a deal or
arms.  "Worth", "valued at" and "put the value of … at" say nothing of a transaction by themselves:
"$7.1 billion worth of equipment remained in the country", "remittances … were worth about $5.7
billion", "X put the value of the equipment his country had bought at more than $5 billion" measure
a stock or a flow; "a deal worth $2 billion", "drones valued at $300 million" price a transaction."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.nlp.numbers import Number

VALUE_CUES = ("worth", "valued", "priced")
_APPROX = (r"(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|less\s+than|just\s+over|just\s+under|"
           r"well\s+over|an\s+estimated|up\s+to|at\s+least|as\s+much\s+as)\s+)?")
# "$7.12 billion worth of US-funded equipment": the thing valued, after the figure
WORTH_OF_RE = re.compile(r"\s+worth\s+of\s+(?P<np>(?:[\w\-’']+\s+){0,3}[\w\-’']+)")
# "remittances sent home by migrants were worth about": the thing valued, before the cue (from the
# clause's start, a comma or a relative pronoun)
WORTH_BEFORE_RE = re.compile(r"(?P<np>[^,;:()]{3,100}?)\s+(?:(?:is|was|are|were|had\s+been|has\s+been|have\s+been|"
                             r"now|then|currently|still|reportedly|already|together|collectively|estimated\s+to\s+be|"
                             r"said\s+to\s+be)\s+)*(?:worth|valued\s+at|priced\s+at)\s+" + _APPROX + r"$", re.I)
# "put the value of the equipment his country had bought at more than": an estimate of a total
PUT_VALUE_RE = re.compile(r"\b(?:put|puts|putting|estimated|estimates|estimate|assessed|reckoned|calculated)\s+the\s+"
                          r"(?:(?:total|combined|overall|cumulative)\s+)?value\s+of\s+(?P<np>[^,;:]{3,120}?)\s+at\s+"
                          + _APPROX + r"$", re.I)
# the thing valued is a transaction
DEAL_NOUN_RE = re.compile(r"\b(?:deals?|agreements?|contracts?|orders?|purchases?|sales?|acquisitions?|procurement|"
                          r"packages?|compacts?|loans?|credits?|tenders?|projects?|transactions?|swaps?|leases?|"
                          r"investments?|programmes?|programs?|grants?)\b", re.I)
# a modifier's adverbs alone ("…, reportedly worth"): no noun phrase of its own
ADVERBS_ONLY_RE = re.compile(r"\s*(?:(?:\w+ly|now|then|still|already|together|collectively|each|all)\s*)+")
# the noun phrase ending at a comma (from the clause's start or the last comma)
BEFORE_COMMA_RE = re.compile(r"(?P<np>[^,;:()]{3,120})$")
# the head nouns of a transaction priced by money written before them ("a $500 million X compact")
PRICED_HEAD_RE = re.compile(r"(?:deals?|agreements?|compacts?|contracts?|orders?|purchases?|sales?|acquisitions?|"
                            r"procurement|tenders?|transactions?)", re.I)
# what may stand before money that premodifies a noun: a determiner or a possessive
PREMOD_BEFORE_RE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|this|that)|['’]s)\s+" + _APPROX + r"$", re.I)
# a word inside a noun phrase after the money (a name, an adjective, a noun), up to its head
NP_WORD_RE = re.compile(r"\s+(?!(?:the|a|an|of|in|on|at|to|for|with|by|from|and|or|but|that|which|who|was|were|is|"
                        r"are|be|been|has|had|have|will|would|could|should|can|may|might|as|than|into|over|under|"
                        r"after|before|since|between|through|while|when|if)\b)(?P<w>[\w\-’']+)(?![\w\-’'])", re.I)


def premodified_deal(text: str, n: Number) -> bool:
    """"Nepal ratified a $500 million Millennium Challenge Corporation compact": money written
    between a determiner (or a possessive) and the head of its noun phrase prices that head; the
    head (the last word before a function word or punctuation) is a transaction."""
    if PREMOD_BEFORE_RE.search(text, max(0, n.start - 40), n.start) is None:
        return False
    at, head = n.end, None
    for _ in range(7):
        m = NP_WORD_RE.match(text, at)
        if m is None:
            break
        at, head = m.end(), m.group("w")
    return head is not None and PRICED_HEAD_RE.fullmatch(head) is not None


def valued_stock(sv: SentenceView, ctx: ArticleContext, c: Cues, n: Number, near: str) -> bool:
    """The money ``n`` is the value of a stock or flow (not a deal's price): the only deal cues
    near it are words of valuation, and what they value is no transaction and no arms; or the
    clause puts the value of a total at the figure."""
    text = sv.text
    pv = PUT_VALUE_RE.search(text, max(0, n.start - 160), n.start)
    if pv is not None and not re.match(r"(?:the\s+|a\s+|this\s+|that\s+)?(?:[\w\-]+\s+)?" + DEAL_NOUN_RE.pattern,
                                       pv.group("np"), re.I):
        return True  # "put the value of the equipment … bought at $5 billion": a total, estimated
    cues = [m.group(0).lower() for m in c.deal_money.finditer(near)]
    if not cues or any(w not in VALUE_CUES for w in cues) or c.finance_money.search(near):
        return False
    wo = WORTH_OF_RE.match(text, n.end)
    if wo is not None:
        np = wo.group("np")
    else:
        wb = WORTH_BEFORE_RE.search(text, max(0, n.start - 110), n.start)
        if wb is None:
            return False
        np = wb.group("np")
        if ADVERBS_ONLY_RE.fullmatch(np) and text[max(0, wb.start("np") - 1):wb.start("np")] == ",":
            # "a deal for 26 fighters, reportedly worth $7.4 billion": the comma's modifier values
            # the noun phrase before the comma
            bm = BEFORE_COMMA_RE.search(text, max(0, wb.start("np") - 121), wb.start("np") - 1)
            np = bm.group("np") if bm is not None else np
    if DEAL_NOUN_RE.search(np) or c.arms_context.search(np):
        return False
    a = text.find(np, max(0, n.start - 120))
    return not any(a <= sv.rel(m.start) < a + len(np) and ctx.etype(m.entity_id) == "weapon_system"
                   for m in sv.mentions)
