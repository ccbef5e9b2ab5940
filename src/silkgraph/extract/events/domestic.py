"""Events at home: protests and crackdowns whose parties are not named take the state they
happen in (the country of a place named, else the state the article is about)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.institution import dateline_end, home_state, place_before
from silkgraph.extract.events.participants import places
from silkgraph.extract.events.patterns import DOMESTIC_RE, HARD_BOUNDARY_RE

# "Protests broke out", "Mass street protests followed": protests told as what happened (the clause's subject)
PROTEST_SUBJ_RE = re.compile(r"\s*(?:(?:[A-Z][\w\-]*|the|mass|street|large|new|fresh|further|renewed|nationwide|"
                             r"anti-government|weeks of|days of|months of)\s+){0,3}")
# a colon, semicolon or dash: what follows is another statement, its places are not the event's
SEGMENT_BREAK_RE = re.compile(r"[;:—]")


def _domestic_actor(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Protests and crackdowns with no party named: the state they happen in — the country
    of a place named in the sentence, else (police, the authorities, demonstrators) the
    state the article is about, when it was named in the last three sentences."""
    if c.trig.etype not in ("protest", "coercion"):
        return
    lo = max((b.end() for b in SEGMENT_BREAK_RE.finditer(sv.text, 0, c.start)), default=0)
    hb = SEGMENT_BREAK_RE.search(sv.text, c.end)
    hi = hb.start() if hb else len(sv.text)
    # "X happened, and Y lodged a protest": a place of another main clause is not the event's
    lo = max([lo] + [b.end() for b in HARD_BOUNDARY_RE.finditer(sv.text, lo, c.start)])
    hb = HARD_BOUNDARY_RE.search(sv.text, c.end, hi)
    hi = hb.start() if hb else hi
    dl = dateline_end(sv.text)
    if dl is not None and lo < dl <= c.start:  # "TBILISI, Dec 5 (Wire) – …": where the report was filed
        lo = dl
    for m in places(sv, ctx):
        if not lo <= sv.rel(m.start) < hi:
            continue  # "answered with protests: X refused to meet Y at Granada": another clause's place
        ent = ctx.entity(m.entity_id)
        if ent is not None and ent.country and ctx.entity(f"state:{ent.country}") is not None:
            c.extra_actors.append(f"state:{ent.country}")
            c.inferences["actors"] = f"the country of {m.text}"
            c.targets = [t for t in c.targets if t.eid != f"state:{ent.country}"]  # its own people
            c.location = c.location or m.entity_id
            return
    dm = DOMESTIC_RE.search(sv.text)
    if dm is None and not (c.trig.etype == "protest" and
                           (c.trig.kind == "verb" or PROTEST_SUBJ_RE.fullmatch(sv.text, lo, c.start))):
        return
    near = place_before(sv, ctx)  # "Crowds gathered on X Avenue. Riot police cleared the avenue": X's country
    if near:
        c.extra_actors.append(near[0])
        c.inferences["actors"] = f"the country of {near[1]}, the place told just before"
        c.targets = [t for t in c.targets if t.eid != near[0]]
        return
    home = _persons_state(sv, ctx)  # "protesters stormed the residence, and Rajapaksa fled": his state
    if home:
        c.extra_actors.append(home[0])
        c.inferences["actors"] = f"the state of {home[1]}, named in the sentence"
        return
    topic = home_state(ctx, sv)  # "Protests broke out within hours": in the state at home in the text
    if topic:
        c.extra_actors.append(topic)
        c.inferences["actors"] = f"'{dm.group(0) if dm else sv.text[c.start:c.end]}' of the state the article is about"


def _persons_state(sv: SentenceView, ctx: ArticleContext) -> tuple[str, str] | None:
    """The one state that the people named in the sentence belong to (none if they differ, or a state is
    named as a party)."""
    found: dict[str, str] = {}
    for m in sv.mentions:
        et = ctx.etype(m.entity_id)
        if et == "state" and m.role != "place":
            return None
        ent = ctx.entity(m.entity_id) if et == "person" else None
        if ent is not None and ent.country and ctx.entity(f"state:{ent.country}") is not None:
            found.setdefault(f"state:{ent.country}", m.text)
    return next(iter(found.items())) if len(found) == 1 else None


# a state's own security forces as the subject of an armed act at home ("Security forces killed 13 militants in
# North Waziristan", "police shot dead two gunmen in Quetta")
SECURITY_SUBJ_RE = re.compile(r"\b(?:security forces|police|policemen|riot police|paramilitary (?:forces|troops)|"
                              r"counter-terrorism (?:police|department|forces)|law enforcement(?: agencies| officers)?)\s+"
                              r"(?:[a-z]+\s+){0,2}$", re.I)


def security_force_actor(sv: SentenceView, ctx: ArticleContext, c: Cand) -> bool:
    """An attack by unnamed security forces or police at a place: the state the place lies in
    acted (a recorded inference)."""
    if c.trig.etype != "attack" or not c.location or c.ids or \
            not SECURITY_SUBJ_RE.search(sv.text, max(0, c.start - 40), c.start):
        return False
    ent = ctx.entity(c.location)
    if ent is None or ctx.etype(c.location) != "place" or not ent.country or \
            ctx.entity(f"state:{ent.country}") is None:
        return False
    c.extra_actors.append(f"state:{ent.country}")
    c.inferences["actors"] = f"the security forces of the state {ent.name} lies in"
    return True


# "was arrested", "were detained", "had been jailed": a coercive act told in the passive
PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
PASSIVE_TRIGGER_RE = re.compile(r"(?:was|were|had been|has been|have been|been|being)\s", re.I)


def passive_coercion_actor(sv: SentenceView, ctx: ArticleContext, c: Cand) -> bool:
    """An arrest or detention told in the passive with no agent ("X was arrested on sedition charges"):
    the state at home in the text arrested (the state the article is about, :func:`home_state`), unless
    a state is among those arrested (its people held abroad: no actor told)."""
    if c.trig.kind != "verb" or not (PASSIVE_BEFORE_RE.search(sv.text, max(0, c.start - 20), c.start) or
                                     PASSIVE_TRIGGER_RE.match(sv.text, c.start, c.end)):
        return False
    if any(ctx.etype(p.eid) == "state" for p in c.targets) or \
            any(ctx.etype(i) == "state" for i in c.extra_targets):
        return False
    home = home_state(ctx, sv)
    if home is None:
        return False
    c.extra_actors.append(home)
    c.inferences["actors"] = "no agent told: the state at home in the text (the state the article is about)"
    return True
