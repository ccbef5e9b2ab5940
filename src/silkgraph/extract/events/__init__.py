"""Events: who did what to whom, when and where (``export.md``, kind = event).

The trigger lexicon is data (``resources/ontology/events.yaml``).  A trigger is a verb
(actor = the clause's subject, targets after the verb) or a noun (actors from a
possessor, a compound modifier, "by X", "between X and Y" or a light verb's subject).

Conservative by design:
* an event needs a date (written in the sentence, "recent" → the publication year, or
  carried over from the previous sentence when the text continues it) and at least one
  participant or a location (a party not named in the sentence may come from the discourse:
  the state of its location or clause's place, the event told just before, the state the
  article is about — ``party_fallback``, a recorded inference);
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
``records`` (making the facts, coreference, fatalities), ``visit_host`` (a visit's host state),
``sentence_checks`` (negation, attribution, charges, background clauses around a trigger).
"""

from __future__ import annotations

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
from silkgraph.extract.events.date_news_episode import news_week_coref
from silkgraph.extract.events.dates import own_date
from silkgraph.extract.events.diplo_named_of import agreements_of_year
from silkgraph.extract.events.episode_triggers import with_episode_triggers
from silkgraph.extract.events.evnom_main import main_event, named_body_from
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
    HARD_BOUNDARY_RE,
    PLOVER,
)
from silkgraph.extract.events.prec_instrument import own_instrument
from silkgraph.extract.events.prec_truce_accord import one_truce
from silkgraph.extract.events.protest_forum import forum_targets
from silkgraph.extract.events.reaction import reacted_object
from silkgraph.extract.events.records import _compatible, _coref, _make, _note_date
from silkgraph.extract.events.rel_history import object_history
from silkgraph.extract.events.reported_act_day import TOLD_AGAIN
from silkgraph.extract.events.sentence_checks import (
    _BARE_NEGATED_GATE,
    _CHARGED_WITH_GATE,
    _NEGATED_GATE,
    _WITHOUT_GATE,
    AGREED_THAT,
    ATTRIB_AFTER_RE,
    ATTRIB_BEFORE_RE,
    PARTICIPLE_BEFORE_RE,
    SAID_THAT_RE,
    THAT_RE,
    UNILATERAL,
    _fronted_date,
    _joined_no_body,
    _not_an_event,
    _told_before,
    _told_with_own_act,
)
from silkgraph.extract.events.speech import counted_complement, reported_fact_source, speech_type
from silkgraph.extract.events.summit_list import listed_summits, lists_summits
from silkgraph.extract.events.treaty import treaty_parties
from silkgraph.extract.events.triggers import _find_triggers, _retyped
from silkgraph.extract.events.visit_private import private_stays
from silkgraph.model import Fact


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
    # "a film about the massacre in X opened on 3 July": a topic, no event; "suspended from Facebook": no body
    cands = [c for c in cands if main_event(sv, ctx, c) and named_body_from(sv, ctx, parts, c)]
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
        if r is not None and not c.date[0]:  # a wire report's "the attack": its news, not a background one
            r = news_week_coref(ctx, sv, st, r, c.trig.etype, c.ids)
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
        said = speech_type(sv.text, c.end, c.start) if c.trig.kind == "verb" else None
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
