"""A subject "it" and the state it stands for (memberships, relations): "It belongs to the
CSTO", "It is Armenia's friendly neighbour … and it joined the SCO"; a plural anaphor for a
pair of states ("both countries") and the pair it stands for."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import (
    NOT_SUBJECT_RE,
    PAIR_ANAPHOR_RE,
    _last_pair,
    _names,
    article_state,
    plural_anaphor,
)

# a singular pronoun subject right before the cue ("it joined", "It has since belonged to")
IT_SUBJ_RE = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?P<it>[Ii]t)\s+")
IT_GAP_STOP_RE = re.compile(r"[;:]|\b(?:that|which|who|whether|if|when|while|because|although)\b", re.I)
# "drones that joined": a relative "that" whose antecedent is the word before it
THAT_REL_RE = re.compile(r"(?P<w>[\w’'\-]+)\s*,?\s+that\s+(?:(?:has|have|had|also|since|later|then|only|now)\s+){0,3}$")
# a state glued to these modifies a noun ("Russian-led alliances"): never a subject
MODIFIER_RE = re.compile(r"^[-‑–](?:led|backed|dominated|sponsored|brokered|based|aligned|centred|centered|"
                         r"centric|friendly|leaning|funded|made|built)\b")
# the first mention a pronoun can refer back to: not after a preposition nor a possessor
PREP_BEFORE_RE = re.compile(r"\b(?:in|into|inside|from|to|toward|towards|with|against|at|on|near|across|over|"
                            r"through|via|for|of|by|than|between|among)\s+(?:the\s+)?$", re.I)
POSSESSIVE_RE = re.compile(r"^[’']s\b")
# a news dateline opening the sentence ("TASHKENT, 3 March 2024 — "): its place is no subject
DATELINE_RE = re.compile(r"^[A-Z][A-Z .'\-]+,[^—–]{0,60}?\s(?:[—–]|--?)\s")
ANTECEDENT_TYPES = ("state", "organization", "armed_group", "company", "person")


def it_antecedent(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """The state a subject "it" right before ``pos`` refers to: the first mention of this
    sentence before the pronoun that is neither after a preposition nor a possessor, else
    that of the previous sentence (in the same paragraph); only when it is a state."""
    m = None
    for m2 in IT_SUBJ_RE.finditer(sv.text, 0, pos):
        m = m2
    if m is None or pos - m.end() > 80 or IT_GAP_STOP_RE.search(sv.text, m.end(), pos):
        return None
    for mm in sv.mentions:  # a subject named between the pronoun and the cue: not "it"'s cue
        a = sv.rel(mm.start)
        if m.end() <= a < pos and ctx.etype(mm.entity_id) == "state" and mm.role != "place" \
                and not PREP_BEFORE_RE.search(sv.text[max(0, a - 25):a]) \
                and not POSSESSIVE_RE.match(sv.text[sv.rel(mm.end):sv.rel(mm.end) + 3]):
            return None
    return subject_antecedent(ctx, sv, m.start("it"))


def subject_antecedent(ctx: ArticleContext, sv: SentenceView, it_pos: int) -> tuple[str, str] | None:
    """The state a subject pronoun at ``it_pos`` stands for: the first mention before it in
    the sentence, else in the previous sentence, that is no object of a preposition, no
    possessor and no modifier ("Russian-led"); ``None`` when that mention is no state."""
    views: list[tuple[SentenceView, int]] = [(sv, it_pos)]
    if sv.index > 0:
        prev = ctx.sentences[sv.index - 1]
        if prev.section == sv.section:
            views.append((prev, len(prev.text)))
    for view, cut in views:
        dl = DATELINE_RE.match(view.text)
        skip = dl.end() if dl else 0
        for mm in view.mentions:
            a, b = view.rel(mm.start), view.rel(mm.end)
            if a < skip:
                continue
            if a >= cut or mm.role == "place" or ctx.etype(mm.entity_id) not in ANTECEDENT_TYPES:
                continue
            if PREP_BEFORE_RE.search(view.text[max(0, a - 25):a]) or POSSESSIVE_RE.match(view.text[b:b + 3]) \
                    or MODIFIER_RE.match(view.text[b:b + 14]):
                continue
            if ctx.etype(mm.entity_id) != "state":
                return None
            where = "earlier in the sentence" if view is sv else "in the previous sentence"
            return mm.entity_id, f"'it' = '{mm.text}', the subject {where}"
    return None


def pair_anaphor(ctx: ArticleContext, sv: SentenceView, a: re.Match[str]) -> tuple[list[str], str] | None:
    """The states a plural anaphor stands for.  A pair ("both countries", "the two states"),
    which a standing property such as a membership is said of: the two states named as
    subjects in the previous sentence; else the two parties of the last two-state event
    told; else the pair the article's two-state events are most often about."""
    opens = sv.index == 0 or "\n" in ctx.text[ctx.sentences[sv.index - 1].end:sv.start]
    if PAIR_ANAPHOR_RE.match(a.group(0)):
        # at a paragraph's start the pair is the article's, not the last one told before
        got = _article_pair(ctx) if opens else _prev_pair(ctx, sv) or _last_pair(ctx, sv) or _article_pair(ctx)
        if got or opens:
            return (got[0], f"'{a.group(0)}' = {got[1]}") if got else None
    return plural_anaphor(ctx, sv, a.start(), a.end(), pair=True)


DEMONYM_MOD_RE = re.compile(r"\s+[a-z]")


def _prev_pair(ctx: ArticleContext, sv: SentenceView) -> tuple[list[str], str] | None:
    """Exactly two distinct states named, not after a preposition, in the previous sentence
    (of the same paragraph: checked by the caller)."""
    prev = ctx.sentences[sv.index - 1]
    ids: list[str] = []
    for mt in prev.mentions:
        if ctx.etype(mt.entity_id) != "state" or mt.role == "place" or \
                (mt.kind == "demonym" and DEMONYM_MOD_RE.match(prev.text, prev.rel(mt.end))):
            continue  # "Russian bases": a modifier, not one of the pair
        ids.append(mt.entity_id)
        if NOT_SUBJECT_RE.search(prev.text[max(0, prev.rel(mt.start) - 25):prev.rel(mt.start)]):
            return None  # a state after a preposition: the sentence is not only about the pair
    ids = list(dict.fromkeys(ids))
    return (ids, f"{_names(ctx, ids)} from the previous sentence") if len(ids) == 2 else None


def _article_pair(ctx: ArticleContext) -> tuple[list[str], str] | None:
    """The two states whose two-state events the article has told most often so far."""
    count: dict[tuple[str, ...], int] = {}
    for r in article_state(ctx).events:
        ids = dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or []))
        states = tuple(sorted(i for i in ids if ctx.etype(i) == "state"))
        if len(states) == 2:
            count[states] = count.get(states, 0) + len(r.fact.evidence)
    if not count:
        return None
    best = max(count.values())
    top = [k for k, v in count.items() if v == best]
    if len(top) != 1 or best < 2:
        return None
    return list(top[0]), f"{_names(ctx, list(top[0]))}, the pair the article's events are about"
