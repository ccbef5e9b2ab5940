"""Figures whose owner is a pronoun heading the figure's clause: "Its members are home to about 40
percent of …" (the bloc named before), "X's three jets gave it 61 percent" (X), "Its sales gave it
14 percent" (what "its" stands for)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events import bloc_before
from silkgraph.extract.grammar import STATISTICS_PREPS, after_prep, is_possessive
from silkgraph.extract.pronoun import state_topic, subject_antecedent
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import DATA, SUBJECT_TYPES, Stat
from silkgraph.extract.statistics.referents import last_match
from silkgraph.extract.statistics.subjects import subject_position

_APPROX = r"(?:(?:" + DATA["share_approximators"] + r"|the\s+(?:remaining|other|rest\s+of\s+the))\s+)?"
# "… gave it 61 percent": a verb of giving with a pronoun receiver right before the figure
GIVE_IT_RE = re.compile(r"\b" + DATA["giving_verbs"] + r"\s+"
                        r"(?P<it>it)\s+" + _APPROX + r"$")
# where the clause of a figure starts: the sentence, or after a semicolon, a colon or a comma and
# a conjunction that opens a new clause
HARD_BOUND_RE = re.compile(r"[;:]\s|,\s+(?:and|but|while|whereas|although|though|yet)\s+")
# a clause's head before its subject: a conjunction, a fronted adverbial closed by a comma or
# ending in a year ("In 2015–2019 it …")
HEAD_RE = re.compile(r"\s*(?:[A-Z]{3,}:\s*)?(?:(?:and|but|yet|so)\s+)?(?:(?:in|by|since|during|over|from|between|"
                     r"after|until|at|for)\s+[^,;:]{1,40}?(?:,\s*|(?<=\d)\s+)|\w+ly,?\s+)?", re.I)
# a clause that stands as a sentence of its own: the sentence, or after a semicolon or a colon
SENTENCE_BOUND_RE = re.compile(r"[;:]\s")
# "Its members are …", "Its exports reached …": a possessive pronoun heading the clause's subject
ITS_HEAD_RE = re.compile(r"(?P<its>[Ii]ts)\s+(?P<noun>(?:[\w\-]+\s+){0,2}?[\w\-]+)\b")
# nouns that a bloc, not a state, has
BLOC_NOUN_RE = re.compile(DATA["bloc_nouns"] + r"$", re.I)
# before a sentence's subject: a section label, a fronted phrase closed by a comma, a determiner
SUBJ_HEAD_RE = re.compile(r"\s*(?:[A-Z]{3,}:\s*)?(?:[^,;]{0,60},\s+)?(?:(?:[Tt]he|[Aa]n?)\s+)?")


def _after_last(bound: re.Pattern[str], text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last match of ``bound`` before
    ``pos`` (0 when none)."""
    m = last_match(bound, text, 0, pos)
    return m.end() if m else 0


def _antecedent(ctx: ArticleContext, sv: SentenceView, pos: int, noun: str = "") -> tuple[str, str] | None:
    """What "it"/"its" at ``pos`` stands for: for a bloc's noun ("its members") the bloc named
    before; else the subject before it (this sentence, the previous one), else the state the last
    sentences are about."""
    if noun and BLOC_NOUN_RE.search(noun):
        got = bloc_before(ctx, sv, pos)
        return (got[0], f"'its {noun}' = {got[1]}") if got else None
    return subject_antecedent(ctx, sv, pos) or _org_subject_before(ctx, sv, pos) or state_topic(ctx, sv, pos)


def _org_subject_before(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[str, str] | None:
    """An organisation or company heading the previous sentence (no actor before the pronoun in
    this one): "X is a gas giant. Its exports fell by 55 percent" (what "its" stands for)."""
    if sv.index == 0 or any(sv.rel(m.start) < pos and ctx.etype(m.entity_id) in SUBJECT_TYPES for m in sv.mentions):
        return None
    view = ctx.sentences[sv.index - 1]
    if view.section != sv.section:
        return None
    for a, b, m in view.mentions_rel():
        if after_prep(view.text, a, STATISTICS_PREPS) or m.role == "place":
            continue
        if ctx.etype(m.entity_id) in ("organization", "company", "armed_group") and not is_possessive(view.text, b) \
                and SUBJ_HEAD_RE.fullmatch(view.text, 0, a):
            return m.entity_id, f"'{m.text}', the subject of the sentence before"
        return None
    return None


def _actor_between(sv: SentenceView, ctx: ArticleContext, lo: int, hi: int) -> bool:
    """An actor named in ``lo``-``hi`` that may be a clause's subject (no object of a preposition,
    no possessor of a following noun, no source)."""
    for a, b, m in sv.mentions_rel():
        if lo <= a < hi and ctx.etype(m.entity_id) in SUBJECT_TYPES and m.role != "place" and m.kind != "demonym" \
                and not is_possessive(sv.text, b) and subject_position(sv.text, a, b):
            return True
    return False


def given_to_it(sv: SentenceView, ctx: ArticleContext, st: Stat) -> tuple[str, str] | None:
    """"X's three drones gave it 61 percent of Y's imports", "Its sales … gave it 14 percent": the
    pronoun receiving the figure stands for the owner of the clause's subject (the possessor heading
    it, or what "its" stands for), else for the subject of the sentence before."""
    gm = GIVE_IT_RE.search(sv.text, max(0, st.start - 40), st.start)
    if gm is None:
        return None
    start = _after_last(HARD_BOUND_RE, sv.text, gm.start())
    hm = HEAD_RE.match(sv.text, start)
    at = hm.end() if hm else start
    for a, b, m in sv.mentions_rel():
        if a == at and ctx.etype(m.entity_id) in SUBJECT_TYPES and is_possessive(sv.text, b):
            return m.entity_id, f"'it' = '{m.text}', whose possession heads the clause"
        if a > at:
            break
    im = ITS_HEAD_RE.match(sv.text, at)
    if im is not None:
        got = _antecedent(ctx, sv, im.start("its"), im.group("noun"))
        return (got[0], f"'it' = the owner of 'its': {got[1]}") if got else None
    if _actor_between(sv, ctx, start, gm.start()):
        return None
    return _antecedent(ctx, sv, gm.start("it"))


def its_heads_clause(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> tuple[str, str] | None:
    """"Its members are home to about 40 percent of the world's population", "Its economy is worth
    $9 billion": "its" heading the clause's subject, with no actor named between it and the
    figure, stands for the subject before it (for a bloc's noun, the bloc named before)."""
    start = _after_last(SENTENCE_BOUND_RE, sv.text, st.start)
    if start < lo and P.CLAUSE_RE.search(sv.text, start, lo):
        return None
    hm = HEAD_RE.match(sv.text, start)
    im = ITS_HEAD_RE.match(sv.text, hm.end() if hm else start)
    if im is None or _actor_between(sv, ctx, im.end(), st.start) or re.search(r"[;:]", sv.text[im.end():st.start]):
        return None
    got = _antecedent(ctx, sv, im.start("its"), im.group("noun"))
    return (got[0], f"'its' = {got[1]}") if got else None


# "X said (on Tuesday) it would provide …": a pronoun subject of a clause reported by a speech verb
REPORTED_PRONOUN_RE = re.compile(r"\b(?P<verb>said|says|say|warned|warns|warn|announced|announces|stated|states|"
                                 r"declared|declares|pledged|pledges|promised|promises|added|adds|confirmed|confirms)"
                                 r"\s+(?:(?:on|last|this|next)\s+[A-Z]?\w+\s+|\w+ly\s+)?(?:that\s+)?"
                                 r"(?P<pro>it|they)\s+(?!(?:is|was|are|were)\b)")
# the speech verb's subject right before it: adverbs and auxiliaries may stand between
SPEAKER_GAP_RE = re.compile(r"\s+(?:(?:also|then|now|has|have|had|\w+ly)\s+)*")
# a plural noun heading the speaker ("hydrologists warn it …"): "it" cannot stand for it
PLURAL_SPEAKER_RE = re.compile(r"\b[a-z]{3,}[^s\W]s\s+$")
# what ends the reported clause before the figure
REPORTED_END_RE = re.compile(r"[;:()]|,\s+(?:and|but|while|whereas)\b|\b(?:which|who|whose)\b")


def reported_speaker(sv: SentenceView, ctx: ArticleContext, st: Stat) -> tuple[str | None, str] | None:
    """"…, and the European Union said on Tuesday it would provide 5 million euros": the pronoun
    subject of a clause reported by a speech verb stands for the verb's subject, the speaker, who
    owns the figure of that clause (not the sentence's first actor). "it" after a plural speaker
    ("engineers warn it could divert …") stands for no speaker: ``(None, why)``, no owner here.
    None when no such clause holds the figure."""
    if " it " not in sv.text and " they " not in sv.text:
        return None
    found = list(REPORTED_PRONOUN_RE.finditer(sv.text, max(0, st.start - 120), st.start))
    rm = found[-1] if found else None
    if rm is None or REPORTED_END_RE.search(sv.text, rm.end(), st.start):
        return None
    verb = rm.start("verb")
    it = rm.group("pro") == "it"
    if it and PLURAL_SPEAKER_RE.search(sv.text, max(0, verb - 30), verb):
        return None, "'it' stands for no plural speaker"
    for a, b, m in reversed(sv.mentions_rel()):
        if b > verb:
            continue
        if not SPEAKER_GAP_RE.fullmatch(sv.text, b, verb):
            return None
        etype = ctx.etype(m.entity_id)
        if etype not in SUBJECT_TYPES or m.role == "place" or m.kind == "demonym" or after_prep(sv.text, a, STATISTICS_PREPS):
            return None
        return m.entity_id, f"'{rm.group('pro')}' = '{m.text}', the speaker reporting the figure's clause"
    return None
