"""A discourse fallback for an event's missing party.

An event trigger found in a sentence that names no party ("On 4 March a trade accord was signed in
Ulaanbaatar", "a ceasefire was agreed the next day") was dropped, though the text around it says
whose event it is.  The party is taken, in order, from the event's location (the state it lies in),
the one state of the places named in the trigger's clause, the parties of the event told in the
same or the previous sentence, and the state the article is about.  Which sources are used for
which missing party is data (``resources/ontology/party_fallback.yaml``, with the precision each
class was measured at); the source is recorded in the fact's ``inferences``.
"""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.event_state import ArticleState
from silkgraph.extract.events.institution import home_state
from silkgraph.extract.events.participants import clause_bounds, places
from silkgraph.extract.events.state_pairs import _names
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/party_fallback.yaml")
# the measured classes; the fallback runs only when the resource enables it
CLASSES: dict[str, list[str]] = _DATA["classes"]
ORDER: dict[str, list[str]] = dict(CLASSES) if _DATA.get("enabled") else {}


def _state_of(ctx: ArticleContext, eid: str) -> str | None:
    """A state itself, or the state a place lies in (when the knowledge base holds it)."""
    if ctx.etype(eid) == "state":
        return eid
    ent = ctx.entity(eid)
    if ent is None or not ent.country or ctx.entity(f"state:{ent.country}") is None:
        return None
    return f"state:{ent.country}"


def _told_parties(sv: SentenceView, ctx: ArticleContext, st: ArticleState) -> tuple[str, list[str], str] | None:
    """The parties of the last event recorded in this sentence ("same") or the one before ("prev")."""
    prev_start = ctx.sentences[sv.index - 1].start if sv.index > 0 else -1
    for r in reversed(st.events):
        if any(e.start in (sv.start, prev_start) for e in r.fact.evidence):
            ids = list(dict.fromkeys((r.fact.args.get("actors") or []) + (r.fact.args.get("targets") or [])))
            here = any(e.start == sv.start for e in r.fact.evidence)
            why = f"{_names(ctx, ids)}, the parties of the {r.etype} told {'alongside' if here else 'just before'}"
            return ("same" if here else "prev"), ids, why
    return None


def _source(name: str, sv: SentenceView, ctx: ArticleContext, c: Cand,
            st: ArticleState) -> tuple[list[str], str] | None:
    """The parties the source ``name`` gives the candidate, with the reason recorded."""
    if name == "loc":
        s = _state_of(ctx, c.location) if c.location else None
        ent = ctx.entity(c.location or "")
        return ([s], f"the state {ent.name} lies in, where it happened") if s and ent is not None else None
    if name == "place":
        cs, ce = clause_bounds(sv.text, c.start, c.end)
        found = {s: m.text for m in places(sv, ctx)
                 if cs <= sv.rel(m.start) < ce and (s := _state_of(ctx, m.entity_id))}
        if len(found) != 1:
            return None
        s, t = next(iter(found.items()))
        return [s], f"the state of {t}, the place named in its clause"
    if name in ("same", "prev"):
        told = _told_parties(sv, ctx, st)
        return (told[1], told[2]) if told is not None and told[0] == name and told[1] else None
    home = home_state(ctx, sv) if name == "home" else None
    return ([home], "the state the article is about (no party named)") if home else None


def fallback_party(sv: SentenceView, ctx: ArticleContext, c: Cand, st: ArticleState, drop: str, role: str) -> bool:
    """Give a candidate dropped for ``drop`` (a key of the resource) parties in ``role`` ("actors" or
    "targets") from the first source that has one it lacks; True when one was given."""
    have = c.ids
    for item in ORDER.get(drop, []):
        name, _sep, stop = item.partition(":")
        got = _source(name, sv, ctx, c, st)
        new = [i for i in got[0] if i not in have] if got is not None else []
        if not new:
            continue
        if stop:
            return False
        (c.extra_targets if role == "targets" else c.extra_actors).extend(new)
        c.inferences[role] = got[1]  # type: ignore[index]
        return True
    return False
