"""Tolls a side tells of its own people through "of its": "X said (on Sunday) that 47 of its citizens
had died", "the ministry said 38 of its border guards had been killed", "… 12 of their soldiers had been
wounded" (the perfect: the toll as it stood when told), and with no noun: "X said 59 had died".

The people counted are named by a possessive ("of its"/"of their") and the count is told by a teller
("said", "reported" … before the number), so the figure is that side's toll as it stood, not one
attack's dead; whose people they are is read by the subject finder (``phrase_subjects.its_people_state``:
the state telling the number, or the state of the organ telling it). The general count finder needs a
counted noun right after the number; here the noun follows "of its" and may be any people noun
("citizens", "nationals", "border guards", "police officers").
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.grammar import STATISTICS_PREPS, after_prep
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat
from silkgraph.extract.statistics.referents import last_match
from silkgraph.model import Mention

_PEOPLE = r"(?:" + P.DATA["owned_people_nouns"] + r"|" + P.DATA["told_toll_people"] + r")"
_ADV = r"(?:(?:now|so\s+far|reportedly|all)\s+)?"
_N = r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]\d)"


def _told_re(head: str, verbs: str) -> re.Pattern[str]:
    """``head`` (ending in the number), then the people's fate in the perfect ("had been killed", "had
    died": group ``perf``) or the simple past ("were killed", "died"), the measure as written in ``v``
    or ``d`` ("killed or went missing")."""
    return re.compile(head + r"\s+(?:(?:(?P<perf>had|have|has)\s+" + _ADV + r"been\s+|(?:were|was)\s+" + _ADV
                      + r")(?P<v>(?:killed|" + verbs + r")(?:\s+or\s+(?:went\s+)?(?:missing|wounded|injured|captured))?)"
                      r"|(?:(?P<perf2>had|have|has)\s+" + _ADV + r")?(?P<d>died|lost\s+their\s+lives))\b", re.I)


# "47 of its (own) (border) citizens had been killed / had died / were detained", told by a teller before it
TOLD_TOLL_RE = _told_re(r"(?<![\d,.$])\b" + _N + r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:[\w\-]+\s+)?" + _PEOPLE,
                        P.DATA["harm_verbs"])
# "X said (on Sunday) (that) 59 (people) had died / 7 had been wounded / 41 were killed": a side's toll
# told with no noun of whose people (the teller's own)
BARE_TOLD_RE = _told_re(r"\b" + P.DATA["teller_verbs"] + P.TOLD_WHEN + r"\s+(?:that\s+)?" + P.APPROX_TOLD + _N
                        + r"(?:\s+people)?", r"wounded|injured")
# the teller's own action after the count ("… in its strikes"): the other side's dead
OWN_ACTION_AFTER_RE = re.compile(r"\s+(?:in|by|during)\s+(?:its|their)\b", re.I)
# a second count of the same people right after ("… and 12 of them remain missing", "… and 30 (were)
# wounded"): a tally by category, the side's toll
TALLY_AFTER_RE = re.compile(r",?\s+and\s+" + P.APPROX_TOLD + r"\d[\d,]*\s+(?:of\s+them\s+|more\s+|others\s+)?"
                            r"(?:[a-z]+\s+){0,2}?(?:wounded|injured|hurt|missing|captured)\b", re.I)
# the words a teller's clause holds (a cheap gate before the regexes)
_GATE_WORDS = (" of its ", " of their ", "said", "says", "report", "confirm", "stated", "announced",
               "acknowledged", "admitted")


def told_tolls(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """Tolls a side tells: "N of its <people> had been killed / died / were detained …" told by a teller
    before them (whose people they are: ``phrase_subjects.its_people_state``) and "X said 59 had died",
    "…, and Y said 9 had been wounded" (the teller's side: ``teller_state``).

    The perfect tells the toll as it stood; the simple past ("were killed") may narrate one attack, so
    it is a toll only as a tally: with a second count of the same people ("… and 12 of them remain
    missing", "killed or went missing") or beside another side's toll told in the sentence. One
    incident's dead ("… when X attacked", "in an attack on") and the teller's own action ("… in its
    strikes") are no toll."""
    text = sv.text
    if not any(w in text for w in _GATE_WORDS):
        return []
    found: list[tuple[re.Match[str], Stat]] = []
    for m in TOLD_TOLL_RE.finditer(text) if (" of its " in text or " of their " in text) else ():
        if P.INCIDENT_AFTER_RE.match(text, m.end()) or YEAR_RE.fullmatch(m.group("n")) \
                or last_match(P.REPORTED_RE, text, max(0, m.start() - 120), m.start()) is None:
            continue  # (a toll a side tells, not one attack's dead told by the writer)
        found.append((m, Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count", harm=True,
                              noun=_measure(m))))
    for m in BARE_TOLD_RE.finditer(text):
        if YEAR_RE.fullmatch(m.group("n")) or P.INCIDENT_AFTER_RE.match(text, m.end()) \
                or OWN_ACTION_AFTER_RE.match(text, m.end()):
            continue
        if (told := teller_state(sv, ctx, m.start("n"), groups=False)) is not None:
            found.append((m, Stat(m.start("n"), m.end("n"), float(m.group("n").replace(",", "")), "count", told[0],
                                  harm=True, noun=_measure(m), why=told[1])))
    if any(_tally(text, m) for m, _st in found):
        return [st for _m, st in found]  # (tallies told side by side: each is a toll)
    return []


def _measure(m: re.Match[str]) -> str:
    """The people's fate as written ("killed", "detained", "killed or went missing", "died")."""
    return re.sub(r"\s+", " ", m.group("v") or m.group("d")).lower()


def _tally(text: str, m: re.Match[str]) -> bool:
    """Whether the told count ``m`` is a tally: in the perfect, or with a second count or category."""
    return bool(m.group("perf") or m.group("perf2") or " or " in (m.group("v") or "")
                or TALLY_AFTER_RE.match(text, m.end()))


# where the teller's clause starts, looking back from its verb: a clause break before it
TELLER_CLAUSE_START_RE = re.compile(r"(?:[;:]|,\s+(?:and|but|while|whereas)\s|\s[-–—]\s)(?P<rest>[^;:]*)$")


def teller_state(sv: SentenceView, ctx: ArticleContext, pos: int, groups: bool = True) -> tuple[str, str] | None:
    """The side whose people are counted at ``pos``, told by the last reporting verb before it: the
    subject of the reported clause when its own verb governs the number ("X said Y had lost 200 of
    its soldiers" is Y), else the first actor of the teller's clause ("…, and Armenia's defence
    ministry said that 16 of its …" is Armenia, whatever actor an earlier clause named): a state, the
    state of an organ, or an armed group when ``groups``."""
    rep = last_match(P.REPORTED_RE, sv.text, max(0, pos - 120), pos)
    if rep is None:
        return None
    if (rs := _reported_subject(sv, ctx, rep.end(), pos, groups)) is not None:
        return rs  # "X said Y had lost 200 of its soldiers": Y's own, not the teller's
    cut = TELLER_CLAUSE_START_RE.search(sv.text, max(0, rep.start() - 80), rep.start())
    lo = cut.start("rest") if cut is not None else max(0, rep.start() - 80)
    for a, _b, m in sv.mentions_rel():
        if not (lo <= a < rep.start()) or m.role == "place" or after_prep(sv.text, a, STATISTICS_PREPS):
            continue
        return _side(ctx, m, "whose side tells their number", groups)
    return None


# the start of a reported clause, from its reporting verb to its subject: "said (on Sunday) (that) "
REPORTED_HEAD_RE = re.compile(r"\s*" + P.TOLD_WHEN + r"\s*(?:that\s+)?(?:the\s+)?", re.I)
# the reported clause's verb phrase from its subject to the number: "had lost at least ", "lost some "
# ("X said Y had killed 20 of its soldiers" is no such clause: one side acting on the other's people)
REPORTED_VERB_GAP_RE = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:lost|loses|lose|losing|withdrew|withdrawn|pulled\s+out|"
                                  r"evacuated|deployed|sent|moved|stationed|kept|keeps|has|had|counted|buried)\s+"
                                  + P.APPROX_TOLD + r"$", re.I)


def _reported_subject(sv: SentenceView, ctx: ArticleContext, start: int, pos: int,
                      groups: bool) -> tuple[str, str] | None:
    """The actor heading the clause a teller reports, when its own verb governs the number at ``pos``
    ("Azerbaijan said Armenia had lost more than 200 of its soldiers": "its" is Armenia's, the
    reported clause's subject, not the teller's)."""
    head = REPORTED_HEAD_RE.match(sv.text, start)
    at = head.end() if head is not None else start
    for a, b, m in sv.mentions_rel():
        if a != at or m.role == "place" or m.kind == "demonym":
            continue
        if REPORTED_VERB_GAP_RE.fullmatch(sv.text, b, pos) is None:
            return None
        return _side(ctx, m, "the subject of the reported clause whose number it is", groups)
    return None


def _side(ctx: ArticleContext, m: Mention, why: str, groups: bool) -> tuple[str, str] | None:
    """The side whose people "its"/"their" owns when ``m`` names its owner: a state, the state of an
    organ, an armed group when ``groups`` ("the Taliban said 19 of their fighters …"; the people a
    group tells of with no "their" are not its own: "the Taliban said 46 people had been killed")."""
    et = ctx.etype(m.entity_id)
    if et == "state" or (groups and et == "armed_group"):
        return m.entity_id, f"the people counted are those of '{m.text}', {why}"
    if et == "organization" and (st := ctx.state_of(ctx.entity(m.entity_id))) is not None:
        return st, f"the people counted are those of the state of '{m.text}', {why.replace('whose', 'which')}"
    return None
