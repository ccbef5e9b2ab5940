"""Events: who did what to whom, when and where (``export.md``, kind = event).

The trigger lexicon is data (``resources/ontology/events.yaml``).  A trigger is a verb
(actor = the clause's subject, targets after the verb) or a noun (actors from a
possessor, a compound modifier, "by X", "between X and Y" or a light verb's subject).

Conservative by design:
* an event needs a date (written in the sentence, "recent" → the publication year, or
  carried over from the previous sentence when the text continues it) and at least one
  participant or a location;
* a definite noun ("the attack", "the strikes", "the India-Pakistan confrontation") that
  repeats an event already recorded in the article adds evidence to it instead of
  making a new one;
* a mention of an event that is expected or planned is not an event.

Helpers shared with ``memberships`` and ``relations`` are exported here too (participants,
clauses, the per-article state).

Modules: ``patterns`` (lexicon data and shared patterns), ``triggers`` (trigger lexicon
and finding), ``participants`` (parties and argument attachment), ``article`` (the
per-article state, anaphora, blocs), ``candidates`` (event candidates, merging),
``arguments`` (a trigger's arguments and subjects), ``dates`` (choosing an event's date),
``records`` (making the facts, coreference, fatalities), ``visit_host`` (a visit's host state).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.additive import additive, names_the_meeting, the_meeting_told
from silkgraph.extract.events.arguments import _candidate
from silkgraph.extract.events.article import (
    ArticleState,
    add_evidence,
    article_state,
    plural_anaphor,
    states_before,
)
from silkgraph.extract.events.blocs import bloc_before, recent_org
from silkgraph.extract.events.calls import call_parties
from silkgraph.extract.events.candidates import (
    Cand,
    _absorb,
    _appositive,
    _imposed_before,
    _merge,
    _shared_subject,
    _their_event,
)
from silkgraph.extract.events.claims import claim_actor, claimed_day
from silkgraph.extract.events.conflict_sides import war_sides
from silkgraph.extract.events.dates import own_date
from silkgraph.extract.events.diplo_named_of import agreements_of_year
from silkgraph.extract.events.episode_triggers import with_episode_triggers
from silkgraph.extract.events.evnom_when_victims import when_victims
from silkgraph.extract.events.fallback_dates import fallback_date
from silkgraph.extract.events.families import range_start
from silkgraph.extract.events.frame import frame_parties
from silkgraph.extract.events.habitual import habitual
from silkgraph.extract.events.implicit import closure_subject
from silkgraph.extract.events.measure_list import listed_measures, mark_measure
from silkgraph.extract.events.mod_dates import refined_date
from silkgraph.extract.events.mod_negated import not_done
from silkgraph.extract.events.mod_target import drop_broker_targets, stated_target
from silkgraph.extract.events.named import named_agreements, names_agreement, object_parties
from silkgraph.extract.events.nonrenew import non_renewals
from silkgraph.extract.events.participants import Part, clause_bounds, participants, uniq_parts
from silkgraph.extract.events.patterns import (
    AGREED_OBJECT_RE,
    GOAL_OBJECT_RE,
    HARD_BOUNDARY_RE,
    MEETING_HELD_RE,
    NEGATED_OBJECT_RE,
    PLOVER,
    UNDONE_MEETING_AFTER_RE,
    UNDONE_MEETING_RE,
    UNDONE_OBJECT_RE,
)
from silkgraph.extract.events.prec_instrument import own_instrument
from silkgraph.extract.events.prec_truce_accord import one_truce
from silkgraph.extract.events.protest_forum import forum_targets
from silkgraph.extract.events.reaction import names_remit, reacted_object
from silkgraph.extract.events.records import _compatible, _coref, _make, _note_date
from silkgraph.extract.events.rel_history import object_history
from silkgraph.extract.events.reported_act_day import TOLD_AGAIN
from silkgraph.extract.events.speech import counted_complement, reported_fact_source, speech_type
from silkgraph.extract.events.summit_list import listed_summits, lists_summits
from silkgraph.extract.events.treaty import treaty_parties
from silkgraph.extract.events.triggers import _find_triggers, _retyped
from silkgraph.extract.events.visit_private import private_stays
from silkgraph.extract.wordstart import word_start
from silkgraph.model import Fact
from silkgraph.nlp.prefilter import Gate, gate_of

THAT_RE = re.compile(r"\s+that\b")
# "said that", "told parliament on Wednesday that", "said Armenia had …": a complement clause follows
SAID_THAT_RE = re.compile(r"(?:\s+[^,;.:]{0,50}?)?\s+that\b|\s+(?:[\w\-’']+\s+){1,5}?(?:had|has|have|would|will|was|were|is|are|could)\b")
PARTICIPLE_BEFORE_RE = re.compile(r",\s*$")
# a trailing attribution: ", the Indian army said on Friday." (the statement is the source of what precedes)
ATTRIB_BEFORE_RE = re.compile(r",\s+(?:[\w\-’'.]+\s+){1,7}$")
ATTRIB_AFTER_RE = re.compile(r"(?:\s+(?:on|late on|early on|in|last|this|earlier)\s+[\w ,]{1,30}?|\s+in a statement|"
                             r"\s+on [A-Z]\w+)?\s*[.;]?\s*$")
AGREED_THAT = frozenset({"cooperation", "agreement", "military_aid", "aid", "ceasefire"})

# "left without being detained", "returned without having met X": the event did not happen
WITHOUT_RE = re.compile(r"\bwithout\s+(?:(?:being|having|having been|ever|even|actually)\s+){0,2}$", re.I)
# "had never designated X", "did not sign", "has not yet been attacked": a verb told as not done
NEGATED_RE = re.compile(r"\bnor\s+$|\b(?:not|never|n[’']t|no longer)\s+(?:(?:yet|ever|formally|officially|actually|"
                        r"been|be|have|\w+ly)\s+){0,2}$|\b(?:came close to|come close to|stopped short of|"
                        r"refrained from|was about to|were about to|nearly|almost)\s+$", re.I)

# "did not attack X", "would never strike Y": a noun trigger's form used as a negated bare verb
BARE_NEGATED_RE = re.compile(r"\b(?:did|does|do|would|will|could|should|can|may|might|must)\s+(?:not|never)\s+"
                             r"(?:\w+ly\s+)?$|\b(?:didn|doesn|don|wouldn|won|couldn|shouldn|can)[’']t\s+(?:\w+ly\s+)?$",
                             re.I)


# "a commander accused of organising the Kabul bombing", "two men charged with the attack": the act a person
# is charged with, in a reduced relative, is background of an earlier time (not "was accused of": a charge told)
CHARGED_WITH_RE = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )\b(?:accused|suspected|"
                             r"charged|convicted|indicted)\s+(?:of|with|over)\s+(?:[\w\-’']+\s+){0,4}$", re.I)
UNDONE_TYPES = frozenset({"agreement", "ceasefire", "sanction"})
# their pre-checks, for the windows before each trigger (``Gate.search_in``: the pattern's own search, run
# only when the window holds its strings)
_WITHOUT_GATE, _CHARGED_WITH_GATE = Gate(WITHOUT_RE), Gate(CHARGED_WITH_RE)
_NEGATED_GATE, _BARE_NEGATED_GATE = Gate(NEGATED_RE), Gate(BARE_NEGATED_RE)
_NEGATED_OBJECT_GATE, _GOAL_OBJECT_GATE = Gate(NEGATED_OBJECT_RE), Gate(GOAL_OBJECT_RE)
# entity types whose names may hold an event word ("the Collective Security Treaty Organization")
NAMED_TYPES = frozenset({"organization", "armed_group", "company", "weapon_system", "program"})
# "the EU agreed to suspend X": a one-sided act decided by one party, the act is the event
UNILATERAL = frozenset({"sanction", "coercion", "concession", "retreat", "attack", "mobilization"})


# "released twelve guards it had detained", "freed the sailors whom Iran had seized": the earlier act
# told in a relative is background to the release, not news of its own
PLUPERFECT_REL_RE = re.compile(r"\b(?:it|they|he|she|who|whom|that|which|[A-Z][\w\-]+)\s+had\s+(?:been\s+)?$")


# "to protest against the detention of X", "protested over the arrest of Y": the act protested is what the
# protest is about, told as its object (its own date is not the protest's)
PROTESTED_RE = re.compile(r"\bprotest(?:s|ed|ing)?\s+(?:against|over|at)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.I)


# "After Georgian drones hit two depots, Russia announced X on June 21": a fronted "after"/"before" clause tells
# an earlier (later) event than the main clause; the main clause's date is not its own
FRONTED_TIME_RE = re.compile(r"(?:^|[—–]\s*)(?:After|Before|Following|Days after|Weeks after|Shortly after)\b[^,;]*,")
# "… for his first summit with Putin since Russia invaded Ukraine.": a since-clause closing the sentence names
# the earlier event the main clause is measured from, not dated by the main clause
SINCE_TAIL_RE = re.compile(word_start("since") + r"\s+(?=[A-Z]|the\b|its\b|their\b)"
                            # not "since June 15, 2021, when clashes killed …": a date the when-clause's event is told at
                            r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b)[^,;]*$")  # (see wordstart)


def _fronted_date(text: str, c: Cand, date: tuple[str | None, str | None, str]) -> tuple[str | None, str | None, str]:
    if not date[0] or not date[1]:
        return date
    at = text.find(date[1])
    m = gate_of(FRONTED_TIME_RE).search_in(text, 0, c.start + 200)  # (the plain search, pre-checked)
    if m is not None and m.start() <= c.start < m.end():
        return (None, None, "") if at >= m.end() else date
    st = SINCE_TAIL_RE.search(text, max(0, c.start - 60))
    if st is not None and st.start() <= c.start and 0 <= at < st.start():
        return None, None, ""
    return date


# "imposed sanctions on X over what it called a brutal crackdown on protesters", "officials it holds responsible for
# the dispersal of protests", "resigned after days of protests": a protest or crackdown told as the motive of
# another party's act (a preposition of cause after that act, in its clause) is background to that act, not news
MOTIVE_PP_RE = re.compile(r"\b(?:over|for|by|after|against)\s+(?:what\s+(?:\w+\s+){1,2}?(?:called|termed|described\s+as)"
                          r"\s+)?(?:[\w\-]+\s+){0,4}?$", re.I)
MOTIVE_TYPES = frozenset({"protest", "coercion"})
MOTIVE_GAP_STOP_RE = re.compile(r"[;:—.]|,\s+(?:and|but|while|whereas)\b")


def _motive_of_act(c: Cand, cands: list[Cand], text: str) -> bool:
    """A protest or crackdown noun in a cause phrase ("over", "for", "by", "after", "against") after another
    party's act told earlier in the clause: the motive of that act."""
    if c.trig.kind != "noun" or c.trig.etype not in MOTIVE_TYPES:
        return False
    m = MOTIVE_PP_RE.search(text, max(0, c.start - 60), c.start)
    if m is None:
        return False
    return any(o is not c and o.trig.etype not in MOTIVE_TYPES and o.end <= m.start() and
               not MOTIVE_GAP_STOP_RE.search(text, o.end, m.start()) and
               (o.actors or o.trig.kind == "verb") for o in cands)


# "were joined by the archbishop": the passive of joining people
JOINED_BY_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", re.I)
# a noun phrase as the object right after "joined" ("joined the drills", "joined Xi Jinping")
JOIN_OBJECT_RE = re.compile(r"\s+(?:the|a|an|its|their|his|her|[A-Z\d])")


def _joined_no_body(c: Cand, text: str, ctx: ArticleContext) -> bool:
    """"Joined" told of people or of an event, not of a body: the passive ("they were joined by X") or an
    object that is no organisation ("joined Xi and four presidents", "joined the Birlestik drills").
    Joining is an accession only to a body, an organisation party ("the bloc, which X joined": its
    antecedent, resolved to the organisation, or no object written)."""
    if c.trig.etype != "accession" or c.trig.kind != "verb" or not text[c.start:c.end].lower().startswith("join"):
        return False
    if any(ctx.etype(i) == "organization" for i in c.ids):
        return False
    return JOINED_BY_RE.search(text, max(0, c.start - 20), c.start) is not None or \
        JOIN_OBJECT_RE.match(text, c.end) is not None


def _told_before(c: Cand, cands: list[Cand], text: str) -> bool:
    if c.trig.kind == "noun" and c.trig.etype in ("coercion", "attack", "sanction") and \
            PROTESTED_RE.search(text, max(0, c.start - 40), c.start):
        return True
    if _motive_of_act(c, cands, text):
        return True
    return c.trig.etype == "coercion" and c.trig.kind == "verb" and \
        PLUPERFECT_REL_RE.search(text, max(0, c.start - 25), c.start) is not None and \
        any(o.trig.etype == "concession" and 0 <= c.start - o.end <= 60 for o in cands)


def _not_an_event(sv: SentenceView, ctx: ArticleContext, m: re.Match[str], etype: str = "") -> bool:
    """An event noun that names no event: the object of a negated verb ("did not sign the
    accord"), a war aimed at ("drag X into war"), or a word of an organisation's name."""
    lo = max(0, m.start() - 70)
    if _NEGATED_OBJECT_GATE.search_in(sv.text, lo, m.start()) or _GOAL_OBJECT_GATE.search_in(sv.text, lo, m.start()):
        return True
    if etype in UNDONE_TYPES and UNDONE_OBJECT_RE.search(sv.text, lo, m.start()):
        return True  # "cancelled the agreements with X", "violated the truce": no new agreement or truce
    if etype == "meeting" and AGREED_OBJECT_RE.search(sv.text, lo, m.start()):
        return True  # "agreed to continue consultations": the talks agreed on, no meeting held
    if etype == "meeting" and (UNDONE_MEETING_RE.search(sv.text, lo, m.start()) or
                               UNDONE_MEETING_AFTER_RE.match(sv.text[m.end():m.end() + 90])) and \
            not MEETING_HELD_RE.search(sv.text, lo, m.end() + 90):
        return True  # "suspended accession talks", "a visit by X was called off": no meeting held
    if names_remit(sv.text, m.start(), m.end()):
        return True  # "the sanctions envoy", "Secretary of War"
    return any(sv.rel(x.start) <= m.start() and m.end() <= sv.rel(x.end) and ctx.etype(x.entity_id) in NAMED_TYPES
               for x in sv.mentions)


# acts a party's statement announces ("froze its participation, when X said …"); a meeting or a fight
# is the occasion of what is said, an event of its own
TOLD_ACTS = frozenset({"retreat", "rejection", "sanction", "accession", "demand", "support", "concession",
                       "threat", "accusation"})


def _told_with_own_act(c: Cand, made: list[Fact], said: str = "") -> bool:
    """A party's statement told in the sentence of an act of its own is that act's telling (a charge
    told with a denial, "accused X of …, and denied targeting civilians", is a speech act of its own)."""
    mine = {p.eid for p in c.actors} | set(c.extra_actors)
    return bool(mine) and any(f.args["event_type"] in TOLD_ACTS and mine & set(f.args.get("actors") or []) and
                              not (said == "accusation" and f.args["event_type"] == "rejection")
                              for f in made)


def extract_events(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    trig_hits = with_episode_triggers(sv.text, _find_triggers(sv.text, [(a, b) for a, b, _m in sv.mentions_rel()]))
    if not trig_hits and not names_agreement(sv.text) and not lists_summits(sv.text):
        return []
    parts = participants(sv, ctx)
    st = article_state(ctx)
    cands = [_candidate(sv, ctx, parts, t, m) for t, m in trig_hits
             if not _WITHOUT_GATE.search_in(sv.text, max(0, m.start() - 40), m.start()) and
             not (t.etype != "accusation" and _CHARGED_WITH_GATE.search_in(sv.text, max(0, m.start() - 60), m.start())) and
             not (t.kind == "verb" and _NEGATED_GATE.search_in(sv.text, max(0, m.start() - 40), m.start())) and
             not (t.kind == "noun" and _BARE_NEGATED_GATE.search_in(sv.text, max(0, m.start() - 30), m.start())) and
             not (t.kind == "noun" and _not_an_event(sv, ctx, m, t.etype)) and
             not not_done(sv.text, m.start(), m.end(), t.kind)]  # (evmod) 'failed to reach a deal'
    cands = [c for c in cands if c.trig.etype in PLOVER and  # (a trigger whose requirement failed is typed "none")
             not _appositive(c, parts, sv.text) and not _told_before(c, cands, sv.text) and
             not _joined_no_body(c, sv.text, ctx) and
             not own_instrument(sv.text, c)]  # "the cabinet approved the first segment": no accord
    cands = [c for c in cands if c.trig.subject != "place" or
             closure_subject(sv.text, clause_bounds(sv.text, c.start, c.end)[0], c.start)]
    when_victims(cands, sv.text)  # (evnom) "were killed when a bomber rammed their convoy": the fallen
    cands = _absorb(cands)
    for c in cands:
        object_parties(sv, ctx, c)  # "signed the Aktau Convention": its recorded parties
    _shared_subject(cands, sv.text)
    _their_event(cands, sv.text)
    frame_parties(sv, cands)  # "During the same visit, A and B agreed": the visit is not A and B's
    starts = [c.start for c in cands if c.trig.kind == "noun"]  # "On June 13 X announced": no premodifier
    ends = [(c.start, c.end) for c in cands if c.trig.kind == "noun"]
    for c in cands:
        c.date = _fronted_date(sv.text, c, range_start(sv.text, own_date(sv, ctx, c, starts, ends)))
        c.date = refined_date(sv, ctx, c)  # (evmod) "a year later X joined at the summit of July 2024"
        treaty_parties(sv, ctx, c)  # "a 1973 treaty entitles Iran to …": the accord's two states
    cands = [c for c in cands if war_sides(sv, ctx, c)]  # "the 2020 war": its sides; "a gas war": none
    cands = object_history(sv, ctx, cands)  # "initialled a text that the two governments had finalised in March"
    for c in cands:
        drop_broker_targets(sv, c)  # "the war ended with a Russian-brokered deal": no attack on Russia
        stated_target(sv, ctx, c)  # "recalled its ambassador from Paris": the aim (events/mod_target.py)
    forum_targets(sv, ctx, parts, cands)  # "lodged a protest with the UN over X's strikes": X is accused
    cands = [c for c in cands if not reacted_object(sv.text, c.start, c.end, c.trig.kind, c.trig.etype, c.date[:2])]
    call_parties(sv, ctx, parts, cands)  # "apologised to X in a telephone call": the call's parties
    cands += [x for c in cands if c.trig.etype == "concession" for x in _imposed_before(sv, ctx, parts, c)]
    cands += named_agreements(sv, ctx, parts)  # "the 2021 Shusha Declaration": concluded in 2021
    cands += agreements_of_year(sv, ctx, parts)  # "the Helmand River Treaty of 1973": concluded in 1973
    cands = non_renewals(cands, sv.text, parts)  # "decided not to renew the contract with X": X is the target
    cands = private_stays(cands, sv.text)  # "arrived for a visit with his family, a private trip": no meeting
    cands = habitual(cands, sv.text)  # "who have repelled several raids since 2021": no point event
    cands, apart = listed_measures(cands, sv.text)  # "closed X, cancelled Y and expelled Z": one act each
    cands = one_truce(_merge(cands, sv.text) + apart, sv.text)  # "a ceasefire signed on May 9": one act
    listed, summits = listed_summits(sv, ctx, parts)
    if summits:  # "later summits – Qingdao in June 2018, Bishkek in June 2019 –": one meeting per place
        cands = [c for c in cands if not (c.trig.etype == "meeting" and c.start < summits[1] and summits[0] < c.end)]
        cands += listed
    anaphor_date: tuple[str, str, int, int] | None = None
    live: list[Cand] = []
    for c in cands:  # a definite mention of a recorded event: evidence for it
        if c.date[2].startswith(TOLD_AGAIN):  # "he said that the plane had been shot down": told before
            again = next((r for r in reversed(st.events) if r.etype == c.trig.etype and r.date == c.date[0]), None)
            if again is not None:
                add_evidence(again.fact, sv)
                continue
        if c.definite and c.trig.kind == "noun" and not c.ids and \
                any(o.trig.etype == c.trig.etype and o.start < c.start and _compatible(o.date[0], c.date[0])
                    for o in live):
            continue  # "police raided …; Baku blamed the violence of the arrests": told just before
        # ("the two leaders also signed an accord": an act added to the one told before, not a repeat of it)
        r = _coref(st, c.trig.etype, c.ids, c.date[0]) if c.definite and not additive(sv.text, c.start, c.trig.kind == "noun") else None
        if r is None and c.trig.etype == "meeting" and not c.date[0] and \
                (c.definite and c.trig.kind == "noun" or names_the_meeting(sv.text[c.start:c.end])):
            r = the_meeting_told(st)  # "Tokayev, who chaired the summit, opened it": the summit told before
        if r is None:
            live.append(c)
            continue
        add_evidence(r.fact, sv)
        iso = c.date[0]
        if iso and r.date and len(iso) > len(r.date) and iso.startswith(r.date) and \
                (c.date[2] == "as written" or c.date[2].startswith("year from")):
            # "… the offensive two years earlier. Azerbaijan's one-day operation began on
            # September 19, 2023": the fuller date told later dates the event (its year may be
            # completed from the date told before: "in the spring of 2021. On April 28, …")
            r.date = iso
            r.fact.args["date"], r.fact.args["date_text"] = iso, c.date[1]
            r.fact.inferences.pop("date", None)
        if r.date and not anaphor_date:
            anaphor_date = (r.date, sv.text[c.start:c.end], c.start, c.end)
            _note_date(st, sv, r.date, sv.text[c.start:c.end])
    made: dict[int, list[Fact]] = {}
    for i, c in enumerate(live):  # statements last: "announced that X would …" is the event X
        if c.trig.etype == "agreement" and sv.text[c.start:c.end].lower().endswith(" that") and \
                any(o.start > c.end and o.trig.etype in AGREED_THAT for o in live):
            continue  # "agreed that X would be built by a joint venture": the venture is the agreement
        if c.trig.etype == "threat" and PARTICIPLE_BEFORE_RE.search(sv.text, max(0, c.start - 4), c.start) and \
                any(o.trig.etype == "demand" and o.end <= c.start for o in live):
            continue  # "demanded the release of prisoners, threatening to kill hostages": one ultimatum
        if c.trig.etype == "cooperation" and c.trig.kind == "noun" and \
                any(o.trig.etype == "agreement" and sv.text[o.start:o.end].lower().endswith(" to") and
                    0 <= c.start - o.end <= 80 and not HARD_BOUNDARY_RE.search(sv.text, o.end, c.start) for o in live):
            continue  # "agreed to widen cooperation, including joint production": what was agreed
        if c.trig.etype == "agreement" and sv.text[c.start:c.end].lower().endswith(" to") and \
                len({p.eid for p in c.actors} | set(c.extra_actors)) <= 1 and \
                any(o.trig.etype in UNILATERAL and o.trig.kind == "verb" and 0 <= o.start - c.end <= 2 for o in live):
            continue  # "the bloc agreed to suspend X": the suspension is the event
        if c.trig.etype != "statement":
            made[i] = _make(sv, ctx, c, st, anaphor_date)
            mark_measure(c, sv.text, made[i])  # "…, cancelled visas and expelled X": each its own fact
    for i, c in enumerate(live):
        if c.trig.etype != "statement":
            continue
        said = speech_type(sv.text, c.end) if c.trig.kind == "verb" else None
        others = [f for fs in made.values() for f in fs]
        if said:  # "said that any attempt … would be an act of war": the statement is a threat
            c.trig = _retyped(c.trig, said)
            if _told_with_own_act(c, others, said):
                continue  # "condemned the violence and said …": one speech act of one party
        elif (SAID_THAT_RE if c.trig.needs == "alone" or (c.trig.kind == "verb" and not c.trig.prio) else THAT_RE).match(
                sv.text, c.end) and \
                any(made.get(j) and o.start > c.end for j, o in enumerate(live)):
            continue  # "said on Monday that X had frozen …": the event told is the news
        elif any(made.get(j) and o.trig.kind == "noun" and 0 <= o.start - c.end <= 25 for j, o in enumerate(live)):
            continue  # "announced a ceasefire": the announcement is the event it names
        elif c.trig.kind == "verb" and _told_with_own_act(c, others):
            continue  # "Armenia froze its participation, when Pashinyan said that …": one piece of news
        elif c.trig.needs == "alone" and others:
            continue  # "X stormed a hotel …, and Beijing said five guests were hurt": the attack is the news
        elif c.trig.kind == "verb" and (counted_complement(sv.text, c.end) or
                                         reported_fact_source(sv.text, c.start, c.end)):
            told = c.date if c.date[0] else fallback_date(sv, ctx, c)
            if told[0]:  # (its date still dates what is told next: "… that night")
                _note_date(st, sv, told[0], told[1] or "")
            continue  # "said 31 civilians were killed", "X have signed a protocol, the ministry said": a source
        elif c.trig.kind == "verb" and ATTRIB_BEFORE_RE.search(sv.text, max(0, c.start - 60), c.start) and \
                ATTRIB_AFTER_RE.match(sv.text, c.end) and \
                any(made.get(j) and o.end <= c.start for j, o in enumerate(live)):
            continue  # "Troops traded fire overnight, the army said on Friday.": the source of the news told
        made[i] = _make(sv, ctx, c, st, anaphor_date)
    out = [f for i in sorted(made) for f in made[i]]
    claim_actor(sv, ctx, parts, out, st)  # "…; the BLA claimed responsibility": the attacker
    claimed_day(sv, out, st)  # "claimed responsibility on Monday for a bombing": Monday's claim
    return out


__all__ = [
    "ArticleState",
    "PLOVER",
    "Part",
    "add_evidence",
    "article_state",
    "bloc_before",
    "clause_bounds",
    "extract_events",
    "participants",
    "plural_anaphor",
    "recent_org",
    "states_before",
    "uniq_parts",
]
