"""Implicit parties of an event verb: a passage closed with no agent (the state it lies in), a
summit told only by its city (the bloc and the host), a verb whose subject names no party ("the
bloc began deploying", "They started to withdraw", "He accused …": the party meant)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import article_state
from silkgraph.extract.events.blocs import bloc_before, is_bloc, recent_org
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.participants import participants, place_state, places
from silkgraph.extract.events.pronouns import pronoun_subject

# a subject pronoun that continues the previous sentence's event ("They started to withdraw")
PRON_SUBJ_RE = re.compile(r"^(?:They|It)\s+(?:[a-z]+\s+){0,3}$")
BLOC_SUBJ_RE = re.compile(r"\b(?:the (?:bloc|alliance|organi[sz]ation|grouping))\s+(?:[a-z]+\s+){0,3}$", re.I)

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
        state = place_state(ctx, m.entity_id)
        if state is not None:
            cand.extra_actors.append(state)
            cand.inferences["actors"] = f"the state {m.text} lies in (closure, no agent stated)"
            cand.location = cand.location or m.entity_id
            return


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
    host_state = place_state(ctx, cand.location)
    if host is None or ctx.etype(cand.location) != "place" or host_state is None:
        return
    org = recent_org(ctx, sv, cand.start) or bloc_before(ctx, sv, cand.start)
    if org is None or not is_bloc(ctx, org[0]):
        return
    cand.extra_actors += [org[0], host_state]
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
    pron = pronoun_subject(sv, ctx, cs, cand.start)  # the subject told before, over the last event's actors
    if pron and (not set(pron[0]) & set(r.fact.args.get("targets") or []) or _speaker_before(ctx, prev, pron[0])):
        cand.extra_actors += [a for a in pron[0] if a not in cand.extra_actors]
        cand.inferences["actors"] = pron[1]
    else:
        cand.extra_actors += [a for a in actors if a not in cand.extra_actors]
        cand.inferences["actors"] = f"'{text.split()[0]}' = the actors of the previous sentence's {r.etype}"
    if cand.trig.etype == "retreat" and r.etype in ("military_aid", "mobilization", "attack"):
        cand.extra_targets += [t for t in r.fact.args.get("targets") or [] if t not in cand.extra_targets]
        cand.chained = True


# a sentence opened by its speaker: "X's border service said its units …", "X said on Monday that …"
SPEAKER_OPEN_RE = re.compile(r"^[^,;:]{0,80}?\b(?:said|says|stated|announced|told|reported|claimed)\b")


def _speaker_before(ctx: ArticleContext, prev: SentenceView, ids: list[str]) -> bool:
    """Whether the pronoun's antecedent opened the sentence before as the speaker of its report
    ("X said Y attacked X's posts. It warned …": "it" is X, though X was the attack's target)."""
    m = SPEAKER_OPEN_RE.match(prev.text)
    return m is not None and any(p.eid in ids and p.end <= m.end() - 4
                                 for p in participants(prev, ctx))


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
