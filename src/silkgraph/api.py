"""The public Python API of silkgraph's analyst workbench.

    >>> import silkgraph.api as sg
    >>> kb = sg.open("silkgraph.db")
    >>> kb.transfers(recipient="Azerbaijan")
    >>> kb.dossier("Uzbekistan").transfers_in
    >>> kb.events(actor="India", since="2025-05", until="2025-05")
    >>> kb.search("JF-17 NEAR/5 Azerbaijan")
"""

from __future__ import annotations

from silkgraph.analyse.kb import KnowledgeBase, open
from silkgraph.analyse.records import (
    ArticleSummary,
    ArticleView,
    CoMention,
    Dossier,
    Edge,
    EntityRecord,
    Event,
    Evidence,
    FactRecord,
    MentionRecord,
    Network,
    Node,
    SearchHit,
    SentenceRecord,
    TimelineItem,
    Transfer,
)
from silkgraph.analyse.resolve import UnknownName, norm

__all__ = [
    "ArticleSummary", "ArticleView", "CoMention", "Dossier", "Edge", "EntityRecord", "Event",
    "Evidence", "FactRecord", "KnowledgeBase", "MentionRecord", "Network", "Node", "SearchHit",
    "SentenceRecord", "TimelineItem", "Transfer", "UnknownName", "norm", "open",
]
