"""What a fact extractor sees: an article's sentences with their resolved mentions and
time expressions, and helpers that build grounded facts.

Extractors are functions ``(sentence: SentenceView, ctx: ArticleContext) -> list[Fact]``;
they never read the file again and never invent an argument: every entity in a fact
is a mention in the evidence sentence, or the fact records the inference that
supplied it in ``Fact.inferences``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from silkgraph.extract import modality as modality_mod
from silkgraph.extract.anaphor_dates import resolve_anaphors
from silkgraph.extract.wordstart import word_start
from silkgraph.knowledge import Knowledge
from silkgraph.model import Article, Entity, Fact, Mention, Sentence, Span
from silkgraph.nlp.dates import (
    TimeExpr,
    local_anchors,
    paragraph_start,
    resolve,
    sentence_dates,
)
from silkgraph.nlp.dates.cache import sentence_anaphors
from silkgraph.nlp.dates.section_clock import (
    ANALYSIS_SECTIONS,
    close_step,
    parse_year,
    stale_across_sections,
)
from silkgraph.nlp.dates.year_backdrop import year_sets_narrative
from silkgraph.nlp.prefilter import lower_for_gates

_YEAR_RE = re.compile("(" + word_start(r"19[5-9]\d", r"20[0-4]\d") + r")\b")  # begins with its first digits: the engine skips to them (see wordstart)


@dataclass
class SentenceView:
    sentence: Sentence
    text: str  # the sentence's text
    mentions: list[Mention]
    dates: list[TimeExpr]
    index: int  # position among the article's sentences
    # "the next day", "two days later", "that autumn": resolved by ``ArticleContext.date_of``
    anaphors: list[TimeExpr] = field(default_factory=list)
    # the sentence's actor-capable mentions, worked out once (``events.participants``)
    parts: tuple[Any, ...] | None = field(default=None, repr=False, compare=False)
    # ``mentions_rel``, worked out once
    _rel: list[tuple[int, int, Mention]] | None = field(default=None, repr=False, compare=False)

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    @property
    def section(self) -> str:
        return self.sentence.section

    @cached_property
    def low(self) -> str | None:
        """The lower-cased text for pre-checks (see ``prefilter.lower_for_gates``)."""
        return lower_for_gates(self.text)

    def rel(self, pos: int) -> int:
        """A source offset as an offset into ``text``."""
        return pos - self.sentence.start

    def abs(self, pos: int) -> int:
        return pos + self.sentence.start

    def mentions_rel(self) -> list[tuple[int, int, Mention]]:
        """Each mention with its start and end as offsets into ``text`` (shared: not to be
        modified)."""
        if self._rel is None:
            base = self.sentence.start
            self._rel = [(m.start - base, m.end - base, m) for m in self.mentions]
        return self._rel


@dataclass
class ArticleContext:
    text: str  # the whole source text
    article: Article
    kb: Knowledge
    entities: dict[str, Entity]
    sentences: list[SentenceView] = field(default_factory=list)
    ref_date: str | None = None
    context_years: list[int] = field(default_factory=list)
    # year of the narrative's preceding dated reference (``local_anchors(discourse=True)``), per expression
    anchors: dict[int, int] = field(default_factory=dict)
    # anaphoric expressions ("the next day") resolved against the date told just before
    anaphor_dates: dict[int, tuple[str | None, str]] = field(default_factory=dict)
    # per-article working state of the extractors (e.g. facts seen so far), by name
    scratch: dict[str, Any] = field(default_factory=dict)
    # ``etype`` answers, by entity id (an id's entity does not change: ``use_entity`` only
    # copies the knowledge base's own)
    _etypes: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    # ``state_weights`` running counts, by ``keep``: (sentences counted, counts)
    _weights: dict[Any, tuple[int, dict[str, float]]] = field(default_factory=dict, repr=False, compare=False)
    # the sentences' starts, for ``sentences_over`` (sentences are only ever appended)
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def sentences_over(self, spans: Iterable[Span]) -> Iterator[SentenceView]:
        """The sentences each span overlaps, span by span (a span's sentences in order)."""
        starts = self._starts
        if len(starts) != len(self.sentences):
            starts = self._starts = [sv.start for sv in self.sentences]
        for sp in spans:
            i = max(0, bisect_right(starts, sp.start) - 1)
            while i < len(self.sentences) and self.sentences[i].start < sp.end:
                yield self.sentences[i]
                i += 1

    # -- entities ----------------------------------------------------------------
    def etype(self, eid: str) -> str:
        t = self._etypes.get(eid)
        if t is None:
            e = self.entities.get(eid) or self.kb.get(eid)
            t = self._etypes[eid] = e.type if e else eid.split(":", 1)[0]
        return t

    def entity(self, eid: str) -> Entity | None:
        return self.entities.get(eid) or self.kb.get(eid)

    def state_of(self, ent: Entity | None) -> str | None:
        """The id of ``ent``'s country ("state:IRN") when that state is a known entity."""
        if ent is None or not ent.country:
            return None
        sid = f"state:{ent.country}"
        return sid if self.entity(sid) is not None else None

    def use_entity(self, eid: str) -> None:
        """Make sure an inferred entity is stored with the facts that name it."""
        if eid not in self.entities:
            e = self.kb.get(eid)
            if e is not None:
                self.entities[eid] = e

    def mentions_of(self, sv: SentenceView, *types: str) -> list[Mention]:
        return [m for m in sv.mentions if not types or self.etype(m.entity_id) in types]

    def actor_mentions(self, sv: SentenceView) -> list[Mention]:
        """Mentions that can act: states (not used as places), organisations, groups, firms."""
        out = []
        for m in sv.mentions:
            if m.role == "place":
                continue
            if self.etype(m.entity_id) in ("state", "organization", "armed_group", "company", "person"):
                out.append(m)
        return out

    def recent_states(self, sv: SentenceView, n: int = 2, back: int = 2) -> list[str]:
        """The last ``n`` distinct states named up to this sentence (for "the two countries")."""
        seen: list[str] = []
        for view in reversed(self.sentences[max(0, sv.index - back): sv.index + 1]):
            for m in reversed(view.mentions):
                if self.etype(m.entity_id) == "state" and m.entity_id not in seen:
                    seen.append(m.entity_id)
        return seen[:n] if len(seen) >= n else []

    def mentions_before(self, sv: SentenceView, pos: int, back: int) -> Iterator[Mention]:
        """The mentions named before ``pos`` (relative to ``sv``) in this sentence, then in up to
        ``back`` sentences before it within its section, nearest first (for "the bank", "he",
        "the line": what a definite noun or pronoun may stand for)."""
        for i in range(sv.index, max(-1, sv.index - 1 - back), -1):
            view = self.sentences[i]
            if i != sv.index and view.section != sv.section:
                return
            for m in reversed(view.mentions):
                if i != sv.index or sv.rel(m.start) < pos:
                    yield m

    def main_state(self, sv: SentenceView) -> str | None:
        """The state the article is about so far: the one named most often before this
        sentence, the headline and lead counting double and a demonym ("Russian-led") half; of
        states named equally often, the one named first."""
        counts = self.state_weights(sv)
        if not counts:
            return None
        return max(counts, key=lambda k: counts[k])  # dict order: first named wins a tie

    def state_weights(self, sv: SentenceView,
                      keep: Callable[[SentenceView, Mention], bool] | None = None) -> dict[str, float]:
        """How much each state is named before this sentence (in the order first named): the
        headline and lead count double and a demonym ("Russian-led") half; only the mentions
        ``keep`` accepts, when given (a function of its arguments only).

        The extractors ask sentence after sentence, so the counts are kept per ``keep`` and
        extended by the sentences since the last question (the same sums, added in the same
        order) instead of counted again from the first sentence every time."""
        done, counts = self._weights.get(keep, (0, {}))
        if sv.index < done:  # an earlier sentence: count from the start
            done, counts = 0, {}
        for view in self.sentences[done:sv.index]:
            lead = 2.0 if view.index <= 1 else 1.0
            for m in view.mentions:
                if self.etype(m.entity_id) == "state" and (keep is None or keep(view, m)):
                    counts[m.entity_id] = counts.get(m.entity_id, 0) + lead * (0.5 if m.kind == "demonym" else 1.0)
        self._weights[keep] = (sv.index, counts)
        return dict(counts)

    # -- time -----------------------------------------------------------------------
    def date_of(self, expr: TimeExpr) -> tuple[str | None, str]:
        if expr.kind == "anaphoric":
            return self.anaphor_dates.get(id(expr), (None, f"no date told before '{expr.text}'"))
        return resolve(expr, self.ref_date, self.context_years, self.anchors.get(id(expr)))

    def sentence_date(self, sv: SentenceView, near: int | None = None) -> tuple[str | None, str | None, str]:
        """The sentence's date nearest to ``near`` (a source offset): (iso, date_text, basis)."""
        best: tuple[int, TimeExpr] | None = None
        for d in sv.dates:
            if d.kind in ("range", "decade"):
                continue
            dist = abs((near if near is not None else sv.start) - d.start)
            if best is None or dist < best[0]:
                best = (dist, d)
        if best is None:
            return None, None, ""
        iso, basis = self.date_of(best[1])
        return iso, best[1].text, basis

    # -- facts ----------------------------------------------------------------------
    def fact(self, ftype: str, sv: SentenceView, args: dict, trigger: int | None = None, *,
             modality: str | None = None, inferences: dict[str, str] | None = None,
             ignore_modality: frozenset[str] = frozenset(), confidence: float = 1.0) -> Fact:
        rel = sv.rel(trigger) if trigger is not None else None
        mod = modality or modality_mod.classify(sv.text, rel, ignore_modality)
        return Fact(
            type=ftype,
            args={k: v for k, v in args.items() if v is not None and v != []},
            evidence=[Span(sv.start, sv.end)],
            section=sv.section,
            modality=mod,
            inferences=dict(inferences or {}),
            attribution=modality_mod.attribution(sv.text, rel) if mod in ("reported", "claimed", "alleged") else None,
            confidence=confidence,
        )


def build_context(text: str, article: Article, sentences: list[Sentence], kb: Knowledge,
                  mentions: list[Mention], entities: dict[str, Entity]) -> ArticleContext:
    ctx = ArticleContext(text, article, kb, entities, ref_date=article.reference_date())
    years: set[int] = set()
    mi = 0
    ms = sorted(mentions, key=lambda m: m.start)
    for i, s in enumerate(sentences):
        st = text[s.start:s.end]
        while mi < len(ms) and ms[mi].start < s.start:
            mi += 1
        j = mi
        sm = []
        while j < len(ms) and ms[j].start < s.end:
            sm.append(ms[j])
            j += 1
        dates = sentence_dates(st, s.start)
        anaphors = sentence_anaphors(st, s.start)
        if anaphors:  # "the previous year": told of the narrative's date, not of the present
            dates = [d for d in dates if d.kind != "relative" or
                     not any(a.start <= d.start and d.end <= a.end for a in anaphors)]
        if s.section not in ("author_bio", "boilerplate", "caption"):
            years.update(int(y) for y in _YEAR_RE.findall(st))
        ctx.sentences.append(SentenceView(s, st, sm, dates, i, anaphors))
    ctx.context_years = sorted(years)
    all_dates = [d for sv in ctx.sentences for d in sv.dates]
    sections = {d.start: sv.section for sv in ctx.sentences for d in sv.dates}
    bounds = [(sv.start, sv.sentence.end) for sv in ctx.sentences]
    for expr, anchor in zip(all_dates, local_anchors(text, all_dates, lo=article.start, discourse=True), strict=True):
        if anchor is not None and anchor.year is not None:
            if not year_sets_narrative(text, bounds, all_dates, anchor, expr):
                continue  # "… a contract signed in 2018. After the ceasefire, Modi said on May 12": this year's
            if sections[expr.start] in ANALYSIS_SECTIONS and stale_across_sections(
                    expr, anchor.year, sections[expr.start], sections.get(anchor.start),
                    parse_year(resolve(expr, ctx.ref_date, ctx.context_years)[0]),
                    paragraph_start(text, expr.start, article.start) > anchor.start
                    and not close_step(anchor, expr)):
                continue  # "BACKGROUND: … in September 2018. IMPLICATIONS: Xi's visit on October 12": this year's
            ctx.anchors[id(expr)] = anchor.year
    resolve_anaphors(ctx)
    return ctx
