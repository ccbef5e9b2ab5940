"""Summits listed by place and date: "Later summits – Qingdao in June 2018, Bishkek on June 14, 2019 – endorsed …",
"successive summits, in Jeddah in May 2023 and in Manama on May 16, 2024, called for …".

A plural "summits" followed by a list of places, each with a date of its own, tells one meeting per
listed place: held there, on that date.  No party is named with the list: the meetings are the
organisation's the text is about (the last named, as for "its summit"), hosted by the place's
country (recorded inferences) — unless the clause before "summits" names states or persons of its own
("Putin and Xi have since held two summits, in …": theirs) or calls them "bilateral" (never a bloc's).  A list needs two items at least; an item is a place written right
before its own date ("Astana in November 2023"), with nothing else between the items but commas,
"and", a dash and "in"/"at".
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.blocs import bloc_before, is_bloc, recent_org
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import Part, place_state, places
from silkgraph.extract.events.timeline import narrative_date
from silkgraph.extract.events.triggers import Trigger

SUMMITS_RE = re.compile(r"\bsummits\b", re.I)
# between "summits" and the first place: "summits – ", "summits, in ", "summits (", "summits held in "
LIST_OPEN_RE = re.compile(r"\s*(?:[–—(:]\s*|,\s*)?(?:(?:held|hosted)\s+)?(?:(?:in|at)\s+)?")
# between one item's date and the next place: ", ", " and ", ", and in "
ITEM_GAP_RE = re.compile(r"\s*(?:,\s*|;\s*)?(?:and\s+)?(?:(?:in|at)\s+)?")
# between a place and its own date: nothing but a space or a comma
PLACE_DATE_GAP_RE = re.compile(r",?\s*")
# summits of two parties' own, never an organisation's
BILATERAL_RE = re.compile(r"\b(?:bilateral|two-way|one-on-one|face-to-face)\b(?:\s+[\w\-]+){0,2}\s*$", re.I)
LISTED_SUMMIT = Trigger("meeting", "noun", re.compile("listed summit"), (), True, "actor")


def _host(ctx: ArticleContext, eid: str) -> str | None:
    """The state hosting a meeting at the place ``eid`` (the place itself when a state stands for it)."""
    if ctx.etype(eid) == "state":
        return eid
    return place_state(ctx, eid)


def _items(sv: SentenceView, ctx: ArticleContext, pos: int) -> list[tuple[str, int, int, str, str, str]]:
    """The (place, start, end, iso, date text, basis) items listed from ``pos`` on."""
    text = sv.text
    # a place, or a capital standing for its state ("Astana in November 2023")
    where = {sv.rel(m.start): m for m in sv.mentions if m.kind == "capital"}
    where.update({sv.rel(m.start): m for m in places(sv, ctx)})
    dates = {sv.rel(d.start): d for d in sv.dates if d.kind not in ("range", "decade", "anaphoric")}
    out: list[tuple[str, int, int, str, str, str]] = []
    gap = LIST_OPEN_RE
    while True:
        g = gap.match(text, pos)
        m = where.get(g.end()) if g else None
        if m is None:
            break
        b = sv.rel(m.end)
        pg = PLACE_DATE_GAP_RE.match(text, b)
        d = dates.get(pg.end()) if pg else None
        if d is None or d.prep not in ("in", "on"):
            break
        iso, basis = narrative_date(ctx, sv, d)
        if iso is None:
            break
        out.append((m.entity_id, sv.rel(m.start), b, iso, d.text, basis))
        pos, gap = sv.rel(d.end), ITEM_GAP_RE
    return out


def _own_parties(sv: SentenceView, ctx: ArticleContext, parts: list[Part], at: int) -> list[str] | None:
    """The parties whose own the summits at ``at`` are told to be: the states and persons named in the
    clause before them ("Putin and Xi have since held two summits"); an empty list for "bilateral
    summits" without them; None when the clause names none (the summits may be a bloc's)."""
    start = max(sv.text.rfind(";", 0, at), sv.text.rfind(":", 0, at)) + 1
    own: list[str] = []
    for p in parts:
        if start <= p.start < at and ctx.etype(p.eid) in ("state", "person") and p.eid not in own:
            own.append(p.eid)
    if own or BILATERAL_RE.search(sv.text, max(0, at - 30), at):
        return own
    return None


def _meeting(ctx: ArticleContext, parts: list[Part], item: tuple[str, int, int, str, str, str],
             actors: list[str], why: str) -> Cand:
    """The meeting of one listed place and date, held by ``actors`` (``why``: the inference)."""
    eid, a, b, iso, dtext, basis = item
    c = Cand(LISTED_SUMMIT, a, b, [], [], False)
    c.parts_all = parts
    c.date = (iso, dtext, basis)
    c.location = eid if ctx.etype(eid) == "place" else None
    c.extra_actors = actors
    c.inferences["actors"] = why
    return c


def _theirs(ctx: ArticleContext, parts: list[Part], items: list[tuple[str, int, int, str, str, str]],
            own: list[str]) -> list[Cand]:
    """One meeting of the clause's own parties for each place and date listed."""
    return [_meeting(ctx, parts, item, list(own), "one of the summits listed: the parties named before them")
            for item in items]


def lists_summits(text: str) -> bool:
    """A cheap check: the sentence may list summits."""
    return "ummits" in text


def listed_summits(sv: SentenceView, ctx: ArticleContext, parts: list[Part]) -> tuple[list[Cand], tuple[int, int] | None]:
    """One meeting for each place and date listed after a plural "summits" (with the span of
    "summits", whose own candidate they replace); none when fewer than two are listed or no
    organisation is named before."""
    if not lists_summits(sv.text):
        return [], None
    for sm in SUMMITS_RE.finditer(sv.text):
        items = _items(sv, ctx, sm.end())
        if len(items) < 2:
            continue
        own = _own_parties(sv, ctx, parts, sm.start())
        if own is not None:  # "Putin and Xi have held two bilateral summits, in …": theirs, not a bloc's
            if len(own) < 2:
                return [], None
            return _theirs(ctx, parts, items, own), (sm.start(), sm.end())
        org = recent_org(ctx, sv, sm.start()) or bloc_before(ctx, sv, sm.start())
        if org is None or not is_bloc(ctx, org[0]):
            return [], None
        out: list[Cand] = []
        for item in items:
            eid, a, b = item[:3]
            actors, why = [org[0]], f"one of the summits listed: {org[1]}"
            host = _host(ctx, eid)
            if host and host != org[0]:
                actors.append(host)
                why += f"; the host country of {sv.text[a:b]}"
            out.append(_meeting(ctx, parts, item, actors, why))
        return out, (sm.start(), sm.end())
    return [], None
