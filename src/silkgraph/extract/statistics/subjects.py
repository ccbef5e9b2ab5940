"""Who a statistic is about: the subject finders of the statistics extractor."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.pronoun import subject_antecedent
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.model import Mention


def _mentions_rel(sv: SentenceView) -> list[tuple[int, int, Mention]]:
    return [(sv.rel(m.start), sv.rel(m.end), m) for m in sv.mentions]


def _prev_word(text: str, pos: int) -> str:
    w = re.findall(r"[\w’']+", text[max(0, pos - 25):pos])
    return w[-1].lower() if w else ""


def _is_source(text: str, a: int, b: int) -> bool:
    return bool(P.SOURCE_BEFORE_RE.search(text[max(0, a - 30):a]) or P.SOURCE_AFTER_RE.match(text[b:b + 30])
                or P.SOURCE_PHRASE_RE.search(text[:a]))


def _asides(text: str) -> list[tuple[int, int]]:
    """Relative asides between commas ("Spain, where the transports that Astana bought are
    assembled, came second"): their actors are not the main clause's subject."""
    return [(m.start(), m.end()) for m in P.ASIDE_RE.finditer(text)]


def _subject(sv: SentenceView, ctx: ArticleContext, lo: int, hi: int, types: tuple[str, ...],
             counted: bool = False) -> Mention | None:
    asides = _asides(sv.text)
    for a, b, m in _mentions_rel(sv):
        if a < lo or b > hi or m.role == "place" or ctx.etype(m.entity_id) not in types:
            continue
        if any(x < a < y <= hi for x, y in asides):
            continue
        if ctx.text[m.end:m.end + 1] == "$" or sv.text[a - 1:a] == "(":
            continue  # "US$"; an acronym defined right after its name
        if _is_source(sv.text, a, b):
            continue
        if _prev_word(sv.text, a) in P.OBLIQUE and not (counted and P.POSS_FORCE_RE.match(sv.text[b:b + 40])):
            continue  # "for Pakistan's security forces …, 685 killed": the possessor owns the count
        if counted and m.kind == "demonym" and not P.INSTITUTION_RE.match(sv.text[b:b + 30]):
            continue  # "the largest Russian installation numbers 7,000": an attribute, not the actor
        return m
    return None


def _relative_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"…, behind the United States, which held 43 percent": the antecedent of "which"."""
    rel = P.WHICH_RE.search(sv.text[:st.start])
    if rel is None:
        return None
    for _a, b, m in reversed(_mentions_rel(sv)):
        if b <= rel.start():
            ok = b == rel.start() and ctx.etype(m.entity_id) in types and m.role != "place"
            return m if ok else None
    return None


def _verb_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"…, and Russia supplied 36 percent": the actor written right before a share verb."""
    v = P.SHARE_VERB_RE.search(sv.text[:st.start])
    if v is None:
        return None
    for a, b, m in reversed(_mentions_rel(sv)):
        if b <= v.start():
            ok = re.fullmatch(r"\s+(?:(?:still|also|alone|then|now|\w+ly)\s+)*", sv.text[b:v.start()]) \
                and ctx.etype(m.entity_id) in types and m.role != "place" and m.kind != "demonym" \
                and _prev_word(sv.text, a) not in P.OBLIQUE and not _is_source(sv.text, a, b)
            return m if ok else None
    return None


def _source_after(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"60 percent from Israel": the supplier named right after a share is its subject."""
    if st.unit != "percent":
        return None
    for a, _b, m in _mentions_rel(sv):
        if a >= st.end:
            if P.FROM_AFTER_RE.match(sv.text[st.end:a]) and ctx.etype(m.entity_id) in types:
                return m
            return None
    return None


def _gapped_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"Russia provided 68 percent and France 25 percent": the actor right before a number,
    coordinated after an earlier figure, is that number's subject (the verb is left out)."""
    aside = P.GAP_ASIDE_RE.search(sv.text, 0, st.start)
    cut = aside.start() if aside is not None else st.start
    for a, b, m in reversed(_mentions_rel(sv)):
        if b > cut:
            continue
        if ctx.etype(m.entity_id) not in types or m.role == "place":
            return None
        gap = sv.text[b:cut] + (" " + aside.group("tail") if aside is not None else "")
        if P.GAP_AFTER_RE.fullmatch(gap) and P.GAP_BEFORE_RE.search(sv.text[:a]):
            return m
        return None
    return None


def _headless_relative(sv: SentenceView, ctx: ArticleContext, st: Stat) -> bool:
    """The number sits in a relative clause whose head is not an actor ("organisations that
    receive more than 20 percent"): the sentence's subject is not the figure's."""
    rel = P.REL_PRONOUN_RE.search(sv.text[:st.start])
    if rel is None:
        return False
    before = sv.text[:rel.start()].rstrip(" ,")
    return not any(sv.rel(m.end) == len(before) for m in sv.mentions)


def _it_subject(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> tuple[str, str] | None:
    """"It belongs to the CSTO, … and ships 80 percent of its crude …": a sentence whose
    subject is "It" (no actor before the pronoun, no new subject before the figure)."""
    m = P.IT_SUBJECT_RE.match(sv.text)
    if m is None or (lo > 0 and not P.CLAUSE_RE.match(sv.text, lo)) or sv.rel(min(
            (mm.start for mm in sv.mentions), default=sv.end)) < m.start("it"):
        return None
    if re.search(r"[;:]|\b(?:which|who|that|while|whereas)\b", sv.text[m.end():st.start]):
        return None
    return subject_antecedent(ctx, sv, m.start("it"))


def _funder(sv: SentenceView, ctx: ArticleContext, c: P.Cues, st: Stat) -> Mention | None:
    """"built with Chinese money, reportedly about $10 million": the state whose money it is."""
    found = list(c.funder_money.finditer(sv.text, max(0, st.start - 60), st.start))
    fm = found[-1] if found else None
    if fm is None or re.search(r"[;:]", sv.text[fm.end():st.start]):
        return None
    for a, _b, m in _mentions_rel(sv):
        if a == fm.start("who") and ctx.etype(m.entity_id) == "state":
            return m
    return None


def _fatal_place(sv: SentenceView, ctx: ArticleContext, st: Stat, hi: int) -> Mention | None:
    """"685 security personnel killed in Pakistan": the country the toll is about."""
    for a, _b, m in _mentions_rel(sv):
        if st.end <= a < hi and _prev_word(sv.text, a) == "in" and ctx.etype(m.entity_id) == "state":
            return m
    return None


def _main_state(sv: SentenceView, ctx: ArticleContext) -> str | None:
    counts: dict[str, int] = {}
    for view in ctx.sentences[:sv.index]:
        for m in view.mentions:
            if ctx.etype(m.entity_id) == "state":
                counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda k: counts[k])


def _it_antecedent(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat,
                   types: tuple[str, ...]) -> Mention | None:
    """"pressed the X Corporation to …, the deposit it leased for $3 billion": a lower-case "it"
    subject of the figure's verb refers to the nearest actor named before it."""
    it = P.IT_VERB_RE.search(sv.text, lo, st.start)
    if it is None:
        return None
    for a, b, m in reversed(_mentions_rel(sv)):
        if b <= it.start():  # "it" stands for a subject, not for an oblique ("delivered … to X, and it …")
            if ctx.etype(m.entity_id) in types and m.role != "place" and not _is_source(sv.text, a, b) \
                    and _prev_word(sv.text, a) not in P.OBLIQUE:
                return m
    return None


def _people_share(sv: SentenceView, ctx: ArticleContext, st: Stat) -> Mention | None:
    """"about 80 percent of Georgians favour …", "40 percent of the Kazakh population": a share
    of a people (a plural demonym, or a demonym and a people noun, right after "of") is about
    that people's state."""
    for a, b, m in _mentions_rel(sv):
        if a < st.end:
            continue
        ok = m.kind == "demonym" and ctx.etype(m.entity_id) == "state" \
            and P.PEOPLE_SHARE_RE.search(sv.text[st.end:a]) is not None \
            and (P.PEOPLE_NOUN_RE.match(sv.text, b) is not None
                 or (sv.text[a:b].endswith("s") and not sv.text[b:b + 1].isalpha()))
        return m if ok else None
    return None


def _it_previous(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat,
                 types: tuple[str, ...]) -> tuple[str, str] | None:
    """"By X's count it supplied 60 percent": a lower-case "it" subject of the figure's verb with
    no actor before it in the sentence (a source aside) stands for the previous sentence's subject."""
    it = P.IT_VERB_RE.search(sv.text, lo, st.start)
    if it is None or any(ctx.etype(m.entity_id) in types and m.role != "place" and not _is_source(sv.text, a, b)
                         for a, b, m in _mentions_rel(sv) if b <= it.start()):
        return None
    return subject_antecedent(ctx, sv, it.start())
