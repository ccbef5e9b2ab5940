"""Wire-series years decided before extraction, from a look-ahead window of the stream.

:func:`~silkgraph.store.wire_series.align_wire_series` dates the stored wire items by their
series after a batch is stored, and re-analyses every source whose items' day it changes.
Most of those siblings come in the same batch, a few sources apart, so this step segments
each new source ``lookahead`` sources before it is analysed, reads its items' heads as the
series step reads them (:func:`~silkgraph.store.wire_series.head_item`: the same head, the
same own dates), and gives the source the estimates the series step would give it over the
items known then (the store's, the batch's so far and the window's).  The extraction then
runs once with its final day, and the series step after the batch finds nothing to redo.

Why this is exact (the same store for every input): the prediction only chooses which
estimates a source is FIRST analysed with, in the series step's own form (the same
:func:`~silkgraph.segment.wire_series.series_basis`, for every item of the source the
assignment dates, and only when one of its days differs from the item's own, as the series
step decides a rewrite).  The series step still runs over the whole store after the batch and
compares each stored item with the final assignment: a day that differs (a sibling beyond
the window, or a prediction a later item changes) re-analyses the source with the final
estimates as before, and a basis that alone differs is updated in place, as before.  The
extraction reads an estimate's day only (``Article.reference_date``), so a source's stored
rows are those of its final days either way.  Memory stays flat: the window holds
``lookahead`` sources; the items kept are those the series step reads back anyway.

A source whose text cannot hold a wire dateline with an agency anywhere
(:func:`~silkgraph.store.wire_head_gate.may_open_wire_item`, a cheap search) has no item:
it is not cut here (its ``Prepared`` has no articles; it is cut where it is analysed) and
only forgets a stored version's items, exactly what cutting it would give.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from silkgraph.model import Article, PublishedEstimate, Source
from silkgraph.read import ReadError
from silkgraph.segment.wire_series import WireItem, assign_series
from silkgraph.store.wire_head_gate import may_open_wire_item
from silkgraph.store.wire_series import _HEAD, _items, head_item, series_estimate

__all__ = ["Prepared", "SeriesAhead", "dated_ahead"]

LOOKAHEAD = 8  # sources segmented ahead of their analysis (siblings usually come a few files apart)


class Prepared(NamedTuple):
    """A source's articles (segmented here; None: to be segmented where it is analysed) and the
    estimates to analyse them with (by position; None: each article's own)."""

    articles: list[Article] | None
    estimates: dict[int, PublishedEstimate] | None


_Own = list[tuple[WireItem, dict | None]]  # a source's items and their open datelines' facts


class SeriesAhead:
    """The wire items known so far (the store's, then each new source's), by agency, and the
    estimates the series step would give one source's items over them."""

    def __init__(self, store: Any) -> None:
        self._by_agency: dict[str, dict[str, list[WireItem]]] = {}
        self._agencies: dict[str, set[str]] = {}  # source name -> its items' agencies
        stored: dict[str, list[WireItem]] = {}
        for it in _items(store)[0]:
            stored.setdefault(it.name, []).append(it)
        for name, items in stored.items():
            self._put(name, items)

    def _put(self, name: str, items: list[WireItem]) -> None:
        for agency in self._agencies.pop(name, ()):
            self._by_agency[agency].pop(name, None)
        keys: set[str] = set()
        for it in items:
            key = it.agency.casefold()
            self._by_agency.setdefault(key, {}).setdefault(name, []).append(it)
            keys.add(key)
        if keys:
            self._agencies[name] = keys

    def add(self, source: Source, articles: list[Article]) -> _Own:
        """Read a new source's items from its segmentation (as the series step reads them once
        stored) and know them from now on, in place of a stored version's."""
        own: _Own = []
        text = source.text
        for i, a in enumerate(articles):
            est = a.published_estimate.as_dict() if a.published_estimate else None
            item, meta = head_item(f"{source.name}\x00{i}", source.name, i, text[a.start:a.start + _HEAD],
                                   a.published, est)
            if item is not None:
                own.append((item, meta))
        self._put(source.name, [it for it, _m in own])
        return own

    def forget(self, name: str) -> None:
        """A new source with no item (:func:`may_open_wire_item` is False): as :meth:`add`
        with no item, a stored version's items are no longer known."""
        self._put(name, [])

    def estimates(self, own: _Own) -> dict[int, PublishedEstimate] | None:
        """The estimates the series step would give a freshly stored source with items
        ``own`` over the items known now: those of every item the assignment dates when one
        of their days differs from the item's own, else None."""
        # open items, and settled ones whose day-before reading a sibling may choose
        if not any(meta is not None and ((it.settled is None and it.dates) or it.alts) for it, meta in own):
            return None
        agencies = {it.agency.casefold() for it, _m in own}
        known = [it for ag in agencies for items in self._by_agency.get(ag, {}).values() for it in items]
        given = assign_series(known)
        dated = [(it, meta) for it, meta in own if meta is not None and it.key in given]
        redo = False
        for it, meta in dated:
            d = given[it.key][0].isoformat()
            est = meta.get("est") or {}
            if est.get("not_before") != d or est.get("not_after") != d:
                redo = True
        if not redo:
            return None
        out: dict[int, PublishedEstimate] = {}
        for it, meta in dated:
            out[it.ord] = series_estimate(it, meta, *given[it.key])
        return out


def dated_ahead(store: Any, sources: Iterable[Source | ReadError], offices: Callable[[], Any],
                lookahead: int | None = None) -> Iterator[tuple[Source | ReadError, Prepared | None]]:
    """Yield (item, its preparation or None) in input order: a source the store holds
    neither by name with this text nor under another name (and not already in the window)
    is segmented ``lookahead`` (default ``LOOKAHEAD``) sources early and given its series estimates when it leaves
    the window; the caller analyses the others itself if they turn out to be new.
    ``offices()`` gives the gazetteer's terms of office (called at the first new source)."""
    from silkgraph.segment import segment

    ahead = SeriesAhead(store)
    lookahead = LOOKAHEAD if lookahead is None else lookahead
    # (item, its segmentation and items or None, its text's hash: computed once, a hash of the text)
    queue: deque[tuple[Source | ReadError, Any, str]] = deque()
    in_window: set[str] = set()

    def pop() -> tuple[Source | ReadError, Prepared | None]:
        item, held, sha = queue.popleft()
        if held is None:
            return item, None
        in_window.discard(sha)
        articles, own = held
        return item, Prepared(articles, ahead.estimates(own))

    for item in sources:
        held = None
        sha = ""
        if isinstance(item, Source):
            status, _dup = store.source_status(item)
            sha = item.sha256
            if status in ("new", "changed") and sha not in in_window:
                try:
                    if may_open_wire_item(item.text):
                        articles = segment(item, offices())
                        held = (articles, ahead.add(item, articles))
                    else:  # no item: cut where it is analysed
                        ahead.forget(item.name)
                        held = (None, [])
                    in_window.add(sha)
                except Exception:  # noqa: BLE001 - analysed (and reported) as before, unprepared
                    held = None
        queue.append((item, held, sha))
        while len(queue) > lookahead:
            yield pop()
    while queue:
        yield pop()
