"""Events told as not done: an act that would make the event happen told as failed ("failed to
reach a deal", "failed to broker a truce", "failed to sign"), or an event noun whose own clause
says it never came about ("the proposed 2024 agreement … was never signed", "a planned summit was
never held", "the deal fell through").

Such a mention is no event of any mood. The cues are data (``not_done`` in
resources/ontology/modality.yaml); the failed act is read right before the trigger (within
60 characters), the denial right after a noun trigger (within 120 characters, its own clause).
A failure to stop something ("failed to prevent an attack") is no cue: the attack happened.

An event noun told as not to happen is none either (:func:`unheld`): the object of a negated
intention whose premodifiers run longer than the plain negated object allows ("would not seek to
open European Union accession talks"), a plan denied ("has no plans for another round of talks"),
a subject under "no" ("no peace treaty could be signed until …", "no talks were held"), or a noun
whose own clause keeps it undone ("accession talks would stay off the agenda", "the summit will
not take place"), or a measure someone is exempted or spared from ("exempted the port from its
sanctions on Iran", "a waiver from U.S. sanctions").  A negated act of another clause is no cue ("did not sign the accord but held
talks": the gap before the noun holds no conjunction).
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.resources import load_yaml


@lru_cache(maxsize=1)
def _unheld_patterns() -> tuple[re.Pattern[str], ...]:
    data = load_yaml("ontology/modality.yaml")["not_done"]
    return tuple(re.compile(data[k], re.I) for k in
                 ("unheld_before", "no_plan_before", "no_subject_before", "no_subject_after", "unheld_after",
                  "exempt_before"))


def unheld(text: str, start: int, end: int) -> bool:
    """Whether the event noun at ``start``-``end`` of ``text`` is told as not to happen (see module doc)."""
    before_re, plan_re, no_re, no_after_re, after_re, exempt_re = _unheld_patterns()
    low = text[max(0, start - 90):start].lower()
    if "from" in low and ("exempt" in low or "spar" in low or "shield" in low or "waiver" in low
                          or "carve" in low or "reprieve" in low or "immun" in low):
        if exempt_re.search(text, max(0, start - 90), start):
            return True
    if "not" in low or "never" in low or "n't" in low or "n’t" in low:
        if before_re.search(text, max(0, start - 90), start):
            return True
    if "no " in low:
        if plan_re.search(text, max(0, start - 90), start):
            return True
        if no_re.search(text, max(0, start - 30), start) and no_after_re.match(text[end:end + 60]):
            return True
    tail = text[end:end + 120]
    if ("stay" in tail or "remain" in tail or "kept" in tail or "left" in tail or "not" in tail
            or "never" in tail) and after_re.match(tail):
        return True
    return False


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("ontology/modality.yaml")["not_done"]
    return re.compile(data["failed_before"], re.I), re.compile(data["never_after"], re.I)


@lru_cache(maxsize=1)
def _no_subject_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("ontology/modality.yaml")["not_done"]
    return re.compile(data["no_subject_verb"], re.I), re.compile(data["no_subject_noun"], re.I)


def _no_subject(text: str, start: int, kind: str) -> bool:
    """Whether the verb at ``start`` has a subject denied by "no"/"none" ("No guards were killed ..."), or the
    trigger at ``start`` is the agent phrase of such a clause ("None were wounded under X's shelling")."""
    low = text[max(0, start - 110):start].lower()
    if "no" not in low and "neither" not in low:
        return False
    verb_re, agent_re = _no_subject_res()  # (a gerund "shelling" is a verb trigger: both forms are tried)
    return (kind == "verb" and verb_re.search(text, max(0, start - 70), start) is not None) or \
        agent_re.search(text, max(0, start - 110), start) is not None


@lru_cache(maxsize=1)
def _any_averted_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("ontology/modality.yaml")["not_done"]
    return re.compile(data["any_before"], re.I), re.compile(data["averted_before"], re.I)


def _any_or_averted(text: str, start: int) -> bool:
    """Whether the event noun at ``start`` is under "any" ("would repel any attack") or names a plot stopped
    before it happened ("police foiled a bomb attack")."""
    low = text[max(0, start - 60):start].lower()
    any_re, averted_re = _any_averted_res()
    if "any " in low and any_re.search(text, max(0, start - 60), start):
        return True
    return ("foil" in low or "thwart" in low or "prevent" in low or "avert" in low or "disrupt" in low or
            "uncover" in low or "empt" in low) and averted_re.search(text, max(0, start - 60), start) is not None


def not_done(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the trigger at ``start``-``end`` (a "verb" or "noun") is told as not having happened."""
    failed, never = _patterns()
    lo = max(0, start - 60)
    if "fail" in text or "unable" in text or "could" in text or "manage" in text or "n’t" in text or "n't" in text:
        if failed.search(text, lo, start):
            return True
    if kind == "noun" and ("never" in text or "not" in text or "n’t" in text or "n't" in text or "fell" in text):
        if never.match(text[end:end + 120]) is not None:
            return True
    if kind == "noun":
        return unheld(text, start, end) or _no_subject(text, start, kind) or _any_or_averted(text, start)
    if _no_subject(text, start, kind):  # "No guards were killed under X's fire"
        return True
    # "has no intention of holding talks": the verb of a denied plan
    return "no " in text[max(0, start - 90):start] and _unheld_patterns()[1].search(text, max(0, start - 90), start) is not None
