"""People hurt or held, counted by an unnamed home institution of a wire story ("the interior
ministry said 224 people had been detained", "police said 30 officers were hurt", "… were
evacuated, the emergency ministry said"): the
institution is the dateline country's, so the people counted are that state's — not the state
the article has named most (often a foreign actor reacting: "X imposed sanctions …").  A foreign
bureau's dateline ("LONDON, … – Iran executed two men … the health ministry said …") is no scene:
the dateline's state counts only when the article is mainly about it or when the figure's paragraph
or the lead names it (or a place of it) again."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.discourse import paragraph_first
from silkgraph.extract.events.patterns import DATELINE_RE
from silkgraph.resources import load_yaml

# an unnamed national institution that reports its own country's casualties and arrests
HOME_BODY_RE = re.compile(r"\b(?:the\s+(?:interior|health|defen[cs]e|emergencies|emergency|emergency\s+situations|home\s+affairs|"
                          r"internal\s+affairs)\s+ministry|the\s+ministry\s+of\s+(?:the\s+)?(?:interior|health|"
                          r"internal\s+affairs)|the\s+(?:national\s+)?police|police|the\s+national\s+guard|"
                          r"the\s+prosecutor(?:[’']s\s+office|-general)?)\b", re.I)
# a state (or its demonym) heading the institution: "the Georgian interior ministry" names it
NAMED_BODY_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w\-]*(?:[’']s)?\s+$")
# the institution told as the speaker after the figure: "…, the emergency ministry said on Monday" (the
# verbs of reporting of schedule.yaml and the verbs of speech of events.yaml: "said", "says", "announced")
_REPORTING = sorted(load_yaml("ontology/schedule.yaml")["reporting_verbs"], key=len, reverse=True)
SPEAKER_AFTER_RE = re.compile(r"\s+(?:" + "|".join(map(re.escape, _REPORTING)) + "|"
                              + load_yaml("ontology/events.yaml")["speech_verbs"] + r")\b")
DATELINE_BACK = 3  # the article's first sentences, where its dateline stands


def home_body_state(sv: SentenceView, ctx: ArticleContext, lo: int, pos: int) -> str | None:
    """The dateline's state when an unnamed home institution is the clause's speaker, before the
    figure at ``pos`` (from ``lo``, the clause's start)."""
    hm = None
    for m in HOME_BODY_RE.finditer(sv.text, 0, pos):
        hm = m
    if hm is None:  # "… were evacuated, the emergency ministry said": the speaker written after the figure
        hm = next((m for m in HOME_BODY_RE.finditer(sv.text, pos) if SPEAKER_AFTER_RE.match(sv.text, m.end())), None)
    if hm is None or NAMED_BODY_RE.search(sv.text, max(0, hm.start() - 30), hm.start()):
        return None  # "Kyrgyz police", "Georgia's police": the institution's state is named
    if hm.end() < lo and ";" in sv.text[hm.end():lo]:
        return None  # another clause's speaker
    found = dateline_state(ctx)
    if found is None:
        return None
    state, view, dl_end = found
    if state == ctx.main_state(sv) or _named_again(sv, ctx, state, view, dl_end):
        return state
    return None  # a foreign bureau's dateline: the article's main state decides


def _state_named(ctx: ArticleContext, eid: str) -> str | None:
    """The state a mention names: a state (or its demonym), or the state of a place."""
    ent = ctx.entity(eid)
    if ent is None:
        return None
    if ent.type == "state":
        return ent.id
    return ctx.state_of(ent) if ent.type == "place" else None


def _named_again(sv: SentenceView, ctx: ArticleContext, state: str, dl_view: SentenceView, dl_end: int) -> bool:
    """``state`` is named, outside the dateline, in the paragraph of ``sv`` (up to ``sv``) or in
    the dateline's sentence (the lead)."""
    first = paragraph_first(ctx, sv)
    views = ctx.sentences[first:sv.index + 1]
    if not first <= dl_view.index <= sv.index:
        views.append(dl_view)
    return any(_state_named(ctx, m.entity_id) == state
               for view in views for m in view.mentions
               if view.index != dl_view.index or view.rel(m.start) >= dl_end)


def in_dateline(ctx: ArticleContext, view: SentenceView, pos: int) -> bool:
    """``pos`` (relative to ``view``) lies in the article's dateline ("LONDON, 3 December (Wire) –")."""
    dl = _dateline(ctx)
    return dl is not None and dl[0] == view.index and pos < dl[1]


def _dateline(ctx: ArticleContext) -> tuple[int, int] | None:
    """The index of the sentence that opens with the article's dateline and the dateline's end
    in it (found once per article)."""
    if "statistics.dateline" not in ctx.scratch:
        found = None
        for view in ctx.sentences[:DATELINE_BACK]:
            if (dl := DATELINE_RE.match(view.text)) is not None:
                found = (view.index, dl.end())
                break
        ctx.scratch["statistics.dateline"] = found
    got: tuple[int, int] | None = ctx.scratch["statistics.dateline"]
    return got


def dateline_state(ctx: ArticleContext) -> tuple[str, SentenceView, int] | None:
    """The state of the article's dateline place ("TBILISI, December 2 (Wire) - …"), with the
    dateline's sentence and the end of the dateline in it."""
    dl = _dateline(ctx)
    if dl is None:
        return None
    view = ctx.sentences[dl[0]]
    for m in view.mentions:
        if view.rel(m.start) >= dl[1]:
            break
        if (state := _state_named(ctx, m.entity_id)) is not None:
            return state, view, dl[1]
    return None
