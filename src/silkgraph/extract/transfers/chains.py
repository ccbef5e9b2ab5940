"""Systems that share an earlier system's trigger: coordinated systems ("nine S1 in 2018 and four
S2 in 2019") and a nominal trigger's repeated "of"/"with" ("the delivery of S … and of T")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.hits import _listed_pair, blank_dates
from silkgraph.extract.transfers.list_share import verb_before
from silkgraph.extract.transfers.makers import gazetteer_origin
from silkgraph.extract.transfers.model import Draft, Hit, Item, Party
from silkgraph.extract.transfers.parties import mention_party
from silkgraph.extract.transfers.party_words import _prev_word
from silkgraph.extract.transfers.patterns import GOODS_COUNT


def _chained_hit(sv: SentenceView, it: Item, items: list[Item], chained: dict[int, Hit],
                 hits: list[Hit] | None = None) -> Hit | None:
    """Coordinated systems share the trigger of the first one, each with its own count and
    date: "Y was given nine S1 in 2018 and four S2 in 2019", "… T-90S tanks, BMP-3 … and S-300
    systems" (a long list runs past the trigger's reach)."""
    prev = [o for o in items if o.end <= it.start and id(o) in chained]
    if not prev:
        return None
    p = prev[-1]
    if any(p.end <= o.start and o.end <= it.start for o in items if o is not p) \
            or not (_listed_pair(sv, p, it, items) or _after_oblique(sv, p, it)):
        return None
    h = chained[id(p)]
    # the previous system's own participle ("two S, delivered in 2023, and two T"): the list's verb
    while h.start >= p.end:
        before = [o for o in items if o.end <= p.start and id(o) in chained]
        if not before or not _listed_pair(sv, before[-1], p, items):
            break
        p, h = before[-1], chained[id(before[-1])]
    if h.start >= p.end and hits:
        return verb_before(sv.text, p, items, hits) or h
    return h


# a second object counted after the first one's party phrase and date: "X delivered 28 S to Y
# between 2016 and 2024 and eight T in 2022", "Y ordered 24 S from X in 2022, six of which arrived
# in 2023, and 24 T in 2023" (the phrase names a party of the clause; the count opens the new object)
AFTER_OBLIQUE_RE = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:to|from)\s+(?:the\s+)?(?:[A-Z][\w\-’'.]*\s*){1,3}"
                              r"(?:,\s*(?:\w+\s+){0,3}?of\s+(?:which|them)\s+[^,;:()]{1,60}?,)?"
                              r"\s*(?:,\s*and\s+|and\s+|,\s*)(?:" + GOODS_COUNT + r"|a\s+dozen)\s+"
                              r"(?:[\w\-]+\s+){0,2}")
# a state opening a gapped clause after the party phrase ("… to Y in 2019 and Z 20 T"): not a second object
GAPPED_STATE_RE = re.compile(r"\band\s+(?:[A-Z][\w\-’'.]*\s*){1,3}\s+" + GOODS_COUNT + r"\b")


def _after_oblique(sv: SentenceView, p: Item, it: Item) -> bool:
    """Whether ``it`` is a counted second object after ``p``'s party phrase (dates left out)."""
    if it.start - p.end > 140:
        return False
    between = blank_dates(sv, p.end, it.start)
    m = AFTER_OBLIQUE_RE.fullmatch(between)
    if m is None or ";" in between:
        return False
    # the name after the preposition is a mention (a party), and no state opens a gapped clause
    return any(p.end <= sv.rel(x.start) < it.start for x in sv.mentions) and not GAPPED_STATE_RE.search(between)


def own_recipients(sv: SentenceView, ctx: ArticleContext, it: Item, items: list[Item],
                   recs: list[Party]) -> list[Party]:
    """Of the recipients read for ``it`` (each named after "to"), those named in its own stretch (from
    its end to the next goods) when the others are named in another goods' stretch: "X delivered 10 S to Y in 2019 and six
    T to Z in 2020" (S to Y, T to Z); recipients listed together ("S and T to Y and Z") are kept."""
    if len(recs) < 2:
        return recs
    nxt = min((o.start for o in items if o.start >= it.end), default=len(sv.text))
    where: dict[str, list[int]] = {}  # where each recipient is named after "to" (its own party phrase)
    for a, _b, m in sv.mentions_rel():
        party = mention_party(ctx, m)
        if party is not None and _prev_word(sv.text, a) == "to":
            where.setdefault(party.eid, []).append(a)
    if any(r.eid not in where for r in recs):
        return recs
    mine = [r for r in recs if any(it.end <= a < nxt for a in where[r.eid])]
    return mine if mine and len(mine) < len(recs) else recs


# a second object of a nominal trigger, its "of" repeated: "the delivery of S to Y in 2020 and of T in 2023"
# … or its "with": "X supplied Y with four S in 2015, and with three T in 2016"
OF_AGAIN_RE = re.compile(r"\b(?:and|or|as\s+well\s+as)\s+(of|with)\s+(?:(?:the|its|their|\w+)\s+){0,3}$", re.I)
WITH_BEFORE_RE = re.compile(r"\bwith\s+(?:[\w\-’']+\s+){0,4}$", re.I)


def _of_again_hit(text: str, it: Item, items: list[Item], chained: dict[int, Hit]) -> Hit | None:
    """The nominal trigger of an earlier system whose "of" the coordination repeats."""
    m = OF_AGAIN_RE.search(text, max(0, it.start - 40), it.start)
    if m is None or ";" in text[:it.start] and text.rfind(";", 0, it.start) > m.start():
        return None
    before = [o for o in items if o.end <= m.start() and id(o) in chained]
    if m.group(1).lower() == "with":
        if not before:
            return None
        o = before[-1]
        h = chained[id(o)]
        ok = h.end <= o.start and not h.trig.after and h.trig.role in ("buy", "sell") \
            and WITH_BEFORE_RE.search(text, max(0, o.start - 50), o.start) is not None
        return h if ok and ";" not in text[h.end:m.start()] else None
    prev = [chained[id(o)] for o in before]
    if not prev or not prev[-1].trig.nominal or prev[-1].start > m.start():
        return None
    h = prev[-1]
    return h if text[h.start:h.end].lower().rstrip().endswith(" of") and ";" not in text[h.end:m.start()] else None


def list_source(drafts: list[Draft], ctx: ArticleContext | None = None, text: str = "") -> None:
    """Goods listed under one buying verb share the source named after the list's last item:
    "Y received 26 S in 2016, three T in 2017 and four U in 2019 from X" (S, T and U all from X;
    an earlier item's own source, or a maker named on it, stays its own)."""
    for i, d in enumerate(drafts):
        if d.hit.trig.role != "buy" or d.supplier is not None and not (d.supplier.why or "").startswith("origin of"):
            continue
        later = [e for e in drafts[i + 1:] if e.hit.start == d.hit.start and e.item.start > d.item.end
                 and e.supplier is not None and e.supplier.why is None]
        src = later[0].supplier if later else None
        if later and src is not None and not any(d.item.end <= h.start < later[0].item.start for h in d.hits
                                                 if h is not d.hit) \
                and all(r.eid != src.eid for r in d.recipients) \
                and (not text or SOURCE_AFTER_RE.search(text, later[0].item.end) is not None):
            # (a source written after the list; a demonym on the last item is that item's own:
            # "six Italian S, two T and five Brazilian U": T is not Brazilian)
            d.supplier = src
    if text:
        _shared_sources(drafts, ctx, text)


FROM_WORD_RE = re.compile(r"\bfrom\b", re.I)
SOURCE_AFTER_RE = re.compile(r"\b(?:from|by)\b", re.I)


def _shared_sources(drafts: list[Draft], ctx: ArticleContext | None, text: str) -> None:
    """Several goods listed under one buying verb before a source naming several states ("Y received
    26 S in 2020, four T in 2021 and two radars in 2022 from X and Z"): nothing says which state
    sent which goods, so each good keeps only what the text and its origin agree on. A good made by
    one of the named states comes from it (an Israeli-made T "from Turkey and Israel" is Israel's);
    a good with no such origin gets no supplier, hence no fact: the export's supplier is one state,
    and one fact per named state would give each the whole count. Goods with their own "from" keep it;
    a single good "bought from X and Z" keeps one fact per state (each supplies it)."""
    groups: dict[tuple[int, int], list[Draft]] = {}  # the drafts of one good under one trigger, by written source
    for d in drafts:
        if d.hit.trig.role == "buy" and d.supplier is not None and d.supplier.why is None:
            groups.setdefault((id(d.item), id(d.hit)), []).append(d)
    dropped: set[int] = set()
    for same in groups.values():
        if len(same) < 2:
            continue
        d = same[0]
        eids = {e.supplier.eid for e in same}  # type: ignore[union-attr]
        listed = [e for e in drafts if e.hit is d.hit and e.item.end <= d.item.start and e.supplier is not None
                  and (e.supplier.eid in eids or (e.supplier.why or "").startswith("origin of"))
                  and not any(x is not d.hit and e.item.end <= x.start < d.item.start for x in e.hits)
                  and not FROM_WORD_RE.search(text, e.item.end, d.item.start)]  # "S from W and T from X and Z"
        if not listed:
            continue
        for e in listed:
            e.supplier = _origin_among(ctx, e.item, [p.supplier for p in same])
        d.supplier = _origin_among(ctx, d.item, [p.supplier for p in same])
        dropped.update(id(e) for e in same[1:])
    if dropped:
        drafts[:] = [d for d in drafts if id(d) not in dropped]


def _origin_among(ctx: ArticleContext | None, it: Item, sources: list[Party | None]) -> Party | None:
    """The one of several named sources that makes ``it`` (by the gazetteer), else None."""
    origin = gazetteer_origin(ctx, it) if ctx is not None else None
    return next((p for p in sources if p is not None and origin is not None and p.eid == origin.eid), None)
