"""A trigger's arguments: verb and noun arguments, implicit subjects (a verb trigger's subject and
object are :mod:`silkgraph.extract.events.arg_verb`'s, its place :mod:`silkgraph.extract.events.arg_location`'s)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.ana_possessor import possessor_args
from silkgraph.extract.events.ana_signers import adjunct_signers
from silkgraph.extract.events.arg_location import trigger_location
from silkgraph.extract.events.arg_nominal import of_is_object, targets_after_agent
from silkgraph.extract.events.arg_pronoun import light_verb_pronoun
from silkgraph.extract.events.arg_speech import after_speech
from silkgraph.extract.events.arg_verb import (
    LIGHT_VERB_RE,
    closed_relative,
    subject,
    verb_args,
)
from silkgraph.extract.events.article import plural_anaphor
from silkgraph.extract.events.blocs import (
    PARTICIPATION_RE,
    bloc_before,
    is_bloc,
    participation_bloc,
    recent_org,
)
from silkgraph.extract.events.candidates import OWN_RE, Cand
from silkgraph.extract.events.families import verb_free_chain
from silkgraph.extract.events.implicit import (
    _closed_place_state,
    _summit_host,
)
from silkgraph.extract.events.participants import (
    Part,
    _after,
    _by_agent,
    between_parties,
    clause_bounds,
    text_entity,
    uniq_parts,
    with_list,
)
from silkgraph.extract.events.patterns import (
    AT_MEETING_RE,
    BOUNDARY_RE,
    HARD_BOUNDARY_RE,
)
from silkgraph.extract.events.pronouns import leader_pair, pair_in_sentence, para_pair
from silkgraph.extract.events.summit_city import city_summit
from silkgraph.extract.events.triggers import Trigger, _retyped
from silkgraph.extract.events.truce import casualty_sides, fighting_parties
from silkgraph.extract.events.unnamed import unnamed_actors
from silkgraph.extract.grammar import LIST_GAP_RE
from silkgraph.nlp.dates import MONTH_NAME_RE
from silkgraph.nlp.piece_gates import search_piece
from silkgraph.nlp.prefilter import gate_of

DEFINITE_RE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w’'\-–]+\s+){0,5}$|[’']s\s+(?:[\w\-–]+\s+){0,3}$",
    re.I)
# the parties of a gathering or accord told by a participle's agent after the noun
PARTICIPLE_AGENT_RE = re.compile(r"\b(?:hosted|co-hosted|mediated|brokered|attended|chaired|co-chaired|organi[sz]ed|"
                                 r"facilitated|sponsored|signed|initial(?:l)?ed|joined)\s+by\s+(?:the\s+)?")
# a preposition right before a mention: the mention is an adjunct ("and in Moscow they"), not a subject
ADJUNCT_PREP_RE = re.compile(r"\b(?:in|on|at|from|to|with|by|for|of|near|after|before|since|during|over)\s+"
                             r"(?:the\s+)?$", re.I)
SEAL_RE = re.compile(r"(?:sealed|struck|clinched|inked|initial(?:l)?ed|penned|forged|fought|followed|responded|answered|"
                     r"retaliated)\b")
REL_OPEN_RE = re.compile(r"\s*(?:which|who)\b")
BROKER_RE = re.compile(r"\b(?:brokered|facilitated|mediated)\b", re.I)
OF_NP_RE = re.compile(r"\s+of\s+(?:the\s+)?")
OF_DATE_RE = re.compile(rf"(?:{MONTH_NAME_RE}\s+)?(?:1[89]|20)\d\d\b")  # "of 1968", "of June 2021"
OBJ_BLOC_TYPES = ("retreat", "rejection", "sanction", "demand", "accusation", "accession", "support")
BLOC_ANAPHOR_RE = re.compile(r"\b(?:the (?:bloc|organi[sz]ation|alliance|grouping|forum)(?:[’']s)?|"
                             r"its (?:leaders|members|heads of state|member states))\b", re.I)

# a raid, storming or seizure by police or security services is a coercive act, not an armed attack
POLICE_SUBJ_RE = re.compile(r"\b(?:police|riot police|security (?:forces|services?|officers|agents)|intelligence "
                            r"(?:officers|agents)|the authorities|investigators|prosecutors|border guards|customs "
                            r"officers|special forces of the (?:interior|security))\s+(?:[a-z]+\s+){0,2}$", re.I)
# "police fired on young demonstrators": force used on a crowd at home is a crackdown
CROWD_OBJ_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:demonstrators|protesters|protestors|crowds?|marchers|rioters|students)\b")
RAID_RE = re.compile(r"^(?:raided|raiding|stormed|storming|searched)$", re.I)

DURING_RE = re.compile(r"\bduring\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)
EMBASSY_RE = re.compile(r"embassy|consulate|mission|plant|factory|assembly|production|manufacturing|centre|center|"
                        r"facility", re.I)
DEPLOY_RE = re.compile(r"^(?:deploy|sent|dispatched)", re.I)
GUEST_KINDS = ("title", "name", "capital", "acronym", "variant")
EXERCISE_RE = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war games)\b", re.I)


def _party_subject_between(parts: list[Part], text: str, lo: int, hi: int) -> bool:
    """Whether a party mention lies in ``text[lo:hi]`` that is no adjunct's object: a clause opened
    after ", and" has a named subject of its own ("…, and Britain followed with"), not a month, a day
    or a place ("…, and in June they sealed", "…, and in Moscow they")."""
    return any(lo <= p.start and p.end <= hi and not ADJUNCT_PREP_RE.search(text, max(lo, p.start - 16), p.start)
               for p in parts)


def _noun_args(parts: list[Part], text: str, trig: Trigger, s: int, e: int,
               cs: int, ce: int) -> tuple[list[Part], list[Part], list[Part]]:
    actors: list[Part] = []
    targets: list[Part] = []
    lv = gate_of(LIGHT_VERB_RE).search_in(text, max(cs, s - 60), s)  # (the plain search, pre-checked)
    chain = verb_free_chain(parts, text, s, lv)  # "X announced new sanctions": X is the verb's subject
    if chain:
        (targets if trig.poss == "target" else actors).extend(chain)
    if lv and (not chain or trig.symmetric):
        # "X and Y, which fought a border war in 2022, sealed a deal": the light verb's own subject
        lcs, sparts = cs, parts
        for hb in HARD_BOUNDARY_RE.finditer(text, cs, lv.start()):
            if _party_subject_between(parts, text, hb.end(), lv.start()):
                # "X imposed bans, and Britain followed with its own sanctions": the named subject after ", and"
                lcs, sparts = hb.end(), parts
            else:
                # ("…, and the two governments signed", "…, and in June they sealed": no party of its own there,
                # the subject is read as before; "…, and in Russia they sealed": a place is none of it)
                sparts = [p for p in sparts if not hb.end() <= p.start < lv.start()]
        # ("Georgia, which Russia invaded in 2008, signed a deal": the head of the closed relative)
        actors = subject(sparts, text, lcs, lv.start()) if SEAL_RE.match(lv.group(0)) or \
            REL_OPEN_RE.match(text, lcs) or closed_relative(text, lcs, lv.start()) is not None \
            else [p for p in sparts if lcs <= p.start and p.end <= lv.start()]
        if not BROKER_RE.match(lv.group(0)) and text[lv.start() - 1] != "-":
            # ("Kabul said X signed …", "hours after X signed …"; a broker's clause names the sides before it,
            # "a US-announced truce" names no clause)
            actors = after_speech(actors, text, lcs, lv.start())
        if BROKER_RE.match(lv.group(0)):
            actors += _after(parts, text, e, min(ce, e + 60), ("with", "between"))
    if trig.symmetric and trig.etype in ("agreement", "ceasefire"):
        om = OBLIGE_RE.search(text, e, min(len(text), e + 100))
        if om:  # "The ceasefire statement ..., which ended the war, obliged Armenia to": a party
            actors += [p for p in parts if om.end() <= p.start <= om.end() + 4]
    of_np = OF_NP_RE.match(text[e:e + 12])
    obj_of, got = False, list[Part]()
    if of_np and trig.preps != ("",) and not OF_DATE_RE.match(text, e + of_np.end()):
        # ("the treaty of 1968 say X and Y": an of-phrase dating the noun names no party)
        got = _after(parts, text, e + of_np.end(), e + of_np.end() + 40, ("",))
        # ("Armenia's shelling of Azerbaijan", "the bombing of X": the of-phrase is the one acted on)
        obj_of = trig.poss == "target" or of_is_object(text[s:e], trig.symmetric, bool(actors))
        (targets if obj_of else actors).extend(got)
        if got and trig.symmetric:  # "the visit of X's minister to Y": the party after the of-phrase
            targets += _after(parts, text, got[-1].end, min(ce, got[-1].end + 60), trig.preps)
    by = _by_agent(parts, text, e)
    if not by and of_np and obj_of and got:
        by = _by_agent(parts, text, got[-1].end)  # "the bombing of X's villages by Y"
    actors += by
    targets += targets_after_agent(parts, text, e, by, ce, trig.preps)  # "the strikes by X on Y"
    if trig.symmetric:  # "talks in Doha, hosted by Qatar and mediated by Turkey, were attended by X and Y"
        for pm in PARTICIPLE_AGENT_RE.finditer(text, e, min(len(text), e + 140)):
            if HARD_BOUNDARY_RE.search(text, e, pm.start()):
                break
            actors += _after(parts, text, pm.end(), min(len(text), pm.end() + 50), ("",))
    if trig.actor_preps:
        actors += _after(parts, text, e, min(ce, e + 60), trig.actor_preps)
    actors += between_parties(parts, text, e, min(len(text), e + 60))
    with_side = with_list(parts, text, e, min(ce, e + 90)) if trig.symmetric else []
    told = _after(parts, text, e, min(ce, e + 90), tuple(p for p in trig.preps if p != "between"))
    if trig.poss == "target" and chain and told and "" not in trig.preps and \
            TOLD_PREP_RE.fullmatch(text, e, told[0].start) and POSS_GAP_RE.fullmatch(text, chain[0].end, s) and \
            not {p.eid for p in chain} & {p.eid for p in told}:
        # "Pakistan's sanctions on Afghanistan": the one sanctioned is named, the possessor imposed them
        targets = [p for p in targets if p not in chain]
        actors = chain + actors
    targets += told
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
    definite = trig.kind == "noun" and search_piece(DEFINITE_RE, text[max(0, s - 80):s]) is not None and \
        gate_of(OWN_RE).search_in(text, max(0, s - 40), s) is None
    with_side: list[Part] = []
    if trig.needs == "guest":  # the party received: a state named, or a leader standing for one, right after
        guest = _after(parts, text, e, min(len(text), e + 3), ("",))
        if not guest or not guest[0].eid.startswith("state:") or guest[0].kind not in GUEST_KINDS:
            trig = _retyped(trig, "none")
    if trig.kind == "verb":
        actors, targets = verb_args(parts, text, trig, s, e, cs, ce)
        if not trig.symmetric and trig.subject == "actor" and not targets:
            actors, targets = possessor_args(parts, text, s, e, actors, targets)  # "X, whose N Y verbed"
        if trig.symmetric and trig.etype == "agreement" and not actors and not targets:
            actors = adjunct_signers(parts, text, s, e)  # "Signed in Tehran in May 2016 by A and B, the deal"
        if trig.symmetric:
            with_side = with_list(parts, text, e, min(ce, e + 90))
            actors += [p for p in parts if s <= p.start and p.end <= e]  # "hosted his Afghan counterpart"
    else:
        actors, targets, with_side = _noun_args(parts, text, trig, s, e, cs, ce)
    if trig.kind == "verb" and PARTICIPLE_RE.match(text, s) and actors:
        actors, targets = _participle_args(actors, targets, text, s, e)
    if trig.obj == "actor":
        actors, targets = actors + targets, []
    if trig.subject == "target":  # "X came under fire from Y": Y is the attacker
        actors, targets = _by_agent(parts, text, e) or \
            (_after(parts, text, e, min(ce, e + 60), trig.actor_preps) if trig.actor_preps else []), actors
    if trig.subject == "place":  # "the crossing was closed by X": the agent, else the one state named
        by = _by_agent(parts, text, e)
        states = {p.eid for p in actors if p.eid.startswith("state:")}
        actors, targets = (by, []) if by else ([p for p in actors if p.eid in states] if len(states) == 1 else [], [])
    if trig.symmetric:
        actors, targets = actors + targets, []
    actors = uniq_parts(actors)
    cand = Cand(trig, s, e, actors, uniq_parts([t for t in targets if t.eid not in {a.eid for a in actors}]),
                definite, with_side=[p.eid for p in with_side])
    cand.location = trigger_location(sv, ctx, trig, s, e)
    cand.parts_all = parts
    unnamed_actors(sv, ctx, cand, cs, s, e)
    if trig.kind == "noun" and trig.subject == "actor" and not cand.extra_actors and \
            not any(p.start < s for p in cand.actors) and PRONOUN_RE.search(text, max(0, cs - 8), s):
        light_verb_pronoun(sv, ctx, cand, cs, gate_of(LIGHT_VERB_RE).search_in(text, max(cs, s - 60), s))  # "it signed a deal with X"
    if trig.subject == "place" and not cand.actors:
        _closed_place_state(sv, ctx, cand, cs)
    if trig.symmetric and trig.etype in ("agreement", "meeting"):
        # "signed at the White House", "talks at the Kremlin": the seat of a government hosts
        for p in parts:
            if p.why and e <= p.start <= e + 30 and AT_SEAT_RE.search(text, max(e, p.start - 10), p.start) and \
                    str(getattr(ctx.entity(text_entity(sv, p)), "attrs", {}).get("kind", "")) == "government body":
                cand.actors = uniq_parts(cand.actors + [q for q in parts if q.start == p.start])
    if trig.etype == "mobilization" and DEPLOY_RE.match(text[s:e]) and \
            any(ctx.etype(i) == "organization" and is_bloc(ctx, i) for i in cand.ids):
        cand.trig = _retyped(trig, "military_aid")  # a bloc deploying troops comes to a member's aid
    if trig.etype == "mobilization" and EXERCISE_RE.search(text, s, e) and \
            len({p.eid for p in cand.actors if p.eid.startswith("state:")}) >= 2:
        cand.trig = _retyped(trig, "cooperation")  # "warships from Russia, China and Iran began an exercise"
    if trig.etype == "attack" and (RAID_RE.match(text[s:e]) or CROWD_OBJ_RE.match(text, e)) and \
            POLICE_SUBJ_RE.search(text, max(0, s - 60), s):
        cand.trig = _retyped(trig, "coercion")  # "police raided the office of X": a crackdown
    if trig.etype == "cooperation" and EMBASSY_RE.search(text, s, e) and cand.location and not cand.targets:
        host = ctx.entity(cand.location)
        if host is not None and host.country and f"state:{host.country}" not in cand.ids and \
                ctx.entity(f"state:{host.country}") is not None:
            cand.extra_targets.append(f"state:{host.country}")
            cand.inferences["targets"] = f"the host country of {host.name}"
    if not cand.actors and not cand.targets and not cand.extra_actors:
        pa = PARTICIPLE_AGENT_RE.search(text, e, min(len(text), e + 140)) if trig.symmetric else None
        end = min(len(text), pa.end() + 45) if pa else min(ce, e + 40)  # "was signed by the ministers of the two countries"
        verbal = trig.kind == "verb" or trig.symmetric or gate_of(LIGHT_VERB_RE).search_in(text, max(cs, s - 60), s) is not None
        ana = (para_pair(ctx, sv, end) or leader_pair(ctx, sv, end) or
               plural_anaphor(ctx, sv, s, end, pair=True)) if verbal else None
        if ana is None and verbal:
            ana = pair_in_sentence(ctx, sv, end)  # "a truce brokered by the two countries' chiefs" in a lead
        if ana is None and trig.etype == "ceasefire":
            ana = fighting_parties(ctx, sv)  # "A truce agreed that evening collapsed": the fighting's parties
        if ana is None and trig.etype == "attack" and trig.kind == "noun":
            ana = casualty_sides(ctx, sv, s, e)  # "clashes killed 36 Kyrgyz and 19 Tajik citizens"
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
        city_summit(sv, ctx, cand)  # "the SCO's Bishkek summit": Bishkek is the place, the SCO the party
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


# ", accusing it of …" closing a clause: the act of the clause's subject, aimed at the object told before
PARTICIPLE_RE = re.compile(r"accusing\b", re.I)
OBJ_PRONOUN_RE = re.compile(r"\s+(?:it|them|him|her)\b")


def _participle_args(actors: list[Part], targets: list[Part], text: str, s: int,
                     e: int) -> tuple[list[Part], list[Part]]:
    """"The Treasury sanctioned Bank X, a Kyrgyz lender, accusing it of …": the participle's subject is
    the clause's first party (with those listed with it); the parties after it are the main verb's
    object, which "it"/"them" after the participle stands for."""
    ordered = sorted(actors, key=lambda p: p.start)
    subj = [ordered[0]]
    for p in ordered[1:]:
        if p.start == subj[-1].start or LIST_GAP_RE.fullmatch(text, subj[-1].end, p.start):
            subj.append(p)
        else:
            break
    rest = [p for p in ordered if p not in subj]
    if not rest:
        return actors, targets
    return subj, (targets + rest if OBJ_PRONOUN_RE.match(text, e) else targets)


# a subject pronoun somewhere before a noun trigger (a cheap gate before the light verb's pronoun is sought)
PRONOUN_RE = re.compile(r"\b(?:[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\b")
# the target's preposition right after the noun: "sanctions on X", "an embargo against the X"
# a possessor or a compound modifier right before the noun ("Pakistan's new sanctions", "US sanctions"), not a
# subject whose verb stands between ("X blocked proposed sanctions")
POSS_GAP_RE = re.compile(r"[’']s\s+(?:[\w\-]+\s+){0,2}|\s+")
TOLD_PREP_RE = re.compile(r"\s+(?:on|against|upon)\s+(?:the\s+)?")
AT_SEAT_RE = re.compile(r"\bat\s+(?:the\s+)?$")
OBLIGE_RE = re.compile(r"\b(?:obliged|obliges|obligated|obligates|required|requires|bound|binds)\s+(?:the\s+)?")
