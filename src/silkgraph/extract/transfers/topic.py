"""Discourse topics that stand for a recipient: the state an article's headline is about (the
recipient of last resort for goods whose recipient no sentence of the paragraph names:
"Armenia's rearmament" … "France has delivered 24 S"), and a state's armed forces or ministry
named in the discourse ("equipping the Tajik armed forces")."""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext
from silkgraph.extract.transfers.model import Party


def _title_states(ctx: ArticleContext) -> list[tuple[str, str]]:
    """The states named in the article's title (by name, capital or demonym), in order."""
    cache = ctx.scratch.get("transfer_title_states")
    if cache is not None:
        return cache  # type: ignore[no-any-return]
    out: list[tuple[str, str]] = []
    title = ctx.article.title or ""
    try:
        matches = ctx.kb.find(title) if title else []
    except AttributeError:
        matches = []
    for m in matches:
        for eid, kind in m.candidates:
            if not eid.startswith("state:") or kind == "adjective":
                continue
            if all(eid != e for e, _t in out):
                out.append((eid, m.text))
            break
    ctx.scratch["transfer_title_states"] = out
    return out


def _title_state(ctx: ArticleContext, bad: set[str]) -> Party | None:
    """The one state the title names besides the suppliers, if exactly one."""
    left = [(e, t) for e, t in _title_states(ctx) if e not in bad]
    if len(left) != 1 or ctx.entity(left[0][0]) is None:
        return None
    return Party(left[0][0], f"recipient from context: '{left[0][1]}', the state the article's title is about")


# organisations that hold or buy arms for their state
FORCE_KINDS = frozenset({"military", "paramilitary", "military formation", "ministry", "government agency"})


def _force_state(ctx: ArticleContext, eid: str) -> str | None:
    """The state whose armed forces, ministry or agency ``eid`` is (None for anything else)."""
    if ctx.etype(eid) != "organization":
        return None
    e = ctx.entity(eid)
    if e is None or not e.country or str(e.attrs.get("kind") or "") not in FORCE_KINDS:
        return None
    state = f"state:{e.country}"
    return state if ctx.entity(state) is not None else None
