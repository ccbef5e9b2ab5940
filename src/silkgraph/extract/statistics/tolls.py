"""Counts a side tells of its own people, told through a possessive or a measure noun rather than a
counted noun after the number: "87 wounded on its side", "reported 35 dead on their side", "X has
not updated its toll of 35 dead", "raised the number of its citizens killed to 59", "the number
of Kyrgyz citizens killed had risen to 62", "the number of attacks doubled, from 517 to 1,099".

The owner of "its"/"their" is the subject of the clause (else of the clause before it: "X said
that …"): a state, or a state's organ ("X's health ministry said …"); a demonym heading the
counted noun phrase ("the number of Kyrgyz citizens") names the owner itself."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_PREPS, after_prep
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat

_DIGITS = r"\d{1,3}(?:,\d{3})+|\d{1,6}"  # a count: "1,099", "59"
_NUM = r"(?P<n>" + _DIGITS + r")(?![\d.,]\d)"
_HURT = r"(?:dead|deaths|killed|fatalities|wounded|injured|casualties)"
# "87 wounded on its side", "35 dead on their side", "200 deaths on their side"
SIDE_TOLL_RE = re.compile(_NUM + r"\s+(?:(?:people|soldiers|troops|servicemen|civilians)\s+)?(?P<noun>" + _HURT
                          + r")\s+on\s+(?P<pro>its|their)\s+(?:own\s+)?side\b", re.I)
# "its toll of 35 dead", "their death toll at 40", "X's death toll rose to 59", "the Y side's death toll
# climbed to 41", "said its losses had risen to 71" (a side's losses told as its toll), "the Y toll from the strikes reached 31" (the fighting named between toll and verb)
TOLL_OF_RE = re.compile(r"(?:\b(?P<pro>its|their)|(?P<poss>['’]s)|\b(?P<dem>(?-i:[A-Z][a-z]+))(?:\s+side['’]s)?)\s+"
                        r"(?:(?:own|official|overall|death|casualty|military|combat)\s+)*(?:toll|losses)"
                        r"(?:\s+(?:in|from|of)\s+(?:the\s+|this\s+|last\s+)?(?:[\w\-]+\s+){0,2}?" + P.DATA["fighting_nouns"] + r")?\s+"
                        r"(?:of|at|(?:(?:has|had|have)\s+)?(?:rose|risen|climbed|reached|increased|jumped|hit|stood\s+at|"
                        r"stands\s+at)(?:\s+to)?)\s+" + P.APPROX_TOLD + _NUM + r"(?!\s*(?:percent|per\s+cent|%))", re.I)
# "the number of <noun phrase> …": the measure whose new (and old) level a change verb tells
NUMBER_OF_RE = re.compile(r"\bthe\s+(?:(?:total|overall|official)\s+)?number\s+of\s+(?P<np>[^,;:.()]{2,80}?)"
                          r"(?=\s+(?:had|has|have|was|were|is|are|more|rose|risen|rise|grew|grown|increased|climbed|"
                          r"jumped|fell|fallen|dropped|declined|doubled|tripled|halved|in|on|to|from|after|since|"
                          r"during|over|by)\b)", re.I)
CHANGE_VERB_RE = re.compile(r"\b(?:rose|risen|rise|rises|rising|raised|raises|raise|raising|grew|grown|grows|increased|"
                            r"increases|climbed|climbs|jumped|fell|fallen|falls|dropped|declined|doubled|tripled|"
                            r"halved|revised|brought|brings|put|puts|went\s+up|gone\s+up)\b", re.I)
# "(from 517) to 1,099", "to 59": the level after the change (and the one before it)
FROM_TO_RE = re.compile(r"[^;:.]{0,90}?\b(?:from\s+" + P.APPROX_TOLD + r"(?P<a>" + _DIGITS + r")\s+)?to\s+"
                        + P.APPROX_TOLD + _NUM + r"(?!\s*(?:percent|per\s+cent|%|million|billion|[-–]))", re.I)
# "the number of people detained", "the number of detainees": a count of people hurt or held,
# whose state is where it happened when no owner is named (statistics.fallback)
HARMED_NP_RE = re.compile(r"\b(?:" + P.DATA["harm_verbs"] + r"|" + P.DATA["harmed_nouns"] + r")\b", re.I)
PRONOUN_WHY = "'its'/'their' = the clause's subject"  # the inference of a count owned through a pronoun


def side_tolls(sv: SentenceView, ctx: ArticleContext, bounds: list[int]) -> list[Stat]:
    """The counts of a sentence that a side tells through "on its side", "its toll of", "the
    number of …"."""
    text = sv.text
    low = sv.low if sv.low is not None else text.lower()
    out: list[Stat] = []
    if " side" in low:
        for m in SIDE_TOLL_RE.finditer(text):
            out += _owned(sv, ctx, bounds, m.start("n"), m.end("n"), m.group("n"), m.group("noun").lower(), m.start())
    if "toll" in low or "losses" in low:
        for m in TOLL_OF_RE.finditer(text):
            if m.group("pro"):
                out += _owned(sv, ctx, bounds, m.start("n"), m.end("n"), m.group("n"), "toll", m.start())
                continue
            if m.group("dem"):  # "the Kyrgyz death toll rose to 59": the demonym names the side
                who = next((mm.entity_id for a, _b, mm in sv.mentions_rel() if a == m.start("dem")
                            and ctx.etype(mm.entity_id) == "state" and mm.kind == "demonym"), None)
                if who is not None and adversary_teller(sv, ctx, bounds, m.start(), who):
                    continue  # "X's spokesman put the Y toll at 58": a claim about the other side
            else:
                who = next((mm.entity_id for _a, b, mm in sv.mentions_rel() if b == m.start("poss")
                            and ctx.etype(mm.entity_id) == "state" and mm.kind != "demonym"), None)
            if who is not None and not YEAR_RE.fullmatch(m.group("n")):  # "Kyrgyzstan's death toll rose to 59"
                out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count", who, "toll",
                                why="the state whose toll it is"))
    if "number of" in low:
        out += _numbers_of(sv, ctx, bounds)
    return out


def _owned(sv: SentenceView, ctx: ArticleContext, bounds: list[int], a: int, b: int, raw: str, noun: str,
           pro_at: int) -> list[Stat]:
    if YEAR_RE.fullmatch(raw):
        return []
    who = pronoun_owner(sv, ctx, bounds, pro_at)
    if who is None:
        return []
    return [Stat(a, b, float(raw.replace(",", "")), "count", who, noun, why=PRONOUN_WHY)]


def _numbers_of(sv: SentenceView, ctx: ArticleContext, bounds: list[int]) -> list[Stat]:
    """"raised the number of its citizens killed … to 59", "the number of attacks more than
    doubled, from 517 to 1,099": the levels of the measure a change verb tells."""
    text = sv.text
    out: list[Stat] = []
    for m in NUMBER_OF_RE.finditer(text):
        ft = FROM_TO_RE.match(text, m.end())
        if ft is None or not CHANGE_VERB_RE.search(text, max(0, m.start() - 25), ft.start("n")):
            continue
        np = m.group("np")
        who, why = None, None
        if re.match(r"(?:its|their)\b", np, re.I):
            who, why = pronoun_owner(sv, ctx, bounds, m.start()), PRONOUN_WHY
        else:  # "the number of Kyrgyz citizens": the demonym heading the counted noun
            who = next((mm.entity_id for a, _b, mm in sv.mentions_rel() if a == m.start("np")
                        and ctx.etype(mm.entity_id) == "state"), None)
            why = "the state named with the people counted" if who else None
        noun = "number of " + re.sub(r"\s+", " ", np.strip())
        for g in ("a", "n"):
            if ft.group(g) and not YEAR_RE.fullmatch(ft.group(g)):
                out.append(Stat(ft.start(g), ft.end(g), float(ft.group(g).replace(",", "")), "count", who, noun, why=why,
                                harm=HARMED_NP_RE.search(np) is not None))
    return out


def pronoun_owner(sv: SentenceView, ctx: ArticleContext, bounds: list[int], pos: int) -> str | None:
    """The state that "its"/"their" at ``pos`` stands for: the first actor of the clause that
    is no preposition's object (a state, or the state of an organ such as a ministry), else, for a
    clause opened by "that", the first of the clause before it ("X said that …"). An actor of
    another kind there ("Karabakh officials reported … on their side") owns no state's count."""
    starts = sorted({0, *bounds})
    lo = max(s for s in starts if s <= pos)
    spans = [(lo, pos)]
    if lo > 0 and sv.text.startswith("that", lo) and (earlier := [s for s in starts if s < lo]):
        spans.append((earlier[-1], lo))
    for a, z in spans:
        for s, _e, m in sv.mentions_rel():
            if not (a <= s < z) or after_prep(sv.text, s, STATISTICS_PREPS):
                continue
            et = ctx.etype(m.entity_id)
            if et == "state" and m.role != "place":
                return m.entity_id
            if et == "organization" and (st := ctx.state_of(ctx.entity(m.entity_id))) is not None:
                return st
            return None
    return None


def adversary_teller(sv: SentenceView, ctx: ArticleContext, bounds: list[int], pos: int, side: str) -> bool:
    """Whether the teller of the clause before ``pos`` is an actor other than ``side`` ("the Taliban
    spokesman put the Pakistani toll at 58": a claim about the other side's losses, not a toll)."""
    starts = [b for b in bounds if b <= pos]
    lo = max(starts) if starts else 0
    return any(ctx.etype(mm.entity_id) in P.SUBJECT_TYPES and mm.entity_id != side and mm.role != "place"
               and ctx.state_of(ctx.entity(mm.entity_id)) != side
               for a, _b, mm in sv.mentions_rel() if lo <= a < pos)
