"""The dated references an article's running text holds, for the publication-date estimate
of :mod:`silkgraph.segment.published` (its module doc gives the rules).

Reads each running section's sentences (captions, author bios and boilerplate skipped) and
sorts their dates: deadlines ("by 2030"), decades, names, term ends, plan periods and spans
run "to" a date are dropped; dates told ahead (a future or plan marker, a schedule verb) and
dates neither past nor ahead (a schedule told in the past, a future told from a past report)
are set apart; the rest become :class:`Ref`, each with the local anchor a year-less date or
an anaphoric span ("two years later") leans on, the release date of period figures cited
from a known publisher, and the time a span after a date reaches ("a year after ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from silkgraph.model import Section
from silkgraph.nlp.count_words import count_values
from silkgraph.nlp.dates import (
    TimeExpr,
    fiscal_year,
    in_name,
    local_anchors,
    sentence_dates,
    term_end,
)
from silkgraph.nlp.sentences import split_text
from silkgraph.resources import load_yaml
from silkgraph.segment.elapsed import elapsed_bound
from silkgraph.segment.published_asides import skip_aside_years
from silkgraph.segment.reached_deadline import reached_deadline
from silkgraph.segment.schedule import (
    committed_year,
    deadline_role,
    future_marked,
    looks_ahead,
    open_ended,
    past_schedule,
    past_told,
    plan_period,
    reported_future,
)

__all__ = ["Ref", "collect_refs"]

_SKIP_SECTIONS = {"caption", "author_bio", "boilerplate"}
_DEADLINE_PREPS = {"by", "until", "till", "before", "through"}
_CLAUSE_SPLIT = re.compile(r"[;,—–]\s*")


def _load_releases() -> tuple[dict[str, int], re.Pattern[str]]:
    """Publishers of period data and their release month (resources/ontology/releases.yaml)."""
    months: dict[str, int] = {}
    for pub in load_yaml("ontology/releases.yaml")["publishers"]:
        for name in pub["names"]:
            months[name.lower()] = int(pub["release_month"])
    names = sorted(months, key=len, reverse=True)
    pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in names), re.I)
    return months, pattern


_RELEASE_MONTH, _RELEASES = _load_releases()


@dataclass
class Ref:
    expr: TimeExpr
    section: str
    anchor: TimeExpr | None = None  # the local dated reference a year-less date leans on
    released: date | None = None  # a data period's figures are public from this date on
    elapsed: tuple[date, str] | None = None  # "a year after the clashes of 7 October 2023"


# a date a span runs "to" ("extended its mandate for two more years, to February 2027",
# "postponed to 14 April"): the end of a term, which may lie ahead; not one a "from" or
# "between" opened in its clause (a span told: "from May to July 2024"), nor a look back
# ("dating back to March 2019", "compared to May 2023")
_TO_DATE = re.compile(r"(?:^|[^\w’'])([\w’']+)?[\s,]*\bto\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?$", re.I)
_TO_LOOK_BACK = frozenset({"back", "date", "dates", "dated", "dating", "traced", "compared", "relative",
                           "similar", "comparable", "equivalent", "contrast", "prior", "due"})
_SPAN_OPEN = re.compile(r"\b(?:from|between)\b", re.I)


def _to_end(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` is the end point of a span written "to <date>" (see ``_TO_DATE``)."""
    if te.prep is not None or te.kind != "absolute" or te.month is None:
        return False  # year-only ends are term_end's
    a = max(0, te.start - 60)
    m = _TO_DATE.search(text, a, te.start)
    if m is None or (m.group(1) or "").lower() in _TO_LOOK_BACK:
        return False
    return _SPAN_OPEN.search(text, a, m.start() + 1) is None


def _intro(before: str) -> bool:
    """Whether ``before`` (what stands before a date in its comma-delimited part) lets the date
    introduce the next part: a word at most ("In 2026, …", "Earlier, in May, …"), not a
    participle ("The deal, signed on 5 May 2024, will …": the date is the signing's)."""
    words = before.split()
    return len(words) <= 1 and not (words and past_told(words[0].lower()))


def _clause(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int]:
    """The span of the comma/semicolon-delimited part of the sentence holding ``pos``; a
    short introductory part ("In 2026, …") extends to the part after it."""
    a, b = sent
    s = text[a:b]
    rel = pos - a
    cuts = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(s)] + [len(s)]
    for k, (x, y) in enumerate(zip(cuts, cuts[1:], strict=False)):
        if x <= rel < y:
            # an introductory date ("In 2026, …") belongs to the clause after it; a date
            # ending a short main clause ("It arrived in May 2025, and …") does not
            if y - x < 40 and rel - x < 12 and k + 2 < len(cuts) and _intro(s[x:rel]):
                return a + x, a + cuts[k + 2]
            return a + x, a + y
    return a, b


# spans counted from an anchor year: "over the subsequent four years", "two years later",
# "a year on", "the following year" (not "in the next year": a span ahead)
_WORD_NUM = {"a": 1} | count_values(1, 12)  # "a year later", "one" … "twelve"
_NUM = r"(?P<n>\d{1,2}|" + "|".join(_WORD_NUM) + ")"
_AFTER_YEARS = re.compile(
    r"\b(?:(?:over|during|in|within|for)\s+)?the\s+(?:subsequent|following|ensuing)\s+"
    + _NUM
    + r"\s+years\b|\b"
    + _NUM.replace("?P<n>", "?P<n2>")
    + r"\s+years?\s+(?:later|afterwards|after\s+that|on(?=\s*[,.;:]))\b"
    r"|(?<!\bin )(?<!\bover )(?<!\bwithin )(?<!\bfor )(?<!\bduring )(?<!\bthroughout )"
    r"\bthe\s+(?:next|following|subsequent)\s+year\b(?!['’]s)(?!\s+(?:of|after)\b)",
)  # matched against lower-cased text
_AFTER_YEARS_I = re.compile(_AFTER_YEARS.pattern, re.I)
_ANCHOR_PREPS_SKIP = _DEADLINE_PREPS | {"since"}


def _years_after(te: TimeExpr, k: int) -> TimeExpr:
    return TimeExpr(te.start, te.end, te.text, None, None, None, "relative", unit="years-after", offset=k)


def _after_years(seg: str, offset: int) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    low = seg.lower()
    same = len(low) == len(seg)
    pat, s = (_AFTER_YEARS, low) if same else (_AFTER_YEARS_I, seg)
    # the pattern is tried only around each "year" (the word every match holds)
    i = low.find("year")
    done = 0
    while i >= 0:
        for m in pat.finditer(s, max(done, i - 40), i + 30):
            n = (m.group("n") or m.group("n2") or "1").lower()
            k = int(n) if n.isdigit() else _WORD_NUM[n]
            te = TimeExpr(m.start() + offset, m.end() + offset, m.group(0), None, None, None, "relative")
            out.append(_years_after(te, k))
            done = m.end()
        i = low.find("year", i + 4)
    return out


def _sentence_anchor(te: TimeExpr, kept: list[TimeExpr], sent: tuple[int, int]) -> TimeExpr | None:
    """The year written before a span counted from it in the same sentence ("created in 2016
    and dissolved three years later"): it wins over the passage's anchors."""
    best = None
    for t in kept:
        if t.start >= te.start:
            break
        if (t.start >= sent[0] and t.kind == "absolute" and t.year is not None
                and t.prep not in _ANCHOR_PREPS_SKIP):
            best = t
    return best


def collect_refs(text: str, sections: list[Section], ahead: list[TimeExpr] | None = None,
             told: list[TimeExpr] | None = None) -> list[Ref]:
    """The dated references of the running sections (see module doc); the dates written with
    their year that are told ahead (a future or plan marker, a schedule verb) go to ``ahead``,
    and those neither past nor ahead of the writing (a schedule told in the past, a future told
    from a past report) to ``told``."""
    pending: list[tuple[TimeExpr, str, list[tuple[int, int]], TimeExpr | None]] = []
    elapsed: dict[int, tuple[date, str]] = {}  # by a date's start: the time a span after it reaches
    for sec in sections:
        if sec.kind in _SKIP_SECTIONS:
            continue
        seg = text[sec.start : sec.end]
        # the dates of each sentence (one scan, shared with extraction's context)
        sents = split_text(text, sec.start, sec.end)
        starts = [a for a, _b in sents]
        found = [te for a, b in sents for te in sentence_dates(text[a:b], a)]
        found += _after_years(seg, sec.start)
        if not found:
            continue
        found.sort(key=lambda t: t.start)
        kept: list[TimeExpr] = []
        sent_of: list[tuple[int, int]] = []
        for te in found:
            if te.kind == "decade" or open_ended(text, te.start):
                continue
            if te.prep in _DEADLINE_PREPS and not _reached(text, te, sents, starts, sec):
                continue  # a target or a term's end, unless told as reached
            if te.kind == "relative" and te.unit == "year" and text[max(0, te.start - 4) : te.start].lower() == "the ":
                continue  # "the next year", "the previous year": anaphoric (_after_years)
            if in_name(text, te) or term_end(text, te) or plan_period(text, te) or _to_end(text, te):
                continue
            k = bisect_right(starts, te.start) - 1  # the sentence holding the date, if any
            sent = sents[k] if k >= 0 and te.start < sents[k][1] else (sec.start, sec.end)
            ca, cb = _clause(text, sent, te.start)
            low = text[ca:cb].lower()
            if deadline_role(text, te, sent):  # "set 2014 as the deadline": before or after the writing
                continue
            if past_schedule(low, te.start - ca):  # "were scheduled for 20 June": before or after the writing
                if told is not None and te.kind == "absolute" and te.year:
                    told.append(te)
                continue
            if (te.kind == "absolute" and te.year and not te.month
                    and committed_year(text[sent[0] : sent[1]].lower(), te.start - sent[0], te.end - sent[0])):
                # "undertook to leave by 2001 and to negotiate during 2000": ahead of the commitment
                if told is not None:
                    told.append(te)
                continue
            if future_marked(low, te.start - ca, te.end - ca) or looks_ahead(text, te, ca, sent):
                if te.kind == "absolute" and te.year:
                    # "said talks would resume on 1 July": ahead of the report, no ceiling of the writing
                    if reported_future(low, te.start - ca):
                        if told is not None:
                            told.append(te)
                    elif ahead is not None:
                        ahead.append(te)
                continue
            kept.append(te)
            sent_of.append(sent)
            if te.kind == "absolute" and te.year:
                eb = elapsed_bound(text, te, sent[0])
                if eb is not None:
                    elapsed[te.start] = eb
        # anaphoric spans ("over the subsequent four years", "two years later") may reach
        # back into the previous paragraph of their section (only they use this anchor),
        # but a year written before the span in its own sentence wins ("created in 2016
        # and dissolved three years later")
        back: list[TimeExpr | None] = [
            _sentence_anchor(te, kept, sent_of[i]) if te.unit == "years-after" else None
            for i, te in enumerate(kept)
        ]
        if any(te.unit == "years-after" and a is None for te, a in zip(kept, back, strict=True)):
            passage = local_anchors(text, kept, sec.start, paragraphs=2)
            back = [a or p for a, p in zip(back, passage, strict=True)]
        pending.extend((te, sec.kind, sents, a2) for te, a2 in zip(kept, back, strict=True))
    # a year-less date takes the year of the narrative's preceding dated reference, in its
    # paragraph or (a point of the narrative shortly before it) across paragraph and
    # section breaks ("since 2020", "by 2030" and bare attributive years do not lend theirs);
    # only a day or month without its year (not a bare month name) uses that anchor
    kept = [p[0] for p in pending]
    if any(_leans_on_anchor(te) for te in kept):
        lo = sections[0].start if sections else 0
        near = skip_aside_years(text, kept, local_anchors(text, kept, lo, discourse=True), lo)
    else:
        near = [None] * len(kept)
    refs: list[Ref] = []
    for (te, kind, sents, a2), a1 in zip(pending, near, strict=True):
        ref = Ref(te, kind, a2 if te.unit == "years-after" else a1, elapsed=elapsed.get(te.start))
        if te.kind == "range" and te.end_year and not fiscal_year(te):
            ref.released = _release(text, sents, te)
        refs.append(ref)
    return refs


def _reached(text: str, te: TimeExpr, sents: list[tuple[int, int]], starts: list[int], sec: Section) -> bool:
    """Whether a date after a deadline preposition is told as reached (:mod:`.reached_deadline`)."""
    if te.kind != "absolute" or not te.year:
        return False
    k = bisect_right(starts, te.start) - 1
    sent = sents[k] if k >= 0 and te.start < sents[k][1] else (sec.start, sec.end)
    return reached_deadline(text, te, _clause(text, sent, te.start), sent)


def _leans_on_anchor(te: TimeExpr) -> bool:
    """A year-less date whose year :func:`~silkgraph.segment.published.estimate_published` takes from its anchor."""
    return te.kind == "partial" and te.month is not None and te.unit != "month-name"


def _release(text: str, sents: list[tuple[int, int]], te: TimeExpr) -> date | None:
    """When figures for a period ("in 2020–2024"), cited from a publisher whose release
    calendar is known (in its sentence or the one before), became public."""
    i = next((k for k, (a, b) in enumerate(sents) if a <= te.start < b), None)
    if i is None or te.end_year is None:
        return None
    around = text[sents[max(0, i - 1)][0] : sents[i][1]]
    for m in _RELEASES.finditer(around):
        month = _RELEASE_MONTH.get(m.group(0).lower())
        if month:
            return date(te.end_year + 1, month, 1)
    return None
