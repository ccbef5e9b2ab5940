"""Parties named after the goods or after the trigger: the agent of a participle that follows the
goods ("S donated by X"), the state they were made in ("built in X"), the place they reached or
arrived in, the force they entered service with, and a signatory's counterpart in a deal."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.transfers.model import Hit, Item, Party
from silkgraph.extract.transfers.parties import (
    INSTITUTION_RE,
    _after_prep,
    _capital_party,
    mention_party,
)
from silkgraph.nlp.count_words import count_alt

# a participle after the system's head noun whose agent made or gave it: "S helicopters donated by X"
PARTICIPLE_BY_RE = re.compile(r"(?:\s+[\w\-’']+){0,3}?(?:,\s*(?:most|all|some|many|several|both|each|" + count_alt(2, 3) + r"|"
                              r"\d+)\s+of\s+(?:them|which))?\s+(?:donated|supplied|delivered|provided|sold|gifted|"
                              r"transferred|given|sent|handed\s+over|built|made|manufactured|produced)"
                              r"(?:\s+(?:free\s+of\s+charge|as\s+(?:a\s+)?(?:gift|aid)|\w+ly))?\s+by\b")
COUNTER_RE = re.compile(r"\bwith\s+(?:his|her|their|its|the)\s+(?:[\w\-’']+\s+){0,3}?counterparts?\b(?:,?\s+)?")


def participle_agents(sv: SentenceView, ctx: ArticleContext, it: Item) -> list[Party]:
    """The agents of a participle that follows the system's noun phrase: "S donated by X",
    "14 S, most of them handed over by X and Z"."""
    pm = PARTICIPLE_BY_RE.match(sv.text, it.end)
    if pm is None:
        return []
    return _after_prep(sv, ctx, ("by",), pm.end() - 2, min(len(sv.text), pm.end() + 40))


# a participle of making and its place right after the goods' head noun: "two submarines built in X"
MADE_IN_AFTER_RE = re.compile(r"\s+(?:(?:[\w\-]+\s+){0,2}?)(?:built|made|manufactured|produced)\s+in\s+(?:the\s+)?$")


def made_in(sv: SentenceView, ctx: ArticleContext, it: Item, recs: list[Party]) -> list[Party]:
    """The state goods told by a category were made in, named right after them (not a recipient)."""
    for a, _b, m in sv.mentions_rel():
        if it.end < a <= it.end + 40 and MADE_IN_AFTER_RE.fullmatch(sv.text, it.end, a):
            p = mention_party(ctx, m)
            if p is not None and ctx.etype(p.eid) == "state" and all(p.eid != r.eid for r in recs):
                return [p]
    return []


def counterpart(sv: SentenceView, ctx: ArticleContext, h: Hit, it: Item, sup: str) -> Party | None:
    """The other signatory of a deal whose subject is the system's own maker: "with Y",
    "with his Y counterpart (Z)" between the trigger and the system."""
    lo, hi = h.start, min(it.start, h.end)
    for p in _after_prep(sv, ctx, ("with",), lo, hi):
        if p.eid != sup:
            return p
    m = COUNTER_RE.search(sv.text, lo, hi)
    if m is None:
        return None
    for a, b, mm in sv.mentions_rel():
        if m.start() <= a and b <= min(hi, m.end() + 40) and ctx.etype(mm.entity_id) in ("state", "person"):
            p = mention_party(ctx, mm)
            if p is not None and p.eid != sup:
                why = p.why or f"the signatory's counterpart ('{mm.text}')"
                return Party(p.eid, why)
    return None


def arrival_object(sv: SentenceView, ctx: ArticleContext, h: Hit) -> list[Party]:
    """"S reached Y", "S arrived in Y": the place of arrival is the recipient."""
    if sv.text[h.start:h.end].lower().endswith("from"):
        return []
    for a, b, m in sv.mentions_rel():
        if h.end <= a and re.fullmatch(r"\s+(?:in\s+)?(?:the\s+)?", sv.text[h.end:a]):
            if m.role == "place" or ctx.etype(m.entity_id) == "place":
                p = _capital_party(ctx, m)  # "S arrived in Baku": the capital's state
                return [Party(p.eid, f"arrived in its capital, {m.text}")] if p is not None else []
            p = mention_party(ctx, m)
            return [p] if p is not None and ctx.etype(m.entity_id) == "state" else []
        # "S reached the Tajik forces": a demonym heading the recipient's forces
        if h.end <= a and m.kind == "demonym" and re.fullmatch(r"\s+the\s+", sv.text[h.end:a]) \
                and INSTITUTION_RE.match(sv.text[b:b + 30]) and ctx.etype(m.entity_id) == "state":
            return [Party(m.entity_id, f"'{m.text}' forces reached")]
    return []


# the goods' arrival after their supplier: "S supplied by X reached Y", "S sent by X arrived in Y"
REACHED_RE = re.compile(r"\s*(?:(?:in|on|last|this|early|late)\s+[\w\s]{1,20}?\s+)?(?:\w+ly\s+)?"
                        r"(?:reached|arrived\s+in|landed\s+in|went\s+to)(?=\s)")


def reached_after(sv: SentenceView, ctx: ArticleContext, h: Hit) -> list[Party]:
    """The place a passive seller's goods reached: "T-72 tanks supplied by Poland reached Y"."""
    by = re.match(r"\s+by\s+(?:the\s+)?(?:[\w\-’'.]+\s+){0,3}?(?=[a-z])", sv.text[h.end:h.end + 60])
    m = REACHED_RE.match(sv.text, h.end + by.end()) if by is not None else None
    if m is None:
        return []
    word = m.group().split()[-1].lower()
    return arrival_object(sv, ctx, Hit(m.end() - len(word), m.end(), h.trig))


def service_with(sv: SentenceView, ctx: ArticleContext, h: Hit) -> list[Party]:
    """"S entered service with the Y air force": the force the system serves in."""
    if not sv.text[h.start:h.end].lower().endswith("service"):
        return []
    return _after_prep(sv, ctx, ("with",), h.end, min(len(sv.text), h.end + 12))[:1]
