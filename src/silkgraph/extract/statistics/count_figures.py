"""Counts among a sentence's figures, for :mod:`silkgraph.extract.statistics.numbers`.

A number before a counted noun is a statistic only with a counting cue in its clause (not one
event's dead, not "the five Central Asian states", not a weapon system's type, not the day of a
date); these read that clause, the owner a demonym or a side names ("175 Armenian soldiers",
"136,000 residents on the Kyrgyz side"), and the counts told without their noun: people hurt or
held, a gapped conjunct ("… and India 172"), a side's own reported dead, a number put at a
figure ("put their number at 1.7 million") and movements out of a state.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import APOSTROPHE_S_OPT_RE
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat
from silkgraph.extract.statistics.poss_counts import PEOPLE_AFTER_RE
from silkgraph.nlp.numbers import WORD_NUMBERS, Number


def _num(word: str) -> float:
    w = word.lower()
    return float(WORD_NUMBERS.get(w, 0) or w)


def _clause(bounds: list[int], pos: int, n: int) -> tuple[int, int]:
    """The clause (between two of ``bounds``, within 0-``n``) that holds ``pos``."""
    lo = max([0] + [b for b in bounds if b <= pos])
    hi = min([n] + [b for b in bounds if b > pos])
    return lo, hi



def _in_day_date(sv: SentenceView, pos: int) -> bool:
    """Whether the number at ``pos`` is the day of a date ("on November 9", "9 May"): no count."""
    a = sv.abs(pos)
    return any(d.day is not None and d.start <= a < d.end for d in sv.dates)


def _harm_counts(sv: SentenceView, ctx: ArticleContext, harm: re.Pattern[str]) -> list[Stat]:
    """People hurt or held, counted ("detained 224 people", "113 officers had been injured"): the
    number of each match of ``harm`` that is no year."""
    out: list[Stat] = []
    for m in harm.finditer(sv.text):
        g = next(k for k in ("n1", "n2", "n3", "n4") if m.group(k))
        if YEAR_RE.fullmatch(m.group(g)):
            continue  # a year ("on 9 December 2022 left soldiers injured")
        out.append(Stat(m.start(g), m.end(g), float(m.group(g).replace(",", "")), "count",
                        owner=_demonym_owner(sv, ctx, m.end(g)), harm=True,
                        noun=re.sub(r"\s+", " ", m.group(0).strip())))
    return out


def _gapped_counts(sv: SentenceView, ctx: ArticleContext, end: int) -> list[Stat]:
    """"Pakistan held about 170 warheads in January 2024 and India 172": a bare number after a
    coordinated actor counts the same thing for that actor (the verb and noun are left out)."""
    gm = P.GAPPED_COUNT_RE.match(sv.text, end)
    if gm is None:
        return []
    who = next((m for a, _b, m in sv.mentions_rel() if a == gm.start("who")
                and ctx.etype(m.entity_id) in P.SUBJECT_TYPES), None)
    if who is None:
        return []
    return [Stat(gm.start("n"), gm.end("n"), float(gm.group("n").replace(",", "")), "count", subject_hint=who.entity_id)]


def _demonym_owner(sv: SentenceView, ctx: ArticleContext, end: int) -> str | None:
    """"175 Armenian soldiers", "some 300 Pakistani troops": the state that a demonym (or state
    name) written between the number and its counted noun names owns the people counted; so does
    the side named after them ("136,000 residents on the Kyrgyz side")."""
    side = P.SIDE_AFTER_RE.match(sv.text, end)  # "136,000 residents on the Kyrgyz side"
    for a, b, m in sv.mentions_rel():
        if a == end + 1 and sv.text[end] == " " and ctx.etype(m.entity_id) == "state" \
                and not APOSTROPHE_S_OPT_RE.match(sv.text[b:]):
            return m.entity_id
        if side is not None and a == side.start("who") and ctx.etype(m.entity_id) == "state":
            return m.entity_id
    return None


def _system_named(sv: SentenceView, ctx: ArticleContext, end: int) -> bool:
    """"bought 36 Rafale fighters": a weapon system named right after a count heads what is counted,
    aircraft of a type (the counted noun "fighters" is then no people)."""
    return any(end < a <= end + 2 and ctx.etype(m.entity_id) == "weapon_system" for a, _b, m in sv.mentions_rel())


def _counted(text: str, n: Number, c: Cues, bounds: list[int]) -> bool:
    """A count is a statistic when it counts a measured noun with a counting cue."""
    if not c.count_nouns.match(text[n.end:]):
        return False
    if P.DESIGNATION_RE.match(text, n.end):
        return False  # "40 J-35 stealth fighters": aircraft of a type, not fighters (people)
    if P.DEFINITE_BEFORE_RE.search(text, max(0, n.start - 12), n.start) and P.GROUP_NOUN_RE.match(text, n.end):
        return False  # "the five Central Asian states": a group named, not counted
    lo, hi = _clause(bounds, n.start, len(text))
    clause = text[lo:hi]
    if P.FATAL_RE.search(clause):
        if P.COUNTING_RE.search(clause):
            return True  # a toll, not one event's dead
        if (pd := P.PERFECT_DEAD_RE.match(text, n.end)) and P.REPORTED_RE.search(text, 0, n.start) \
                and not P.INCIDENT_AFTER_RE.match(text, pd.end()):
            return True  # "the ministry said 50 of its soldiers had died": a toll as it stood
        # "…were killed in the fighting, which displaced some 136,000 residents": the number's own
        # comma-bounded part may count other people
        a, b = text.rfind(",", lo, n.start), text.find(",", n.end, hi)
        sub = text[max(lo, a + 1):b if b >= 0 else hi]
        return not P.FATAL_RE.search(sub) and bool(c.count_cues.search(sub))
    # "Russia's 7,000 troops in X were not involved": a named possessor holds the people counted
    return bool(c.count_cues.search(clause)) or (P.NAMED_POSS_BEFORE_RE.search(text, max(0, n.start - 40), n.start) is not None
                                                 and PEOPLE_AFTER_RE.match(text, n.end) is not None)


# "Baku reported 80 dead", "Kyrgyzstan confirmed 59 deaths", "X has officially acknowledged 31 servicemen
# killed", "Y admitted 17 soldiers dead": a side telling its own toll (its forces, counted as killed or dead;
# not "X acknowledged 40 Russian servicemen killed": another side's forces, named by their demonym)
REPORTED_DEAD_RE = re.compile(r"(?P<v>\s+" + P.TELL_ADV + P.DATA["toll_reporting_verbs"] + P.TOLD_WHEN
                              + r"\s+)" + P.APPROX_TOLD + r"(?P<n>\d{1,3}(?:,\d{3})*)\s+(?:of\s+its\s+(?:own\s+)?)?(?:dead|deaths|"
                              r"fatalities|(?:(?-i:[a-z])[\w\-]*\s+)?" + P.DATA["own_force_nouns"] + r"\s+(?:killed|dead))\b", re.I)


def _reported_dead(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """"Baku reported 80 dead", "Kyrgyzstan confirmed 59 deaths": a side's toll told by that side
    (a state, or its capital, right before the reporting verb)."""
    out: list[Stat] = []
    for m in REPORTED_DEAD_RE.finditer(sv.text):
        who = next((mm for _a, b, mm in sv.mentions_rel() if b == m.start("v") and mm.kind != "demonym"
                    and ctx.etype(mm.entity_id) in ("state", "place")), None)  # (a region: "X recorded 64 deaths")
        if who is not None:
            out.append(Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count", who.entity_id, "dead",
                            why=f"'{who.text}' reports its own toll"))
    return out


def _scaled_counts(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Counts of people told without a counted noun ("put their number at 1.7 million") or as
    movements out of a state ("more than a million returns from Iran": that state's)."""
    out: list[Stat] = []
    text = sv.text
    for m in P.NUMBER_AT_RE.finditer(text):
        hint, why = (_number_of_owner(sv, ctx, m) if m.group("of") else (None, None))
        if m.group("of") and hint is None:
            continue  # "The UN put the number of refugees at 1.2 million": no state's people named or telling
        out.append(Stat(m.start("n"), m.end(), _scaled(m), "count", hint, why=why))
    for m in P.FLOW_FROM_RE.finditer(text):
        hint = next((mm.entity_id for a, _b, mm in sv.mentions_rel()
                     if a == m.end() and ctx.etype(mm.entity_id) == "state"), None)
        if hint is not None:
            out.append(Stat(m.start("n"), m.end("s") if m.group("s") else m.end("n"), _scaled(m), "count", hint))
    return out


def _number_of_owner(sv: SentenceView, ctx: ArticleContext, m: re.Match[str]) -> tuple[str | None, str | None]:
    """"Kyrgyzstan put the number of evacuees at 136,000", "put the number of Kazakh volunteers at":
    whose people a told number of people counts: a state's demonym in the "of" phrase, else the
    state telling it (right before "put", or owning the body that does), when the phrase names no
    other state; (None, None) when neither is named."""
    inside = [mm for a, _b, mm in sv.mentions_rel() if m.start("of") <= a < m.end("of") and ctx.etype(mm.entity_id) == "state"]
    if inside:
        dem = inside[0] if inside[0].kind == "demonym" and len(inside) == 1 else None
        return (dem.entity_id, f"the state whose people are counted ('{dem.text}')") if dem else (None, None)
    for _a, b, mm in sv.mentions_rel():
        if b <= m.start() and ctx.etype(mm.entity_id) == "state" and mm.kind != "demonym" \
                and P.TELLER_GAP_RE.fullmatch(sv.text, b, m.start()):
            return mm.entity_id, f"'{mm.text}', the state telling the number of its people"
    return None, None


def _scaled(m: re.Match[str]) -> float:
    raw = m.group("n").lower()
    base = 0.5 if raw.startswith("half") else 1.0 if raw in ("a", "one") else _num(raw.replace(",", ""))
    return base * P.SCALE_WORDS.get((m.group("s") or "").lower(), 1.0)

