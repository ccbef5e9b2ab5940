"""Memberships whose organisation is carried over from an earlier sentence.

"The CSTO met in Yerevan. Kazakhstan and Kyrgyzstan are members together with Belarus.": the
second sentence names the members and says they are members, but of what it leaves to the
sentence before.  One step, run after the one-sentence membership cues: in a sentence that names
states and no organisation at all, a membership noun with an anaphoric or missing owner (cues in
``resources/ontology/carried_bloc.yaml``) takes the bloc of the nearest earlier sentence of the
same paragraph that names a bloc, within a small window, when that sentence names exactly one.
The fact's evidence is this sentence; the organisation is a recorded inference naming the
sentence it came from.  Why a separate pass: the cue patterns of ``memberships.yaml`` resolve an
organisation inside their own sentence; none of them may fire without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import paragraph_first, window_pair
from silkgraph.extract.events import article_state
from silkgraph.extract.events.blocs import is_bloc
from silkgraph.extract.memberships.cues import NEG_AFTER_RE, NEG_BEFORE_RE
from silkgraph.extract.memberships.ended import ended
from silkgraph.extract.pair_anaphors import names_state
from silkgraph.model import Fact, Mention
from silkgraph.nlp.pattern_parts import fill_parts
from silkgraph.nlp.prefilter import gate_of
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/carried_bloc.yaml")
WINDOW: int = int(_DATA["window"])


def _expand(pattern: str) -> str:
    return fill_parts(pattern, {"q": _DATA["qualifiers"], "owner": _DATA["owner"]})


@dataclass(frozen=True)
class CarryCue:
    regex: re.Pattern[str]
    member: str  # subject | after


CUES = [CarryCue(re.compile(_expand(c["pattern"]), re.I), c["member"]) for c in _DATA["cues"]]
LIST_GAP_RE = re.compile(_DATA["list_gap"], re.I)
COMPANIONS_RE = re.compile(_DATA["companions"], re.I)
PAIR_SUBJECT_RE = re.compile(_DATA["pair_subject"])
# a cheap pre-check: every cue names a member noun
MEMBER_WORD_RE = re.compile(r"\bmembers?\b", re.I)


def _states(ctx: ArticleContext, sv: SentenceView) -> list[Mention]:
    """The sentence's state mentions that name a state (not a place, not a modifying demonym)."""
    return [m for m in sv.mentions if names_state(ctx, sv, m)]


def _list_before(sv: SentenceView, states: list[Mention], pos: int) -> list[Mention]:
    """The states of the coordinated list that ends right before ``pos`` ("X, Y and Z are")."""
    out: list[Mention] = []
    end = pos
    for m in reversed([m for m in states if sv.rel(m.end) <= pos]):
        if not LIST_GAP_RE.fullmatch(sv.text, sv.rel(m.end), end):
            break
        out.insert(0, m)
        end = sv.rel(m.start)
    return out


def _list_after(sv: SentenceView, states: list[Mention], pos: int) -> list[Mention]:
    """The states of the coordinated list that starts right after ``pos`` ("members X and Y")."""
    out: list[Mention] = []
    start = pos
    for m in [m for m in states if sv.rel(m.start) >= pos]:
        if not LIST_GAP_RE.fullmatch(sv.text, start, sv.rel(m.start)):
            break
        out.append(m)
        start = sv.rel(m.end)
    return out


def carried_bloc(ctx: ArticleContext, sv: SentenceView) -> tuple[str, str] | None:
    """The bloc an organisation-less membership in ``sv`` refers back to: the one bloc named in
    the nearest earlier sentence (of the paragraph, up to ``WINDOW`` back) that names any."""
    first = max(paragraph_first(ctx, sv), sv.index - WINDOW)
    for i in range(sv.index - 1, first - 1, -1):
        prev = ctx.sentences[i]
        if prev.section != sv.section:
            return None
        blocs = list(dict.fromkeys(m.entity_id for m in prev.mentions
                                   if ctx.etype(m.entity_id) == "organization" and is_bloc(ctx, m.entity_id)))
        if not blocs:
            continue
        if len(blocs) > 1:
            return None  # two blocs named: which one is meant is left open
        ent = ctx.entity(blocs[0])
        name = ent.name if ent is not None else blocs[0]
        back = sv.index - i
        where = "the previous sentence" if back == 1 else f"{back} sentences before"
        return blocs[0], f"{name}, the bloc named in {where}"
    return None


def _denied(text: str, s: int, e: int) -> bool:
    """"X is not a member", "X, once a member," : no standing membership is told."""
    if NEG_BEFORE_RE is not None and NEG_BEFORE_RE.search(text, max(0, s - 80), s) is not None:
        return True
    return ended(text, s, e, True) or (NEG_AFTER_RE is not None and NEG_AFTER_RE.match(text, e) is not None)


def _emit(ctx: ArticleContext, sv: SentenceView, member: str, org: str, pos: int, inf: dict[str, str]) -> Fact | None:
    """A new membership fact, unless the article told this one before (the earlier fact stands)."""
    st = article_state(ctx)
    if (member, org) in st.memberships:
        return None
    f = ctx.fact("membership", sv, {"member": member, "organization": org, "role": "member"}, sv.abs(pos),
                 inferences=inf)
    st.memberships[(member, org)] = f
    return f


def pair_memberships(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    """"Both republics are also members of the CSTO" when the one-sentence cues found no members
    for it: the pair named in the nearest earlier sentences of the paragraph (exactly two)."""
    m = PAIR_SUBJECT_RE.match(sv.text)
    if m is None or sv.index == 0:
        return []
    org = next((x for x in sv.mentions if sv.rel(x.start) == m.end() and ctx.etype(x.entity_id) == "organization"), None)
    if org is None or not is_bloc(ctx, org.entity_id):
        return []
    if any(sv.start <= e.start < sv.end for f in article_state(ctx).memberships.values()
           if f.args["organization"] == org.entity_id for e in f.evidence):
        return []  # the one-sentence cues resolved the pair: theirs stands
    pair = window_pair(ctx, sv, WINDOW)
    if pair is None:
        return []
    why = f"'{sv.text[:m.start() + len(m.group(0).split()[0]) + 4].strip()}' = {pair[1]}"
    out = [_emit(ctx, sv, s, org.entity_id, 0, {"member": why}) for s in pair[0]]
    return [f for f in out if f is not None]


def carried_memberships(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    """The memberships a sentence without any organisation tells of the bloc named just before."""
    if sv.index == 0 or not gate_of(MEMBER_WORD_RE).search(sv.text, sv.low):  # (``MEMBER_WORD_RE.search``, pre-checked)
        return []
    if any(ctx.etype(m.entity_id) == "organization" for m in sv.mentions):
        return []  # an organisation of its own: the one-sentence cues read it
    states = _states(ctx, sv)
    if not states:
        return []
    found: list[tuple[list[Mention], int]] = []
    for cue in CUES:
        for m in cue.regex.finditer(sv.text):
            if _denied(sv.text, m.start(), m.end()):
                continue
            mems = _list_before(sv, states, m.start()) if cue.member == "subject" else _list_after(sv, states, m.end())
            if cue.member == "subject" and mems and (c := COMPANIONS_RE.match(sv.text, m.end())) is not None:
                mems += _list_after(sv, states, c.end())
            if mems:
                found.append((mems, m.start()))
    if not found:
        return []
    bloc = carried_bloc(ctx, sv)
    if bloc is None:
        return []
    out = [_emit(ctx, sv, mem.entity_id, bloc[0], pos, {"organization": bloc[1]}) for mems, pos in found for mem in mems]
    return [f for f in out if f is not None]
