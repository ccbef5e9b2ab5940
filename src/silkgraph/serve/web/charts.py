"""Plotly figure specs (plain dicts) for the pages; drawn by the local plotly.min.js."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from silkgraph.analyse.records import Event, Network, TimelineItem, Transfer
from silkgraph.analyse.timeline import plot_date
from silkgraph.serve.web.render import entity_url

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
           "#17becf", "#bcbd22", "#7f7f7f"]
EDGE_COLOURS = {"ally": "#2ca02c", "partner": "#17becf", "rival": "#ff7f0e",
                "adversary": "#d62728", "neutral": "#7f7f7f", "transfer": "#1f77b4",
                "member": "#9467bd"}
LAYOUT = {"margin": {"l": 40, "r": 10, "t": 30, "b": 40}, "autosize": True,
          "font": {"size": 12}, "legend": {"orientation": "h"}}


def _url(article_id: str | None, fact_id: str) -> str:
    return f"/article/{article_id}#{fact_id}" if article_id else ""


def timeline_fig(items: list[TimelineItem]) -> dict[str, Any]:
    by_kind: dict[str, list[TimelineItem]] = defaultdict(list)
    for it in items:
        by_kind[it.kind].append(it)
    data = []
    for i, (kind, its) in enumerate(sorted(by_kind.items())):
        data.append({
            "type": "scatter", "mode": "markers", "name": kind,
            "x": [plot_date(it.date) for it in its], "y": [kind] * len(its),
            "text": [f"{it.date}{' (article date)' if it.approximate else ''}: {it.label}"
                     + (" [SIPRI]" if it.origin == "sipri" else "") for it in its],
            "customdata": [_url(it.article_id, it.fact_id) for it in its],
            "hoverinfo": "text",
            "marker": {"size": 12, "color": PALETTE[i % len(PALETTE)],
                       "symbol": ["diamond" if it.origin == "sipri" else "circle" for it in its]},
        })
    return {"data": data, "layout": {**LAYOUT, "height": 120 + 40 * max(1, len(by_kind)),
                                     "xaxis": {"type": "date"}, "yaxis": {"automargin": True}}}


def events_fig(events: list[Event]) -> dict[str, Any]:
    by_type: dict[str, list[tuple[str, str, Event]]] = defaultdict(list)
    actors: set[str] = set()
    for e in events:
        if not e.date:
            continue
        for a in e.actors or ["?"]:
            name = e.names.get(a, a)
            actors.add(name)
            by_type[e.event_type].append((plot_date(e.date), name, e))
    data = [{
        "type": "scatter", "mode": "markers", "name": t,
        "x": [p[0] for p in pts], "y": [p[1] for p in pts],
        "text": [f"{p[2].date}: {p[2].summary} ({p[2].modality})" for p in pts],
        "customdata": [_url(p[2].article_id, p[2].id) for p in pts], "hoverinfo": "text",
        "marker": {"size": 12, "color": PALETTE[i % len(PALETTE)]},
    } for i, (t, pts) in enumerate(sorted(by_type.items()))]
    return {"data": data, "layout": {**LAYOUT, "height": 160 + 28 * max(1, len(actors)),
                                     "xaxis": {"type": "date"}, "yaxis": {"automargin": True}}}


def sankey_fig(transfers: list[Transfer]) -> dict[str, Any]:
    """Supplier (left) → recipient (right); article facts and SIPRI rows as separate links."""
    flows: Counter[tuple[str, str, str]] = Counter()
    systems: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for t in transfers:
        if not t.supplier or not t.recipient:
            continue
        key = (t.names.get(t.supplier, t.supplier), t.names.get(t.recipient, t.recipient), t.origin)
        flows[key] += 1
        systems[key].add(t.names.get(t.system or "", t.system or "?"))
    left = sorted({k[0] for k in flows})
    right = sorted({k[1] for k in flows})
    labels = left + right
    idx_l = {n: i for i, n in enumerate(left)}
    idx_r = {n: len(left) + i for i, n in enumerate(right)}
    keys = sorted(flows)
    link = {
        "source": [idx_l[k[0]] for k in keys], "target": [idx_r[k[1]] for k in keys],
        "value": [flows[k] for k in keys],
        "label": [f"{k[2]}: {', '.join(sorted(systems[k]))}" for k in keys],
        "color": ["rgba(214,39,40,0.45)" if k[2] == "sipri" else "rgba(31,119,180,0.45)"
                  for k in keys],
    }
    node = {"label": labels, "pad": 14, "thickness": 14,
            "color": ["#555"] * len(left) + ["#999"] * len(right)}
    return {"data": [{"type": "sankey", "arrangement": "snap", "node": node, "link": link}],
            "layout": {**LAYOUT, "height": max(260, 34 * max(len(left), len(right)))}}


def network_fig(net: Network) -> dict[str, Any]:
    pos = {n.id: (n.x, n.y) for n in net.nodes}
    data: list[dict[str, Any]] = []
    by_kind: dict[str, list[Any]] = defaultdict(list)
    for e in net.edges:
        by_kind[e.kind].append(e)
    for kind, es in sorted(by_kind.items()):
        xs: list[float | None] = []
        ys: list[float | None] = []
        for e in es:
            xs += [pos[e.a][0], pos[e.b][0], None]
            ys += [pos[e.a][1], pos[e.b][1], None]
        data.append({"type": "scatter", "mode": "lines", "name": kind, "x": xs, "y": ys,
                     "hoverinfo": "skip",
                     "line": {"width": 2, "color": EDGE_COLOURS.get(kind, "#999"),
                              "dash": "dot" if kind in ("member", "neutral") else "solid"}})
    data.append({
        "type": "scatter", "mode": "markers+text", "name": "actors", "showlegend": False,
        "x": [n.x for n in net.nodes], "y": [n.y for n in net.nodes],
        "text": [n.name for n in net.nodes], "textposition": "top center",
        "hovertext": [f"{n.name} ({n.type}) · bloc {n.bloc + 1} · {n.degree} link(s)"
                      for n in net.nodes], "hoverinfo": "text",
        "customdata": [entity_url(n.id) for n in net.nodes],
        "marker": {"size": [12 + 3 * min(n.degree, 8) for n in net.nodes],
                   "color": [PALETTE[n.bloc % len(PALETTE)] for n in net.nodes],
                   "symbol": ["square" if n.type == "organization" else "circle" for n in net.nodes],
                   "line": {"width": 1, "color": "#fff"}},
    })
    axis = {"visible": False, "zeroline": False, "showgrid": False}
    return {"data": data, "layout": {**LAYOUT, "height": 560, "xaxis": axis,
                                     "yaxis": {**axis, "scaleanchor": "x"}, "hovermode": "closest"}}
