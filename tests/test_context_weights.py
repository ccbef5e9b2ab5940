"""``ArticleContext.state_weights`` keeps running counts per ``keep``: asked in any order, it
gives what counting from the first sentence gives."""

from __future__ import annotations

from recognised import rec

from silkgraph.extract.context import ArticleContext, SentenceView, build_context
from silkgraph.knowledge import Knowledge
from silkgraph.model import Article, Mention, Sentence
from silkgraph.nlp.sentences import split_text

TEXT = ("Iran and Pakistan signed a deal. Russian officials met in Moscow. Iran said it would "
        "buy drones from Russia. Pakistan welcomed the move. India and Iran held talks in Delhi.")


def _context(kb: Knowledge) -> ArticleContext:
    sents = [Sentence(a, b, "background", i) for i, (a, b) in enumerate(split_text(TEXT, 0, len(TEXT)))]
    found = rec(kb, TEXT)
    return build_context(TEXT, Article(0, len(TEXT)), sents, kb, found.mentions, found.entities)


def _counted(ctx: ArticleContext, sv: SentenceView, keep=None) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return ArticleContext(ctx.text, ctx.article, ctx.kb, ctx.entities, ctx.sentences).state_weights(sv, keep)


def _not_demonym(view: SentenceView, m: Mention) -> bool:
    return m.kind != "demonym"


def test_running_counts_match_a_fresh_count_in_any_order(kb: Knowledge) -> None:
    ctx = _context(kb)
    assert len(ctx.sentences) == 5
    order = [0, 1, 1, 3, 4, 2, 4, 0, 3]
    for i in order:
        sv = ctx.sentences[i]
        for keep in (None, _not_demonym):
            got = ctx.state_weights(sv, keep)
            want = _counted(ctx, sv, keep)
            assert got == want and list(got) == list(want)
    last = ctx.state_weights(ctx.sentences[4])
    assert last["state:IRN"] > 0 and last["state:PAK"] > 0


def test_the_answer_is_the_callers_own(kb: Knowledge) -> None:
    ctx = _context(kb)
    sv = ctx.sentences[3]
    ctx.state_weights(sv).clear()
    assert ctx.state_weights(sv) == _counted(ctx, sv)
