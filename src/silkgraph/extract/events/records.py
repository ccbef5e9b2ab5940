"""Making event facts from candidates: splitting, coreference, fatalities (a visit's host: ``visit_host``)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.additive import added_to_date, additive, told_apart
from silkgraph.extract.events.arg_passive import appositive_span
from silkgraph.extract.events.article import (
    ArticleState,
    EventRecord,
    _border_pair,
    add_evidence,
    fight_pair,
)
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.domestic import (
    _domestic_actor,
    passive_coercion_actor,
    security_force_actor,
)
from silkgraph.extract.events.fallback_dates import fallback_date, span_gap
from silkgraph.extract.events.gapped_conjunct import conjunct_cand, gapped_conjuncts
from silkgraph.extract.events.mod_cancel import cancel_ignores
from silkgraph.extract.events.mod_future import future_modality
from silkgraph.extract.events.more_dates import (
    EXERCISE_NAME_RE,
    _exercise_name_date,
    _repeated_dates,
)
from silkgraph.extract.events.participants import Part, clause_bounds
from silkgraph.extract.events.patterns import (
    DROP_MODALITIES,
    HARD_BOUNDARY_RE,
    KEEP_UNDATED,
    PLOVER,
)
from silkgraph.extract.events.visit_host import visit_host
from silkgraph.extract.modality import classify
from silkgraph.model import Fact
from silkgraph.nlp.numbers import parse_number
from silkgraph.nlp.prefilter import Gate

# who the dead were ("killing one Chinese worker", "three employees of X", "26 civilians")
VICTIMS = (r"(?:people|persons?|tourists?|soldiers?|civilians?|militants?|fighters?|individuals?|troops|"
           r"servicem[ae]n|policem[ae]n|police officers?|officers?|personnel|guards?|border guards?|pilgrims?|"
           r"workers?|children|employees?|staff|nationals?|citizens?|engineers?|miners?|passengers?|"
           r"crew(?: members?)?|villagers?|students?|journalists?|diplomats?|peacekeepers?|residents?)")
FATAL_RE = re.compile(
    r"\b(?:killing(?: of)?|killed|kills|massacre of|claim(?:ed|ing) the lives of|(?:resulting|resulted) in the deaths? of|"
    r"deaths of|leaving|left)\s+(?:at least\s+|some\s+|nearly\s+|about\s+|over\s+)?"
    r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+){0,2}?" + VICTIMS + r"\b", re.I)

KILLED_RE = re.compile(
    r"\b(?:at least\s+|some\s+|about\s+|nearly\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w\-]+\s+){0,2}?"
    + VICTIMS + r"(?:\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){1,6}?)?\s+(?:were|was|had been|have been)\s+"
    r"(?:killed|shot dead|shot and killed|gunned down)\b", re.I)
_FATAL_GATE, _KILLED_GATE = Gate(FATAL_RE), Gate(KILLED_RE)
# "three employees of Shohin SM, a Chinese-owned miner": the victims' employer or origin
VICTIM_OF_RE = re.compile(r"\s+of\s+[^;.]{0,90}?(?=[;.]|,\s+(?!an?\s)|\s+(?:in|on|at|near|and)\s|$)")
REPORTED_INTENT_RE = re.compile(r"\b(?:said|says|told|announced|confirmed|declared|stated)\b(?:\s+[\w’'\-]+){0,6}?\s+"
                                r"that\s+(?:[\w’'\-]+\s+){1,4}would\s+(?:\w+\s+)?$")

# "At its Bucharest summit, ...", "At their June 2024 summit EU leaders concluded ...": a bloc's own
# meeting as the setting of what it declared, not an event of its own
FRAMING_RE = re.compile(r"(?:^|[—–]\s*)(?:At|During)\s+(?:its|their)\s+(?:[\w\-–]+\s+){0,4}$")
# "…, NATO declared that …": the framed clause is a speech act, the summit's outcome told (the summit stays an event
# when the bloc acts at it: "At its summit in May, the bloc admitted X and approved Y")
SPOKEN_OUTCOME_RE = re.compile(r"(?:[^,;]*,)?\s+(?:[\w\-–’'.]+\s+){1,7}?(?:declared|said|stated|announced|pledged|promised|"
                               r"vowed|affirmed|reaffirmed|welcomed|urged|called|expressed|stressed|noted|warned|condemned|"
                               r"concluded)\b")
PLURAL_NOUN_RE = re.compile(r"(?:agreements|contracts|deals|accords|treaties)$|^bilateral", re.I)


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _coref(st: ArticleState, etype: str, ids: set[str], date: str | None) -> EventRecord | None:
    for r in reversed(st.events):
        if r.etype != etype or not _compatible(r.date, date):
            continue
        if ids and r.parts & ids:
            return r
        if not ids and date and r.date and r.date.startswith(date[:7]):
            return r
        if not ids and not date and r is st.events[-1]:
            return r
    return None


def _note_date(st: ArticleState, sv: SentenceView, iso: str, text: str) -> None:
    st.dates.setdefault(sv.index, (iso, text))
    st.last_dates[sv.index] = (iso, text)


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
    if c.trig.symmetric and etype == "attack" and not (c.actors or c.extra_actors):
        return []
    if not c.ids and not (c.location and etype == "attack" and not c.trig.symmetric):
        if c.date[0] and c.trig.kind == "noun" and c.date[2] == "as written":
            if not c.definite:
                _note_date(st, sv, c.date[0], c.date[1] or "")  # an event told, its parties unnamed
            st.partyless.setdefault(sv.index, (etype, c.date[0], c.date[1] or ""))
        return []
    if etype == "meeting" and FRAMING_RE.search(sv.text[:c.start]) and SPOKEN_OUTCOME_RE.match(sv.text, c.end):
        return []  # "At its Bucharest summit, NATO declared ...": the setting of what was declared
    has_target = bool(c.targets or c.extra_targets) or c.chained
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


def _states(ids: set[str] | frozenset[str]) -> frozenset[str]:
    """The states among a set of parties: "signed a protocol" the same day by the same two states as the accord
    told before (with the commission that met) is the same agreement."""
    return frozenset(i for i in ids if i.startswith("state:"))


def _make_one(sv: SentenceView, ctx: ArticleContext, c: Cand, st: ArticleState,
              date: tuple[str | None, str | None, str], only: set[str]) -> Fact | None:
    etype = c.trig.etype
    iso, dtext, basis = date
    actors = [p for p in c.actors if not only or p.eid in only]
    extra = [x for x in c.extra_actors if not only or x in only]
    targets = [p for p in c.targets if not only or p.eid in only]
    ids = {p.eid for p in actors + targets} | set(extra) | {x for x in c.extra_targets if not only or x in only}
    ids -= set(c.weak)
    added = c.separate or additive(sv.text, c.start, c.trig.kind == "noun")  # "the two leaders also signed an accord on flights": a further act
    added = added or told_apart(sv.text, c.start)  # "In a separate operation, police detained …": another act
    dup = _coref(st, etype, ids, iso) if c.definite and not added else None
    acting = {p.eid for p in actors} | set(extra)
    if dup is None and not added:  # (not a reply: "X struck Y … Y fired on X in reply" are two acts of one day)
        dup = next((r for r in st.events if r.etype == etype and r.date == iso and
                    not (not c.trig.symmetric and acting & set(r.fact.args.get("targets") or ())) and
                    (r.parts == frozenset(ids) or (c.trig.symmetric and iso and len(iso) == 10 and
                                                   _states(r.parts) == _states(ids) and len(_states(ids)) >= 2))), None)
    if dup is None and iso:  # "the two countries that fought in 2008" after the August 2008 war: a vaguer repeat
        dup = next((r for r in st.events if r.etype == etype and r.parts == frozenset(ids) and r.date and
                    len(iso) == 4 < len(r.date) and r.date.startswith(iso)), None)
    if dup is not None:
        add_evidence(dup.fact, sv)
        if c.definite and iso and dup.date and len(iso) > len(dup.date) and iso.startswith(dup.date) and \
                (basis == "as written" or basis.startswith("year from")):
            # "Two rounds of fighting, in 2021 and 2022 … On April 28, … gunfire": the fuller date told later
            dup.date = iso
            dup.fact.args["date"], dup.fact.args["date_text"] = iso, dtext
            dup.fact.inferences["date"] = basis if basis != "as written" else dup.fact.inferences.pop("date", "")
            if not dup.fact.inferences["date"]:
                dup.fact.inferences.pop("date")
        if dup.date:
            _note_date(st, sv, dup.date, dtext or "")
        return None
    inferences = dict(c.inferences)
    summary = _lead_summary(st, etype, iso, sv) if sv.section != "lead" else None
    for p in actors + targets:
        if p.why:
            inferences.setdefault("actors" if p in actors else "targets", p.why)
    if basis and basis != "as written":
        inferences["date"] = basis
    actor_ids = [p.eid for p in actors]
    targ_ids = [p.eid for p in targets]
    fat = None
    if etype == "attack":
        fat, victims = _fatalities(sv.text, c.end, c.parts_all)
        targ_ids += [v for v in victims if v not in targ_ids and v not in actor_ids and (not only or v in only)]
        ids |= set(victims)
    for x in extra:
        if ctx.etype(x) == "organization" and etype == "accession":
            targ_ids.append(x)
        elif x not in actor_ids:
            actor_ids.append(x)
    targ_ids += [x for x in c.extra_targets if x not in targ_ids and (not only or x in only)]
    args = {
        "event_type": etype,
        "actors": actor_ids,
        "targets": targ_ids,
        "date": iso,
        "date_text": dtext,
        "location": c.location,
        "fatalities": fat,
        "plover": PLOVER.get(etype),
    }
    ignore = frozenset({"alleged", "claimed", "denied"}) if etype in ("accusation", "rejection") else frozenset()
    if REPORTED_INTENT_RE.search(sv.text, 0, c.start):
        ignore = ignore | {"hypothetical"}
    ignore = ignore | cancel_ignores(sv.text, c.start, etype, c.trig.kind)  # (evmod) "the summit planned for May was cancelled"
    aside = appositive_span(sv.text, c.start, c.end)  # "Georgia, sanctioned by X, denied …": the aside's own mood
    own = classify(sv.text[:aside[1]], c.start, ignore) if aside else None
    f = ctx.fact("event", sv, args, sv.abs(c.start), modality=own, inferences=inferences, ignore_modality=ignore)
    f.modality = future_modality(ctx, sv.text, c.start, etype, f.modality, iso, basis)  # (evmod)
    if f.modality in DROP_MODALITIES:
        return None
    if summary is not None:  # the lead told this event in brief: one event, the body's detail
        old = summary.fact
        old.evidence.append(f.evidence[0])
        for k in ("actors", "targets"):
            merged = list(dict.fromkeys((old.args.get(k) or []) + (f.args.get(k) or [])))
            if merged:
                old.args[k] = merged
        for k in ("date", "date_text", "location"):
            if f.args.get(k):
                old.args[k] = f.args[k]
        old.inferences.update({k: v for k, v in f.inferences.items() if k not in old.inferences})
        summary.date = iso
        summary.parts = summary.parts | frozenset(ids)
        _note_date(st, sv, iso, dtext or "")  # type: ignore[arg-type]
        return None
    st.events.append(EventRecord(f, etype, frozenset(ids), iso))
    if iso:
        _note_date(st, sv, iso, dtext or "")
    return f


def _lead_summary(st: ArticleState, etype: str, iso: str | None, sv: SentenceView) -> EventRecord | None:
    """An event of the lead dated less precisely than one of the same type told in the body
    ("in December 2023" / "on December 14, 2023"): the lead summarised it."""
    if not iso:
        return None
    for r in st.events:
        if r.etype == etype and r.fact.section == "lead" and r.date and len(r.date) < len(iso) and \
                iso.startswith(r.date) and all(e.start < sv.start for e in r.fact.evidence):
            return r
    return None


KILL_VERB_RE = re.compile(r"(?:killed|shot dead|shot and killed|murdered|massacred|executed|beheaded)$")


def _fatalities(text: str, pos: int, parts: list[Part]) -> tuple[int | None, list[str]]:
    """Deaths after the trigger ("killing eight militants", "in which 20 Indian soldiers were
    killed") and the states of the dead when named ("Indian soldiers"); a killing verb as the
    trigger counts its own object ("gunmen killed 26 tourists")."""
    kv = KILL_VERB_RE.search(text, max(0, pos - 20), pos)
    if kv is not None and kv.end() == pos:
        pos = kv.start()
    m = _FATAL_GATE.search_in(text, pos, min(len(text), pos + 160)) or \
        _KILLED_GATE.search_in(text, pos, min(len(text), pos + 160))  # as FATAL_RE / KILLED_RE.search
    if not m:
        return None, []
    v = parse_number(m.group("n"))
    end = m.end()
    of = VICTIM_OF_RE.match(text, end)
    if of:  # "killed three employees of X, a Chinese-owned miner": X and its country
        end = of.end()
        ap = re.match(r",\s+an?\s+[^,;.]{0,50}", text[end:])
        end += ap.end() if ap else 0
    victims = [p.eid for p in parts if m.start("n") <= p.start < end and
               (p.eid.startswith("state:") or p.eid.split(":")[0] in ("company", "org"))]
    return (int(v) if v is not None else None), victims
