"""Dead a side claims or admits, counted with whose they are: "the army said it had killed more than 200
Taliban", "he said Afghan forces had killed 58 Pakistani soldiers, while nine Taliban fighters had
died", "Pakistan's military said five soldiers had been killed".

Such a tally is a statistic of the side whose people died even when it is one clash's toll, because a
side *tells* it (a reporting or claiming verb before it): the owner is

* a state's demonym or an armed group named right after the number of the killed ("killed 40 Taliban
  fighters", "killed 58 Pakistani soldiers"; ``kill_claim_verbs`` before it);
* the same named before the perfect or passive of dying ("nine Taliban fighters had died",
  "12 Pakistani soldiers were killed");
* the teller's own state when the noun names its forces and no owner is named ("X's military said
  five soldiers had been killed": ``own_force_nouns``).

Without a teller before the figure ("Twelve soldiers were killed.") or with the incident they fell in
right after the dying ("… had been killed in the ambush", ``patterns.INCIDENT_AFTER_RE``) the dead are
one event's fatalities, left to the event extractor."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import YEAR_RE, Stat
from silkgraph.extract.statistics.referents import last_match
from silkgraph.extract.statistics.reported_tolls import _own_teller
from silkgraph.nlp.numbers import WORD_NUMBERS

_WORDS = sorted((w for w in WORD_NUMBERS if w not in ("a", "an", "hundred")), key=len, reverse=True)
# a count of the dead: digits or a word number ("nine", "a dozen")
_N = (r"(?:(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?![.,]\d)|(?P<w>(?i:" + "|".join(w.replace(" ", r"\s+") for w in _WORDS)
      + r")))")
_APPROX = r"(?:(?:about|some|nearly|almost|around|roughly|over|at\s+least|more\s+than|up\s+to|as\s+many\s+as)\s+)?"
# "(had) killed (more than) 200 ": the owner must start right after
KILLED_N_RE = re.compile(r"\b(?:" + P.DATA["kill_claim_verbs"] + r")\s+" + _APPROX + r"(?<![\w-])" + _N + r"\s+(?=[A-Z])")
# "9 (Taliban) fighters had died", "12 soldiers were killed": the dead before their verb
_DIED = (r"(?:(?:had|have|has)\s+(?:(?:now|so\s+far|reportedly|also)\s+)?(?:been\s+killed|died|lost\s+their\s+lives)"
         r"|were\s+(?:reportedly\s+)?killed|died)\b")
_ALL_NOUNS = r"(?:" + P.DATA["own_force_nouns"] + r"|fighters|militants|insurgents|civilians|people|members)"
N_DIED_RE = re.compile(r"(?<![\w$€£.,-])" + _N + r"\s+(?P<who>[A-Z][\w\-]*\s+)?(?:[a-z][\w\-]*\s+)?(?P<head>"
                       + _ALL_NOUNS + r")\s+(?:[^,;:.]{0,12}?\s)??" + _DIED)
OWN_FORCE_RE = re.compile(P.DATA["own_force_nouns"])
# a people noun after an owner's name ("Taliban fighters", "Pakistani troops")
OWNED_NOUN_RE = re.compile(r"\s*(?:[a-z][\w\-]*\s+)?" + _ALL_NOUNS + r"\b")
CLAIM_RE = re.compile(r"\b(?:said|says|say|claimed|claims|claim|told|reported|reports|announced|confirmed|stated|"
                      r"acknowledged|admitted)\b", re.I)
OWNER_TYPES = ("state", "armed_group")
# a relative clause's killing ("the group that had killed 11 X policemen"): a fact told of the group, not a toll
RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|which|who)\s+(?:(?:had|has|have|reportedly)\s+)*$")


def may_claim(text: str) -> bool:
    """A cheap gate: a verb of dying or killing that a told toll needs."""
    return "killed" in text or "died" in text or "eliminat" in text or "neutrali" in text


def _value(m: re.Match[str]) -> float:
    if m.group("n"):
        return float(m.group("n").replace(",", ""))
    return float(WORD_NUMBERS[re.sub(r"\s+", " ", m.group("w").lower())])


def _owner_at(sv: SentenceView, ctx: ArticleContext, pos: int) -> tuple[str, int] | None:
    """The state (by demonym or name) or armed group whose mention starts at ``pos``, and its end."""
    for a, b, m in sv.mentions_rel():
        if a == pos and ctx.etype(m.entity_id) in OWNER_TYPES and not sv.text.startswith(("'s", "’s"), b):
            return m.entity_id, b
    return None


def kill_claims(sv: SentenceView, ctx: ArticleContext) -> list[Stat]:
    """The dead a side tells, with the side they belong to (see the module's docstring)."""
    text = sv.text
    out: list[Stat] = []
    for m in KILLED_N_RE.finditer(text):
        rep = last_match(CLAIM_RE, text, 0, m.start())
        if YEAR_RE.fullmatch(m.group("n") or "") or rep is None or any(ch in text[rep.end():m.start()] for ch in ",;:") \
                or RELATIVE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # the claim heads the killing's clause ("the group that had killed 11 X": no one's claim)
        own = _owner_at(sv, ctx, m.end())
        if own is None:
            continue
        if ctx.etype(own[0]) == "state" and OWNED_NOUN_RE.match(text, own[1]) is None:
            continue  # "killed 12 Afghan ..." needs its people noun ("killed 3 Chinese-made drones" no)
        out.append(Stat(m.start("n") if m.group("n") else m.start("w"), m.end("n") if m.group("n") else m.end("w"),
                        _value(m), "count", subject_hint=own[0], harm=True, noun="killed",
                        why="the side whose people the teller says were killed (named with the count)"))
    for m in N_DIED_RE.finditer(text):
        if YEAR_RE.fullmatch(m.group("n") or ""):
            continue
        start = m.start("n") if m.group("n") else m.start("w")
        rep = last_match(CLAIM_RE, text, 0, start)
        if rep is None or ";" in text[rep.end():start] or P.INCIDENT_AFTER_RE.match(text, m.end()):
            continue  # "… had been killed in the ambush": one incident's dead, the event's fatalities
        owner: str | None = None
        why = ""
        if m.group("who"):
            own = _owner_at(sv, ctx, m.start("who"))
            if own is None or own[1] != m.end("who") - 1:
                continue
            owner, why = own[0], "the side whose people are counted (named with the dead)"
        elif OWN_FORCE_RE.fullmatch(m.group("head")):
            owner = _own_teller(sv, ctx, start, m.end(), rep)
            why = "the teller's own forces"
        if owner is None:
            continue
        out.append(Stat(start, m.end("n") if m.group("n") else m.end("w"), _value(m), "count",
                        subject_hint=owner, harm=True, noun="killed", why=why))
    return out
