"""Which party a mention plays in a relation: a ministry or government mention that speaks for
its state ("the Azerbaijani defence ministry accused ..."), and an armed group's hostility to a
state other than its home one (often the conduct of the state it serves, not an insurgency)."""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext
from silkgraph.extract.events import Part

SPEAKER_KINDS = ("ministry", "government")


def speaks_for_state(parts: list[Part], p: Part, ctx: ArticleContext) -> bool:
    """The proxy ``p`` stands for an organization mention of the same span that is a ministry
    or a government (the voice of its state)."""
    for q in parts:
        if q.start == p.start and q.end == p.end and q is not p and not q.why:
            ent = ctx.entity(q.eid)
            return ent is not None and str(ent.attrs.get("kind", "")).lower() in SPEAKER_KINDS
    return False


def home_hostile(ctx: ArticleContext, a: str, b: str) -> bool:
    """A hostile act of an armed group against a state other than its home one ("Taliban forces
    attacked Pakistani posts"): often the conduct of the state it governs or serves, not an
    insurgency; only the group's fight with its own state ("the TTP's ceasefire with Islamabad")
    or a stateless group's is kept."""
    g, other = (a, b) if ctx.etype(a) == "armed_group" else (b, a)
    ent = ctx.entity(g)
    home = (ent.country or "") if ent is not None else ""
    return bool(home) and other.startswith("state:") and other != f"state:{home}"
