"""The bloc an apposition after a list of states refers back to ("Russia and China, its two
heavyweights, ..."; "Tajikistan, one of the six members, ..."): the name told last before the
list, in this sentence or the one before, must be a bloc.

"its" and a bare "the members" take the nearest fitting name; when that is a state, a region
or a person ("Central Asia is changing: Kazakhstan and Uzbekistan, its two heavyweights"), the
apposition is about it, not about a bloc named further back, and no organisation is returned.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.blocs import is_bloc
from silkgraph.extract.memberships.salient import salient_bloc

NAMED_TYPES = ("organization", "state", "place", "region", "person", "armed_group")
# between two states of the member list: "X, Y and Z"
LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s*and|&)?\s*")
# "partners of the organisation, and Russia and China, its two heavyweights": the bloc referred back to
# after the last name
BLOC_NP_RE = re.compile(r"\b(?:the|this)\s+(?:bloc|alliance|organi[sz]ation|grouping|union)\b(?![’']s)", re.I)


def _anaphor(ctx: ArticleContext, sv: SentenceView, a: int, b: int) -> tuple[list[str], str | None] | None:
    """The bloc "the organisation" refers to when it stands in ``a``..``b`` (the last such)."""
    found = list(BLOC_NP_RE.finditer(sv.text, a, b))
    if not found:
        return None
    np = found[-1]
    rec = salient_bloc(ctx, sv, np.start())
    return ([rec[0]], f"'{np.group(0)}' = {rec[1]}") if rec else ([], None)


def last_bloc(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[list[str], str | None]:
    """The bloc named (or referred back to) last before the member list that ends at ``pos``, in
    this sentence or the previous one, when no other name (a state, place or person) stands after it."""
    start = pos  # the member list ("X, Y and Z") right before the cue is skipped
    before = [m for m in sv.mentions if sv.rel(m.end) <= pos]
    while before and ctx.etype(before[-1].entity_id) == "state" and \
            LIST_GAP_RE.fullmatch(sv.text, sv.rel(before[-1].end), start):
        start = sv.rel(before.pop().start)
    named = [m for m in before if ctx.etype(m.entity_id) in NAMED_TYPES]
    got = _anaphor(ctx, sv, sv.rel(named[-1].end) if named else 0, start)
    if got is not None:
        return got
    if not named and sv.index > 0:
        prev = ctx.sentences[sv.index - 1]
        named = [m for m in prev.mentions if ctx.etype(m.entity_id) in NAMED_TYPES]
    if not named:
        return [], None
    m = named[-1]
    if ctx.etype(m.entity_id) == "organization" and is_bloc(ctx, m.entity_id):
        return [m.entity_id], f"the bloc named last before the states: {m.text}"
    return [], None
