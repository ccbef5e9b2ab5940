"""The state a statistic is about through the whole it measures, when no actor holds the figure:
a people ("80 percent of Georgians"), a state's land or people ("20 percent of X's territory"),
trade between two states, a border's length, "the country's" (read by the subject picker and the
fallback)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_PREPS, after_prep
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.sources import is_source
from silkgraph.model import Mention


def _people_share(sv: SentenceView, ctx: ArticleContext, st: Stat) -> Mention | None:
    """"about 80 percent of Georgians favour …", "40 percent of the Kazakh population": a share
    of a people (a plural demonym, or a demonym and a people noun, right after "of") is about
    that people's state."""
    for a, b, m in sv.mentions_rel():
        if a < st.end:
            continue
        ok = m.kind == "demonym" and ctx.etype(m.entity_id) == "state" \
            and P.PEOPLE_SHARE_RE.search(sv.text[st.end:a]) is not None \
            and (P.PEOPLE_NOUN_RE.match(sv.text, b) is not None
                 or (sv.text[a:b].endswith("s") and not sv.text[b:b + 1].isalpha()))
        return m if ok else None
    return None


def _owned_share(sv: SentenceView, ctx: ArticleContext, st: Stat) -> Mention | None:
    """"occupy about 20 percent of Georgia's territory", "40 percent of Kazakhstan's population":
    a share of a state's land or people is about that state, whoever holds or moves it."""
    for a, b, m in sv.mentions_rel():
        if a < st.end:
            continue
        ok = ctx.etype(m.entity_id) == "state" and P.OWNER_SHARE_RE.fullmatch(sv.text[st.end:a]) is not None \
            and P.OWNED_NOUN_RE.match(sv.text, b) is not None
        return m if ok else None
    return None


# "X's trade with Y", "X's bilateral trade with Y": the possessor owns the trade
POSS_TRADE_WITH_RE = re.compile(r"['’]s\s+(?:[a-z][\w\-]*\s+)?trade\s+(?:turnover\s+)?with\b")


def _trade_between(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> Mention | None:
    """"Trade between India and Russia reached $65 billion": of the states named after "trade
    between" before the figure, the one the article is about, else the last named."""
    first = None
    for a, b, m in sv.mentions_rel():
        if a >= st.start:
            break
        if ctx.etype(m.entity_id) == "state" and POSS_TRADE_WITH_RE.match(sv.text, b):
            return m  # "India's trade with Iran reached …": the trade's owner, not its partner
        if ctx.etype(m.entity_id) == "state" and P.TRADE_BETWEEN_RE.search(sv.text, max(0, a - 40), a):
            first = m
            break
    if first is None:
        return _trade_pair(sv, ctx, st)
    parties = [m for a, _b, m in sv.mentions_rel() if sv.rel(first.start) <= a < st.start and ctx.etype(m.entity_id) == "state"
               and (m is first or P.PAIR_GAP_RE.fullmatch(sv.text, sv.rel(first.end), a))]
    main = ctx.main_state(sv)
    return next((m for m in parties if m.entity_id == main), parties[-1])


def _country_ref(sv: SentenceView, ctx: ArticleContext, pos: int) -> tuple[str, str] | None:
    """"… of the country's territory": the state named as a noun (not a demonym, not after a
    preposition) earlier in the sentence, else in the previous sentence of the same section,
    else the state the article names most."""
    views = [(sv, pos)]
    if sv.index > 0 and ctx.sentences[sv.index - 1].section == sv.section:
        views.append((ctx.sentences[sv.index - 1], len(ctx.sentences[sv.index - 1].text)))
    for view, cut in views:
        for a, _b, m in view.mentions_rel():
            if a < cut and ctx.etype(m.entity_id) == "state" and m.kind != "demonym" and m.role != "place" \
                    and not after_prep(view.text, a, STATISTICS_PREPS) and not is_source(view.text, a, _b):
                where = "earlier in the sentence" if view is sv else "in the previous sentence"
                return m.entity_id, f"'the country' = '{m.text}', named {where}"
    main = ctx.main_state(sv)
    return (main, "the article's main state (for 'the country's')") if main else None


def _border_subject(sv: SentenceView, ctx: ArticleContext, st: Stat) -> tuple[str, str] | None:
    """The state a border length is about when no actor comes before it: the first of "between
    X and Y" after the figure; else the state the sentence (or the one before) is about, other
    than the neighbour after "with"."""
    for a, _b, m in sv.mentions_rel():
        if a >= st.end and ctx.etype(m.entity_id) == "state" and re.search(r"\bbetween\s+(?:the\s+)?$", sv.text[max(0, a - 15):a]):
            return m.entity_id, f"'{m.text}', the first party of the border"
    for a, b, m in sv.mentions_rel():  # "the 970-km-long Kyrgyz-Tajik border": the first of the pair named with it
        if st.end <= a and ctx.etype(m.entity_id) == "state" and m.kind == "demonym" \
                and re.fullmatch(r"[\s-]*(?:kilomet(?:er|re)s?|km)?(?:[\s-]long)?\s+", sv.text[st.end:a]) \
                and re.match(r"[-–][A-Z]", sv.text[b:b + 2]):  # (one demonym, "the Afghan border", is the neighbour)
            return m.entity_id, f"'{m.text}', the first party of the border"
    ref = _country_ref(sv, ctx, st.start)
    if ref is None:
        return None
    return ref[0], ref[1].replace("'the country'", "the state whose border")


def _trade_pair(sv: SentenceView, ctx: ArticleContext, st: Stat) -> Mention | None:
    """"China buys a fifth of Kazakh exports, and trade between the two countries totalled $41
    billion": the two states named before in the sentence; the article's own state among them,
    else the last named."""
    tm = P.TRADE_PAIR_RE.search(sv.text, 0, st.start)
    if tm is None:
        return None
    named: dict[str, Mention] = {}
    for a, _b, m in sv.mentions_rel():
        if a < tm.start() and ctx.etype(m.entity_id) == "state":
            named[m.entity_id] = m
    if len(named) != 2:
        return None
    main = ctx.main_state(sv)
    return named.get(main or "") or list(named.values())[-1]
