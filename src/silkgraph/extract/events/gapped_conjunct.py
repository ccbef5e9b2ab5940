"""Gapped prepositional conjuncts with dates of their own: "became a member of the SCO in July
2023 and of BRICS in January 2024", "was admitted to X on 7 December 2017 and to Y on 19 January
2018".  The verb is left out of the second conjunct, which repeats the preposition of the first
(a parallel structure): the event is told again, on the second date, of the second object only —
the copy takes its parties and place from its own conjunct, none from the first one's object."""

from __future__ import annotations

import re
from dataclasses import replace

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.clock import WRITTEN_YEAR_RE
from silkgraph.extract.events.fallback_dates import point_dates
from silkgraph.extract.events.participants import participants
from silkgraph.extract.events.timeline import listed_items

# ", and of BRICS ", " and to the Australia Group ": only "and", the repeated preposition and its object
CONJUNCT_GAP_RE = re.compile(r"\s*,?\s*and\s+(?:also\s+|then\s+|later\s+)?(?P<prep>of|to|with|into|from|for|against|on)\s+"
                             r"(?P<obj>[^,;:()\d]{2,60}?)\s*")
# the object is names only ("of BRICS", "to the Australia Group", "on Belarus and Iran"), not a phrase
# or a clause of its own ("to the dismay of Russia", "to a bloc led by China", "to X it was admitted")
NAMES_ONLY_RE = re.compile(r"(?:\s|,|\band\b|\bthe\b|\b(?:in|on|at|during|from)\s*$)*", re.I)
WORD_RE = re.compile(r"\w+")
# the preposition of the conjunct's date left at the end of its object ("of BRICS in")
DATE_PREP_RE = re.compile(r"\s+(?:in|on|at|during|from)$")


def gapped_conjuncts(sv: SentenceView, ctx: ArticleContext, c: Cand,
                     iso: str | None) -> list[tuple[tuple[str | None, str | None, str], int, int]]:
    """The further conjuncts of an event whose own date ``iso`` (written after its trigger, in its own
    phrase) is followed by "and <preposition> <object> <date>", the preposition one the trigger's phrase
    used before its date: (date, start, end of the conjunct's object) each; else the further items
    of a list of dated objects after the verb (:func:`listed_items`: "in 2023 X blacklisted two Iranian
    firms, in 2024 a Belarusian bank, and in May ..."), each its own event on its own item."""
    if not iso:
        return []
    return _gapped(sv, ctx, c, iso) or listed_items(sv, ctx, c)


def _gapped(sv: SentenceView, ctx: ArticleContext, c: Cand,
            iso: str) -> list[tuple[tuple[str | None, str | None, str], int, int]]:
    """The conjuncts "and <preposition> <object> <date>" after the event's own date ``iso``."""
    if " and " not in sv.text[c.end:]:
        return []
    ds = [d for d in point_dates(sv, ctx) if d[0] >= c.end]
    out: list[tuple[tuple[str | None, str | None, str], int, int]] = []
    first = next((i for i, d in enumerate(ds) if d[2] == iso), None)
    if first is None:
        return out
    own = sv.text[c.start:ds[first][0]]
    if len(own) > 100 or re.search(r"[,;:]", own):
        return out  # the date is not in the trigger's own phrase
    prev = ds[first]
    for d in ds[first + 1:]:
        m = CONJUNCT_GAP_RE.fullmatch(sv.text, prev[1], d[0])
        if m is None or m.group("prep") not in WORD_RE.findall(own) or \
                not NAMES_ONLY_RE.fullmatch(_unnamed(sv, m.start("obj"), m.end("obj"))) or \
                d[2] == prev[2] or len(d[2]) < 4:
            break
        written = WRITTEN_YEAR_RE.search(d[3]) is not None
        obj_end = m.start("obj") + len(DATE_PREP_RE.sub("", m.group("obj")))
        out.append(((d[2], d[3], "as written" if written else f"year of the coordinated date '{prev[3]}'"),
                    m.start("obj"), obj_end))
        prev = d
    return out


def _unnamed(sv: SentenceView, start: int, end: int) -> str:
    """``sv.text[start:end]`` with its names blanked."""
    text = sv.text
    for a, b, _m in sv.mentions_rel():
        if start <= a < b <= end:
            text = text[:a] + " " * (b - a) + text[b:]
    return text[start:end]


def conjunct_cand(sv: SentenceView, ctx: ArticleContext, c: Cand, start: int, end: int) -> Cand | None:
    """The event of a gapped conjunct whose object is ``sv.text[start:end]``: the parties of ``c``
    told before its trigger (the shared subject) are kept; those after it (the first conjunct's
    object) are replaced, in the same role, by the parties named in the conjunct's own object, and
    its place by the place named there (a list item naming none, "and in May a bank", keeps only
    the shared subject). None when the copy is left with no party and no place."""
    def in_first(a: int) -> bool:
        return a >= c.end

    mine = [p for p in participants(sv, ctx) if start <= p.start < end]
    mine = [p for p in mine if not any(q.start <= p.start and p.end <= q.end and q.end - q.start > p.end - p.start
                                       for q in mine)]  # "Australia" inside "the Australia Group"
    place = next((m.entity_id for m in sv.mentions if start <= sv.rel(m.start) < end and
                  ctx.etype(m.entity_id) == "place"), None)
    as_actor = (any(in_first(p.start) for p in c.actors) and not any(in_first(p.start) for p in c.targets)) or \
        (not any(in_first(p.start) for p in c.targets) and (c.trig.symmetric or c.trig.needs == "pair"))
    actors = [p for p in c.actors if not in_first(p.start)]
    targets = [p for p in c.targets if not in_first(p.start)]
    kept = {p.eid for p in actors + targets}
    new = [p for p in mine if p.eid not in kept]
    if as_actor:
        actors += new
    else:
        targets += new
    # inferred parties and place came from the first conjunct's object or its place: not the copy's
    inferences = {k: v for k, v in c.inferences.items() if k not in ("targets", "location") and
                  not (k == "actors" and v.startswith("the host"))}
    extra = [] if "actors" in c.inferences and "actors" not in inferences else list(c.extra_actors)
    if not (actors or targets or extra or place):
        return None
    return replace(c, actors=actors, targets=targets, extra_actors=extra, extra_targets=[],
                   location=place, inferences=inferences, weak=[], with_side=[])
