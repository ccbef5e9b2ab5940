"""A pull-back both sides make, told with no party: "Disengagement at the two friction points was
completed by October 30" after "India and China reached a patrolling deal …".

A disengagement is bilateral by its meaning: with no party named in its sentence, its sides are the two
states of the last event recorded in the article with exactly two states among its parties (a fight,
truce or build-up: ``ontology/episodes.yaml``; not a meeting or an accord, whose states may have nothing to do
with the pull-back), a recorded inference.  When
it is undated and its clause says it was completed "by" a date, that date is when it was done.

Nothing is inferred when the last such event has one state or more than two, nor when a party is named.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import article_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.episode_date import load_episodes
from silkgraph.extract.events.timeline import narrative_date

_DATA = load_episodes()
MUTUAL_NOUNS = frozenset(w.lower() for w in _DATA["mutual_retreat_nouns"])
PAIR_TYPES = frozenset(_DATA["mutual_pair_types"])
# the disengagement told as done: one of the done verbs after it, in its clause (no comma or semicolon before)
DONE_RE = re.compile(r"^[^,;:]{0,60}?\b(?:" + "|".join(map(re.escape, _DATA["mutual_done_verbs"])) + r")\b", re.I)
# "… was completed by", "… had been finished by": the completion and its date's preposition
COMPLETED_BY_RE = re.compile(r"\b(?:was|were|is|are|had been|has been|have been)\s+(?:(?:largely|fully|formally|"
                             r"finally|almost)\s+)?(?:" + "|".join(map(re.escape, _DATA["completion_verbs"]))
                             + r")\s+$", re.I)


def _names(ctx: ArticleContext, ids: list[str]) -> str:
    return " and ".join((e.name if (e := ctx.entity(i)) is not None else i) for i in ids)


def mutual_sides(sv: SentenceView, ctx: ArticleContext, c: Cand) -> None:
    """Sides and completion date of an unattributed disengagement (see the module)."""
    if c.trig.etype != "retreat" or c.trig.kind != "noun" or c.ids or \
            sv.text[c.start:c.end].lower() not in MUTUAL_NOUNS:
        return
    if not DONE_RE.match(sv.text[c.end:]):
        return  # "Disengagement is not de-escalation": no pull-back told
    if any(ctx.etype(m.entity_id) == "state" and m.role != "place" for m in sv.mentions):
        return  # a state named in the sentence: the argument rules' business
    last = None
    for r in reversed(article_state(ctx).events):
        if r.etype in PAIR_TYPES and min(e.start for e in r.fact.evidence) < sv.start:
            last = r
            break
    if last is None:
        return
    ids = list(dict.fromkeys((last.fact.args.get("actors") or []) + (last.fact.args.get("targets") or [])))
    states = [i for i in ids if ctx.etype(i) == "state"]
    if len(states) != 2:
        return
    c.extra_actors = states
    c.inferences["actors"] = f"the two sides of the {last.etype} told before ({_names(ctx, states)}): a mutual pull-back"
    if c.date[0]:
        return
    for d in sv.dates:
        a = sv.rel(d.start)
        if d.prep == "by" and a > c.end and COMPLETED_BY_RE.search(sv.text, c.end, a):
            iso, _basis = narrative_date(ctx, sv, d)
            if iso is not None:
                c.date = (iso, d.text, f"completed '{d.text}'")
            return
