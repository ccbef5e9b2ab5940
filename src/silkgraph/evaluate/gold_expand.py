"""Normalisation after parsing: a name inside a fact inherits the ``also`` variants of
the gold entity it names (same article first, else any article of the file)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .gold_model import GoldArticle, GoldName

_Lexicon = dict[str, tuple[str, ...]]


def _lexicon(articles: list[GoldArticle]) -> _Lexicon:
    """Normalised key -> every variant of the gold entity (entities before optional)."""
    lex: dict[str, list[str]] = {}
    for art in articles:
        for group in (art.entities, art.optional_entities):
            for names in group.values():
                for n in names:
                    variants = [n.name, *n.also]
                    for k in n.keys:
                        bucket = lex.setdefault(k, [])
                        bucket.extend(v for v in variants if v not in bucket)
    return {k: tuple(v) for k, v in lex.items()}


def _expand(n: GoldName | None, art_lex: _Lexicon, file_lex: _Lexicon) -> Any:
    if n is None:
        return None
    for lex in (art_lex, file_lex):
        extra = [v for k in sorted(n.keys) for v in lex.get(k, ())]
        if extra:
            also = tuple(dict.fromkeys(v for v in (*n.also, *extra) if v != n.name))
            return GoldName(n.name, also)
    return n


def _expand_article(art: GoldArticle, art_lex: _Lexicon, file_lex: _Lexicon) -> None:
    def ex(n: Any) -> Any:
        return _expand(n, art_lex, file_lex)

    art.arms_transfers = [
        replace(t, supplier=ex(t.supplier), recipient=ex(t.recipient), system=ex(t.system))
        for t in art.arms_transfers
    ]
    art.events = [
        replace(
            e,
            actors=tuple(ex(a) for a in e.actors),
            targets=tuple(ex(a) for a in e.targets),
            location=ex(e.location),
        )
        for e in art.events
    ]
    art.memberships = [
        replace(m, member=ex(m.member), organization=ex(m.organization)) for m in art.memberships
    ]
    art.relations = [replace(r, a=ex(r.a), b=ex(r.b)) for r in art.relations]
    art.statistics = [replace(st, subject=ex(st.subject)) for st in art.statistics]
