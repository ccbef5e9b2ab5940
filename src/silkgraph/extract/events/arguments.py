"""A trigger's arguments: location, verb and noun arguments, implicit subjects."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import (
    PARTICIPATION_RE,
    _is_bloc,
    article_state,
    bloc_before,
    participation_bloc,
    plural_anaphor,
    recent_org,
)
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.families import presence_parties, verb_free_chain
from silkgraph.extract.events.participants import (
    Part,
    _after,
    _between,
    _by_agent,
    clause_bounds,
    places,
    text_entity,
    uniq_parts,
    with_list,
)
from silkgraph.extract.events.patterns import (
    AT_MEETING_RE,
    BOUNDARY_RE,
    HARD_BOUNDARY_RE,
)
from silkgraph.extract.events.triggers import Trigger, _retyped

RELATIVE = {"which", "who", "whom", "that"}
DEFINITE_RE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w’'\-–]+\s+){0,5}$|[’']s\s+(?:[\w\-–]+\s+){0,3}$",
    re.I)
LIGHT_VERB_RE = re.compile(
    r"\b(?:launched|conducted|carried out|staged|sign(?:ed|ing)?|conclud(?:ed|ing)|reach(?:ed|ing)|entered into|held|"
    r"brokered|facilitated|mediated|issued|finali[sz]ed|agreed|imposed|provided|attended|hosted|"
    r"engaged in|fought|waged|secured|announced|made|paid|undertook|convened|host|hosts|hosting|hosted|chaired|ordered|"
    r"complet(?:ed|ing)|began|begun|beginning|start(?:ed|ing))"
    r"\s+(?:[\w$.\-]+\s+){0,5}$", re.I)
BROKER_RE = re.compile(r"\b(?:brokered|facilitated|mediated)\b", re.I)
LOC_COMPOUND_RE = re.compile(r"\s*(?:[\w\-]+\s+)?")
IN_AT_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
IN_END_RE = re.compile(r"\bin\s+$")
OF_NP_RE = re.compile(r"\s+of\s+(?:the\s+)?")
OBJ_BLOC_TYPES = ("retreat", "rejection", "sanction", "demand", "accusation", "accession", "support")
BLOC_ANAPHOR_RE = re.compile(r"\b(?:the (?:bloc|organi[sz]ation|alliance|grouping|forum)(?:[’']s)?|"
                             r"its (?:leaders|members|heads of state|member states))\b", re.I)

# an adverbial clause before the main clause ("After Indian missiles hit X, Pakistan announced")
FRONTED_SUB_RE = re.compile(r"\s*(?:After|Before|Following|When|Once|As soon as|Despite|Although|Though|While|Since|"
                            r"Because|As)\b")
# a subordinate clause anchored in time inside a clause ("came just days after X visited")
SUB_MID_RE = re.compile(r"\b(?:days|weeks|months|hours|years|shortly|soon|moments|immediately)\s+(?:after|before)\b",
                        re.I)
# a raid, storming or seizure by police or security services is a coercive act, not an armed attack
POLICE_SUBJ_RE = re.compile(r"\b(?:police|riot police|security (?:forces|services?|officers|agents)|intelligence "
                            r"(?:officers|agents)|the authorities|investigators|prosecutors|border guards|customs "
                            r"officers|special forces of the (?:interior|security))\s+(?:[a-z]+\s+){0,2}$", re.I)
RAID_RE = re.compile(r"^(?:raided|raiding|stormed|storming|searched)$", re.I)
PASSIVE_RE = re.compile(r"\b(?:been|was|were|is|are|be|being|got|get)\s+(?:\w+ly\s+)?$", re.I)

# a subject pronoun that continues the previous sentence's event ("They started to withdraw")
PRON_SUBJ_RE = re.compile(r"^(?:They|It)\s+(?:[a-z]+\s+){0,3}$")
BLOC_SUBJ_RE = re.compile(r"\b(?:the (?:bloc|alliance|organi[sz]ation|grouping))\s+(?:[a-z]+\s+){0,3}$", re.I)
DURING_RE = re.compile(r"\bduring\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)
EMBASSY_RE = re.compile(r"embassy|consulate|mission|plant|factory|assembly|production|manufacturing|centre|center|"
                        r"facility", re.I)
DEPLOY_RE = re.compile(r"^(?:deploy|sent|dispatched)", re.I)
LOC_GAP_STOP_RE = re.compile(r"\b(?:and|that|which|were|was|is|are|stated|said|has|have|had)\b|,")


def _location(sv: SentenceView, ctx: ArticleContext, trig: Trigger, s: int, e: int) -> str | None:
    pl = places(sv, ctx)
    for m in pl:  # compound: "the Pahalgam attack"
        b = sv.rel(m.end)
        if b <= s and LOC_COMPOUND_RE.fullmatch(sv.text[b:s]):
            return m.entity_id
    for m in pl:
        a = sv.rel(m.start)
        if e <= a <= e + 90 and IN_AT_RE.search(sv.text[max(e, a - 12):a]):
            return m.entity_id
    if trig.etype in ("meeting", "agreement", "accession"):  # "met in China"
        for m in sv.mentions:
            a = sv.rel(m.start)
            if ctx.etype(m.entity_id) == "state" and e <= a <= e + 90 and \
                    IN_END_RE.search(sv.text[max(e, a - 4):a]) and \
                    not LOC_GAP_STOP_RE.search(sv.text, e, a):
                return m.entity_id
    return None


# ", who had arrived a day earlier for the summit, met": a relative clause closed before the verb
CLOSED_REL_RE = re.compile(r",\s+(?:who|which)\s*$")
REL_CLOSE_RE = re.compile(r",\s+(?:[a-z]+\s+){0,2}$")


def _closed_relative(text: str, cs: int, s: int) -> int | None:
    """The start of a non-restrictive relative clause that opens the verb's clause and is
    closed by a comma right before the verb, else None."""
    m = CLOSED_REL_RE.search(text, max(0, cs - 12), cs)
    if m is None or m.end() != cs or not REL_CLOSE_RE.search(text, cs, s):
        return None
    return m.start()


AND_RE = re.compile(r"\band\b|&")
SHORT_SUBJ_RE = re.compile(r",\s+(?:[\w\-’'.]+\s+){1,5}$")


def _subject_after_comma(actors: list[Part], text: str, cs: int, s: int) -> list[Part]:
    """"… resembled that of the Turks at Gallipoli, New Delhi summoned": a short subject right
    after the clause's last comma is the verb's subject, not the parties before the comma
    (unless the comma separates a list of parties: "Kazakhstan, Uzbekistan and X signed")."""
    if len(actors) < 2:
        return actors
    m = SHORT_SUBJ_RE.search(text, cs, s)
    if m is None:
        return actors
    after = [p for p in actors if p.start >= m.end() - len(m.group(0)) + 1]
    before = [p for p in actors if p not in after]
    if not after or not before or AND_RE.search(m.group(0)):
        return actors
    return after


def _verb_args(parts: list[Part], text: str, trig: Trigger, s: int, e: int,
               cs: int, ce: int) -> tuple[list[Part], list[Part]]:
    for hb in HARD_BOUNDARY_RE.finditer(text, cs, s):
        cs = hb.end()  # "X asked for help, and the bloc deployed": the subject after ", and"
    fr = FRONTED_SUB_RE.match(text, cs)
    if fr:  # "After X hit Y, Z announced ...": the main clause's subject is after the last comma
        comma = text.rfind(",", cs, s)
        if comma > fr.end():
            cs = comma + 1
    subs = list(SUB_MID_RE.finditer(text, cs, s))
    sub = subs[-1] if subs else None
    if sub is not None and any(sub.end() <= p.start and p.end <= s for p in parts):
        cs = sub.end()  # "X's warning came days after Y visited Z": the subject of the later clause
    actors = _subject_after_comma([p for p in parts if cs <= p.start and p.end <= s], text, cs, s)
    rel = _closed_relative(text, cs, s)
    if rel is not None:  # "Presidents X and Y, who had arrived in Z for a summit of W, met": X and Y
        lo = max((b.end() for b in BOUNDARY_RE.finditer(text, 0, rel)), default=0)
        actors = [p for p in parts if lo <= p.start and p.end <= rel] or actors
    if not actors and cs > 0:
        prev = [b for b in BOUNDARY_RE.finditer(text, 0, s)]
        if prev and prev[-1].group(0).lower() in RELATIVE:
            inner = [b for b in BOUNDARY_RE.finditer(text, 0, prev[-1].start())]
            lo = inner[-1].end() if inner else 0
            actors = [p for p in parts if lo <= p.start and p.end <= prev[-1].start()]
    targets = _after(parts, text, e, min(ce, e + 90), trig.preps)
    if PASSIVE_RE.search(text[max(0, s - 20):s]):  # "jets had been downed (by X)"
        return _by_agent(parts, text, e) or presence_parties(parts, text, e, ce, trig.etype), actors
    return actors, targets


def _noun_args(parts: list[Part], text: str, trig: Trigger, s: int, e: int,
               cs: int, ce: int) -> tuple[list[Part], list[Part], list[Part]]:
    actors: list[Part] = []
    targets: list[Part] = []
    lv = LIGHT_VERB_RE.search(text, max(cs, s - 60), s)
    chain = verb_free_chain(parts, text, s, lv)  # "X announced new sanctions": X is the verb's subject
    if chain:
        (targets if trig.poss == "target" else actors).extend(chain)
    if lv and (not chain or trig.symmetric):
        actors = [p for p in parts if cs <= p.start and p.end <= lv.start()]
        if BROKER_RE.match(lv.group(0)):
            actors += _after(parts, text, e, min(ce, e + 60), ("with", "between"))
    if trig.symmetric and trig.etype in ("agreement", "ceasefire"):
        om = OBLIGE_RE.search(text, e, min(len(text), e + 100))
        if om:  # "The ceasefire statement ..., which ended the war, obliged Armenia to": a party
            actors += [p for p in parts if om.end() <= p.start <= om.end() + 4]
    of_np = OF_NP_RE.match(text[e:e + 12])
    if of_np and trig.preps != ("",):
        got = _after(parts, text, e + of_np.end(), e + of_np.end() + 40, ("",))
        (targets if trig.poss == "target" else actors).extend(got)
        if got and trig.symmetric:  # "the visit of X's minister to Y": the party after the of-phrase
            targets += _after(parts, text, got[-1].end, min(ce, got[-1].end + 60), trig.preps)
    actors += _by_agent(parts, text, e)
    if trig.actor_preps:
        actors += _after(parts, text, e, min(ce, e + 60), trig.actor_preps)
    actors += _between(parts, text, e, min(len(text), e + 60))
    with_side = with_list(parts, text, e, min(ce, e + 90)) if trig.symmetric else []
    targets += _after(parts, text, e, min(ce, e + 90), tuple(p for p in trig.preps if p != "between"))
    # "X told Y during a visit to Z": the two who talked met
    dm = DURING_RE.search(text, max(cs, s - 40), s) if trig.etype == "meeting" and not actors else None
    if dm:
        actors += [p for p in parts if cs <= p.start and p.end <= dm.start()]
    # "At the summit, X said": the main clause's subject took part
    if trig.etype == "meeting" and AT_MEETING_RE.search(text[max(0, s - 60):s]):
        comma = text.find(",", e)
        if comma != -1:
            nb = BOUNDARY_RE.search(text, comma + 1)
            actors += [p for p in parts if comma < p.start < min(nb.start() if nb else len(text), comma + 40)]
    return actors, targets, with_side


def _candidate(sv: SentenceView, ctx: ArticleContext, parts: list[Part], trig: Trigger,
               m: re.Match[str]) -> Cand:
    text = sv.text
    s, e = m.start(), m.end()
    cs, ce = clause_bounds(text, s, e)
    definite = trig.kind == "noun" and DEFINITE_RE.search(text[max(0, s - 80):s]) is not None
    with_side: list[Part] = []
    if trig.kind == "verb":
        actors, targets = _verb_args(parts, text, trig, s, e, cs, ce)
        if trig.symmetric:
            with_side = with_list(parts, text, e, min(ce, e + 90))
            actors += [p for p in parts if s <= p.start and p.end <= e]  # "hosted his Afghan counterpart"
    else:
        actors, targets, with_side = _noun_args(parts, text, trig, s, e, cs, ce)
    if trig.obj == "actor":
        actors, targets = actors + targets, []
    if trig.subject == "target":
        actors, targets = _by_agent(parts, text, e), actors
    if trig.subject == "place":  # "the crossing was closed by X": the agent, else the one state named
        by = _by_agent(parts, text, e)
        states = {p.eid for p in actors if p.eid.startswith("state:")}
        actors, targets = (by, []) if by else ([p for p in actors if p.eid in states] if len(states) == 1 else [], [])
    if trig.symmetric:
        actors, targets = actors + targets, []
    actors = uniq_parts(actors)
    cand = Cand(trig, s, e, actors, uniq_parts([t for t in targets if t.eid not in {a.eid for a in actors}]),
                definite, with_side=[p.eid for p in with_side])
    cand.location = _location(sv, ctx, trig, s, e)
    cand.parts_all = parts
    if trig.kind == "verb" and not cand.actors and trig.subject != "place":
        _implicit_subject(sv, ctx, cand, cs)
    if trig.subject == "place" and not cand.actors:
        _closed_place_state(sv, ctx, cand, cs)
    if trig.symmetric and trig.etype in ("agreement", "meeting"):
        # "signed at the White House", "talks at the Kremlin": the seat of a government hosts
        for p in parts:
            if p.why and e <= p.start <= e + 30 and AT_SEAT_RE.search(text, max(e, p.start - 10), p.start) and \
                    str(getattr(ctx.entity(text_entity(sv, p)), "attrs", {}).get("kind", "")) == "government body":
                cand.actors = uniq_parts(cand.actors + [q for q in parts if q.start == p.start])
    if trig.etype == "mobilization" and DEPLOY_RE.match(text[s:e]) and \
            any(ctx.etype(i) == "organization" and _is_bloc(ctx, i) for i in cand.ids):
        cand.trig = _retyped(trig, "military_aid")  # a bloc deploying troops comes to a member's aid
    if trig.etype == "attack" and RAID_RE.match(text[s:e]) and POLICE_SUBJ_RE.search(text, max(0, s - 60), s):
        cand.trig = _retyped(trig, "coercion")  # "police raided the office of X": a crackdown
    if trig.etype == "cooperation" and EMBASSY_RE.search(text, s, e) and cand.location and not cand.targets:
        host = ctx.entity(cand.location)
        if host is not None and host.country and f"state:{host.country}" not in cand.ids and \
                ctx.entity(f"state:{host.country}") is not None:
            cand.extra_targets.append(f"state:{host.country}")
            cand.inferences["targets"] = f"the host country of {host.name}"
    if not cand.actors and not cand.targets and not cand.extra_actors:
        ana = plural_anaphor(ctx, sv, s, min(ce, e + 40), pair=True) if trig.kind == "verb" or trig.symmetric else None
        if ana:
            cand.extra_actors, why = ana
            cand.inferences["actors"] = why
    if trig.etype == "meeting" and not any(ctx.etype(i) == "organization" for i in cand.ids) and \
            BLOC_ANAPHOR_RE.search(text, max(cs, s - 60), e + 20):
        org = recent_org(ctx, sv, s)
        if org:
            cand.extra_actors.append(org[0])
            cand.inferences["actors"] = org[1]
    if trig.etype == "meeting":
        _summit_host(sv, ctx, cand, cs)
    if trig.etype in OBJ_BLOC_TYPES and not any(ctx.etype(i) == "organization" for i in cand.ids):
        bm = BLOC_ANAPHOR_RE.search(text, e, min(len(text), e + 40))
        org = bloc_before(ctx, sv, s) if bm else None
        if org:
            cand.extra_targets.append(org[0])
            cand.inferences["targets"] = f"'{bm.group(0)}' = {org[1]}"  # type: ignore[union-attr]
    if trig.etype == "retreat" and PARTICIPATION_RE.search(text, s, e) and \
            not any(ctx.etype(i) == "organization" for i in cand.ids):
        participation_bloc(sv, ctx, cand)
    if trig.etype == "accession" and not any(ctx.etype(i) == "organization" for i in cand.ids):
        org = recent_org(ctx, sv, s)
        if org:
            cand.extra_actors.append(org[0])
            cand.inferences["targets"] = org[1]
    return cand


# "the crossing near X was closed", "the roads to the pass were sealed": a passage as the subject
PASSAGE_SUBJ_RE = re.compile(r"\b(?:crossings?|border(?:s| posts?)?|frontiers?|airspace|ports?|roads?|highways?|"
                             r"checkpoints?|pass(?:es)?|bridges?|railways?)\b(?:\s+[\w\-’',]+){0,5}?\s+$", re.I)


def closure_subject(text: str, cs: int, s: int) -> bool:
    """A passive "was closed" closes a passage only when a passage is its subject."""
    return PASSAGE_SUBJ_RE.search(text, cs, s) is not None


def _closed_place_state(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int) -> None:
    """"the Torugart crossing was closed": no agent stated, the state the place lies in."""
    for m in reversed(places(sv, ctx)):
        a = sv.rel(m.start)
        if not cs <= a < cand.start:
            continue
        ent = ctx.entity(m.entity_id)
        if ent is not None and ent.country and ctx.entity(f"state:{ent.country}") is not None:
            cand.extra_actors.append(f"state:{ent.country}")
            cand.inferences["actors"] = f"the state {m.text} lies in (closure, no agent stated)"
            cand.location = cand.location or m.entity_id
            return


AT_SEAT_RE = re.compile(r"\bat\s+(?:the\s+)?$")
# "At Tashkent in May 2023, leaders discussed …": a meeting located by a fronted city
FRONT_AT_RE = re.compile(r"\s*At\s+$")
SUMMIT_RE = re.compile(r"summits?\b", re.I)
# "its Bishkek summit", "leaders discussed": the organisation's own gathering, its members unnamed
SUMMIT_ANAPHOR_RE = re.compile(r"\b(?:its|their)\s+(?:[\w\-]+\s+){0,2}$|\bleaders\s+$", re.I)


def _summit_host(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int) -> None:
    """A summit or leaders' meeting located only by a city, no state taking part named: the
    organisation last named held it, and the city's country hosted it (recorded inferences)."""
    text = sv.text
    if cand.location is None:  # "At Tashkent …, leaders discussed": the fronted city
        for m in places(sv, ctx):
            a = sv.rel(m.start)
            if a < cand.start and FRONT_AT_RE.fullmatch(text, 0, a):
                cand.location = m.entity_id
                break
    if cand.location is None or any(ctx.etype(i) in ("state", "organization", "person") for i in cand.ids):
        return
    is_summit = cand.trig.kind == "noun" and SUMMIT_RE.fullmatch(text, cand.start, cand.end) is not None
    if not is_summit and not SUMMIT_ANAPHOR_RE.search(text, max(0, cand.start - 40), cand.start):
        return
    host = ctx.entity(cand.location)
    if host is None or ctx.etype(cand.location) != "place" or not host.country or \
            ctx.entity(f"state:{host.country}") is None:
        return
    org = recent_org(ctx, sv, cand.start) or bloc_before(ctx, sv, cand.start)
    if org is None or not _is_bloc(ctx, org[0]):
        return
    cand.extra_actors += [org[0], f"state:{host.country}"]
    cand.inferences["actors"] = f"{org[1]}; the host country of {host.name}"


def _implicit_subject(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int) -> None:
    """A verb whose subject names no party: "the bloc began deploying" (the organisation last
    named), "They started to withdraw" (the actors of the previous sentence's event)."""
    text = sv.text
    bm = BLOC_SUBJ_RE.search(text, cs, cand.start)
    if bm:
        org = bloc_before(ctx, sv, bm.start())
        if org:
            cand.extra_actors.append(org[0])
            cand.inferences["actors"] = f"'{bm.group(0).strip()}' = {org[1]}"
        return
    if sv.index == 0 or not PRON_SUBJ_RE.match(text[:cand.start]):
        _force_antecedent(sv, ctx, cand, cs)
        return
    st = article_state(ctx)
    prev = ctx.sentences[sv.index - 1]
    if not st.events or st.events[-1].fact.evidence[0].start != prev.start:
        _force_antecedent(sv, ctx, cand, cs)
        return
    r = st.events[-1]
    actors = list(r.fact.args.get("actors") or [])
    if not actors:
        _force_antecedent(sv, ctx, cand, cs)
        return
    cand.extra_actors += [a for a in actors if a not in cand.extra_actors]
    cand.inferences["actors"] = f"'{text.split()[0]}' = the actors of the previous sentence's {r.etype}"
    if cand.trig.etype == "retreat" and r.etype in ("military_aid", "mobilization", "attack"):
        cand.extra_targets += [t for t in r.fact.args.get("targets") or [] if t not in cand.extra_targets]
        cand.chained = True


FORCE_NOUNS = r"(?:troops|forces|peacekeepers|officers|guards|soldiers|personnel|contingents?|units|servicemen)"
THEY_SUBJ_RE = re.compile(r"(?:^|[;,:]\s+|\band\s+)[Tt]hey\s+(?:[a-z]+\s+){0,2}$")
FORCE_NP_RE = re.compile(r"\b(?:the\s+)?(?P<dem>[A-Z][\w\-]+)\s+(?:[a-z\-]+\s+){0,2}?" + FORCE_NOUNS + r"\b")


def _force_antecedent(sv: SentenceView, ctx: ArticleContext, cand: Cand, cs: int) -> bool:
    """"The Russian peacekeepers stood aside; they left the region", "… the Russian
    officers had served for decades. They left at the end of July": a retreat whose
    subject is "they" is done by the state of the armed force last named (this sentence
    before the pronoun, else the previous sentence)."""
    tm = THEY_SUBJ_RE.search(sv.text, max(0, cs - 2), cand.start) if cand.trig.etype == "retreat" else None
    if tm is None:
        return False
    views = [(sv, tm.start())] + ([(ctx.sentences[sv.index - 1], None)] if sv.index > 0 else [])
    for view, cut in views:
        text = view.text if cut is None else view.text[:cut]
        for fm in reversed(list(FORCE_NP_RE.finditer(text))):
            for m in view.mentions:
                if view.rel(m.start) != fm.start("dem"):
                    continue
                ent = ctx.entity(m.entity_id)  # "Russian officers", "Russian peacekeepers": not "Russia sent troops"
                sid = (m.entity_id if m.kind == "demonym" else None) if ctx.etype(m.entity_id) == "state" else \
                    f"state:{ent.country}" if ent is not None and ent.country else None
                if sid is None or ctx.entity(sid) is None:
                    continue
                cand.extra_actors.append(sid)
                cand.inferences["actors"] = f"'they' = the {fm.group(0).removeprefix('the ').strip()} named before"
                return True
    return False


OBLIGE_RE = re.compile(r"\b(?:obliged|obliges|obligated|obligates|required|requires|bound|binds)\s+(?:the\s+)?")
