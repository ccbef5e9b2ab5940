"""The subject of a figure when its sentence ties no actor to it: a place named again by a
definite noun ("the crossing, which …") or the origin of people fleeing, the place of an indicator,
a border's state, a bloc, a party to trade or a vote, the state where people were hurt, the owner
of the amount before it, what "its" or "the country" stands for (the article's main state)."""

from __future__ import annotations

import re
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import bloc_before
from silkgraph.extract.pronoun import subject_antecedent
from silkgraph.extract.statistics import indicators as I
from silkgraph.extract.statistics import its_shares as IS
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics import places as PL
from silkgraph.extract.statistics import subjects as S
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.home_body import home_body_state, in_dateline
from silkgraph.extract.statistics.measure_changes import changed_measure_subject
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.votes import vote_winner
from silkgraph.model import Mention


def fallback_subject(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
                     prev: dict[str, Any], inf: dict[str, str]) -> tuple[str | None, Mention | None]:
    """The subject when the sentence ties no actor to the figure: the place of an indicator, a
    border's state, a bloc, a party to trade or a vote, the state where people were hurt, the
    owner of the amount before it, the article's main state (also for a change of a measure no
    actor is tied to: ``measure_changes``)."""
    return _place_subject(sv, ctx, c, st, lo, hi, prev, inf) or _state_subject(sv, ctx, st, lo, hi, prev, inf) \
        or _demonym_people(sv, ctx, st, inf) or changed_measure_subject(sv, ctx, lo, st, inf) or (None, None)


ETHNIC_RE = re.compile(r"\bethnic\b", re.I)


def _demonym_people(sv: SentenceView, ctx: ArticleContext, st: Stat,
                    inf: dict[str, str]) -> tuple[str | None, Mention | None] | None:
    """"Some 1 million Tajiks work in Russia": people counted by their demonym, no actor tied to
    the figure, are their own state's."""
    if st.unit != "count" or not st.noun or (cap := re.search(r"\b[A-Z]", st.noun)) is None \
            or ETHNIC_RE.search(st.noun, 0, cap.start()):
        return None  # ("ethnic Armenians" are a people, not one state's citizens)
    at = sv.text.find(st.noun, st.end)  # (the noun after lower-case modifiers: "undocumented Afghans")
    for m in sv.mentions:
        if at >= 0 and sv.rel(m.start) == at + cap.start() and m.kind == "demonym" \
                and ctx.etype(m.entity_id) == "state":
            inf["subject"] = f"the state whose people are counted ('{st.noun}')"
            return m.entity_id, None
    return None


def _place_subject(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
                   prev: dict[str, Any], inf: dict[str, str]) -> tuple[str | None, Mention | None] | None:
    """A place or a party the figure is about: a place named again by a definite noun, the origin
    of people moving, the place of an indicator, a border's state, a bloc, a party to trade."""
    if (dp := PL.definite_place(sv, ctx, lo, st) or (PL.flow_origin(sv, ctx, st, prev) if st.unit == "count" else None)):
        inf["subject"] = dp[1]  # "the crossing, which handles $3 million a day", "100,000 people crossed into X"
        return dp[0], None
    if (ip := I.indicator_place(sv, ctx, lo, st)) is not None:  # "inflation in X stood at 9 percent"
        inf["subject"] = ip[1]
        return ip[0], None
    if st.unit == "km" and st.noun is None and (bs := S._border_subject(sv, ctx, st)) is not None:
        inf["subject"] = bs[1]  # "the border with Afghanistan, 804 km long": the state whose border
        return bs[0], None
    if c.bloc_subject is not None and (bs := c.bloc_subject.search(sv.text, 0, st.start)) is not None \
            and (bloc := bloc_before(ctx, sv, bs.start())) is not None:
        inf["subject"] = f"'the bloc' subject = {bloc[1]}"
        return bloc[0], None
    if st.amount and P.TRADE_RE.search(sv.text[lo:hi]):
        party = next((mm for a, _b, mm in sv.mentions_rel() if lo <= a < hi and ctx.etype(mm.entity_id) == "state"), None)
        if party is not None:
            inf["subject"] = "a party to the bilateral trade (the state named in its clause)"
            return party.entity_id, party
        if not any(lo <= a < hi for a, _b, _m in sv.mentions_rel()) and (last := _last_state(sv, ctx)) is not None:
            inf["subject"] = "a party to the bilateral trade (the state named last before; none in its clause)"
            return last, None
    return None


def _state_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, lo: int, hi: int,
                   prev: dict[str, Any], inf: dict[str, str]) -> tuple[str | None, Mention | None] | None:
    """The state the figure is about: the winner of a vote share or the voting state, the state
    where people were hurt, the state whose economy a share is of, the owner of the amount before
    it, what "its" or "the country" stands for, the article's main state."""
    if st.unit == "percent" and P.VOTE_SHARE_RE.search(sv.text[lo:hi]) and (w := vote_winner(sv, ctx, st)):
        inf["subject"] = "the candidate or party that won the vote share"
        return w.entity_id, w
    if st.unit == "percent" and P.VOTE_SHARE_RE.search(sv.text[lo:hi]) and (main := ctx.main_state(sv)):
        inf["subject"] = "the article's main state (a share of its national vote)"
        return main, None
    if st.harm and (main := place_state(sv, ctx, st) or locality_state(sv, ctx, st)
                    or home_body_state(sv, ctx, lo, st.start) or ctx.main_state(sv) or next(
            (m.entity_id for m in sv.mentions if ctx.etype(m.entity_id) == "state"), None)):
        inf["subject"] = "the state where people were hurt or held (its place named after or just before, the dateline's for an unnamed home ministry or police, else the article's main state)"
        return main, None
    if st.unit == "percent":
        for a, b, mm in sv.mentions_rel():
            if a >= st.end and ctx.etype(mm.entity_id) == "state" and P.ECONOMY_SHARE_RE.match(sv.text[st.end:a]) \
                    and P.ECONOMY_NOUN_RE.match(sv.text[b:b + 40]):
                return mm.entity_id, mm  # "remittances equal to 48 percent of X's GDP"
    if (its := IS.its_share(sv, ctx, lo, st)) is not None:
        inf["subject"] = its[1]  # "About 80 percent of its cultivated land depends on …"
        return its[0], None
    if st.unit == "percent" and P.OF_ECONOMY_RE.match(sv.text, st.end) and (main := ctx.main_state(sv)):
        inf["subject"] = "the article's main state (a share of the economy, no owner named)"
        return main, None
    if st.unit not in ("count", "rank", "ratio", "km") and (main := ctx.main_state(sv)) \
            and (I.indicator_head(sv, lo, st) or I.attributive_measure(sv, lo, hi, st)):
        inf["subject"] = "the article's main state (an economic measure heading the clause, no place named)"
        return main, None
    if st.amount and prev.get("index") == sv.index \
            and prev.get("unit") == st.unit and prev.get("subject") and prev.get("end", st.start) <= st.start \
            and ";" not in sv.text[prev["end"]:st.start] \
            and not any(prev["end"] <= sv.rel(m.start) < st.start for m in sv.mentions):
        # "The Rs 17.6 trillion budget … sets aside Rs 8.2 trillion for interest": a part of the
        # amount before it, in the same sentence with no actor named between them
        inf["subject"] = "subject of the amount before it in the sentence (no actor named between)"
        return prev["subject"], None
    cm = P.COUNTRY_RE.search(sv.text[:st.start])
    if cm and not (st.unit == "count" and cm.group(0).lower() == "its"):
        # "its 7,000 personnel": a possessive names the owner of a thing, not the country
        if cm.group(0).lower() == "its" and lo <= cm.start() and st.start - cm.start() <= 50 \
                and (ante := subject_antecedent(ctx, sv, cm.start())) is not None:
            inf["subject"] = f"the owner of 'its': {ante[1]}"  # "India …, with commitments its officials put at"
            return ante[0], None
        main = ctx.main_state(sv)
        if main:
            inf["subject"] = f"the article's main state (for '{cm.group(0)}')"
            return main, None
    return None


def place_state(sv: SentenceView, ctx: ArticleContext, st: Stat) -> str | None:
    """The state of the place named after the figure ("detained 400 protesters in Tbilisi",
    "evacuated 136,000 residents from Batken province")."""
    for m in sv.mentions:
        ent = ctx.entity(m.entity_id)
        if sv.rel(m.start) >= st.end and S.prev_word(sv.text, sv.rel(m.start)) in ("in", "from") and ent is not None \
                and ent.type == "place" and (state := ctx.state_of(ent)) is not None:
            return state
    return None


def _last_state(sv: SentenceView, ctx: ArticleContext) -> str | None:
    """The state named last in the few sentences before (the parties the text is about)."""
    for view in reversed(ctx.sentences[max(0, sv.index - LOCALITY_BACK): sv.index]):
        for m in reversed(view.mentions):
            if ctx.etype(m.entity_id) == "state":
                return m.entity_id
    return None


LOCALITY_BACK = 3  # sentences searched back for the locality where people were hurt or held


def locality_state(sv: SentenceView, ctx: ArticleContext, st: Stat) -> str | None:
    """"Police cleared the protest camp in Osh …; the ministry said 300 people had been detained":
    the state of the locality (a city or region, not a state) named last before the figure, in its
    sentence or the few before."""
    for view in reversed(ctx.sentences[max(0, sv.index - LOCALITY_BACK): sv.index + 1]):
        for m in reversed(view.mentions):
            if view is sv and sv.rel(m.start) >= st.start or in_dateline(ctx, view, view.rel(m.start)):
                continue  # (the dateline's city is where the story was filed: home_body_state)
            ent = ctx.entity(m.entity_id)
            if ent is not None and ent.type == "place" and (state := ctx.state_of(ent)) is not None:
                return state
    return None
