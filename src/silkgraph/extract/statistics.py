"""Statistics: shares, money amounts, counts and ranks with the actor they describe.

For every percentage, amount of money (not the value of a deal), counted measure
("685 security personnel killed", "nearly 40 countries") and rank in a ranking
("ranked Pakistan second"), the extractor finds:

* the *subject*: the first actor of the number's clause that is not a source ("according
  to SIPRI", "SIPRI data show") nor governed by a preposition; "this figure" takes the
  previous statistic's subject, "the country's" the article's main state;
* the *period*: a year range nearest to the number ("2011-2020", "between 2011 and 2020"),
  else a year ("in 2024" → [2024, 2024]), else "during this period" → the previous
  statistic's period;
* the *scope*: another state or place after the number ("of Armenia's arms imports") or
  before it after "to" ("exports to Central Asia").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.prefilter import lowered
from silkgraph.model import Fact, Mention
from silkgraph.nlp.dates import TimeExpr
from silkgraph.nlp.numbers import (
    ORDINALS,
    WORD_NUMBERS,
    Number,
    find_counts,
    find_money,
    find_percents,
)
from silkgraph.resources import load_yaml

SUBJECT_TYPES = ("state", "organization", "company", "armed_group")
SCOPE_TYPES = ("state", "place", "organization")
PREFILTER = re.compile(r"\d|percent|\btimes\b|\brank|\bplace\b", re.I)
COUNT_GATE_RE = re.compile(r"\b(?:countries|states|nations|firms|companies|fighters|militants|personnel|"
                           r"soldiers|troops|residents|refugees|members|groups)\b", re.I)
PERCENT_GATE_RE = re.compile(r"%|\bper\s?cent|\bpct\b|percentage", re.I)
MONEY_GATE_RE = re.compile(r"[$€£¥]|\b(?:USD|EUR|GBP|INR|RMB|Rs|dollars|euros?|pounds|rupees|yuan|rubles|roubles|"
                           r"manat|lira)\b", re.I)
# case-sensitive twins of the gates above, run on SentenceView.low (exact, and faster)
_PREFILTER_LOW = lowered(PREFILTER)
_COUNT_GATE_LOW = lowered(COUNT_GATE_RE)
_PERCENT_GATE_LOW = lowered(PERCENT_GATE_RE)


def _gate(sv: SentenceView, pattern: re.Pattern[str], twin: re.Pattern[str] | None) -> bool:
    """``pattern.search(sv.text)``, as a truth value."""
    low = sv.low
    if low is not None and twin is not None:
        return twin.search(low) is not None
    return pattern.search(sv.text) is not None


CLAUSE_RE = re.compile(r";|:\s|\s[—–]\s|,\s+(?:while|whereas|but|and|although|though)\b"
                       r"|\bthat\b(?!\s+(?:period|year|time|month|decade|week|day|era|point|same)\b)")
SHARE_VERB_RE = re.compile(r"\b(?:accounted\s+for|accounts\s+for|supplied|supplies|provided|provides|delivered|"
                           r"held|holds|made\s+up|makes\s+up|represented|represents|took|takes|controlled|"
                           r"controls|captured)\s+(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|"
                           r"only|just|a|an)\s+)?$", re.I)
# "Z, which held 43 percent": the relative pronoun's antecedent owns the figure
WHICH_RE = re.compile(r",\s*(?:which|who)\s+(?:[\w\-]+\s+){0,3}$", re.I)
# "… against 60 percent from Y", "21 percent from Y": the share Y supplied
FROM_AFTER_RE = re.compile(r"^\s+(?:of\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}?)?(?:came\s+|coming\s+)?from\s+(?:the\s+)?$", re.I)
# a demonym is an actor only before an institution ("the Russian government"), not a maker
INSTITUTION_RE = re.compile(r"^\s+(?:\w+\s+)?(?:government|authorities|officials|ministry|military|armed\s+forces|"
                            r"forces|army|navy|air\s+force|state|side|leadership|treasury|central\s+bank)\b", re.I)
SOURCE_BEFORE_RE = re.compile(r"(?:according\s+to|by\s+the\s+count\s+of|by|as\s+reported\s+by|cited\s+by|"
                              r"reported\s+by)\s+(?:the\s+)?$", re.I)
# "According to the arms-transfer data of SIPRI, …": every actor up to the comma is the source
SOURCE_PHRASE_RE = re.compile(r"\b(?:according\s+to|by\s+the\s+(?:count|measure|estimate)\s+of)\b[^,;]*$", re.I)
ASIDE_RE = re.compile(r",\s*(?:where|which|who|whose|when)\b[^,;]*,")
# a relative pronoun whose head is no actor ("organisations that receive 20 percent")
REL_PRONOUN_RE = re.compile(r"\b(?:that|which|who)\s+(?:[\w\-]+\s+){0,4}$", re.I)
# money given, withheld or frozen is an act (an event), not a measure of its actor
ACT_MONEY_RE = re.compile(r"\b(?:froze|frozen|freez\w+|paused|pauses|suspended|suspends|pledged|pledges|promised|"
                          r"allocated|allocates|granted|grants|withheld|withholds|released|releases|earmarked|"
                          r"disbursed|approved|approves)\s+(?:(?:a|an|the|another|some|about|nearly|over)\s+)?$",
                          re.I)
SOURCE_AFTER_RE = re.compile(r"^\s*(?:\([A-Z]+\)\s*)?(?:['’]s\s+)?(?:data|figures|estimates?|reports?|count|"
                             r"says|said|show|shows|showed|counted|estimated|reported|stated|notes|found|"
                             r"ranked|monitoring)\b", re.I)
OBLIQUE = {"to", "from", "in", "with", "by", "on", "at", "into", "against", "between", "among",
           "than", "for", "across", "toward", "towards"}
POSS_RE = re.compile(r"^['’]s?\b")
# "the world's second-largest arms importer", "the 11th largest exporter": a place in a ranking
LARGEST_RE = re.compile(r"\b(?:(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
                        r"[\s-]+(?:largest|biggest)|(?:world|globe)['’]s\s+(?P<top>largest|biggest))\s+(?:[\w\-]+\s+){0,2}?(?:supplier|exporter|importer|buyer|"
                        r"spender|producer|recipient)s?\b", re.I)
# "ranks X the …", "making X the …": the ranked actor written before the ordinal
RANKED_WHO_RE = re.compile(r"\b(?:rank(?:s|ed|ing)?|mak(?:e|es|ing)|made)\s+(?P<who>[^,;]{1,40}?)\s+(?:as\s+)?"
                           r"the\s+(?:(?:world|globe|region)['’]s\s+)?$", re.I)
# "…, with 8.3 percent": a figure attached to the clause's (ranked) actor
WITH_FIGURE_RE = re.compile(r",\s*with\s+(?:(?:about|some|nearly|almost|around|roughly|over|just\s+over|"
                            r"under|more\s+than|less\s+than)\s+)?$", re.I)
# "95 percent of its P and over 20 percent of its Q": a second object of the same verb
COORD_FIGURE_RE = re.compile(r"^[^,;:]{0,60}?\s+and\s+(?:(?:about|some|nearly|almost|around|roughly|over|"
                             r"more\s+than|less\s+than)\s+)?$", re.I)
BASELINE_RE = re.compile(r"\b(?:against|compared\s+(?:with|to)|up\s+from|down\s+from)\s+(?:(?:less|more|fewer)\s+than\s+|"
                         r"(?:about|some|nearly|almost|around|roughly|just|only)\s+)?$", re.I)
# "exports reached a record $2.8 billion": the measure named before a money figure
MONEY_MEASURE_RE = re.compile(r"(?P<np>(?<![’'])\b(?!(?:says|said|reports?|reported|that)\b)[a-z][\w\-]*"
                              r"(?:\s+(?:and\s+)?[a-z][\w\-]*){0,3}?)\s+(?:reached|totall?ed|"
                              r"stood\s+at|amounted\s+to|rose\s+to|fell\s+to|grew\s+to|climbed\s+to|hit)\s+"
                              r"(?:a\s+record\s+|an\s+estimated\s+|(?:about|some|nearly|almost|around|roughly)\s+)?"
                              r"(?:[^;]{0,30}?,\s*(?:(?:about|some|around|roughly|nearly)\s+)?)?$")
# a force's holdings: "22 military aircraft and 24 helicopters of the X Air Force, carrying 585 servicemen"
_HOLD_N = r"(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?\s+of)"
_HOLD_NOUN = (r"(?:[\w\-]+\s+)?(?:aircraft|airplanes|planes|helicopters|jets|fighters|tanks|drones|vessels|ships|"
              r"servicemen|troops|soldiers|personnel)")
HOLDINGS_RE = re.compile(r"\b(?P<list>" + _HOLD_N + r"\s+" + _HOLD_NOUN + r"(?:,?\s+and\s+" + _HOLD_N + r"\s+"
                         + _HOLD_NOUN + r")*)\s+of\s+(?:the\s+)?$", re.I)
HOLD_GATE_RE = re.compile(r"aircraft|planes|helicopters|jets|fighters|tanks|drones|vessels|ships|servicemen|troops|"
                          r"soldiers|personnel")
HOLD_ITEM_RE = re.compile(r"\b(?P<n>" + _HOLD_N + r")\s+" + _HOLD_NOUN, re.I)
CARRYING_RE = re.compile(r"^\s*,\s*(?:carrying|with|including)\s+(?:(?:some|about|nearly|more\s+than)\s+)?"
                         r"(?P<n>\d{1,3}(?:,\d{3})*)\s+(?:servicemen|troops|soldiers|personnel|crew|passengers)\b", re.I)
COMPARATOR_PREPS = {"behind", "after", "ahead", "than", "overtaking", "overtook"}
# "spent $70 million … refurbishing the airfield": the cost of a project, not a measure
PROJECT_COST_RE = re.compile(r"\b(?:spent|spend|spends|spending)\s+(?:(?:an\s+)?estimated\s+|some\s+|about\s+)?$", re.I)
GERUND_AFTER_RE = re.compile(r"^[^,;.]{0,40}?\b\w{3,}ing\s+(?:the|a|an|its|their|\w+['’]s)\b")
COUNTRY_RE = re.compile(r"\b(?:the\s+country|the\s+nation|its|this\s+year['’]s|the\s+(?:government|ministry\s+of\s+"
                        r"(?:defen[cs]e|finance)|(?:defen[cs]e|finance)\s+ministry)\s+(?:says|said|reports?|reported))\b",
                        re.I)
FATAL_RE = re.compile(r"\b(?:killed|killing|kills|dead|died|deaths|fatalities|casualties|lives)\b", re.I)
COUNTING_RE = re.compile(r"\b(?:counted|recorded|registered|documented|tallied|totall?ed|toll|total)\b", re.I)
MEASURE_STOP_RE = re.compile(r"\s+(?:rose|fell|declined|decreased|increased|grew|surged|jumped|dropped|"
                             r"totall?ed|reached|stood|amounted|accounted|was|were|is|are|has|had|in|during|"
                             r"between|on|of\s+\d|by)\b|[,;(—–]", re.I)


@dataclass(frozen=True)
class Cues:
    deal_money: re.Pattern[str]
    count_nouns: re.Pattern[str]
    count_cues: re.Pattern[str]
    rank: re.Pattern[str]
    ratio: re.Pattern[str]
    same_period: re.Pattern[str]
    anaphora: re.Pattern[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    d = load_yaml("ontology/statistics.yaml")
    return Cues(
        re.compile(d["deal_money"], re.I),
        re.compile(r"^\s*" + d["count_nouns"] + r"\b", re.I),
        re.compile(d["count_cues"], re.I),
        re.compile(d["rank"], re.I),
        re.compile(d["ratio"], re.I),
        re.compile(d["same_period"], re.I),
        re.compile(d["anaphora"], re.I),
    )


@dataclass
class Stat:
    start: int  # sentence offsets of the number
    end: int
    value: float
    unit: str
    subject_hint: str | None = None  # "ranked Pakistan second": the ranked actor
    noun: str | None = None  # what a holdings count counts ("helicopters")


# --------------------------------------------------------------------------- entry point


def extract_statistics(sv: SentenceView, ctx: ArticleContext) -> list[Fact]:
    if not _gate(sv, PREFILTER, _PREFILTER_LOW):
        return []
    c = cues()
    bounds = [m.start() for m in CLAUSE_RE.finditer(sv.text)]
    out: list[Fact] = []
    for st in _numbers(sv, ctx, c, bounds):
        f = _fact(sv, ctx, c, bounds, st)
        if f is not None:
            out.append(f)
    return out


# --------------------------------------------------------------------------- numbers


def _numbers(sv: SentenceView, ctx: ArticleContext, c: Cues, bounds: list[int]) -> list[Stat]:
    text = sv.text
    out = [Stat(n.start, n.end, n.value, "percent") for n in find_percents(text)] \
        if _gate(sv, PERCENT_GATE_RE, _PERCENT_GATE_LOW) else []
    if MONEY_GATE_RE.search(text):
        money = find_money(text)
        out += [Stat(n.start, n.end, n.value, n.unit) for n in money
                if not _deal_money(text, n, c, bounds)
                and not ACT_MONEY_RE.search(text[max(0, n.start - 40):n.start])
                and not _project_cost(text, n) and not _baseline(text, n)
                and not _glossed(text, n, money)]
    if _gate(sv, COUNT_GATE_RE, _COUNT_GATE_LOW):
        out += [Stat(n.start, n.end, n.value, "count") for n in find_counts(text)
                if _counted(text, n, c, bounds)]
    out += _ranks(sv, ctx, c)
    if " of " in text and HOLD_GATE_RE.search(text):
        out += _holdings(sv, ctx)
    out += [Stat(m.start(), m.end(), _num(m.group("n")), "ratio") for m in c.ratio.finditer(text)]
    taken: list[Stat] = []
    for s in sorted(out, key=lambda s: (s.start, -(s.end - s.start))):
        if not any(t.start <= s.start < t.end for t in taken):
            taken.append(s)
    return taken


def _project_cost(text: str, n: Number) -> bool:
    """"X spent $70 million refurbishing the airfield": what a project cost."""
    return bool(PROJECT_COST_RE.search(text[max(0, n.start - 40):n.start])) \
        and bool(GERUND_AFTER_RE.match(text[n.end:]))


def _baseline(text: str, n: Number) -> bool:
    """"…, against less than Rs 1,000 crore ten years earlier": the baseline of a comparison."""
    return bool(BASELINE_RE.search(text[max(0, n.start - 30):n.start]))


def _glossed(text: str, n: Number, money: list[Number]) -> bool:
    """"Rs 23,622 crore, about $2.8 billion": the local amount glossed in dollars is one figure."""
    return n.unit != "USD" and any(o.unit == "USD" and 0 < o.start - n.end <= 40
                                   and re.fullmatch(r"[^,;$]*,\s*(?:(?:about|some|around|roughly|nearly|"
                                                    r"almost|or|approximately)\s+)?(?:US)?", text[n.end:o.start])
                                   for o in money)


def _num(word: str) -> float:
    w = word.lower()
    return float(WORD_NUMBERS.get(w, 0) or w)


def _clause(bounds: list[int], pos: int, n: int) -> tuple[int, int]:
    lo = max([0] + [b for b in bounds if b <= pos])
    hi = min([n] + [b for b in bounds if b > pos])
    return lo, hi


def _deal_money(text: str, n: Number, c: Cues, bounds: list[int]) -> bool:
    """Money that is the price of a deal or project, not a measure of an actor."""
    lo, hi = _clause(bounds, n.start, len(text))
    near = text[max(lo, n.start - 60):min(hi, n.end + 40)]
    return bool(c.deal_money.search(near)) or bool(
        re.search(r"\b(?:paid|pay|pays|paying|worth|valued|priced|bought|sold|purchased|cost)\b", near, re.I))


def _counted(text: str, n: Number, c: Cues, bounds: list[int]) -> bool:
    """A count is a statistic when it counts a measured noun with a counting cue."""
    if not c.count_nouns.match(text[n.end:]):
        return False
    lo, hi = _clause(bounds, n.start, len(text))
    clause = text[lo:hi]
    if FATAL_RE.search(clause):
        return bool(COUNTING_RE.search(clause))  # a toll, not one event's dead
    return bool(c.count_cues.search(clause))


RANKED_RE = re.compile(r"\brank(?:s|ed|ing)?\s+(?P<who>(?:[\w’'\-]+\s+){0,3}?)(?P<o>first|second|third|"
                       r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                       r"(?:in|among|on|out\s+of)\b")
IN_PLACE_RE = re.compile(r"\bin\s+(?P<o>first|second|third|fourth|fifth)\s+place\b")


def _anchored(sv: SentenceView) -> bool:
    """A year range ("in 2020–2024") or a share figure ("with 8.3 percent") in the sentence."""
    return any(d.kind == "range" for d in sv.dates) or _gate(sv, PERCENT_GATE_RE, _PERCENT_GATE_LOW)


def _ranks(sv: SentenceView, ctx: ArticleContext, c: Cues) -> list[Stat]:
    """Places in a ranking: "ranked Pakistan second", "ranks fifth in the index", "in second place"."""
    out: list[Stat] = []
    text = sv.text
    for m in (RANKED_RE.finditer(text) if "rank" in text else ()):  # literal pre-check
        hint = None
        for mm in sv.mentions:
            if m.start("who") <= sv.rel(mm.start) < m.end("who"):
                hint = mm.entity_id
        out.append(Stat(m.start("o"), m.end("o"), float(_ordinal(m.group("o"))), "rank", hint))
    for m in (IN_PLACE_RE.finditer(text) if "place" in text else ()):
        out.append(Stat(m.start("o"), m.end("o"), float(_ordinal(m.group("o"))), "rank"))
    # a place in a ranking is a measurement when the sentence anchors it: a year range
    # ("in 2020–2024") or the share figure it rests on ("with 8.3 percent")
    if ("largest" in text or "biggest" in text) and _anchored(sv):
        for m in LARGEST_RE.finditer(text):
            hint = None
            who = RANKED_WHO_RE.search(text[max(0, m.start() - 60):m.start()])
            if who is not None:
                off = max(0, m.start() - 60)
                for mm in sv.mentions:
                    if off + who.start("who") <= sv.rel(mm.start) < off + who.end("who") \
                            and ctx.etype(mm.entity_id) in SUBJECT_TYPES:
                        hint = mm.entity_id
            g = "o" if m.group("o") else "top"
            out.append(Stat(m.start(g), m.end(g), float(_ordinal(m.group(g))), "rank", hint))
    return out


def _holdings(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Counts of a named force's equipment or people: "22 aircraft and 24 helicopters of the
    X Air Force, carrying 585 servicemen" (the force, an organisation or armed group, is the subject)."""
    out: list[Stat] = []
    text = sv.text
    for a, b, m in _mentions_rel(sv):
        if ctx.etype(m.entity_id) not in ("organization", "armed_group"):
            continue
        head = HOLDINGS_RE.search(text[max(0, a - 120):a])
        if head is None:
            continue
        off = max(0, a - 120) + head.start("list")
        for im in HOLD_ITEM_RE.finditer(head.group("list")):
            n = find_counts(im.group("n"))
            if n:
                noun = im.group(0)[len(im.group("n")):].strip()
                out.append(Stat(off + im.start("n"), off + im.end("n"), n[0].value, "count", m.entity_id, noun))
        cm = CARRYING_RE.match(text[b:])
        if cm and (n := find_counts(cm.group("n"))):
            noun = cm.group(0)[cm.end("n") - cm.start():].strip()
            out.append(Stat(b + cm.start("n"), b + cm.end("n"), n[0].value, "count", m.entity_id, noun))
    return out


def _ordinal(word: str) -> int:
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    return int(re.sub(r"\D", "", w) or 0)


# --------------------------------------------------------------------------- subject, period, scope


def _mentions_rel(sv: SentenceView) -> list[tuple[int, int, Mention]]:
    return [(sv.rel(m.start), sv.rel(m.end), m) for m in sv.mentions]


def _prev_word(text: str, pos: int) -> str:
    w = re.findall(r"[\w’']+", text[max(0, pos - 25):pos])
    return w[-1].lower() if w else ""


def _is_source(text: str, a: int, b: int) -> bool:
    return bool(SOURCE_BEFORE_RE.search(text[max(0, a - 30):a]) or SOURCE_AFTER_RE.match(text[b:b + 30])
                or SOURCE_PHRASE_RE.search(text[:a]))


def _asides(text: str) -> list[tuple[int, int]]:
    """Relative asides between commas ("Spain, where the transports that Astana bought are
    assembled, came second"): their actors are not the main clause's subject."""
    return [(m.start(), m.end()) for m in ASIDE_RE.finditer(text)]


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
        if _prev_word(sv.text, a) in OBLIQUE or _is_source(sv.text, a, b):
            continue
        if counted and m.kind == "demonym" and not INSTITUTION_RE.match(sv.text[b:b + 30]):
            continue  # "the largest Russian installation numbers 7,000": an attribute, not the actor
        return m
    return None


def _relative_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"…, behind the United States, which held 43 percent": the antecedent of "which"."""
    rel = WHICH_RE.search(sv.text[:st.start])
    if rel is None:
        return None
    for _a, b, m in reversed(_mentions_rel(sv)):
        if b <= rel.start():
            ok = b == rel.start() and ctx.etype(m.entity_id) in types and m.role != "place"
            return m if ok else None
    return None


def _verb_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"…, and Russia supplied 36 percent": the actor written right before a share verb."""
    v = SHARE_VERB_RE.search(sv.text[:st.start])
    if v is None:
        return None
    for a, b, m in reversed(_mentions_rel(sv)):
        if b <= v.start():
            ok = re.fullmatch(r"\s+(?:(?:still|also|alone|then|now|\w+ly)\s+)*", sv.text[b:v.start()]) \
                and ctx.etype(m.entity_id) in types and m.role != "place" and m.kind != "demonym" \
                and _prev_word(sv.text, a) not in OBLIQUE and not _is_source(sv.text, a, b)
            return m if ok else None
    return None


def _source_after(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"60 percent from Israel": the supplier named right after a share is its subject."""
    if st.unit != "percent":
        return None
    for a, _b, m in _mentions_rel(sv):
        if a >= st.end:
            if FROM_AFTER_RE.match(sv.text[st.end:a]) and ctx.etype(m.entity_id) in types:
                return m
            return None
    return None


def _gapped_subject(sv: SentenceView, ctx: ArticleContext, st: Stat, types: tuple[str, ...]) -> Mention | None:
    """"Russia provided 68 percent and France 25 percent": the actor right before a number,
    coordinated after an earlier figure, is that number's subject (the verb is left out)."""
    for a, b, m in reversed(_mentions_rel(sv)):
        if b > st.start:
            continue
        if ctx.etype(m.entity_id) not in types or m.role == "place":
            return None
        if re.fullmatch(r"\s+(?:(?:for|with|at|on)\s+)?(?:(?:about|some|nearly|almost|around|roughly|over)\s+)?",
                        sv.text[b:st.start]) \
                and re.search(r"\d[^,;]*(?:,|\band)\s+(?:the\s+)?$", sv.text[:a]):
            return m
        return None
    return None


def _headless_relative(sv: SentenceView, ctx: ArticleContext, st: Stat) -> bool:
    """The number sits in a relative clause whose head is not an actor ("organisations that
    receive more than 20 percent"): the sentence's subject is not the figure's."""
    rel = REL_PRONOUN_RE.search(sv.text[:st.start])
    if rel is None:
        return False
    before = sv.text[:rel.start()].rstrip(" ,")
    return not any(sv.rel(m.end) == len(before) for m in sv.mentions)


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


def _period(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
            prev: dict[str, Any]) -> list[int] | None:
    def usable(d: TimeExpr) -> bool:
        return d.kind in ("range", "relative") or (d.kind == "absolute" and d.month is None)

    dates = [d for d in sv.dates if usable(d)]
    in_clause = [d for d in dates if lo <= sv.rel(d.start) < hi]
    pool = in_clause or dates
    right = [d for d in pool if sv.rel(d.start) >= st.end
             and re.fullmatch(r"\s*(?:\s+in\s*)?", sv.text[st.end:sv.rel(d.start)])]
    pool = right or pool  # "$7.1 billion in 2024": the date written right after the figure
    if pool:
        d = min(pool, key=lambda d: abs(sv.rel(d.start) - st.start))
        if d.kind == "range" and d.year and d.end_year:
            return [d.year, d.end_year]
        iso, _basis = ctx.date_of(d)
        if iso and re.match(r"^\d{4}", iso) and (d.kind != "relative" or d.unit == "year"):
            y = int(iso[:4])
            return [y, y]
    if c.same_period.search(sv.text) and prev.get("period"):
        return list(prev["period"])
    return None


def _scope(sv: SentenceView, ctx: ArticleContext, subj: str, st: Stat, lo: int, hi: int) -> str | None:
    for a, _b, m in _mentions_rel(sv):
        if st.end <= a < hi and m.entity_id != subj and ctx.etype(m.entity_id) in SCOPE_TYPES \
                and _prev_word(sv.text, a) not in COMPARATOR_PREPS:
            return m.entity_id
    for a, _b, m in _mentions_rel(sv):
        if lo <= a < st.start and m.entity_id != subj and _prev_word(sv.text, a) == "to" \
                and ctx.etype(m.entity_id) in SCOPE_TYPES and not _is_source(sv.text, a, _b):
            return m.entity_id
    return None


def _measure(sv: SentenceView, subj: Mention | None, st: Stat) -> str:
    text = sv.text
    after = text[st.end:]
    if st.unit not in ("percent", "count", "rank", "ratio"):
        mm = MONEY_MEASURE_RE.search(text[max(0, st.start - 90):st.start])
        if mm:
            return mm.group("np").strip()
    m = re.match(r"\s+of\s+(?P<np>(?:the\s+)?[^,;.()]{3,80}?)(?=\s+(?:in|between|during|from|over|since|"
                 r"after|before|and|while|with)\b|[,;.(]|$)", after)
    if m:
        return ("share of " if st.unit == "percent" else "") + m.group("np").strip()
    if subj is not None:
        of = re.search(r"(?:the\s+)?(?P<np>[\w\- ]{3,40}?)\s+of\s+$", text[max(0, sv.rel(subj.start) - 45):sv.rel(subj.start)])
        if of:
            return of.group("np").strip()
        b = sv.rel(subj.end)
        rest = re.sub(r"^['’]s?\s*", "", text[b:st.start])
        stop = MEASURE_STOP_RE.search(rest)
        phrase = (rest[:stop.start()] if stop else rest).strip()
        if phrase and len(phrase) < 80:
            return phrase
    words = re.findall(r"[\w\-]+", after)[:4]
    return " ".join(words) if st.unit in ("count", "ratio") else st.unit


# --------------------------------------------------------------------------- facts


def _fact(sv: SentenceView, ctx: ArticleContext, c: Cues, bounds: list[int], st: Stat) -> Fact | None:
    prev: dict[str, Any] = ctx.scratch.setdefault("last_statistic", {})
    lo, hi = _clause(bounds, st.start, len(sv.text))
    inf: dict[str, str] = {}
    same = prev.get("index") == sv.index and prev.get("end", len(sv.text)) <= st.start
    scope: str | None = None
    measure: str | None = None
    if same and st.unit == prev.get("unit") and st.unit not in ("count", "rank") and prev.get("subject") \
            and COORD_FIGURE_RE.match(re.sub(r"^\s*of\s+", " ", sv.text[prev["end"]:st.start])):
        # "95 percent of its P and 20 percent of its Q", "$5.5 billion in 2023 and $7.1 billion in 2024"
        subj_id, subj_m = prev["subject"], None
        inf["subject"] = "subject of the figure coordinated before it"
        scope = prev.get("scope")
        measure = prev.get("measure") if st.unit != "percent" else None
    else:
        subj_id, subj_m = _pick_subject(sv, ctx, c, st, lo, hi, prev, inf)
    if subj_id is None:
        return None
    period = _period(sv, ctx, c, st, lo, hi, prev)
    args: dict[str, Any] = {
        "subject": subj_id,
        "measure": measure or st.noun or _measure(sv, subj_m, st),
        "value": float(st.value),
        "unit": st.unit,
        "period": period,
        "scope": scope or (None if st.noun else _scope(sv, ctx, subj_id, st, lo, hi)),
    }
    prev.update(subject=subj_id, period=period, index=sv.index, unit=st.unit, end=st.end, scope=args["scope"],
                measure=args["measure"])
    return ctx.fact("statistic", sv, args, sv.abs(st.start), inferences=inf)


def _pick_subject(sv: SentenceView, ctx: ArticleContext, c: Cues, st: Stat, lo: int, hi: int,
                  prev: dict[str, Any], inf: dict[str, str]) -> tuple[str | None, Mention | None]:
    if st.subject_hint:
        return st.subject_hint, None
    if st.unit == "percent" and prev.get("index") == sv.index and prev.get("unit") == "rank" \
            and prev.get("subject") and WITH_FIGURE_RE.search(sv.text[:st.start]):
        inf["subject"] = "the ranked actor the figure is attached to ('with')"
        return prev["subject"], None
    types = SUBJECT_TYPES + (("weapon_system",) if st.unit == "ratio" else ())
    if st.unit == "count" and FATAL_RE.search(sv.text[lo:hi]):
        fm = _fatal_place(sv, ctx, st, hi)
        if fm is not None:
            return fm.entity_id, None
    head = sv.text[lo:st.start]
    if c.anaphora.search(head) and prev.get("subject") and sv.index - prev.get("index", -9) <= 2:
        inf["subject"] = "antecedent of '" + c.anaphora.search(head).group(0) + "' (previous statistic)"  # type: ignore[union-attr]
        return prev["subject"], None
    if st.unit == "ratio":
        cands = [m for a, b, m in _mentions_rel(sv) if b <= st.start and st.start - b < 40]
        return (cands[-1].entity_id, cands[-1]) if cands else (None, None)
    counted = st.unit == "count"
    m = _source_after(sv, ctx, st, types) or _relative_subject(sv, ctx, st, types) \
        or _verb_subject(sv, ctx, st, types) or _gapped_subject(sv, ctx, st, types) \
        or _subject(sv, ctx, lo, st.start, types, counted)
    if m is None and not _headless_relative(sv, ctx, st):
        m = _subject(sv, ctx, 0, st.start, types, counted)
    if m is not None:
        return m.entity_id, m
    cm = COUNTRY_RE.search(sv.text[:st.start])
    if cm:
        main = _main_state(sv, ctx)
        if main:
            inf["subject"] = f"the article's main state (for '{cm.group(0)}')"
            return main, None
    return None, None
