"""Making event facts from candidates: splitting, coreference, fatalities (a visit's host: ``visit_host``;
one fact on one date and its coreference: ``event_record``; the deaths told: ``fatalities``)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.additive import added_to_date
from silkgraph.extract.events.article import ArticleState, _border_pair, fight_pair
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.domestic import (
    _domestic_actor,
    passive_coercion_actor,
    security_force_actor,
)

# (re-exported: events/__init__ imports _compatible and _coref from here)
from silkgraph.extract.events.event_record import _compatible as _compatible
from silkgraph.extract.events.event_record import _coref as _coref
from silkgraph.extract.events.event_record import _make_one, _note_date
from silkgraph.extract.events.fallback_dates import fallback_date, span_gap
from silkgraph.extract.events.fatalities import _fatalities
from silkgraph.extract.events.gapped_conjunct import conjunct_cand, gapped_conjuncts
from silkgraph.extract.events.more_dates import (
    EXERCISE_NAME_RE,
    _exercise_name_date,
    _repeated_dates,
)
from silkgraph.extract.events.participants import clause_bounds
from silkgraph.extract.events.party_fallback import fallback_party, guessed_party
from silkgraph.extract.events.patterns import HARD_BOUNDARY_RE, KEEP_UNDATED
from silkgraph.extract.events.visit_host import visit_host
from silkgraph.extract.events.wire_news_day import wire_report_date
from silkgraph.model import Fact

# "At its Bucharest summit, ...", "At their June 2024 summit EU leaders concluded ...": a bloc's own
# meeting as the setting of what it declared, not an event of its own
FRAMING_RE = re.compile(r"(?:^|[—–]\s*)(?:At|During)\s+(?:its|their)\s+(?:[\w\-–]+\s+){0,4}$")
# "…, NATO declared that …": the framed clause is a speech act, the summit's outcome told (the summit stays an event
# when the bloc acts at it: "At its summit in May, the bloc admitted X and approved Y")
SPOKEN_OUTCOME_RE = re.compile(r"(?:[^,;]*,)?\s+(?:[\w\-–’'.]+\s+){1,7}?(?:declared|said|stated|announced|pledged|promised|"
                               r"vowed|affirmed|reaffirmed|welcomed|urged|called|expressed|stressed|noted|warned|condemned|"
                               r"concluded)\b")
PLURAL_NOUN_RE = re.compile(r"(?:agreements|contracts|deals|accords|treaties)$|^bilateral", re.I)


def _split(c: Cand, sv: SentenceView) -> list[list[str]]:
    """Plural bilateral agreements with several partners: one event per pair."""
    ids = c.ids
    trig = sv.text[c.start:c.end]
    if c.trig.etype == "agreement" and PLURAL_NOUN_RE.search(trig) and len(ids) >= 3:
        side = [i for i in c.with_side if i in ids]
        other = [i for i in ids if i not in side]
        if len(other) == 1 and len(side) >= 2:
            return [[other[0], x] for x in side]
        if len(side) == 1 and len(other) >= 2:
            return [[x, side[0]] for x in other]
    return [[]]


# a fight between two sides (not a one-sided strike): who fought is the pair told around it
FIGHT_RE = re.compile(r"(?:clash(?:es|ed)?|fighting|gunfire|skirmish(?:es)?|hostilities|firefights?|"
                      r"(?:exchanges? of|exchanged|traded) (?:[\w\-]+ ){0,2}(?:fire|gunfire))", re.I)
BORDER_RE = re.compile(r"\b(?:border|borders|frontier|frontiers|boundary)\b", re.I)


def _border_told(sv: SentenceView, ctx: ArticleContext) -> bool:
    """The fight is on a border: a border is named in this sentence or the one before."""
    if BORDER_RE.search(sv.text):
        return True
    return sv.index > 0 and BORDER_RE.search(ctx.sentences[sv.index - 1].text) is not None


REL_PRON_RE = re.compile(r"\b(?:that|which|who)\b")


def _date_across_relative(sv: SentenceView, c: Cand) -> bool:
    """"signed a treaty on Thursday, settling a dispute that twice erupted into fighting":
    the date written before a relative clause is not the date of the fight inside it."""
    at = sv.text.find(c.date[1] or "\0")
    return 0 <= at < c.start and REL_PRON_RE.search(sv.text, at, c.start) is not None


def _make(sv: SentenceView, ctx: ArticleContext, c: Cand, st: ArticleState,
          anaphor_date: tuple[str, str, int, int] | None) -> list[Fact]:
    etype = c.trig.etype
    if etype == "attack" and not c.ids:  # "gunmen attacked a depot, killing three Turkish workers"
        _n, victims = _fatalities(sv.text, c.end, c.parts_all)
        if victims:
            c.extra_targets += [v for v in victims if v not in c.extra_targets]
    if etype == "meeting" and not c.ids and c.location:  # "a summit followed in Astana": the host
        host = ctx.entity(c.location)
        cap = str(host.attrs.get("capital_of") or "") if host is not None else ""
        if cap and ctx.entity(cap) is not None:
            c.extra_actors.append(cap)
            c.inferences["actors"] = f"the host: {host.name} is the capital"  # type: ignore[union-attr]
    if etype == "meeting" and c.ids:
        visit_host(sv, ctx, c)
    if (not c.ids and not (c.location and etype == "attack")) or \
            (etype == "coercion" and c.trig.subject == "target" and not (c.actors or c.extra_actors)):
        _domestic_actor(sv, ctx, c)  # ("516 people were detained in Nukus": the state it happens in)
    if etype == "coercion" and not c.actors and not c.extra_actors:
        passive_coercion_actor(sv, ctx, c)  # ("the monk X was arrested on sedition charges": by the state at home)
    if etype == "attack" and c.trig.kind == "noun" and FIGHT_RE.fullmatch(sv.text, c.start, c.end) and \
            c.ids and not c.extra_actors:
        bp = _border_pair(ctx, sv)  # "clashes erupted on the Kyrgyz-Tajik border": the two sides fought
        if bp and c.ids <= set(bp[0]):
            c.actors, c.targets = [], []
            c.extra_actors, c.inferences["actors"] = list(bp[0]), f"a fight on a border: {bp[1]}"
    if etype == "attack" and not c.ids and c.date[0] and \
            FIGHT_RE.fullmatch(sv.text, c.start, c.end) and _border_told(sv, ctx) and \
            not _date_across_relative(sv, c):
        pair = fight_pair(ctx, sv)  # "the frontier … In 2021 fighting killed 55 people": its two states
        if pair:
            c.extra_actors, c.inferences["actors"] = list(pair[0]), f"a border fight, sides unnamed: {pair[1]}"
    if etype == "attack" and not c.ids and not (c.extra_actors or c.extra_targets) and c.location and \
            not c.trig.symmetric and not security_force_actor(sv, ctx, c):
        _attacked_state(ctx, c)
    elif etype == "attack" and (c.actors or c.extra_actors) and not (c.targets or c.extra_targets) and c.location and \
            not c.trig.symmetric:
        _attacked_state(ctx, c, exclude=c.actor_ids)  # "Russian forces pounded Kharkiv": the place's state  # "gunmen attacked a concert hall in Krasnogorsk": Russia was attacked
    # "border forces clashed near X": a fight between unnamed sides is no fact, even located
    if c.trig.symmetric and etype == "attack" and not (c.actors or c.extra_actors) and \
            not fallback_party(sv, ctx, c, st, "sides", "actors"):
        return []
    if not c.ids and not (c.location and etype == "attack" and not c.trig.symmetric) and \
            not fallback_party(sv, ctx, c, st, "noparty", "targets" if etype == "attack" else "actors"):
        if c.date[0] and c.trig.kind == "noun" and c.date[2] == "as written":
            if not c.definite:
                _note_date(st, sv, c.date[0], c.date[1] or "")  # an event told, its parties unnamed
            st.partyless.setdefault(sv.index, (etype, c.date[0], c.date[1] or ""))
        return []
    if etype == "meeting" and FRAMING_RE.search(sv.text[:c.start]) and SPOKEN_OUTCOME_RE.match(sv.text, c.end):
        return []  # "At its Bucharest summit, NATO declared ...": the setting of what was declared
    has_target = bool(c.targets or c.extra_targets) or c.chained
    if c.trig.needs in ("target", "both") and not has_target and fallback_party(sv, ctx, c, st, "target", "targets"):
        has_target = True
    if (c.trig.needs == "target" and not has_target) or \
            (c.trig.needs == "actor" and not (c.actors or c.extra_actors)) or \
            (c.trig.needs == "both" and not (has_target and (c.actors or c.extra_actors))) or \
            (c.trig.needs == "pair" and len({i for i in c.ids if i.startswith("state:")}) < 2) or \
            (c.trig.needs == "org_target" and not any(ctx.etype(p.eid) == "organization" for p in c.targets)
             and not any(ctx.etype(x) == "organization" for x in c.extra_targets)):
        return []
    iso, dtext, basis = c.date
    if anaphor_date and (span_gap(anaphor_date[2], anaphor_date[3], c.start, c.end) > 60 or HARD_BOUNDARY_RE.search(
            sv.text, min(c.end, anaphor_date[3]), max(c.start, anaphor_date[2]))):
        anaphor_date = None  # "the meeting's communiqué" dates only an event close to it
    if iso is None and anaphor_date:
        iso, dtext, basis = anaphor_date[0], anaphor_date[1], f"the date of '{anaphor_date[1]}'"
    if iso is None:
        iso, dtext, basis = _exercise_name_date(sv, c)
    if iso is None:
        iso, dtext, basis = fallback_date(sv, ctx, c)
    if iso is None:
        iso, dtext, basis = added_to_date(sv, c, st.events)
    if iso is None and not guessed_party(c):
        # a wire item's act with no other date: its news day, told with background cues; only for an act
        # whose parties the sentence names (a party guessed from a place or the article is not dated)
        iso, dtext, basis = wire_report_date(sv, ctx, c)
    if iso is None and etype not in KEEP_UNDATED:
        return []
    out = []
    more = _more_exercise_dates(sv, c, dtext) if basis.startswith("the year in the exercise name") else []
    dates = [(iso, dtext, basis)] + (more or _repeated_dates(sv, ctx, c, iso))
    for date in dates:
        for pair in _split(c, sv):
            f = _make_one(sv, ctx, c, st, date, set(pair))
            if f is not None:
                out.append(f)
    conj = gapped_conjuncts(sv, ctx, c, iso) if len(dates) == 1 and basis == "as written" else []
    for date, s, e in conj:  # "member of A in 2023 and of B in 2024": B's own event, on its own date
        cc = conjunct_cand(sv, ctx, c, s, e)
        f = _make_one(sv, ctx, cc, st, date, set()) if cc is not None else None
        if f is not None:
            out.append(f)
    return out


NAME_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _more_exercise_dates(sv: SentenceView, c: Cand, first: str | None) -> list[tuple[str | None, str | None, str]]:
    """"Vostok-2018 and Vostok-2022 exercises": each coordinated exercise name is one event."""
    if not first:
        return []
    cs, ce = clause_bounds(sv.text, c.start, c.end)
    names = list(EXERCISE_NAME_RE.finditer(sv.text, cs, ce))
    out: list[tuple[str | None, str | None, str]] = []
    for a, b in zip(names, names[1:], strict=False):
        if (a.group("name") == first or out) and NAME_LIST_GAP_RE.fullmatch(sv.text, a.end(), b.start()):
            if b.group("y") != a.group("y"):
                out.append((b.group("y"), b.group("name"), f"the year in the exercise name '{b.group('name')}'"))
        elif out:
            break
    return out


def _attacked_state(ctx: ArticleContext, c: Cand, exclude: set[str] | frozenset[str] = frozenset()) -> None:
    """An attack on no named party, located at a place: its target is the state the place lies
    in (a recorded inference), unless that state is the attacker."""
    place = ctx.entity(c.location or "")
    if place is None or ctx.etype(c.location or "") != "place" or not place.country:
        return
    sid = f"state:{place.country}"
    if ctx.entity(sid) is not None and sid not in exclude:
        c.extra_targets.append(sid)
        c.weak.append(sid)
        c.inferences.setdefault("targets", f"the state attacked: {place.name} lies in {place.country}")
