"""What the store writes of a source's analysis, as plain rows.

:func:`source_rows` turns a source's analysed articles into tuples of strings and numbers,
their JSON columns already encoded: what :meth:`SQLiteStore.write_rows` inserts, and no
more. An analysis worker process builds them and sends them to the process that writes:
tuples pickle and unpickle several times faster than the records of :mod:`silkgraph.model`
(the results of a 300,000-word ingest unpickle in 0.05 s of CPU instead of 0.3-0.6 s).
The ids that depend on what the store already holds (an article's, and its facts', which
are made from it) are the writer's; the rows carry the ids they take in the usual case (the
article's id made from its text alone, ``presumed_id``, and its facts' ids made from that:
``fact_ids``), so that the writer, often another process that is busy storing, makes them
again only when the store gives the article another id (:func:`fact_id` is the one formula).
"""

from __future__ import annotations

import bisect
import hashlib
import json
from typing import Any, NamedTuple

from silkgraph.model import AnalysedArticle, Source, entity_refs, stable_id

# what json.dumps(value, ensure_ascii=False, sort_keys=True) builds on every call, once
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def dumps(value: Any) -> str:
    """A JSON column's text: ``json.dumps(value, ensure_ascii=False, sort_keys=True)``."""
    if not value and type(value) in (dict, list):  # empty inferences, authors, meta: common
        return "{}" if type(value) is dict else "[]"
    return _JSON.encode(value)


class StoreError(Exception):
    """A source the store refuses (also raised by :class:`SQLiteStore`)."""


# (id, type, name, iso3, country, attrs, aliases)
EntityRow = tuple[str, str, str, str | None, str | None, dict[str, Any], list[str]]
# (position of its sentence in ArticleRows.sentences or None, entity id, start, end, text,
# kind, role)
MentionRow = tuple[int | None, str, int, int, str, str, str | None]


class FactRow(NamedTuple):
    id: str  # "" unless the fact came with one: the writer makes it
    type: str
    section: str
    modality: str
    date: str | None
    args: str  # JSON
    inferences: str  # JSON
    attribution: str | None
    confidence: float
    evidence: list[tuple[int, int]]  # (start, end) of each span, in order
    entities: list[tuple[str, str]]  # (role, entity id) named by the args


def article_id(text_sha: str) -> str:
    """An article's id when the store holds no other article with the same text."""
    return stable_id("art-", text_sha, length=12)


def fact_id(aid: str, f: FactRow) -> str:
    """A fact's id: its own, else one made from its article's id ``aid``, its type, first
    evidence offset, args and modality."""
    return f.id or stable_id("fact-", aid, f.type, f.evidence[0][0], f.args, f.modality, length=16)


class ArticleRows(NamedTuple):
    id: str  # "" unless the article came with one: the writer makes it
    text_sha: str  # sha256 of the article's text, what its id is made from
    # (start, end, title, authors JSON, published, published_estimate JSON, ref_date)
    row: tuple[int, int, str | None, str, str | None, str | None, str | None]
    sections: list[tuple[str, str, int, int]]  # (kind, label, start, end)
    sentences: list[tuple[int, str, int, int]]  # (ord, section, start, end)
    entities: list[EntityRow]
    local_aliases: list[tuple[str, str, str]]  # (entity id, alias, kind)
    mentions: list[MentionRow]
    facts: list[FactRow]
    presumed_id: str  # the article's id unless the store gives it another (``id`` or :func:`article_id`)
    fact_ids: list[str]  # :func:`fact_id` of each fact with ``presumed_id``


def source_rows(source: Source, analysed: list[AnalysedArticle]) -> list[ArticleRows]:
    """The rows of each analysed article of ``source``; a fact without evidence is refused."""
    return [_article_rows(source, aa) for aa in analysed]


def _article_rows(source: Source, aa: AnalysedArticle) -> ArticleRows:
    a = aa.article
    text = source.text
    est = a.published_estimate.as_dict() if a.published_estimate else None
    sentences = aa.sentences
    starts = [s.start for s in sentences]

    def sentence_of(pos: int) -> int | None:
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < sentences[i].end else None

    ex = aa.extraction
    facts = []
    for f in ex.facts:
        if not f.evidence:
            raise StoreError(f"{source.name}: a {f.type} fact has no evidence (grounding violated)")
        date = f.args.get("date")
        facts.append(FactRow(
            f.id, f.type, f.section, f.modality, date if isinstance(date, str) else None,
            dumps(f.args), dumps(f.inferences), f.attribution, f.confidence,
            [(sp.start, sp.end) for sp in f.evidence], entity_refs(f.args)))
    text_sha = hashlib.sha256(text[a.start : a.end].encode("utf-8")).hexdigest()
    presumed = a.id or article_id(text_sha)
    return ArticleRows(
        a.id,
        text_sha,
        (a.start, a.end, a.title, dumps(a.authors), a.published, dumps(est) if est else None,
         a.reference_date()),
        [(s.kind, s.label, s.start, s.end) for s in a.sections],
        [(s.index, s.section, s.start, s.end) for s in sentences],
        [(e.id, e.type, e.name, e.iso3, e.country, e.attrs, e.aliases) for e in ex.entities.values()],
        list(ex.local_aliases),
        [(sentence_of(m.start), m.entity_id, m.start, m.end, m.text, m.kind, m.role)
         for m in ex.mentions],
        facts,
        presumed,
        [fact_id(presumed, f) for f in facts],
    )

