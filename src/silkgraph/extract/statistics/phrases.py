"""The phrase a figure sits in, when that phrase has a head of its own and the actor of the
sentence around it is not the figure's subject:

* a verbless "with" phrase: "…, with X a distant second (11 percent)", "with X at 6 percent"
  (the actor after "with" holds the figure);
* a relative or appositive clause on a noun phrase whose last word is an actor governed by a
  preposition: "the large X diaspora in Y, which some estimates put at two million", "all X
  assistance to Y, an amount officials put at $900 million" (the figure measures the noun, so its
  owner is the state whose demonym or possessive premodifies that noun, never Y nor the sentence's
  subject);
* an actor of another clause that is only a demonym inside a prepositional phrase ("the share of
  Russian weapons has collapsed …: deliveries were 76 percent lower") is no subject of a figure
  in a clause of its own."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_PREPS
from silkgraph.extract.statistics import subjects as S
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.model import Mention

_APPROX = (r"(?:(?:about|some|nearly|almost|roughly|around|over|under|just|only|more\s+than|less\s+than)\s+)?")
# after "with X": a verbless noun phrase of lower-case words, then the figure in parentheses or
# after "at" ("a distant second (11 percent)", "second at 6 percent", "at 11 percent")
WITH_GAP_RE = re.compile(r",?\s+(?:(?:a|an|the)\s+)?(?:(?!(?:which|who|that|and|but|or)\b)[a-z][a-z\-]*\s+){0,3}?"
                         r"(?:\(\s*|at\s+)" + _APPROX)
WITH_BEFORE_RE = re.compile(r"(?:^|,\s*|\s)with\s+(?:the\s+)?$", re.I)
# a relative or appositive clause opened on a noun phrase, up to the figure
# ("which" whose own subject follows it: the figure measures the noun, not "Y, which supplied …")
REL_OPEN_RE = re.compile(r",\s*(?:which\s+(?=(?:the|some|many|most|its|their|his|her|officials|analysts|experts|observers|"
                         r"estimates)\b)|an?\s+(?:amount|sum|figure|total|number)\b)(?:\s*[\w\-’']+){0,5}\s+"
                         + _APPROX + r"$", re.I)
# between a premodifying actor and the preposition of the phrase's last actor: the head noun
# (and up to two more lower-case words): "X security assistance to", "X diaspora in"
PREMOD_GAP_RE = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w\-]*\s+){1,3}$")
PP_PREPS = ("in", "to", "from", "into", "toward", "towards", "across", "against", "with", "at", "on")


def with_absolute(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"…, with X a distant second (11 percent)": the actor after "with" whose verbless phrase
    ends in the figure."""
    if "with " not in sv.text or st.unit != "percent":
        return None
    for a, b, m in sv.mentions_rel():
        if b > st.start:
            break
        if ctx.etype(m.entity_id) in types and m.role != "place" \
                and WITH_BEFORE_RE.search(sv.text, max(0, a - 12), a) and WITH_GAP_RE.fullmatch(sv.text, b, st.start):
            return m
    return None


def relative_np_owner(sv: SentenceView, ctx: ArticleContext, st: Stat,
                      types: tuple[str, ...]) -> tuple[str | None, Mention | None] | None:
    """A figure in a relative or appositive clause on a noun phrase that ends in an actor governed
    by a preposition ("the X diaspora in Y, which …"): the actor premodifying the phrase's head noun
    (a demonym or a possessive), or (None, None) when none does; None when the figure is in no such
    clause."""
    if "," not in sv.text[:st.start]:
        return None
    rel = REL_OPEN_RE.search(sv.text, max(0, st.start - 80), st.start)
    if rel is None or rel.end() != st.start:
        return None
    mentions = sv.mentions_rel()
    if any(rel.start() <= a < st.start for a, _b, _m in mentions):
        return None  # the clause names an actor of its own ("which Moscow put at …")
    last = next(((a, b, m) for a, b, m in reversed(mentions) if b <= rel.start()), None)
    if last is None or last[1] != rel.start():
        return None
    a1 = last[0]
    prep = S.prev_word(sv.text, a1)
    if prep not in PP_PREPS:
        return None
    pstart = sv.text.rfind(prep, 0, a1)
    for _a, b, m in reversed(mentions):
        if b <= pstart and ctx.etype(m.entity_id) in types and PREMOD_GAP_RE.fullmatch(sv.text, b, pstart) \
                and (m.kind == "demonym" or sv.text[b:b + 1] in ("'", "’") or m.text.isupper()):
            return m.entity_id, m
        if b <= pstart:
            break
    return None, None


def foreign_modifier(sv: SentenceView, m: Mention, lo: int) -> bool:
    """A demonym inside a prepositional phrase of another clause than the figure's ("the share of
    Russian weapons has collapsed …: deliveries were …"): no actor of the figure's clause."""
    a = sv.rel(m.start)
    return a < lo and m.kind == "demonym" and S.prev_word(sv.text, a) in STATISTICS_PREPS
