"""People hurt or held, counted by an unnamed home institution of a wire story ("the interior
ministry said 224 people had been detained", "police said 30 officers were hurt"): the
institution is the dateline country's, so the people counted are that state's — not the state
the article has named most (often a foreign actor reacting: "X imposed sanctions …")."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.patterns import DATELINE_RE

# an unnamed national institution that reports its own country's casualties and arrests
HOME_BODY_RE = re.compile(r"\b(?:the\s+(?:interior|health|defen[cs]e|emergencies|emergency\s+situations|home\s+affairs|"
                          r"internal\s+affairs)\s+ministry|the\s+ministry\s+of\s+(?:the\s+)?(?:interior|health|"
                          r"internal\s+affairs)|the\s+(?:national\s+)?police|police|the\s+national\s+guard|"
                          r"the\s+prosecutor(?:[’']s\s+office|-general)?)\b", re.I)
# a state (or its demonym) heading the institution: "the Georgian interior ministry" names it
NAMED_BODY_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w\-]*(?:[’']s)?\s+$")
DATELINE_BACK = 3  # the article's first sentences, where its dateline stands


def home_body_state(sv: SentenceView, ctx: ArticleContext, lo: int, pos: int) -> str | None:
    """The dateline's state when an unnamed home institution is the clause's speaker, before the
    figure at ``pos`` (from ``lo``, the clause's start)."""
    hm = None
    for m in HOME_BODY_RE.finditer(sv.text, 0, pos):
        hm = m
    if hm is None or NAMED_BODY_RE.search(sv.text, max(0, hm.start() - 30), hm.start()):
        return None  # "Kyrgyz police", "Georgia's police": the institution's state is named
    if hm.end() < lo and ";" in sv.text[hm.end():lo]:
        return None  # another clause's speaker
    return dateline_state(ctx)


def dateline_state(ctx: ArticleContext) -> str | None:
    """The state of the article's dateline place ("TBILISI, December 2 (Wire) - …")."""
    for view in ctx.sentences[:DATELINE_BACK]:
        dl = DATELINE_RE.match(view.text)
        if dl is None:
            continue
        for m in view.mentions:
            if view.rel(m.start) >= dl.end():
                break
            ent = ctx.entity(m.entity_id)
            if ent is None:
                continue
            if ent.type == "state":
                return ent.id
            if ent.type == "place" and (state := ctx.state_of(ent)) is not None:
                return state
        return None
    return None
