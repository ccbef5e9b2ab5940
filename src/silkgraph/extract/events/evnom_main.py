"""Event nouns that make an event only as the sentence's main event (``needs: main`` in events.yaml), and
triggers whose body after "from" must be a named organisation or state (``needs: from_body``).

"A film about the massacre in Osh opened on 3 July": the massacre is only the film's topic, and the
sentence's date is the opening's.  Such a noun is an event when the massacre has its own date written in
its phrase ("the massacre in Osh on 2 July", "the shooting at the market in May 2010") or when it is the
subject of a past verb telling the deed ("On 2 July a massacre in a village left 12 dead", "The shooting at
the bazaar killed nine")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import Part
from silkgraph.extract.events.timeline import narrative_date

# a word of the place phrase after the noun: a name, a function word or a noun of places and gatherings
_PLACE_WORD = (r"(?:(?-i:[A-Z])[\w\-’']*|the|a|an|of|and|its|their|his|her|near|outside|inside|in|at|"
               r"[\w\-]+[’']s|main|central|old|local|remote|small|northern|southern|eastern|western|border|"
               r"concert|hall|school|market|bazaar|village|town|city|square|mosque|church|temple|shrine|camp|"
               r"prison|jail|district|region|province|valley|mall|shopping|centre|center|station|railway|bus|"
               r"airport|hotel|hospital|stadium|club|nightclub|caf[eé]|restaurant|theatre|theater|cinema|"
               r"university|college|offices?|base|barracks|checkpoint|post|capital|compound|embassy|parliament|"
               r"plant|factory|mine|wedding|funeral|rally|festival|street|road|highway|bridge|port|beach|park|"
               r"building|complex|venue|arena|house|home|farm|refugee|army|military|police|mountain|field)")
_PLACE = rf"(?:\s+(?:at|in|near|outside|inside)\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,7}}?)?"
_CLAIMED = r"(?:,\s*(?:claimed|carried out|committed|perpetrated) by\s+[^,;]{1,60},)?"
# the gap between the noun and a date of its own: its place phrase, then the date's preposition
OWN_DATE_GAP_RE = re.compile(_PLACE + r",?\s+(?:(?:late |early )?on|in|of|during)?\s*", re.I)
# a past verb telling the deed, its subject the noun's phrase
DEED_AFTER_RE = re.compile(_PLACE + _CLAIMED + r"\s+(?:killed|left\s+(?:at least\s+|some\s+|about\s+|more than\s+|"
                           r"over\s+|nearly\s+)?(?:\d+|[a-z]+|dozens|scores|hundreds)\b|claimed\s+(?:the\s+lives|"
                           r"(?:at least\s+|some\s+|about\s+|more than\s+|over\s+|nearly\s+)?(?:\d+|[a-z]+)\s+lives)|"
                           r"took place|happened|occurred|unfolded|broke out|erupted|"
                           r"(?:was|were) (?:carried out|committed|perpetrated))\b", re.I)
# the noun opening its clause: at the sentence's start (or a dateline's end) or after a comma, semicolon or dash,
# a fronted time ("On 2 July a massacre …") and determiners before it
_DETS = r"(?:(?:the|a|an|this|that|last|latest|deadly|bloody|brutal|horrific|\d{4}|[\w\-]+[’']s)\s+)*"
CLAUSE_START_RE = re.compile(
    r"(?:.*(?:[,;:]|\s[—–-]))?\s*(?:(?:and|but|then)\s+)?"
    r"(?:(?:(?:late |early )?on|in|last|this|earlier|later|overnight)(?:\s+(?!of\b)[\w\-’']+){0,4},?\s+)?" + _DETS,
    re.I | re.S)


def main_event(sv: SentenceView, ctx: ArticleContext, c: Cand) -> bool:
    """Whether the noun ``c`` (``needs: main``) tells the sentence's main event: a date of its own, written
    in its phrase (the event then takes it), or the subject of a past verb of the deed."""
    if c.trig.needs != "main":
        return True
    for d in sv.dates:
        a = sv.rel(d.start)
        if a > c.end and OWN_DATE_GAP_RE.fullmatch(sv.text, c.end, a):
            if d.kind in ("range", "decade"):
                return False  # "the massacres in X in the 1990s": a span, no point event
            if c.date[1] != d.text:
                iso, basis = narrative_date(ctx, sv, d)
                if iso is None:
                    return False
                c.date = (iso, d.text, basis)
            return True
    return CLAUSE_START_RE.fullmatch(sv.text, 0, c.start) is not None and \
        DEED_AFTER_RE.match(sv.text, c.end) is not None


FROM_BODY_RE = re.compile(r"\bfrom\s+(?:the\s+|its\s+)?")


def named_body_from(sv: SentenceView, ctx: ArticleContext, parts: list[Part], c: Cand) -> bool:
    """Whether a trigger with ``needs: from_body`` ("suspended X from ECOWAS", "was suspended from the CSTO")
    names, right after "from", an organisation or a state ("suspended from Facebook", "from Parliament",
    "from trading on 3 July" are none)."""
    if c.trig.needs != "from_body":
        return True
    m = FROM_BODY_RE.search(sv.text, c.end, min(len(sv.text), c.end + 80))
    return m is not None and any(p.start == m.end() and ctx.etype(p.eid) in ("organization", "state") for p in parts)
