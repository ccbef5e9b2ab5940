"""Paragraphs of an article's sentences, as the extractors see them.

A paragraph breaks wherever a line break lies between two sentences; :func:`same_paragraph`
and :func:`paragraph_first` also break it at a new section.  (``nlp.dates.paragraph_start``
is a different, character-level notion: a blank line or a line break after final
punctuation.)  This module imports nothing of ``silkgraph.extract.events`` so that every
extractor package can use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from silkgraph.nlp.dates import paragraph_start

if TYPE_CHECKING:
    from silkgraph.extract.context import ArticleContext, SentenceView


def line_break_between(ctx: ArticleContext, a: SentenceView, b: SentenceView) -> bool:
    """A line break lies between the end of sentence ``a`` and the start of a later ``b``."""
    return "\n" in ctx.text[a.end:b.start]


def window_start(ctx: ArticleContext, sv: SentenceView, back: int) -> int:
    """Where the text before ``sv`` that a look-back reads starts: the start of the sentence
    ``back`` sentences before it, or of ``sv``'s paragraph (``nlp.dates.paragraph_start``) when
    that is later."""
    return paragraph_start(ctx.text, sv.start, ctx.sentences[max(0, sv.index - back)].start)


def opens_paragraph(ctx: ArticleContext, sv: SentenceView) -> bool:
    """The sentence is the article's first or follows a line break (a new paragraph,
    a heading, a list item): what the previous sentence told is not carried over."""
    return sv.index == 0 or line_break_between(ctx, ctx.sentences[sv.index - 1], sv)


def same_paragraph(ctx: ArticleContext, a: SentenceView, b: SentenceView) -> bool:
    """Sentence ``a`` (before ``b``) and ``b`` share a section and no line break lies
    between them (meant for consecutive sentences)."""
    return a.section == b.section and not line_break_between(ctx, a, b)


def paragraph_first(ctx: ArticleContext, sv: SentenceView) -> int:
    """Index of the first sentence of ``sv``'s paragraph (a line break or a new section
    before it), cached per article."""
    cache: dict[int, int] = ctx.scratch.setdefault("paragraph_first", {})
    i = sv.index
    while i > 0 and i not in cache:
        if not same_paragraph(ctx, ctx.sentences[i - 1], ctx.sentences[i]):
            break
        i -= 1
    first = cache.get(i, i)
    cache[sv.index] = first
    return first


def window_pair(ctx: ArticleContext, sv: SentenceView, window: int) -> tuple[list[str], str] | None:
    """The two states (not places) named in the nearest earlier sentences of the paragraph (up to ``window``
    back), read back until two are found; None when a third is named there too."""
    first = max(paragraph_first(ctx, sv), sv.index - window)
    ids: list[str] = []
    for i in range(sv.index - 1, first - 1, -1):
        prev = ctx.sentences[i]
        for m in prev.mentions:
            if ctx.etype(m.entity_id) == "state" and m.role != "place" and m.entity_id not in ids:
                ids.append(m.entity_id)
        if len(ids) >= 2:
            break
    if len(ids) != 2:
        return None
    names = " and ".join(getattr(ctx.entity(e), "name", e) for e in ids)
    back = sv.index - i
    return ids, f"{names}, named in the {'previous sentence' if back == 1 else f'{back} sentences before'}"
