"""Dates of anaphoric time expressions ("the next day", "two days later", "later that
month") in an article: each is counted from the point date told just before it.  A step of
building the extraction context (``context.build_context``), kept apart so the context
module stays about the views themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from silkgraph.nlp.dates import TimeExpr, paragraph_start, resolve_anaphor
from silkgraph.nlp.dates.anaphor_base import finer_base, month_base, narrative_base, narrative_point
from silkgraph.nlp.dates.narrative import not_a_point

if TYPE_CHECKING:
    from silkgraph.extract.context import ArticleContext

__all__ = ["resolve_anaphors"]

_NO_BASE_SECTIONS = frozenset({"author_bio", "boilerplate", "caption"})


def resolve_anaphors(ctx: ArticleContext) -> None:
    """Resolve each anaphoric expression against the date told just before it: the last
    point date written (or itself resolved from an anaphor: "On May 7 … The next day … Two
    days later …") in the same sentence before it, in the previous sentence, or in the one
    before that in the same paragraph.  When the article has told no date yet, a news item's
    stated date of publication is the base of an expression counted in days ("a day
    earlier", "hours later").  Deterministic; the basis is recorded."""
    last: tuple[str, str, int] | None = None  # (iso, text, sentence index)
    fine_last: tuple[str, str, int] | None = None  # the last sentence's last date with its month, if finer
    narr: tuple[str, str, int] | None = None  # the last point not told as background (``narrative_point``)
    for sv in ctx.sentences:
        if sv.section in _NO_BASE_SECTIONS:
            continue
        if not sv.anaphors:
            for d in reversed(sv.dates):
                got = _point(ctx, d)
                if got:
                    last = (got, d.text, sv.index)
                    break
            narr = narrative_point(sv.dates, sv.index, narr, lambda d: _point(ctx, d), ctx.text)
            fine = finer_base(sv.dates, last, lambda d: _point(ctx, d), ctx.text)
            if fine is not None:  # "On 14 February 2020 X barred Y over abuses in 2009. Later that month …"
                fine_last = fine
            continue
        items = sorted(sv.dates + sv.anaphors, key=lambda t: t.start)
        for t in items:
            if t.kind != "anaphoric":
                got = _point(ctx, t)
                if got:
                    last = (got, t.text, sv.index)
                    narr = narrative_point([t], sv.index, narr, lambda d: _point(ctx, d), ctx.text)
                continue
            near = narrative_base(t, last, narr, sv.index)
            if near is not None and (near[2] >= sv.index - 1 or (near[2] == sv.index - 2 and paragraph_start(
                    ctx.text, sv.start, ctx.sentences[near[2]].start) <= ctx.sentences[near[2]].start)):
                base = month_base(t, near, fine_last)
                iso, basis = resolve_anaphor(t, base[0], base[1])
            elif last is None and ctx.article.published and t.unit in ("day", "hour") and t.modifier != "within":
                iso, basis = resolve_anaphor(t, ctx.article.published, "the date of publication")
            else:
                iso, basis = None, f"no date told just before '{t.text}'"
            ctx.anaphor_dates[id(t)] = (iso, basis)
            if iso:
                last = narr = (iso, t.text, sv.index)


def _point(ctx: ArticleContext, d: TimeExpr) -> str | None:
    """The resolved date of a written point date that can be a base (not a span, a decade
    or a deadline)."""
    if not_a_point(d):
        return None
    iso, _basis = ctx.date_of(d)
    return iso if iso and "/" not in iso else None
