"""Dating an event with no date of its own: the sentence's other dates, the date told before it,
the episode's or the paragraph's time (split from :mod:`silkgraph.extract.events.dates`)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import ArticleState, article_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.date_conjunct import later_development, only_later_dates
from silkgraph.extract.events.date_scope import names_a_noun
from silkgraph.extract.events.news import NOT_NARRATIVE_RE, _news_lead_date, news_reaction_date
from silkgraph.extract.events.outcome import meeting_outcome_date
from silkgraph.extract.events.patterns import CONTINUATION_RE, DOMESTIC_RE, RECENT_RE
from silkgraph.extract.events.timeline import _narrative_base, _paragraph_time, narrative_date
from silkgraph.extract.events.triggers import _find_triggers
from silkgraph.extract.events.wire_news_day import wire_news_date
from silkgraph.nlp.dates import paragraph_start
from silkgraph.nlp.dates.narrative import (
    BACKGROUND_BEFORE_RE,
    not_a_point,
    pluperfect_complement,
    told_as_background,
)
from silkgraph.nlp.prefilter import gate_of

# an incident, and the reactions a narrative tells right after it without a new date
EPISODE_INCIDENTS = frozenset({"attack", "coercion", "mobilization"})
EPISODE_REACTIONS = frozenset({"accusation", "rejection", "ceasefire", "retreat", "threat", "demand",
                               "protest", "coercion", "sanction", "mobilization"})


# "the 1994 border treaty", "its 2020 offensive": a date premodifying a noun
DET_BEFORE_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.I)


def span_gap(a: int, b: int, s: int, e: int) -> int:
    return s - b if b <= s else (a - e if a >= e else 0)


def fallback_date(sv: SentenceView, ctx: ArticleContext,
                   c: Cand | None = None) -> tuple[str | None, str | None, str]:
    st = article_state(ctx)
    prev = st.dates.get(sv.index - 1)
    last = st.last_dates.get(sv.index - 1)
    lead = _leading_anaphor(sv, ctx)
    if lead[0] and not (c is not None and c.trig.kind == "noun" and pluperfect_complement(sv.text, c.start)):
        return lead  # "Two days later, …", "The same month …": the opening anaphor dates the sentence
    cm = CONTINUATION_RE.match(sv.text)
    if cm:  # "In response": to the main event told; "Days later": after the last one told
        base = last if SUCCESSION_RE.match(cm.group(0)) else prev
        if base:
            return base[0], base[1], "carried over from the previous sentence"
    if c is not None:
        got = meeting_outcome_date(sv, ctx, c)
        if got[0]:  # "X met Y on Thursday. The two agreed to …": the meeting's outcome
            return got
    rm = gate_of(RECENT_RE).first(sv.text, sv.low)  # (``RECENT_RE.search(sv.text)``, pre-checked)
    if rm and ctx.ref_date:
        return ctx.ref_date[:4], rm.group(0), f"'{rm.group(0)}': the publication year"
    if c is not None and c.definite and not (c.trig.etype == "meeting" and DURING_RE.search(sv.text, 0, c.start)):
        return None, None, ""  # "the war in X": a known state of affairs, not a new turn of the episode
    if c is not None:
        got = _in_sentence_date(sv, ctx, c)
        if got[0]:
            return got
        got = _told_before_date(sv, ctx, c, st)
        if got[0]:
            return got
        got = _news_lead_date(sv, ctx, st, c)
        if got[0]:
            return got
    got = _episode_date(sv, ctx, prev, c)
    if got[0] or c is None:
        return got
    got = news_reaction_date(sv, ctx, c)
    if got[0]:
        return got
    got = _paragraph_time(sv, ctx, c)
    if got[0]:
        return got
    return wire_news_date(sv, ctx, c)


# "concluded during Putin's visit", "signed at the summit": a meeting that frames the sentence's act
DURING_RE = re.compile(r"\b(?:during|at)\s+(?:[\w’'.\-]+\s+){0,5}$", re.I)
SUCCESSION_RE = re.compile(r"^(?:Days|Shortly)\b")
OFFSET_WORD_RE = re.compile(r"\b(?:later|earlier|afterwards|before|previously|after|ago)\b", re.I)
FOLLOWED_RE = re.compile(r"\b(?:followed|ensued)\b")
FRONTED_BEFORE_RE = re.compile(r"^(?:(?:At|During|Around)\s+)?(?:(?:its|their|the|his|her|a|an)\s+)?$")
WHEN_FRAME_RE = re.compile(r"(?:When|While|As|During)\b")
COORD_GAP_RE = re.compile(r",\s+and\b|\band,\s")
# "asked X to do it, and X did so on May 1": the date is the later answer's, not the request's
STRONG_GAP_RE = re.compile(r"[;—:]|\b(?:whereas|although|though|because|while|when|since|if|but|"
                           r"did so|followed suit|did likewise|did the same)\b", re.I)


# a reply in the clause after a semicolon: "...; New Delhi rejected" (not the pluperfect, not "did so")
REPLY_GAP_RE = re.compile(r"[^;]*;\s+(?:[\w\-’'.]+\s+){1,6}?(?:(?:also|then|in turn|promptly|swiftly)\s+)?")


def point_dates(sv: SentenceView, ctx: ArticleContext, narrative: bool = False,
                 trig_end: int | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, iso, text) of the sentence's written point dates, relative offsets
    (``narrative``: not those told as background, :func:`told_as_background`, nor a year
    postmodifying another noun than the trigger ending at ``trig_end``, :func:`names_a_noun`)."""
    out = []
    for d in sorted(sv.dates + sv.anaphors, key=lambda t: t.start):
        if not_a_point(d):
            continue
        if narrative and told_as_background(ctx.text, d):
            continue
        if trig_end is not None and names_a_noun(sv.text, d, sv.rel(d.start), trig_end):
            continue
        iso, _basis = narrative_date(ctx, sv, d)
        if iso and "/" not in iso:
            out.append((sv.rel(d.start), sv.rel(d.end), iso, d.text))
    return out


def _in_sentence_date(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """An event of a sentence whose dates belong to its other clauses:
    * between two dates of the same month ("passed it on May 14; X vetoed it, and ... on
      May 28"): that month;
    * a date fronted before the subject ("At their June 2024 summit, ..., and Y froze"):
      it frames the whole sentence;
    * the sentence's only date, or the first of its dates when all follow the event, in a
      clause joined by ", and" (or "and, on May 3,") to the event's, told in the simple past: the
      coordinated clauses share it;
    * a reply after a semicolon ("... blamed India; New Delhi rejected the allegation") takes
      the date of the clause it answers.
    Dates told as background (a relative clause, a participle) are left out."""
    ds = point_dates(sv, ctx, narrative=True, trig_end=c.end)
    if not ds:
        return None, None, ""
    before = [d for d in ds if d[1] <= c.start]
    after = [d for d in ds if d[0] >= c.end]
    if before and after:
        b, a = before[-1], after[0]
        for n in (7, 4):
            if len(b[2]) >= n and len(a[2]) >= n and b[2][:n] == a[2][:n]:
                return b[2][:n], None, f"between '{b[3]}' and '{a[3]}'"
    first = ds[0]
    if c.trig.kind == "noun" and pluperfect_complement(sv.text, c.start, first[1]):
        return None, None, ""  # "Hours earlier X said that no firm had breached the sanctions"
    if first[1] <= c.start and first[0] < 40 and FRONTED_BEFORE_RE.match(sv.text[:first[0]]):
        # "On Wednesday X spoke to Y, and the two agreed to …": a date opening the sentence dates its
        # coordinated clauses (to its day: a month would only lose what the date tells)
        return first[2], first[3], f"'{first[3]}' frames the whole sentence"
    comma = sv.text.find(",", first[1])
    if WHEN_FRAME_RE.match(sv.text) and 0 <= comma < c.start and "," not in sv.text[:first[0]]:
        # "When X visited Ankara in May 2022, A ..., and B signed ...": the when-clause frames all
        return first[2], first[3], f"'{first[3]}' of the opening when-clause frames the sentence"
    if (len(ds) == 1 or not before or not after) and not NOT_NARRATIVE_RE.search(sv.text):
        # (several dates, all after the event: the first; "A and B, and on 9 March C; the next day D"; all
        # before it: the last, "A on May 3, B the next day, and C")
        d = ds[0] if len(ds) == 1 else after[0] if not before else before[-1]
        lo, hi = (d[1], c.start) if d[1] <= c.start else (c.end, d[0])
        gap = sv.text[lo:hi]
        if COORD_GAP_RE.search(gap) and not STRONG_GAP_RE.search(gap) and not OFFSET_WORD_RE.search(gap) and \
                not (d[0] >= c.end and later_development(gap)):
            return d[2], d[3], f"'{d[3]}' dates the coordinated clause"
        if d[1] <= c.start and c.trig.etype in EPISODE_REACTIONS and REPLY_GAP_RE.fullmatch(gap) and \
                not OFFSET_WORD_RE.search(gap, gap.rfind(";")):
            # "After X on 11 March, the army blamed India; New Delhi rejected the allegation": the reply
            return d[2], d[3], f"'{d[3]}' dates the clause the reply answers"
    return None, None, ""


def _told_before_date(sv: SentenceView, ctx: ArticleContext, c: Cand,
                      st: ArticleState) -> tuple[str | None, str | None, str]:
    """An undated sentence that goes on with the previous one's dated event:
    * "The war that began on August 7, 2008 lasted five days. Russian forces drove ...":
      an event of the same type as a dated one told without its parties just before;
    * "Weeks of demonstrations followed.": the previous sentence's written date."""
    if sv.dates or sv.index == 0:
        return None, None, ""
    before = ctx.sentences[sv.index - 1]
    if paragraph_start(ctx.text, sv.start, before.start) > before.start:
        return None, None, ""
    pl = st.partyless.get(sv.index - 1)
    if pl and pl[0] == c.trig.etype:
        return pl[1], None, f"the {pl[0]} dated in the previous sentence ('{pl[2]}')"
    if FOLLOWED_RE.search(sv.text):
        base = last_written_date(ctx, sv.index - 1)
        if base:
            return base[0], None, f"followed the previous sentence's '{base[1]}'"
    return None, None, ""


LEAD_RE = re.compile(r"^(?:(?:On|In|By|At|Early|Late|Then|And|But)\s+)?$", re.I)


def _leading_anaphor(sv: SentenceView, ctx: ArticleContext) -> tuple[str | None, str | None, str]:
    """"Two days later, …", "The same month …", "On the following night …": an anaphoric time
    opening the sentence frames all of it (resolved against the date told just before)."""
    if not sv.anaphors:
        return None, None, ""
    x = sv.anaphors[0]
    if not LEAD_RE.match(sv.text[:sv.rel(x.start)]):
        return None, None, ""
    iso, basis = narrative_date(ctx, sv, x)
    return (iso, x.text, basis) if iso else (None, None, "")


def last_written_date(ctx: ArticleContext, index: int) -> tuple[str, str] | None:
    """The last point date written in sentence ``index`` ("on July 12, 2019"), resolved."""
    if index < 0:
        return None
    for d in reversed(ctx.sentences[index].dates):
        if not_a_point(d):
            continue
        iso, _basis = ctx.date_of(d)
        if iso and "/" not in iso:
            return iso, d.text
    return None


def _episode_date(sv: SentenceView, ctx: ArticleContext, prev: tuple[str, str] | None,
                  c: Cand | None) -> tuple[str | None, str | None, str]:
    """A reaction told right after a dated incident ("… clashes killed dozens in May 2022.
    Each side blamed the other, and …") inherits the incident's date:
    same paragraph, no date of its own, told in the simple past."""
    if prev is None or sv.index == 0 or NOT_NARRATIVE_RE.search(sv.text) or (sv.dates and not (
            c is not None and only_later_dates(sv.text, [sv.rel(d.start) for d in sv.dates], c.end))):
        return None, None, ""  # (a date of a later clause of its own: "…, and relations worsened again in 2025")
    if c is None or c.trig.etype not in EPISODE_REACTIONS or BACKGROUND_BEFORE_RE.search(sv.text, 0, c.start):
        return None, None, ""  # not "X had cancelled ...": told as background, not as the next turn
    before = ctx.sentences[sv.index - 1]
    if paragraph_start(ctx.text, sv.start, before.start) > before.start:
        return None, None, ""
    if any(d.text == prev[1] and told_as_background(ctx.text, d) for d in before.dates):
        return None, None, ""  # "The ICC had issued a warrant in March 2023.": background, no episode
    told = ctx.scratch.setdefault("events.episode", set())
    # protests and crackdowns answer any dated turn of events, not only an incident
    unrest = c.trig.etype in ("protest", "coercion") and DOMESTIC_RE.search(sv.text) is not None
    if before.index not in told and not unrest and \
            not any(t.etype in EPISODE_INCIDENTS for t, _m in _find_triggers(before.text)):
        return None, None, ""
    told.add(sv.index)  # the episode goes on: the next reaction may inherit too
    nb = _narrative_base(ctx, sv)
    if nb is not None and len(nb[0]) >= 7 and nb[0][:7] > prev[0][:7]:
        # "It happened again on 26 March 2024. ... officials said the attack [an older one] ...":
        # the episode is the paragraph's, not that of an older event the sentence recalled
        return nb[0], None, f"the paragraph's narrative time ('{nb[1]}', {nb[0]}): the same episode"
    return prev[0], None, f"date of the previous sentence's event ('{prev[1]}'): the same episode"
