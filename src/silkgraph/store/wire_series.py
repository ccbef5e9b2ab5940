"""The corpus-level step that dates wire items by their series across stored texts.

After a batch is stored, the items with a year-less dateline of the whole database are read
back (their dateline's agency and day from the article's head, what their own text gave
from the stored ``published`` / ``published_estimate``), and
:func:`~silkgraph.segment.wire_series.assign_series` gives the open ones the year of their
agency's series.  An item whose day changes is re-analysed with that day (its relative dates
and so its facts follow) and its source rewritten in one transaction; one whose day stays and
only its basis changes has its estimate updated in place.  Since the assignment depends on
the stored set of items alone, ingesting A then B gives what A and B together give, and
ingesting again changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from silkgraph.model import PublishedEstimate, Source
from silkgraph.segment.dateline_year import PRESENT, find_dated, find_yearless
from silkgraph.segment.wire_series import (
    OWN_MARK,
    WireItem,
    assign_series,
    episode_names,
    own_dates,
    own_readings,
    series_basis,
)
from silkgraph.store.rows import dumps

__all__ = ["align_wire_series"]

_HEAD = 700  # characters of an article's head read for its dateline (title, byline, dateline)

# re-analyses a source with the estimates of some of its articles (by position) given
Reanalyse = Callable[[Source, dict[int, PublishedEstimate]], list]


def _items(store) -> tuple[list[WireItem], dict[str, dict]]:  # type: ignore[no-untyped-def]
    rows = store.conn.execute(
        'SELECT a.id, a.ord, a.published, a.published_estimate, s.name, substr(s.text, a.start + 1, ?) AS head'
        " FROM articles a JOIN sources s ON s.id = a.source_id", (_HEAD,)).fetchall()
    items: list[WireItem] = []
    info: dict[str, dict] = {}
    for r in rows:
        est = json.loads(r["published_estimate"]) if r["published_estimate"] else None
        item, meta = head_item(r["id"], r["name"], r["ord"], r["head"], r["published"], est)
        if item is not None:
            items.append(item)
        if meta is not None:
            info[r["id"]] = meta
    return items, info


def head_item(key: str, name: str, ord_: int, head: str, published: str | None,
              est: dict | None) -> tuple[WireItem | None, dict | None]:
    """The series item of one article from its head (its first ``_HEAD`` characters) and what
    its own text gave (``published``, the estimate as a dict): (item, its open dateline's
    month, day, estimate, source and position, or None for a dated anchor), or (None, None)
    when the head opens with no wire dateline of an agency."""
    found = find_yearless(head, 0, len(head))
    if found is None:  # a dateline with its year settles a sibling's year
        dated = find_dated(head, 0, len(head))
        if dated is not None:
            return WireItem(key, name, ord_, dated[1], dated[0], (), episode_names(head, dated[1])), None
        return None, None
    if found[3] is None:
        return None, None  # no agency to tie a series
    mon, day, _at, agency = found
    settled, dates = own_dates(mon, day, published, est, PRESENT)
    alts, weak = own_readings(mon, day, published, est)
    return (WireItem(key, name, ord_, agency, settled, dates, episode_names(head, agency), alts, weak),
            {"mon": mon, "day": day, "est": est, "name": name, "ord": ord_})


def series_estimate(it: WireItem, meta: dict[str, Any], d: date, why: str,
                    last: date | None = None) -> PublishedEstimate:
    """The estimate the series gives item ``it`` (``meta``: its open dateline's month and day): the
    day ``d`` (to ``last`` when the series leaves a window), and a basis naming the days its own
    text left and ``why``."""
    own = it.dates or ((it.settled,) if it.settled is not None else ())
    end = last or d
    return PublishedEstimate(d.isoformat(), end.isoformat(),
                             series_basis(meta["mon"], meta["day"], own, d, why, it.alts, last))


def align_wire_series(store, reanalyse: Reanalyse,  # type: ignore[no-untyped-def]
                      on_error: Callable[[str, str], None] | None = None,
                      submit: Callable[[Source, dict[int, PublishedEstimate]], Any] | None = None) -> int:
    """Date the stored wire items by their series (see module doc); the number of sources
    rewritten or updated. A source whose re-analysis fails keeps what is stored (its rewrite is
    one transaction) and is reported to ``on_error(name, reason)``; the others go on. With
    ``submit`` (a worker pool's: returns a future of ``reanalyse``'s rows), the re-analyses run
    in parallel and are written in the same order."""
    items, info = _items(store)
    if len(items) < 2:
        return 0
    given = assign_series(items)
    redo: dict[str, dict[int, PublishedEstimate]] = {}
    updates: list[tuple[str, str]] = []
    for it in items:
        if it.settled is not None and it.key not in given:
            continue  # settled by its own text (a day-before reading's item may be re-dated)
        meta = info[it.key]
        est = meta["est"] or {}
        overridden = OWN_MARK in (est.get("basis") or "")
        target = given.get(it.key)
        if target is None:
            if overridden:  # no longer in a series: back to its own evidence
                redo.setdefault(meta["name"], {})
            continue
        new = series_estimate(it, meta, *target)
        if est.get("not_before") == new.not_before and est.get("not_after") == new.not_after:
            if est.get("basis") != new.basis:
                updates.append((it.key, dumps(new.as_dict())))
            continue
        redo.setdefault(meta["name"], {})[meta["ord"]] = new
    # the overrides of every item of a source to rewrite (its other items keep theirs)
    for it in items:
        name = it.name
        if name in redo and it.key in given and info[it.key]["ord"] not in redo[name]:
            redo[name][info[it.key]["ord"]] = series_estimate(it, info[it.key], *given[it.key])
    if updates:
        with store.transaction() as c:
            c.executemany("UPDATE articles SET published_estimate = ? WHERE id = ?", [(j, k) for k, j in updates])
    done = 0
    sources = {name: store.stored_source(name) for name in sorted(redo)}
    futures = {name: submit(src, redo[name]) for name, src in sources.items()} if submit is not None else {}
    for name in sorted(redo):
        try:
            source = sources[name]
            rows = futures[name].result() if name in futures else reanalyse(source, redo[name])
            store.rewrite_source(source, rows)
            done += 1
        except Exception as e:  # one source's failure must not stop its siblings' dating
            if on_error is None:
                raise
            on_error(name, f"re-dating by its wire series failed ({type(e).__name__}: {e}); stored version kept")
    return done + len({k for k, _j in updates})
