"""A transfer's date: written in its clause, counted back, or continued."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.clauses import _clause_ids
from silkgraph.extract.transfers.hits import REDUCED_GAP_RE
from silkgraph.extract.transfers.model import Hit, Item
from silkgraph.extract.transfers.patterns import (
    ATTACHED_RE,
    COMMA_AFTER_RE,
    CONJ_BEFORE_RE,
    CONTINUATION_RE,
    PARTICIPLE_CHAIN_RE,
    REL_ASIDE_RE,
    RENAMED_AS_RE,
    STRONG_BOUNDARY_RE,
)
from silkgraph.nlp.numbers import WORD_NUMBERS

YEARS_LATER_RE = re.compile(r"\b(\w+)\s+years?\s+later\b", re.I)
THAT_YEAR_RE = re.compile(r"\b(?:that|the\s+same)\s+year\b", re.I)


def _aside_of_next(text: str, pos: int, end: int, items: list[Item]) -> bool:
    """Whether the date at ``pos``-``end`` is an aside opening the next listed goods."""
    m = COMMA_AFTER_RE.match(text, end)
    if m is None or not CONJ_BEFORE_RE.search(text, max(0, pos - 20), pos):
        return False
    return any(m.end() <= o.start <= m.end() + 30 for o in items)


PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+$")


BLANK_RE = re.compile(r"\s*")
PASSIVE_REACH = 200  # how far back a passive auxiliary before a trigger is looked for


class _HitTable:
    """What ``_date`` needs of a sentence's triggers that does not depend on the item dated: the
    clause boundaries, the triggers by position, and for each trigger whether it renames goods
    ("built as the T"), follows a passive auxiliary, and has goods within reach. Built once per
    sentence so that dating every item of a long list stays linear."""

    def __init__(self, text: str, all_hits: list[Hit], items: list[Item]) -> None:
        self.bounds = _clause_ids(text)
        self.strong = [m.start() for m in STRONG_BOUNDARY_RE.finditer(text)]
        self.order = sorted(range(len(all_hits)), key=lambda k: all_hits[k].start)
        self.hits = all_hits
        self.starts = [all_hits[k].start for k in self.order]
        self.renamed = [RENAMED_AS_RE.match(text, x.end) is not None for x in all_hits]
        self.passive = [PASSIVE_BEFORE_RE.search(text, max(0, x.start - PASSIVE_REACH), x.start) is not None
                        for x in all_hits]
        o_starts = sorted(o.start for o in items)
        o_ends = sorted(o.end for o in items)
        self.reach = [bisect_left(o_starts, x.end) < bisect_right(o_starts, x.end + 90)
                      or bisect_left(o_ends, x.start - 40) < bisect_right(o_ends, x.start) for x in all_hits]

    def clause_hits(self, first: int, last: int) -> Iterator[tuple[int, Hit]]:
        """The triggers (index, hit) starting from ``first`` to ``last`` (both included)."""
        for j in range(bisect_left(self.starts, first), bisect_right(self.starts, last)):
            k = self.order[j]
            yield k, self.hits[k]


_TABLE: list[tuple[str, list[Hit], int, list[Item], int, _HitTable]] = []


def _hit_table(text: str, all_hits: list[Hit], items: list[Item]) -> _HitTable:
    """The sentence's trigger table, reused while the same sentence's drafts are dated."""
    if _TABLE:
        t, hs, nh, its, ni, tab = _TABLE[0]
        if t is text and hs is all_hits and nh == len(all_hits) and its is items and ni == len(items):
            return tab
    tab = _HitTable(text, all_hits, items)
    _TABLE[:] = [(text, all_hits, len(all_hits), items, len(items), tab)]
    return tab


def _strong_span(strong: list[int], pos: int) -> tuple[int, int]:
    """The offsets sharing ``pos``'s strong clause: from the last strong boundary before it to
    the first after it (no boundary strictly between)."""
    i = bisect_left(strong, pos)
    j = bisect_right(strong, pos)
    return (strong[i - 1] if i > 0 else -1), (strong[j] if j < len(strong) else 1 << 60)


def _another_trigger_first(starts: list[int], pos: int, h: int) -> bool:
    """Whether another trigger (``starts`` sorted) comes before the date at ``pos`` on its side of
    the trigger at ``h``: "X1 supplied S in 2023, Y signed for T" (the date follows X1's verb)."""
    if pos < h:
        return bisect_left(starts, pos) > 0
    return pos > h and bisect_right(starts, h) < bisect_left(starts, pos)


def _date(sv: SentenceView, ctx: ArticleContext, it: Item, h: Hit,
          all_hits: list[Hit], items: list[Item] | None = None) -> tuple[str | None, str | None]:
    """The time expression of the transfer's clause nearest to its trigger; "that year"
    takes the previous sentence's year."""
    text = sv.text
    tab = _hit_table(text, all_hits, items or [it])
    bounds, strong = tab.bounds, tab.strong
    a, b = min(h.start, it.start), max(h.end, it.end)
    i, j = bisect_right(bounds, a), bisect_left(bounds, b)
    lo = max(0, bounds[i - 1]) if i > 0 else 0
    hi = min(len(text), bounds[j]) if j < len(bounds) else len(text)
    # the other triggers of the trigger's strong clause (no strong boundary strictly between)
    first, last = _strong_span(strong, h.start)
    hits = [x.start for k, x in tab.clause_hits(first, last)
            if not (h.start <= x.start < h.end or x.start <= h.start < x.end)
            and not tab.renamed[k]  # "S, built as the T, was ordered in 2014": a renaming aside
            # "a licence for S … was signed in 2014": the deal noun's own passive verb
            and not (h.trig.nominal and x.start >= it.end and tab.passive[k])
            # a participle describing this very system ("S gunships, delivered in 2019", "S
            # supplied by X in 2018") or its head noun ("its S order in 2021")
            and not (it.end <= x.start and (ATTACHED_RE.fullmatch(text, it.end, x.start)
                                            or REDUCED_GAP_RE.fullmatch(text, it.end, x.start)
                                            or BLANK_RE.fullmatch(text, it.end, x.start)
                                            or PARTICIPLE_CHAIN_RE.fullmatch(text, it.end, x.start)))
            # a deal noun with no goods in reach ("the order was signed in 2018, when Y
            # contracted Z for S"): its date is the deal's
            and (x.trig.after or not x.trig.nominal and x.trig.role != "buy" or tab.reach[k])]
    own = _own_date(sv, ctx, it, all_hits, items or []) or (_line_date(sv, ctx, it) if "\n" in text else None) \
        or (_all_aside_date(sv, ctx, it) if "all " in text or "both " in text else None)
    if own is not None:
        return own
    aside = _rel_aside(text, h, it) if "," in text and not h.rel else None
    cands = []
    for d in sv.dates + [x for x in sv.anaphors if ctx.date_of(x)[0]]:  # "the following year": resolved
        pos = sv.rel(d.start)
        in_clause = lo <= pos <= hi
        if not in_clause and not first <= pos <= last:
            continue
        if aside is not None and not aside[0] <= pos < aside[1]:
            continue  # "Y, which buys S from X, ordered T in 2016": the main clause's year
        if pos > it.end and _aside_of_next(text, pos, sv.rel(d.end), items or []):
            continue  # "S and, since 2024, T": the date of the next goods
        adjacent = pos < h.start and re.fullmatch(r"\s+(?:\w+\s+)?", text[sv.rel(d.end):h.start])
        if not adjacent and _another_trigger_first(hits, pos, h.start):
            continue  # another trigger's date ("flying … since the 2010s, received …")
        cands.append((0 if in_clause else 1, abs(pos - h.start), d))
    if cands:
        # "supplied S in 2016 and, in 2017, a package that included T": the date opening T's conjunct
        conj = [c for c in cands if h.end <= sv.rel(c[2].start) < it.start
                and CONJ_BEFORE_RE.search(text, max(0, sv.rel(c[2].start) - 20), sv.rel(c[2].start))]
        if len(cands) > 1 and not conj:  # "X, … after Y evicted Z in 2005, sent S in 2015": the aside's year
            cands = [c for c in cands if not _closes_subject_aside(text, sv.rel(c[2].start), sv.rel(c[2].end),
                                                                   h.start)] or cands
        d = conj[-1][2] if conj else min(cands, key=lambda c: (c[0], c[1]))[2]
        if d.kind == "decade":
            return None, None
        iso, _basis = ctx.date_of(d)
        return (iso[:4] if iso and d.kind == "range" else iso), d.text
    if aside is not None:
        return None, None
    later = YEARS_LATER_RE.search(text)
    if later and (sv.index > 0 or sv.dates):
        n = WORD_NUMBERS.get(later.group(1).lower()) or (int(later.group(1)) if later.group(1).isdigit() else 0)
        years = _years_before(sv, ctx, later.start())
        if n and years:
            return str(years[-1] + n), later.group(0)
    same = THAT_YEAR_RE.search(text)
    if same:
        years = _years_before(sv, ctx, same.start())
        if years:
            return str(years[-1]), same.group(0)
    return _continued_date(sv, ctx, it, all_hits, items or [])


def _closes_subject_aside(text: str, pos: int, end: int, trig: int) -> bool:
    """Whether a date closes a comma aside between the subject and its verb ("X, … in 2005, sent")."""
    return pos < trig and COMMA_AFTER_RE.fullmatch(text, end, trig) is not None and "," in text[:pos]


def _rel_aside(text: str, h: Hit, it: Item) -> tuple[int, int] | None:
    """The relative clause set off by commas that holds both the trigger and its goods ("Y, which
    sources S from X and Z, bought T in 2016"): a habitual or earlier purchase told in passing,
    whose date can only be written inside it."""
    for m in REL_ASIDE_RE.finditer(text):
        if m.start() < min(h.start, it.start) and max(h.end, it.end) < m.end():
            return m.start(), m.end()
    return None


# an aside closing a list that dates every listed good: "S, T and two U, all delivered in 2016"
ALL_ASIDE_RE = re.compile(r",\s*(?:all|both)\s+(?:of\s+them\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en)\b[^,;:()]{0,40}")


def _all_aside_date(sv: SentenceView, ctx: ArticleContext, it: Item) -> tuple[str | None, str | None] | None:
    """The date of a closing "all delivered in 2016" aside after the good's list."""
    text = sv.text
    m = ALL_ASIDE_RE.search(text, it.end, min(len(text), it.end + 200))
    if m is None or re.search(r"[;:]|\.\s", text[it.end:m.start()]):
        return None
    found = [d for d in sv.dates if m.start() <= sv.rel(d.start) < m.end() and d.kind != "decade"]
    if not found:
        return None
    iso, _basis = ctx.date_of(found[0])
    return (iso[:4] if iso and found[0].kind == "range" else iso), found[0].text


def _line_date(sv: SentenceView, ctx: ArticleContext, it: Item) -> tuple[str | None, str | None] | None:
    """In a list of one deal a line ("- four S launchers, as aid in 2022;") the date written on
    the system's own line is its own."""
    text = sv.text
    lo = text.rfind("\n", 0, it.start) + 1
    hi = text.find("\n", it.end)
    hi = len(text) if hi < 0 else hi
    if lo == 0:
        return None  # the head line before the list: its date is the clause's
    found = [d for d in sv.dates if lo <= sv.rel(d.start) < hi and d.kind != "decade"]
    if not found:
        return None
    d = min(found, key=lambda x: abs(sv.rel(x.start) - it.start))
    iso, _basis = ctx.date_of(d)
    return (iso[:4] if iso and d.kind == "range" else iso), d.text


def _years_before(sv: SentenceView, ctx: ArticleContext, pos: int) -> list[int]:
    """Years named before ``pos`` in this sentence, else in the previous one ("a year later",
    "the same year" count from the latest of them)."""
    own = [d.year for d in sv.dates if d.kind == "absolute" and d.year and sv.rel(d.end) <= pos]
    if own:
        return own
    if sv.index == 0:
        return []
    return [d.year for d in ctx.sentences[sv.index - 1].dates if d.kind == "absolute" and d.year]


# a participial aside right after a listed system, up to its date: ", delivered in", ", all handed over between"
ASIDE_DATE_RE = re.compile(r"[\s\w\-’']{0,30}?,\s*(?:(?:all|both|each|later)\s+)?(?:\w+ly\s+)?[a-z]+ed(?:\s+over)?\s+"
                           r"(?:\w+\s+){0,2}?(?:in|between|from|during|by)?\s*")
# a coordinator after a date: the goods after it are another conjunct of the list
LIST_AND_RE = re.compile(r"\b(?:and|as\s+well\s+as|plus)\s")


def _dated_before(sv: SentenceView, it: Item, all_hits: list[Hit]) -> bool:
    """"… handed over a second cutter in 2021 and an S aircraft in 2024": a date between the
    trigger and the one named system belongs to goods listed before it (S has its own)."""
    starts = [h.end for h in all_hits if h.end <= it.start]
    return bool(starts) and any(max(starts) <= sv.rel(d.start) and sv.rel(d.end) <= it.start
                                and LIST_AND_RE.search(sv.text[sv.rel(d.end):it.start])
                                for d in sv.dates)


def _own_date(sv: SentenceView, ctx: ArticleContext, it: Item, all_hits: list[Hit],
              items: list[Item]) -> tuple[str | None, str | None] | None:
    """In a list of systems each with its own date ("nine S1 in 2018 and four S2 in 2019",
    "S1 in 2022 and two S2 a year later") the date written right after a system is its own."""
    text = sv.text
    if len(items) < 2 and not _dated_before(sv, it, all_hits):
        return None
    nxt = min([o.start for o in items if o.start >= it.end] + [len(text)])
    seg_end = nxt
    for d in sv.dates:
        pos = sv.rel(d.start)
        if not it.end <= pos < seg_end or d.kind == "decade":
            continue
        gap = text[it.end:pos]
        aside = ASIDE_DATE_RE.fullmatch(gap) is not None  # "… and six T, delivered in 2015": T's own aside
        if not aside and (not re.fullmatch(r"[\s\w\-’']{0,60}\(?", gap) or any(it.end <= x.start < pos for x in all_hits)):
            return None  # ("two T (2022)": the date in brackets after the goods is theirs)
        if not re.match(r"\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|;|\.|$|(?:from|to)\s+(?:the\s+)?(?-i:[A-Z]))",
                        text[sv.rel(d.end):]):
            return None
        iso, _basis = ctx.date_of(d)
        return (iso[:4] if iso and d.kind == "range" else iso), d.text
    later = YEARS_LATER_RE.search(text, it.end, seg_end)
    if later and re.fullmatch(r"[\s\w\-’']{0,40}", text[it.end:later.start()]) \
            and any(o.end <= it.start for o in items):
        n = WORD_NUMBERS.get(later.group(1).lower()) or (int(later.group(1)) if later.group(1).isdigit() else 0)
        years = _years_before(sv, ctx, later.start())
        if n and years:
            return str(years[-1] + n), later.group(0)
    return None


def _continued_date(sv: SentenceView, ctx: ArticleContext, it: Item, all_hits: list[Hit],
                    items: list[Item]) -> tuple[str | None, str | None]:
    """A later clause that goes on about the same system without naming another one: "S
    was ordered …, and the first of them entered service in 2023" dates S."""
    text = sv.text
    for d in sv.dates:
        pos = sv.rel(d.start)
        if pos < it.end or d.kind == "decade":
            continue
        if any(it.end <= o.start < pos and o.system != it.system for o in items):
            return None, None
        if not any(it.end <= x.start < pos for x in all_hits) \
                or not CONTINUATION_RE.search(text[it.end:pos]):
            return None, None
        iso, _basis = ctx.date_of(d)
        return (iso[:4] if iso and d.kind == "range" else iso), d.text
    return None, None
