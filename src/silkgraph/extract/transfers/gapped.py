"""Gapped clauses after a transfer clause: a later state with a count of its own and the verb
left out ("Y1 received three S in 2021, Y2 three in 2022 and Y3 four in 2023", "X sold Y1 ten
S and Y2 four T").  Each gapped state is a recipient of the first clause's supplier, with its own
count, its own goods (or, when none is named, the first clause's goods) and its own date.

The gapped state takes the place of the first clause's recipient only where that recipient is
written where the state stands in the gapped clause: the subject of a buyer's verb ("Y1
received …, Y2 …") or the first object of a seller's ("X sold Y1 … and Y2 …").  A seller's
subject gapped after a "to Y" phrase ("X delivered S to Y, and Z four") is not read: the
gapped state could be either party."""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.hits import blank_dates
from silkgraph.extract.transfers.makers import gazetteer_origin, maker_modifier
from silkgraph.extract.transfers.model import Draft, Item, Party
from silkgraph.extract.transfers.parties import mention_party
from silkgraph.extract.transfers.patterns import GOODS_COUNT, GOODS_COUNT_VALUES
from silkgraph.nlp.count_words import count_values
from silkgraph.resources import load_yaml

_WORDS = load_yaml("ontology/transfers.yaml")["gapped_clauses"]


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


# the conjunction before the gapped state, and the count right after it
BEFORE_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s(?:and|plus)\s+)$")
COUNT_RE = re.compile(r"\s+(?:(?:about|some|around|nearly|another|a\s+further)\s+)?(?P<n>" + GOODS_COUNT
                      + r")\b(?!\s*(?:percent|per\s+cent|%|years?|months?|days?))", re.I)
# what may stand between the first goods and the first gapped state: their noun, a date, a bracket
FIRST_TAIL_RE = re.compile(r"[\w\s\-–’'()]{0,60}")
# the gapped clause ends at a strong boundary or a clause of another kind (transfers.yaml gapped_clauses.ends)
END_RE = re.compile(r";|:|\.(?!\d)|,?\s+(?:" + _alt(_WORDS["ends"]) + r")\b")
# all that may follow a count with no goods of its own, its dates blanked out: an adverb ("later"), the
# next clause's conjunction ("Y2 two in 2019 and Y3 …"), not a count of something else ("2,000 tonnes of wheat")
BARE_TAIL_RE = re.compile(r"[\s,]*(?:(?:" + _alt(_WORDS["tail_adverbs"]) + r")\b[\s,]*)*(?:(?:and|plus)\s*)?", re.I)
WORDS = count_values(*GOODS_COUNT_VALUES)
# the first clause's year told again: "the same year", "that year"
SAME_YEAR_RE = re.compile(r"\b(?:the\s+same|that)\s+year\b", re.I)
SAME = "same"  # a gapped date that is the first clause's
MAX_GAPPED = 6


@dataclass
class Gapped:
    party: Party
    supplier: Party  # the first clause's, or for goods of its own whose origin was guessed, theirs
    quantity: int | None
    item: Item
    date: str | None
    date_text: str | None


def _count(word: str) -> int | None:
    w = word.replace(",", "").lower()
    return int(w) if w.isdigit() else WORDS.get(w)


def _recipient_in_place(sv: SentenceView, ctx: ArticleContext, d: Draft) -> bool:
    """Whether the draft's recipient is written where a gapped state stands: the subject of a
    buyer's verb (before it) or a seller's first object (between the verb and the goods)."""
    rec = d.recipients[0].eid if len(d.recipients) == 1 else None
    if rec is None or d.recipients[0].why:
        return False
    for m in sv.mentions:
        a = sv.rel(m.start)
        p = mention_party(ctx, m) if m.entity_id == rec or ctx.etype(m.entity_id) != "state" else None
        if p is None or p.eid != rec:
            continue
        if d.hit.trig.role == "buy" and a < d.hit.start and not re.search(r"[;:]", sv.text[a:d.hit.start]):
            return True
        if d.hit.trig.role == "sell" and d.hit.end <= a and sv.rel(m.end) <= d.item.start:
            return True
    return False


def _bare_tail(sv: SentenceView, lo: int, hi: int) -> bool:
    """Whether only a date, "the same year", an adverb or the next clause's conjunction follows a
    gapped count with no goods of its own (``lo``..``hi``)."""
    rest = SAME_YEAR_RE.sub(" ", blank_dates(sv, lo, hi))
    return BARE_TAIL_RE.fullmatch(rest) is not None


def _clause_supplier(sv: SentenceView, ctx: ArticleContext, d: Draft, item: Item) -> Party | None:
    """The supplier of a gapped clause's goods: the first clause's for the same goods, and for a
    seller's verb (its subject is the gapped clause's too: "X sold Y1 ten S and Y2 four T"); for a
    buyer's verb with other goods, their own maker when the first goods' supplier was only guessed
    from their origin or their modifier ("Y1 received S in 2022, and Y2 T": T's origin), else none
    (the first clause's "from X" is no supplier of the gapped clause's goods)."""
    assert d.supplier is not None
    if item.system == d.item.system or d.hit.trig.role == "sell":
        return d.supplier
    modifier = maker_modifier(sv, ctx, d.item)
    if (d.supplier.why or "").startswith("origin of") or modifier is not None and modifier.eid == d.supplier.eid:
        return maker_modifier(sv, ctx, item) or gazetteer_origin(ctx, item)
    return None


def gapped_clauses(sv: SentenceView, ctx: ArticleContext, d: Draft) -> list[Gapped]:
    """The gapped clauses after draft ``d``'s goods (none unless two or more conjuncts are read
    the same way and the first follows the goods closely)."""
    trig = d.hit.trig
    if trig.role not in ("buy", "sell") or trig.nominal or trig.after or d.hit.start > d.item.start \
            or d.supplier is None or not _recipient_in_place(sv, ctx, d):
        return []
    text = sv.text
    end_m = END_RE.search(text, d.item.end)
    stop = end_m.start() if end_m else len(text)
    states = sorted((sv.rel(m.start), sv.rel(m.end), m) for m in sv.mentions
                    if d.item.end <= sv.rel(m.start) < stop and ctx.etype(m.entity_id) == "state")
    out: list[Gapped] = []
    pos = d.item.end
    for i, (a, b, m) in enumerate(states):
        cm = COUNT_RE.match(text, b)
        if not BEFORE_RE.search(text, max(0, a - 8), a) or cm is None:
            if m.entity_id in (d.supplier.eid, d.recipients[0].eid):
                continue  # "… from X in 2021, Y2 three …": the clause's own party
            return out  # a state of another kind ends the reading
        if not out and not FIRST_TAIL_RE.fullmatch(text, pos, a - len(BEFORE_RE.search(text, max(0, a - 8), a)[0])):
            return []
        if any(pos <= h.start < a for h in d.hits if h is not d.hit):
            return out  # a verb of its own between: a clause of another kind
        seg_end = states[i + 1][0] if i + 1 < len(states) else stop
        party = mention_party(ctx, m)
        if party is None or party.eid in (d.supplier.eid, d.recipients[0].eid):
            return out
        own = [it for it in d.items if cm.end() <= it.start < seg_end]
        if any(it.start < seg_end and it.end > seg_end for it in d.items):
            return out
        item = own[0] if own else d.item
        if own and own[0].category != d.item.category:
            return out
        if not own and not _bare_tail(sv, cm.end(), seg_end):
            return out  # "…, and Y2 2,000 tonnes of wheat": a count of something else
        supplier = _clause_supplier(sv, ctx, d, item)
        if supplier is None or supplier.eid == party.eid:
            pos = seg_end  # "Y1 received S from X, and Y2 T": who supplied T is not told
            continue
        dates = [t for t in sv.dates if b <= sv.rel(t.start) < seg_end and t.kind != "decade"]
        date, date_text = None, None
        if dates:
            iso, _basis = ctx.date_of(dates[0])
            date, date_text = (iso[:4] if iso else None), dates[0].text
        elif (same := SAME_YEAR_RE.search(text, b, seg_end)) is not None:
            date, date_text = SAME, same.group(0)  # "… and Y2 45 T the same year": the first clause's year
        out.append(Gapped(Party(party.eid), supplier, _count(cm.group("n")), item, date, date_text))
        if len(out) > MAX_GAPPED:
            return []
        pos = seg_end
    return out
