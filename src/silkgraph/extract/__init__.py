"""Extraction: from an article's sentences to grounded facts.

``extract_article`` runs recognition and resolution once, then every fact extractor
over every sentence. Extractors are registered in ``EXTRACTORS`` in order; each is a
function ``(SentenceView, ArticleContext) -> list[Fact]`` in its own module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from silkgraph.extract.context import ArticleContext, SentenceView, build_context
from silkgraph.extract.recognise import recognise
from silkgraph.knowledge import Knowledge
from silkgraph.model import Article, Extraction, Fact, Sentence, entity_refs

Extractor = Callable[[SentenceView, ArticleContext], list[Fact]]

# module: function; each fact type lives in its own module
EXTRACTOR_NAMES = (
    ("silkgraph.extract.transfers", "extract_transfers"),
    ("silkgraph.extract.events", "extract_events"),
    ("silkgraph.extract.memberships", "extract_memberships"),
    ("silkgraph.extract.relations", "extract_relations"),
    ("silkgraph.extract.statistics", "extract_statistics"),
)

# sections whose sentences carry no claims about the world
SKIP_SECTIONS = {"author_bio", "boilerplate"}


def _extractors() -> list[Extractor]:
    # imported on first use: the extractor modules import this package's context helpers
    return [getattr(importlib.import_module(mod), fn) for mod, fn in EXTRACTOR_NAMES]


_EXTRACTORS: list[Extractor] | None = None


def preload() -> list[Extractor]:
    """Import the extractors (once per process)."""
    global _EXTRACTORS
    if _EXTRACTORS is None:
        _EXTRACTORS = _extractors()
    return _EXTRACTORS


def extract_article(text: str, article: Article, sentences: list[Sentence], kb: Knowledge) -> Extraction:
    extractors = _EXTRACTORS if _EXTRACTORS is not None else preload()
    rec = recognise(text, sentences, kb)
    ctx = build_context(text, article, sentences, kb, rec.mentions, rec.entities)
    facts: list[Fact] = []
    for sv in ctx.sentences:
        if sv.section in SKIP_SECTIONS:
            continue
        for ex in extractors:
            facts.extend(ex(sv, ctx))
    from silkgraph.extract.relations.hostile import hostile_pairs  # see _extractors on imports
    from silkgraph.extract.relations.repeat import repeat_suppliers

    facts.extend(repeat_suppliers(facts) + hostile_pairs(facts, ctx))  # article-level: repeated supplier, war
    _check_grounding(facts, ctx)
    return Extraction(rec.mentions, ctx.entities, facts, rec.local_aliases)


def _check_grounding(facts: list[Fact], ctx: ArticleContext) -> None:
    """Every entity argument is a mention in the evidence or a recorded inference."""
    for f in facts:
        in_evidence = {m.entity_id for sv in ctx.sentences_over(f.evidence) for m in sv.mentions}
        for role, eid in entity_refs(f.args):
            ctx.use_entity(eid)
            if eid in in_evidence:
                continue
            if not any(k == role or k.startswith(role) or role.startswith(k.rstrip("s"))
                       for k in f.inferences):
                f.inferences.setdefault(role, "not named in the sentence (unexplained)")
                f.confidence = min(f.confidence, 0.5)


__all__ = ["ArticleContext", "SentenceView", "extract_article", "Extractor"]
