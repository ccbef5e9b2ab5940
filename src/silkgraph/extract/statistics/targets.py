"""Figures set as targets, not measured: "the two governments set a target of $3 billion a year",
"agreed to raise bilateral trade to US$10 billion within five years", "a $5 billion trade goal".

A target is a level someone aims at: it is planned, not asserted, and it is the figure of whoever
set it, the subject of the clause before the target phrase ("Kazakhstan has set a target of raising
trade with Afghanistan to $3 billion" is Kazakhstan's, never the partner's after "with"; leaders
setting it stand for their state, ``actors.leader_money``). When no actor sets it ("the two
governments have set a target of …") the figure has no owner and gives no statistic. The figure is
read as a target when, within its clause, it is

* the object of a target noun: "a target of", "the goal of", "an ambition of" (also "a target of
  raising trade with X to");
* the end of a growth verb under an intent verb: "aim to raise ... to", "agreed to boost ... to",
  "plans to double ... to" (only the "to" right before the figure counts);
* followed by a target noun: "a $5 billion trade target".

The words are in ontology/statistics.yaml (``target_nouns``, ``target_intent_verbs``,
``target_growth_verbs``). A literal check on the sentence's lower-case text gates the patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import actors as A
from silkgraph.extract.statistics import subjects as S
from silkgraph.extract.statistics.patterns import SUBJECT_TYPES, Stat
from silkgraph.resources import load_yaml

_APPROX = r"(?:(?:about|some|around|roughly|nearly|almost|at\s+least|more\s+than|over|just\s+over|US)\s*)?"
# the literals one of which every target phrase holds
GATE_WORDS = ("target", "goal", "aim", "ambition", "objective")
GROWTH_GATE = ("rais", "increas", "boost", "lift", "bring", "take", "taking", "expand", "grow", "doubl", "tripl", "push")
# how far before the figure a target phrase may start
_BACK = 110


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = load_yaml("ontology/statistics.yaml")
    nouns, intent, grow = d["target_nouns"], d["target_intent_verbs"], d["target_growth_verbs"]
    # "a target of [raising annual trade with X to] ": ends right before the figure
    of_target = re.compile(r"\b" + nouns + r"\s+of\s+(?:" + grow + r"\s+[^.;:!?]{0,70}?\bto\s+)?" + _APPROX + r"$", re.I)
    # "agreed to raise bilateral trade to ", "aim to double exports to "
    grow_to = re.compile(r"\b" + intent + r"\s+(?:to\s+)?" + grow + r"\s+[^.;:!?]{0,70}?\bto\s+" + _APPROX + r"$", re.I)
    # "$5 billion trade target", "$3 billion a year goal"
    after = re.compile(r"^(?:\s+(?:a\s+year|annually|per\s+year|annual|bilateral|trade|turnover|export|exports|"
                       r"import|imports|investment|in\s+annual\s+trade)){0,3}\s+" + nouns + r"\b", re.I)
    return of_target, grow_to, after


def target_start(sv: SentenceView, lo: int, st: Stat) -> int | None:
    """Where the target phrase of the figure ``st`` (in the clause starting at ``lo``) starts, or
    None when the figure is no level set as a target."""
    low = sv.low if sv.low is not None else sv.text.lower()
    nouns = any(w in low for w in GATE_WORDS)
    if not nouns and not any(w in low for w in GROWTH_GATE):
        return None
    of_target, grow_to, after = _patterns()
    off = max(lo, st.start - _BACK)
    head = sv.text[off:st.start]
    if nouns and (m := of_target.search(head)) is not None:
        return off + m.start()
    if nouns and after.match(sv.text, st.end):
        return st.start
    m = grow_to.search(head)
    return off + m.start() if m is not None else None


def target_setter(sv: SentenceView, ctx: ArticleContext, lo: int, at: int, st: Stat) -> tuple[str, str] | None:
    """Who set the target whose phrase starts at ``at``: a leader's state, else the clause's first
    actor before the phrase that is no object of a preposition; None when the sentence names none."""
    lm = A.leader_money(sv, ctx, st, lo)
    if lm is not None:
        return lm
    m = S._subject(sv, ctx, lo, at, SUBJECT_TYPES)
    if m is None:
        return None
    return m.entity_id, f"'{m.text}', who set the target (the subject of its clause)"
