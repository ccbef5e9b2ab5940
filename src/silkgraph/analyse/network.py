"""The actor network: relations, transfers and memberships, with blocs and a layout.

Blocs are communities found by deterministic label propagation over the friendly ties
(ally, partner, membership, transfers); hostile ties (rival, adversary) separate them.
The layout is a small Fruchterman–Reingold spring layout seeded on a circle, so the
same knowledge base always draws the same picture.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from silkgraph.analyse.records import Edge, Network, Node

if TYPE_CHECKING:  # pragma: no cover
    from silkgraph.analyse.kb import KnowledgeBase

ACTOR_TYPES = ("state", "organization", "armed_group", "company", "person")
DIRECTED = ("transfer", "member")
FRIENDLY = {"ally": 3, "partner": 2, "member": 2, "transfer": 1, "neutral": 0}


def build(kb: KnowledgeBase, *, since: str | None = None, until: str | None = None,
          kinds: list[str] | None = None, focus: str | None = None) -> Network:
    edges: dict[tuple[str, str, str], Edge] = {}

    def add(a: str | None, b: str | None, kind: str, fid: str) -> None:
        if not a or not b or a == b or (kinds and kind not in kinds):
            return
        key = (a, b, kind) if kind in DIRECTED else (min(a, b), max(a, b), kind)
        e = edges.setdefault(key, Edge(key[0], key[1], kind, 0))
        e.weight += 1
        e.fact_ids.append(fid)

    for f in kb.relations(limit=None):
        add(f.args.get("a"), f.args.get("b"), f.args.get("kind") or "neutral", f.id)
    for t in kb.transfers(since=since, until=until, limit=None):
        add(t.supplier, t.recipient, "transfer", t.id)
    for f in kb.memberships(limit=None):
        add(f.args.get("member"), f.args.get("organization"), "member", f.id)
    ids = {x for e in edges.values() for x in (e.a, e.b)}
    types = {r[0]: r[1] for r in kb.conn.execute("SELECT id, type FROM entities")}
    names = kb.names(sorted(ids))
    keep = {i for i in ids if types.get(i, "state") in ACTOR_TYPES}
    elist = sorted((e for e in edges.values() if e.a in keep and e.b in keep),
                   key=lambda e: (e.a, e.b, e.kind))
    if focus:
        near = {focus} | {x for e in elist if focus in (e.a, e.b) for x in (e.a, e.b)}
        elist = [e for e in elist if e.a in near and e.b in near]
        keep = near & keep
    nodes_ids = sorted({x for e in elist for x in (e.a, e.b)})
    blocs = communities(nodes_ids, elist)
    bloc_of = {n: i for i, members in enumerate(blocs) for n in members}
    pos = spring_layout(nodes_ids, elist)
    degree = Counter(x for e in elist for x in (e.a, e.b))
    nodes = [Node(n, names.get(n, n), types.get(n, "?"), round(pos[n][0], 4), round(pos[n][1], 4),
                  degree[n], bloc_of.get(n, 0)) for n in nodes_ids]
    return Network(nodes, elist, blocs)


def communities(nodes: list[str], edges: list[Edge]) -> list[list[str]]:
    """Deterministic label propagation over friendly ties; largest bloc first."""
    adj: dict[str, Counter[str]] = defaultdict(Counter)
    for e in edges:
        w = FRIENDLY.get(e.kind, 0) * e.weight
        if w:
            adj[e.a][e.b] += w
            adj[e.b][e.a] += w
    label = {n: n for n in nodes}
    for _ in range(20):
        changed = False
        for n in nodes:
            if not adj[n]:
                continue
            score: Counter[str] = Counter()
            for m, w in adj[n].items():
                score[label[m]] += w
            best = max(sorted(score), key=lambda lab: score[lab])
            if score[best] > score.get(label[n], 0) and best != label[n]:
                label[n] = best
                changed = True
        if not changed:
            break
    groups: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        groups[label[n]].append(n)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g[0]))


def spring_layout(nodes: list[str], edges: list[Edge], iterations: int = 120) -> dict[str, tuple[float, float]]:
    n = len(nodes)
    if n == 0:
        return {}
    pos = {v: [math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)]
           for i, v in enumerate(nodes)}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    # keep the O(n²) work bounded so a page stays fast on a large knowledge base
    iterations = max(8, min(iterations, 400_000 // (n * n)))
    k = math.sqrt(4.0 / n)
    temp = 0.2
    pairs = {(e.a, e.b) for e in edges} | {(e.b, e.a) for e in edges}
    for _ in range(iterations):
        disp = {v: [0.0, 0.0] for v in nodes}
        for i, u in enumerate(nodes):
            for v in nodes[i + 1 :]:
                dx, dy = pos[u][0] - pos[v][0], pos[u][1] - pos[v][1]
                d = math.hypot(dx, dy) or 1e-6
                f = k * k / d
                if (u, v) in pairs:
                    f -= d * d / k
                disp[u][0] += dx / d * f
                disp[u][1] += dy / d * f
                disp[v][0] -= dx / d * f
                disp[v][1] -= dy / d * f
        for v in nodes:
            dx, dy = disp[v]
            d = math.hypot(dx, dy) or 1e-6
            step = min(d, temp)
            pos[v][0] += dx / d * step
            pos[v][1] += dy / d * step
        temp *= 0.97
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = sum(xs) / n, sum(ys) / n
    scale = max(max(abs(x - cx) for x in xs), max(abs(y - cy) for y in ys)) or 1.0
    return {v: ((p[0] - cx) / scale, (p[1] - cy) / scale) for v, p in pos.items()}
