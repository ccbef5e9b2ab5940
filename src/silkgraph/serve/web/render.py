"""Turning records into safe template input: article segments, highlights, the Jinja env.

Nothing here builds HTML from text: it cuts text into segments and the templates print
each one through Jinja2's autoescape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape

from silkgraph.analyse.records import ArticleView
from silkgraph.store.queries import HL_CLOSE, HL_OPEN

HERE = Path(__file__).parent


@dataclass
class Segment:
    text: str
    entity_id: str | None = None
    entity_type: str | None = None
    entity_name: str | None = None
    facts: list[str] = field(default_factory=list)


def article_segments(view: ArticleView) -> list[Segment]:
    """Cut the article text at every mention and evidence boundary (offsets into the source)."""
    base, n = view.offset, len(view.text)
    cuts = {0, n}
    spans: list[tuple[int, int, str]] = []  # evidence spans relative to the article
    for f in view.facts:
        for e in f.evidence:
            s, t = max(0, e.start - base), min(n, e.end - base)
            if s < t:
                spans.append((s, t, f.id))
                cuts |= {s, t}
    mentions = []
    for m in view.mentions:
        s, t = max(0, m.start - base), min(n, m.end - base)
        if s < t:
            mentions.append((s, t, m))
            cuts |= {s, t}
    points = sorted(cuts)
    out: list[Segment] = []
    for s, t in zip(points, points[1:], strict=False):
        seg = Segment(view.text[s:t])
        seg.facts = [fid for a, b, fid in spans if a <= s and t <= b]
        m = next((m for a, b, m in mentions if a <= s and t <= b), None)
        if m is not None:
            seg.entity_id, seg.entity_type, seg.entity_name = m.entity_id, m.entity_type, m.entity_name
        out.append(seg)
    return out


def highlight_parts(highlighted: str) -> list[tuple[str, bool]]:
    """Split FTS5 ``highlight()`` output into (text, is_hit) parts."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(highlighted.split(HL_OPEN)):
        if i == 0:
            parts.append((chunk, False))
            continue
        hit, _, rest = chunk.partition(HL_CLOSE)
        parts += [(hit, True), (rest, False)]
    return [p for p in parts if p[0]]


def entity_url(entity_id: str) -> str:
    return "/entity/" + quote(entity_id, safe=":")


def make_env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["entity_url"] = entity_url
    env.filters["q"] = lambda v: quote(str(v), safe="")
    return env
