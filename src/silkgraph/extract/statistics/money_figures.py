"""Whether money a sentence names measures an actor or is a price, for
:mod:`silkgraph.extract.statistics.numbers`.

Money is a statistic of an actor ("remittances were worth $5.7 billion") unless it is the price
of a deal or project: what arms cost ("ordered 52 trainers … for about $50 million"), money lent
or invested in a sentence about arms, a project's cost ("spent $70 million refurbishing …"), a
thing in apposition ("…, a $70 million free-trade zone"), a comparison's baseline, or the same
amount glossed in another currency ("Rs 23,622 crore, about $2.8 billion").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.count_figures import _clause
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.valuation import premodified_deal, valued_stock
from silkgraph.nlp.numbers import Number


def _project_cost(text: str, n: Number) -> bool:
    """"X spent $70 million refurbishing the airfield": what a project cost."""
    return bool(P.PROJECT_COST_RE.search(text[max(0, n.start - 40):n.start])) \
        and bool(P.GERUND_AFTER_RE.match(text[n.end:]))


def _appos_cost(sv: SentenceView, ctx: ArticleContext, n: Number) -> bool:
    """"…, the X Centre, a $70 million free-trade zone": the cost of a thing in apposition (not
    of an actor named right before the comma)."""
    m = P.APPOS_COST_RE.search(sv.text, max(0, n.start - 8), n.start)
    if m is None or m.end() != n.start:
        return False
    return not any(b == m.start() and ctx.etype(mm.entity_id) in P.SUBJECT_TYPES for _a, b, mm in sv.mentions_rel())


def _baseline(text: str, n: Number) -> bool:
    """"…, against less than Rs 1,000 crore ten years earlier": the baseline of a comparison."""
    return bool(P.BASELINE_RE.search(text[max(0, n.start - 30):n.start]))


def _glossed(text: str, n: Number, money: list[Number]) -> bool:
    """"Rs 23,622 crore, about $2.8 billion": the local amount glossed in dollars is one figure."""
    return n.unit != "USD" and any(o.unit == "USD" and 0 < o.start - n.end <= 40
                                   and re.fullmatch(r"[^,;$]*,\s*(?:(?:about|some|around|roughly|nearly|"
                                                    r"almost|or|approximately)\s+)?(?:US)?", text[n.end:o.start])
                                   for o in money)


GLOSS_GAP_RE = re.compile(r"\s*[(,]\s*(?:(?:about|some|around|roughly|nearly|almost|or|approximately)\s+)?")


def _glosses_price(text: str, n: Number, money: list[Number], priced: list[bool]) -> bool:
    """"… for about INR 630 billion (some USD 7.4 billion)": an amount that restates, in another
    currency, a deal's price written right before it is that price too."""
    return any(priced[i] and o.unit != n.unit and o.end <= n.start and GLOSS_GAP_RE.fullmatch(text, o.end, n.start)
               for i, o in enumerate(money))



def _deal_money(sv: SentenceView, ctx: ArticleContext, n: Number, c: Cues, bounds: list[int]) -> bool:
    """Money that is the price of a deal or project, not a measure of an actor. Money an actor
    lends, invests or pays ("would lend €1.3 billion", "a 12 billion euro investment package")
    is a deal's value only in a sentence about arms; elsewhere it measures who commits it."""
    text = sv.text
    lo, hi = _clause(bounds, n.start, len(text))
    finance = c.finance_money.search(text[max(lo, n.start - 60):min(hi, n.end + 25)])
    if finance is not None and not _about_arms(sv, ctx, c) and not c.deal_money.match(text, n.end + 1, n.end + 16):
        # (not "the line's estimated €1.6 billion cost": the price named right after the figure)
        return False
    if _priced_arms(sv, ctx, n) or premodified_deal(text, n):
        return True
    if c.arms_money is not None and c.arms_money.search(text, max(lo, n.start - 60), min(hi, n.end + 40)) \
            and _about_arms(sv, ctx, c):
        return True  # "24 naval helicopters under a $2.6 billion programme": what the arms cost
    cut = P.COORD_AFTER_RE.search(text, n.end, min(hi, n.end + 40))  # "… $3 billion and projects in …": another conjunct
    near = text[max(lo, n.start - 60):cut.start() if cut else min(hi, n.end + 40)]
    if valued_stock(sv, ctx, c, n, near):
        return False  # "$7.1 billion worth of equipment remained", "remittances were worth $5.7 billion"
    return bool(c.deal_money.search(near) or c.finance_money.search(near))


def _priced_arms(sv: SentenceView, ctx: ArticleContext, n: Number) -> bool:
    """"ordered 52 trainers from X for about $50 million", "six more Apaches for about $800 million":
    money after "for" in a sentence that names a weapon system before it is the price of weapons."""
    if not P.FOR_PRICE_RE.search(sv.text, max(0, n.start - 30), n.start):
        return False
    return any(a < n.start and ctx.etype(m.entity_id) == "weapon_system" and ";" not in sv.text[a:n.start]
               for a, _b, m in sv.mentions_rel())



def _about_arms(sv: SentenceView, ctx: ArticleContext, c: Cues) -> bool:
    return bool(c.arms_context.search(sv.text)) or any(ctx.etype(m.entity_id) == "weapon_system"
                                                       for m in sv.mentions)
