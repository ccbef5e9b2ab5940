"""The sides of a background war told by its date alone: "the 2020 war", "the war of August 2008",
"the 44-day war of autumn 2020", "Azerbaijan's victory in the 2020 war".

Analysts recall a past war by its year without naming who fought it.  A war noun dated in its own
noun phrase (the date next to the noun, no clause break between them) with no party of its own
takes, as a recorded inference:

1. the two states of a fight or truce of the same year the article has already recorded with two
   state sides, when exactly one such pair fought that year (the war told again by its year: "the
   war that began on 27 September 2020 … the 2020 war"; two pairs fighting that year leave the war
   unread);
2. else the state told as winning or losing it ("Armenia lost the 44-day war in 2020",
   "Azerbaijan's victory in the 2020 war"): a side of it; a winner or loser told after the other
   side's war of the same year was recorded is that war's other side ("Armenia lost the 2020 war.
   Azerbaijan won the 2020 war": one war, two sides).

A war noun names an armed war only with nothing after it but its date, "in <place>", "with" or
"against" a state, or the end of its noun phrase ("the 2008 war of words", "the war for
influence" are none), and with no word such as "gas" or "trade" between its date and it.  The
words are data: ``ontology/war_sides.yaml``.

Nothing else: a state watching, arming or supplying a war ("Iran watched the 2020 war", "Türkiye's
weight grew around the 2020 war") is no side of it.  A war foretold, feared or aimed at never reaches
here (``goal_object``, modality), and an undated war ("the war in Ukraine") is no event.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import EventRecord, article_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.episode_actor import its_actor
from silkgraph.extract.events.episode_date import episode_date
from silkgraph.extract.events.episode_led import led_targets
from silkgraph.extract.events.episode_mood import unrealised
from silkgraph.extract.events.episode_mutual import mutual_sides
from silkgraph.extract.events.episode_sides import possessor_sides
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/war_sides.yaml")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(str(w))))


# the war nouns (not one-sided attacks: a war has two sides)
WAR_RE = re.compile(r"(?:" + _alt(_DATA["war_nouns"]) + r")", re.I)
# a word between the date and the noun that makes it no armed war: "the 2008 gas war"
NOT_ARMED_BEFORE = frozenset(str(w).lower() for w in _DATA["not_armed_before"])
# a year premodifying the war noun in its own noun phrase: "the 2016 war", "the 2016 Karabakh war"
YEAR_PREMOD_RE = re.compile(r"\b(?:the|a)\s+((?:19|20)\d\d)\s+(?:[\w\-’']+\s+){0,2}$", re.I)
# a complement after the noun: "of words", "for influence", "with Ukraine", "in Karabakh", "of 2020"
COMPLEMENT_RE = re.compile(r"\s+(?:" + _alt(_DATA["complement_preps"]) + r")\s+(?:the\s+)?", re.I)
# between the date and the noun, or the noun and its date, within one noun phrase: "the 2020 Karabakh war",
# "the war of autumn 2020", "the 44-day war of 2020" (no verb, no clause break)
NP_GAP = 40
NP_GAP_RE = re.compile(r"^\s+(?:(?:of|in)\s+)?(?:(?:early|late|mid|the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?$")
# the article opening the war's noun phrase, with the words before the noun: "the 44-day ", "the "
DET_RE = re.compile(r"\b(?:the|a)\s+(?:[\w\-’']+\s+){0,2}$", re.I)
# a side told by the war's outcome, right before the war's noun phrase: "Armenia lost [the …]", "Azerbaijan won",
# "Azerbaijan's victory in", "Armenia's defeat in"
OUTCOME_RE = re.compile(r"(?:\s+(?:(?:" + _alt(_DATA["outcome_verb_adverbs"]) + r")\s+)?(?:"
                        + _alt(_DATA["outcome_verbs"]) + r")|['’]s?\s+(?:(?:"
                        + _alt(_DATA["outcome_noun_adjectives"]) + r")\s+)?(?:" + _alt(_DATA["outcome_nouns"])
                        + r"))\s+(?:in\s+)?$", re.I)
# how an inference of this module opens (a war recorded with a side told by its outcome)
TOLD_BY_DATE = "a war told by its date alone"
TOLD_BY_OUTCOME = "told as winning or losing it"


def _own_np_date(text: str, c: Cand) -> int | None:
    """Where the war's noun phrase starts (its article), when the event's written date stands in it
    ("the 2020 war", "the 44-day war of autumn 2020"); a possessive ("its 2020 war") names a party."""
    dt = c.date[1]
    at = text.find(dt) if dt else -1
    if at < 0:
        return None
    if at + len(dt) <= c.start:  # "the 2020 war", "the 1992-94 Karabakh war"
        gap = text[at + len(dt):c.start]
        det = DET_RE.search(text, max(0, at - 20), at)
        ok = len(gap) <= NP_GAP and re.fullmatch(r"\s*(?:[\w\-’']+\s+){0,2}", gap) is not None and \
            not NOT_ARMED_BEFORE.intersection(w.lower() for w in gap.split())
        return det.start() if ok and det is not None else None
    if at >= c.end and at - c.end <= NP_GAP and NP_GAP_RE.match(text[c.end:at]):  # "the war of 2020"
        det = DET_RE.search(text, max(0, c.start - 30), c.start)
        return det.start() if det is not None else None
    return None


def _armed(sv: SentenceView, c: Cand) -> bool:
    """Whether what follows the war noun leaves it an armed war: its date, a named complement ("in
    Karabakh", "with Ukraine") or the end of its noun phrase; not "of words", "for influence"."""
    m = COMPLEMENT_RE.match(sv.text, c.end)
    if m is None:
        return True
    at = sv.text.find(c.date[1], c.end) if c.date[1] else -1
    if at >= 0 and NP_GAP_RE.match(sv.text[c.end:at]):
        return True  # "the war of 2020", "the war of autumn 2020"
    named = any(sv.rel(x.start) == m.end() for x in sv.mentions)
    return named or (m.end() < len(sv.text) and sv.text[m.end()].isupper())


def _fight_pairs(ctx: ArticleContext, sv: SentenceView, year: str) -> list[list[str]]:
    """The distinct pairs of states of the fights or truces of ``year`` recorded before this sentence
    (a war recalled by its year takes a pair only when exactly one fought that year)."""
    pairs: dict[frozenset[str], list[str]] = {}
    for r in article_state(ctx).events:
        if r.etype not in ("attack", "ceasefire") or not (r.date or "").startswith(year) or \
                min(e.start for e in r.fact.evidence) >= sv.start:
            continue
        ids = list(dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or [])))
        states = [i for i in ids if ctx.etype(i) == "state"]
        if len(states) == 2:
            pairs.setdefault(frozenset(states), states)
    return list(pairs.values())


def _outcome_side(sv: SentenceView, ctx: ArticleContext, np_start: int) -> str | None:
    for m in sv.mentions:
        if m.role == "place" or ctx.etype(m.entity_id) != "state":
            continue
        b = sv.rel(m.end)
        if b <= np_start and np_start - b <= 40 and OUTCOME_RE.match(sv.text[b:np_start]):
            return m.entity_id
    return None


def _other_sides_war(ctx: ArticleContext, sv: SentenceView, year: str, side: str) -> EventRecord | None:
    """The war of ``year`` recorded before with one side told by its outcome, not ``side``."""
    for r in reversed(article_state(ctx).events):
        actors = r.fact.args.get("actors") or []
        if r.etype == "attack" and (r.date or "") == year and len(actors) == 1 and side not in actors and \
                not r.fact.args.get("targets") and TOLD_BY_OUTCOME in r.fact.inferences.get("actors", "") and \
                min(e.start for e in r.fact.evidence) < sv.start:
            return r
    return None


def _names(ctx: ArticleContext, ids: list[str]) -> str:
    return " and ".join((e.name if (e := ctx.entity(i)) is not None else i) for i in ids)


def _figurative(sv: SentenceView, c: Cand) -> bool:
    """A war noun right after a word that makes it no armed war: "fought a gas war", "the 2019 trade war"."""
    before = sv.text[max(0, c.start - 20):c.start].split()
    return bool(before) and before[-1].lower() in NOT_ARMED_BEFORE


def _outcome_with_other_side(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """"Georgia lost the 2008 war with Russia": the state told as winning or losing a dated war whose
    other side alone is named after it is its side too."""
    if c.actors or c.extra_actors or len(c.ids) != 1 or not c.date[0] or c.date[2] != "as written":
        return
    np_start = _own_np_date(sv.text, c)
    side = _outcome_side(sv, ctx, np_start) if np_start is not None and _armed(sv, c) else None
    if side is not None and side not in c.ids:
        c.extra_actors = [side]
        c.inferences["actors"] = f"{TOLD_BY_DATE}: {_names(ctx, [side])}, {TOLD_BY_OUTCOME}"


def war_sides(sv: SentenceView, ctx: ArticleContext, c: Cand) -> bool:
    """Fill in the sides of a war noun dated in its own phrase and told without parties (called where
    the candidates' dates are set, before their coreference with the events recorded; every candidate
    first has its "<state>-led" target, its episode date and its possessive sides read, see the episode_*
    modules).  False when
    the candidate is no armed war ("a gas war", "the 2008 war of words") or a war of a year in which
    several pairs of states fought, none named: it is dropped rather than told again of a fight; and
    when it is a noun of stepping back or recognition that names no act done (``episode_mood``)."""
    if unrealised(sv, ctx, c):
        return False  # "blocked recognition of Kosovo", "threatened a freeze of its participation": no act done
    led_targets(sv, ctx, c)  # "froze its participation in the Russian-led CSTO": the organisation, not Russia
    episode_date(sv, ctx, c)  # "since the April 2021 border clashes": the date in its own noun phrase
    its_actor(sv, ctx, c)  # "Armenia, which … announced a suspension of its membership": Armenia steps back
    possessor_sides(sv, ctx, c)  # "A and B … since their 2008 war": the possessive's antecedent
    mutual_sides(sv, ctx, c)  # "Disengagement … was completed by October 30": the two sides told before
    if c.trig.etype != "attack" or c.trig.kind != "noun" or not WAR_RE.fullmatch(sv.text, c.start, c.end):
        return True
    if _figurative(sv, c):
        return False
    if c.ids:
        _outcome_with_other_side(sv, ctx, c)
        return True
    undated = c.date
    if not c.date[0] and (y := YEAR_PREMOD_RE.search(sv.text, max(0, c.start - 40), c.start)) is not None:
        c.date = (y.group(1), y.group(1), "as written")  # "Since the 2016 war, …": the war's own year
    keep = _sides(sv, ctx, c)
    if keep and not c.extra_actors:
        c.date = undated  # (the year is read here only to find the war's sides)
    return keep


def _sides(sv: SentenceView, ctx: ArticleContext, c: Cand) -> bool:
    """The sides of a war noun with no party, dated in its own phrase (see :func:`war_sides`)."""
    if not c.date[0] or not c.date[2] == "as written":
        return True
    np_start = _own_np_date(sv.text, c)
    if np_start is None:
        return True
    if not _armed(sv, c):
        return False
    year = c.date[0][:4]
    side = _outcome_side(sv, ctx, np_start)
    pairs = _fight_pairs(ctx, sv, year)
    pair = pairs[0] if len(pairs) == 1 else None
    if pair is not None and (side is None or side in pair):
        c.extra_actors = list(pair)
        c.inferences["actors"] = f"{TOLD_BY_DATE}: {_names(ctx, pair)}, the sides of the fight of that year told before"
    elif side is not None and pair is None:
        other = _other_sides_war(ctx, sv, c.date[0], side) if c.definite else None
        if other is not None:  # "Armenia lost the 2020 war. Azerbaijan won the 2020 war.": one war, two sides
            other.fact.args["actors"].append(side)
            other.parts = other.parts | {side}
            both = other.fact.args["actors"]
            other.fact.inferences["actors"] = f"{TOLD_BY_DATE}: {_names(ctx, both)}, each {TOLD_BY_OUTCOME}"
        c.extra_actors = [side]
        c.inferences["actors"] = f"{TOLD_BY_DATE}: {_names(ctx, [side])}, {TOLD_BY_OUTCOME}"
    elif len(pairs) > 1:
        return False  # "A and B fought in 2016, C and D clashed in 2016 … since the 2016 war": which one is unsaid
    return True
