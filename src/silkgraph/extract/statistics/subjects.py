"""Who a statistic is about: the subject finders of the statistics extractor (``is_source``, which
they and other finders import from here, lives in ``sources``)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_OBLIQUE_PREPS
from silkgraph.extract.pronoun import subject_antecedent
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.patterns import Stat
from silkgraph.extract.statistics.predicate_owners import predicate_possessor
from silkgraph.extract.statistics.sources import is_source
from silkgraph.extract.statistics.whole_owners import _border_subject as _border_subject
from silkgraph.extract.statistics.whole_owners import _country_ref as _country_ref
from silkgraph.extract.statistics.whole_owners import _owned_share as _owned_share
from silkgraph.extract.statistics.whole_owners import _people_share as _people_share
from silkgraph.extract.statistics.whole_owners import _trade_between as _trade_between
from silkgraph.model import Mention


def prev_word(text: str, pos: int) -> str:
    """The word (lower case) right before ``pos`` within 25 characters, else ""."""
    w = re.findall(r"[\w’']+", text[max(0, pos - 25):pos])
    return w[-1].lower() if w else ""


def subject_position(text: str, a: int, b: int) -> bool:
    """The mention at ``a``-``b`` stands where a clause's subject may: no object of a
    preposition nor of "of" ("much of X's weaponry"), no source of a figure."""
    w = prev_word(text, a)
    return w not in STATISTICS_OBLIQUE_PREPS and w != "of" and not is_source(text, a, b)


def _asides(text: str) -> list[tuple[int, int]]:
    """Relative asides between commas ("Spain, where the transports that Astana bought are
    assembled, came second"): their actors are not the main clause's subject."""
    return [(m.start(), m.end()) for m in P.ASIDE_RE.finditer(text)]


def _subject(sv: SentenceView, ctx: ArticleContext, lo: int, hi: int, types: tuple[str, ...],
             counted: bool = False) -> Mention | None:
    asides = _asides(sv.text)
    for a, b, m in sv.mentions_rel():
        if a < lo or b > hi or m.role == "place" or ctx.etype(m.entity_id) not in types:
            continue
        if any(x < a < y <= hi for x, y in asides):
            continue
        if ctx.text[m.end:m.end + 1] == "$" or sv.text[a - 1:a] == "(":
            continue  # "US$"; an acronym defined right after its name
        if is_source(sv.text, a, b):
            continue
        if P.OBLIQUE_OF_RE.search(sv.text, max(0, a - 40), a):
            continue  # "at the request of X's president, the bloc deployed 2,000 troops": X asked, did not act
        if prev_word(sv.text, a) in STATISTICS_OBLIQUE_PREPS and not (counted and P.POSS_FORCE_RE.match(sv.text[b:b + 40])):
            continue  # "for Pakistan's security forces …, 685 killed": the possessor owns the count
        if prev_word(sv.text, a) in P.COMPARED_WITH_PREPS:
            continue  # "Behind Russia (61 percent), Belarus was second with 18 percent": the one compared with
        if counted and m.kind == "demonym" and not P.INSTITUTION_RE.match(sv.text[b:b + 30]):
            continue  # "the largest Russian installation numbers 7,000": an attribute, not the actor
        return m
    return None


def _relative_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"…, behind the United States, which held 43 percent": the antecedent of "which"."""
    rel = P.WHICH_RE.search(sv.text[:st.start])
    if rel is None:
        return None
    for _a, b, m in reversed(sv.mentions_rel()):
        if b <= rel.start():  # "X's external debt, which stood at": the owner of the measure
            ok = (b == rel.start() or P.POSS_MEASURE_RE.fullmatch(sv.text, b, rel.start()) is not None
                  or (st.unit == "count" and P.FORCE_HEAD_RE.match(sv.text, b, rel.start()) is not None)) \
                and ctx.etype(m.entity_id) in types and m.role != "place"
            return m if ok else None
    return None


# adverbs between a subject and its verb ("Russia still supplied", "Russia alone accounted for")
_ADVERBS = r"(?:(?:still|also|alone|then|now|\w+ly)\s+)*"
ADVERB_GAP_RE = re.compile(r"\s+" + _ADVERBS)
# an apposition between a subject and its verb: "France, a newcomer, accounted for"
APPOS_GAP_RE = re.compile(r",\s+(?:a|an|the|its|their)\s+[^,;:()\d]{1,40},\s+" + _ADVERBS + r"$")


def _verb_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"…, and Russia supplied 36 percent": the actor written right before a share verb."""
    v = P.SHARE_VERB_RE.search(sv.text[:st.start])
    if v is None:
        return None
    for v2 in P.SHARE_VERB_RE.finditer(sv.text, v.end(), st.start):
        if APPOS_GAP_RE.search(sv.text, max(0, v2.start() - 50), v2.start()):
            v = v2  # "…, and France, a newcomer, accounted for 4 percent": the verb of the figure's own subject
    for a, b, m in reversed(sv.mentions_rel()):
        if b <= v.start():
            ok = (ADVERB_GAP_RE.fullmatch(sv.text[b:v.start()])
                  or APPOS_GAP_RE.fullmatch(sv.text, b, v.start())) \
                and ctx.etype(m.entity_id) in types and m.role != "place" and m.kind != "demonym" \
                and prev_word(sv.text, a) not in STATISTICS_OBLIQUE_PREPS and not is_source(sv.text, a, b)
            return m if ok else None
    return None


def _source_after(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"60 percent from Israel": the supplier named right after a share is its subject; so is the
    receiver of a share of goods no actor owns ("8 percent of global arms imports went to India";
    a quarter of X's output going to Y is X's)."""
    if st.unit != "percent":
        return None
    skipped = False
    for a, b, m in sv.mentions_rel():
        if a >= st.end:
            if (P.FROM_AFTER_RE.match(sv.text[st.end:a]) or (not skipped and P.TO_AFTER_RE.match(sv.text[st.end:a]))) \
                    and ctx.etype(m.entity_id) in types:  # (a share of X's output going to Y is X's)
                return m
            if not skipped and P.OWNER_OF_RE.match(sv.text[st.end:a]) and sv.text[b:b + 1] in ("'", "’"):
                skipped = True  # "60 percent of X's imports came from Y": X owns the whole
                continue
            return None
    return None


def _gapped_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"Russia provided 68 percent and France 25 percent": the actor right before a number,
    coordinated after an earlier figure, is that number's subject (the verb is left out)."""
    aside = P.GAP_ASIDE_RE.search(sv.text, 0, st.start)
    cut = aside.start() if aside is not None else st.start
    for a, b, m in reversed(sv.mentions_rel()):
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


def _funder(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat) -> Mention | None:
    """"built with Chinese money, reportedly about $10 million": the state whose money it is."""
    found = list(c.funder_money.finditer(sv.text, max(0, st.start - 60), st.start))
    fm = found[-1] if found else None
    if fm is None or re.search(r"[;:]", sv.text[fm.end():st.start]):
        return None
    for a, _b, m in sv.mentions_rel():
        if a == fm.start("who") and ctx.etype(m.entity_id) == "state":
            return m
    return None


def _fatal_place(sv: SentenceView, ctx: ArticleContext, st: Stat, hi: int) -> Mention | None:
    """"685 security personnel killed in Pakistan": the country the toll is about."""
    for a, _b, m in sv.mentions_rel():
        if st.end <= a < hi and prev_word(sv.text, a) == "in" and ctx.etype(m.entity_id) == "state":
            return m
    return None


def _it_antecedent(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat,
                   types: tuple[str, ...]) -> Mention | None:
    """"pressed the X Corporation to …, the deposit it leased for $3 billion": a lower-case "it"
    subject of the figure's verb refers to the nearest actor named before it."""
    it = P.IT_VERB_RE.search(sv.text, lo, st.start)
    if it is None:
        return None
    for a, b, m in reversed(sv.mentions_rel()):
        if b <= it.start():  # "it" stands for a subject, not for an oblique ("delivered … to X, and it …")
            if ctx.etype(m.entity_id) in types and m.role != "place" and subject_position(sv.text, a, b) \
                    and not predicate_possessor(sv.text, a, b):
                return m  # "supplies much of Baku's weaponry: it …": not the possessor after "of",
                # nor the one in a predicate ("X is also Y's largest partner: it …": X)
    return None


def _it_previous(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat,
                 types: tuple[str, ...]) -> tuple[str, str] | None:
    """"By X's count it supplied 60 percent": a lower-case "it" subject of the figure's verb with
    no actor before it in the sentence (a source aside) stands for the previous sentence's subject."""
    it = P.IT_VERB_RE.search(sv.text, lo, st.start)
    if it is None or any(ctx.etype(m.entity_id) in types and m.role != "place" and not is_source(sv.text, a, b)
                         for a, b, m in sv.mentions_rel() if b <= it.start()):
        return None
    return subject_antecedent(ctx, sv, it.start())


def _poss_figure(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"second only to Türkiye's 41 percent", "… at 42 percent and China's at 35 percent": the
    actor whose possessive stands right before the figure."""
    pm = P.POSS_FIGURE_RE.search(sv.text, max(0, st.start - 40), st.start)
    if pm is None:
        return None
    for a, b, m in sv.mentions_rel():
        if b == pm.start() and ctx.etype(m.entity_id) in types and m.role != "place" and not is_source(sv.text, a, b):
            return m
    return None
