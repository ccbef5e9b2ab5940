"""Choosing an event's date: in the sentence, carried over, or from the episode."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.arg_interrupted import in_insertion
from silkgraph.extract.events.article import article_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.date_conjunct import later_clause, series_conjunct
from silkgraph.extract.events.date_fronted import counted_front, fronted_phrase_date
from silkgraph.extract.events.date_names import (
    possessive_of_another,
    year_of_a_name,
    year_of_an_object,
)
from silkgraph.extract.events.date_participle import across_perfect_participle
from silkgraph.extract.events.date_scope import (
    episode_scale,
    in_subject_apposition,
    indefinite_noun,
    names_a_noun,
    occasion_relative,
    opens_subordinate,
    own_conjunct_date,
    previous_conjunct,
    same_episode_relative,
    since_phrase,
    subordinate_closed,
)
from silkgraph.extract.events.dating_finer import finer_date
from silkgraph.extract.events.fallback_dates import (
    DET_BEFORE_RE,
    FRONTED_BEFORE_RE,
    last_written_date,
    span_gap,
)
from silkgraph.extract.events.gap_search import occurs
from silkgraph.extract.events.news import (
    _in_relative_before,
)
from silkgraph.extract.events.patterns import (
    BOUNDARY_RE,
    DATELINE_RE,
    HARD_BOUNDARY_RE,
    OFFSET_AFTER_RE,
    ONGOING_RE,
    SEQUEL_RE,
    TIME_REFERENCE_RE,
)
from silkgraph.extract.events.report_relative import (
    COORDINATED_VERB_RE,
    counted_from_here,
    counts_from_event,
    eve_of_date,
    no_later_than_report,
    perfect_since,
    reported_with_own_day,
)
from silkgraph.extract.events.reported_act_day import TOLD_AGAIN, reported_act_day, told_again
from silkgraph.extract.events.timeline import (
    _after_event,
    _since_when,
    counted_back,
    narrative_date,
)
from silkgraph.nlp.dates import TimeExpr, resolve_anaphor, shift
from silkgraph.nlp.dates.narrative import (
    EVE_RE,
    FRAME_STOP_RE,
    FRONTED_SUB_RE,
    NOT_POINT_PREPS,
    PLUPERFECT_RE,
    pluperfect_complement,
    told_as_background,
)
from silkgraph.nlp.prefilter import Gate, lower_for_gates

REL_AFTER_RE = re.compile(r"\b(?:that|which|who|whom|where)\b")
PREMOD_RE = re.compile(r"\s*(?:[A-Z][\w\-]*\s+){0,3}")

# "Protests ..., which began in X on January 2": a relative that tells when the event itself began
ONSET_REL_RE = re.compile(r"\b(?:which|that)\s+(?:had\s+)?(?:began|begun|started|erupted|broke out)\b")
# its course, told right after the event's noun: "talks in Doha that ran late into Saturday night", "a
# meeting which lasted until Friday" (not past a subordinator: "agreed a truce after talks that ran …")
# (a meeting verb too when its talks are named: "held talks in Doha that ran …", "met for talks that dragged on …")
COURSE_REL_RE = re.compile(r"(?:\s+(?!(?:after|before|following|ahead|when|as|while|which|that)\b)[\w\-’']+){0,8}"
                           r",?\s+(?:which|that)\s+"
                           r"(?:lasted\b|(?:ran|continued|dragged on|went on)(?:\s+(?:late|well|deep|far|on))?"
                           r"(?:\s+(?:into|through|until|till|past|over)\b|\s*$))")  # (not "a canal that ran dry")
TALKS_NOUN_RE = re.compile(r"\b(?:talks|meeting|meetings|negotiations|consultations|session|round|summit|discussions)\b",
                           re.I)
# "withdrew from X, which Armenian guards took over on January 1": the handover completes the withdrawal
TAKEOVER_REL_RE = re.compile(r"\b(?:which|that)\s+(?:[\w\-’']+\s+){1,4}?(?:took over|took control of|"
                             r"assumed control of|moved into)\b")
# "the attack at X, in which gunmen had killed 26 people on 22 April": a relative telling the event itself
IN_WHICH_RE = re.compile(r"\s*(?:[^,;]{0,40},\s*)?(?:in|during) which\b")
SINCE_CLAUSE_RE = re.compile(r"^Since\b[^,;]*,")
NEXT_DAY_AFTER_RE = re.compile(r"\s+(?:[\w\-’']+\s+){0,6}?(?P<nd>the (?:following|next) day)\b(?![^,;]*\b(?:on|in) "
                               r"(?:January|February|March|April|May|June|July|August|September|October|November|December))")
POSTMOD_RE = re.compile(r"\s*(?:of|in|on)?\s")
_OFFSET_AFTER_GATE, _ONGOING_GATE = Gate(OFFSET_AFTER_RE), Gate(ONGOING_RE)


# "had left by June 2024", "were gone by the spring", "had been withdrawn by 10 May": a perfect or a state
# told "by" a date says the act was done by then (the date dates it), not a deadline set for it
DONE_START_RE = re.compile(r"(?:had|have|has|were|was)\b", re.I)
DONE_AUX_BEFORE_RE = re.compile(r"\b(?:had|have|has|were|was)(?:\s+(?:been|all|already|largely|mostly))?\s+$", re.I)
FUTURE_BEFORE_RE = re.compile(r"\b(?:will|would|shall|should|must|to)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _done_by(sv: SentenceView, c: Cand, d: TimeExpr) -> bool:
    """Whether the "by" date ``d`` closes the verb trigger ``c`` told as done (a perfect, a state)."""
    a = sv.rel(d.start)
    if d not in sv.dates or d.month is None and d.year is None:
        return False  # ("by the end of the month": counted from another time)
    if c.trig.kind != "verb" or not 0 <= a - c.end <= 40 or re.search(r"[,;:]", sv.text[c.end:a]):
        return False
    lo = max(0, c.start - 24)
    if FUTURE_BEFORE_RE.search(sv.text, lo, c.start):
        return False  # "will have left by June": a deadline
    return DONE_START_RE.match(sv.text, c.start) is not None or DONE_AUX_BEFORE_RE.search(sv.text, lo, c.start) is not None


def own_date(sv: SentenceView, ctx: ArticleContext, c: Cand, starts: list[int],
              ends: list[tuple[int, int]] | None = None) -> tuple[str | None, str | None, str]:
    """The nearest date of the sentence, if no other trigger is nearer to it; a date that
    belongs to another trigger gives only its year to a "subsequent"/"retaliatory" event."""
    ends = ends or []
    after = sv.text[c.end:c.end + 50]
    om = OFFSET_AFTER_RE.match(after) if _OFFSET_AFTER_GATE.may_match_in(lower_for_gates(after)) else None
    if om and OPENS_OFFSET_CLAUSE_RE.search(om.group(0)):
        om = None  # "test-fired a missile and two days later a rocket": the offset opens the next clause
    got = _trailing_anaphor(sv, ctx, c)
    if got[0]:  # "welcomed the truce three days later", "sanctioned X the following month"
        return got
    got = counted_from_here(sv, ctx, c)
    if got[0]:  # "India blamed Pakistan and a day later suspended the treaty": the day "a day later" counts from
        return got
    got = counted_front(sv, ctx, c, lambda x: narrative_date(ctx, sv, x)[0])
    if got[0]:  # "The day after the vote on July 3, X …": the phrase's date shifted by the count
        return got
    got = _after_event(sv, ctx, article_state(ctx), c)
    if got[0]:  # "Four days after the clash X told …": counted from the clash told before
        return got
    before = sv.text[max(0, c.start - 40):c.start]
    if om or _ONGOING_GATE.search_in(before, 0, len(before)):  # as ONGOING_RE.search(before)
        return None, None, "no own date"
    best = None
    pool: list[tuple[int, TimeExpr, int, int]] = []
    ref_year = int(ctx.ref_date[:4]) if ctx.ref_date else None
    # "On 22 February, two days before the invasion, …": a time counted from the event noun; only a date
    # written right after it ("since the invasion in February 2022") is its own
    tref = c.trig.kind == "noun" and TIME_REFERENCE_RE.search(sv.text, max(0, c.start - 60), c.start) is not None
    dm = DATELINE_RE.match(sv.text) if sv.index < 3 else None
    dateline = dm.end() if dm else None
    sc = SINCE_CLAUSE_RE.match(sv.text)  # (the sentence's own: found once, not once a date)
    for d in sv.dates + [x for x in sv.anaphors if narrative_date(ctx, sv, x)[0]]:  # "the next day": resolved
        if d.kind in ("range", "decade") or ((d.prep or "") in NOT_POINT_PREPS and
                                             not (d.prep == "since" and (_since_when(sv, d, c) or
                                                                          perfect_since(sv, ctx, c, d))) and
                                             not (d.prep == "by" and _done_by(sv, c, d))):
            continue  # a span or a deadline; "since June 15, when X happened" dates X
        a, b = sv.rel(d.start), sv.rel(d.end)
        if d.prep != "since" and since_phrase(sv.text, a, c.start, c.end, d.year is not None):
            continue  # "the heaviest fighting since the Taliban returned to power in 2021": a span's start
        if tref and not (c.end <= a <= c.end + 40 and not re.search(r"[,;:]", sv.text[c.end:a])):
            continue
        # "After the fighting of September 2022, X cancelled … in October": the first date is
        # the other event noun's; it dates this event only when the sentence has no other
        penalty = 1000 if b <= c.start and any(x != c.start and 0 <= a - e2 <= 4 and
                                               POSTMOD_RE.match(sv.text, e2, a + 1) for x, e2 in ends) else 0
        if ref_year and d.year and d.year > ref_year + 1:
            continue
        if year_of_a_name(sv.text, d, a, b, c.start, c.end, c.trig.etype):
            continue  # "waived a section of the 1992 Freedom Support Act": the law's year
        if year_of_an_object(sv.text, d, a, b, c.start, c.end, c.trig.etype):
            continue  # "accused X of violating the 2008 ceasefire": the ceasefire's year
        if possessive_of_another(sv.text, b, c.start):
            continue  # "charged them late on Sunday over Friday's attack": the attack's day
        lo, hi = (b, c.start) if b <= c.start else (c.end, a)
        # (a few characters past the gap for the lookahead; not past a following date: "on Sunday; X later …")
        # (``occurs``: as ``HARD_BOUNDARY_RE.search``, with the sentence's boundaries found once, not once a date)
        if lo < hi and occurs(HARD_BOUNDARY_RE, sv.text, lo, min(len(sv.text), hi + 12, b if a >= c.end else hi + 12)) and \
                not (b <= c.start and _fronted_frame(sv.text, a, b, c.start)) and \
                not (b <= c.start and c.trig.kind == "verb" and subordinate_closed(sv.text, b, c.start)):
            continue
        if across_perfect_participle(sv.text, c.start, c.end, a, b):
            continue  # "closed X on 3 October, having accused Y in August": each clause keeps its own time
        if a >= c.end and counts_from_event(sv, c, d):
            continue  # "blamed X and a day later suspended the treaty": the next verb's time, counted from this one
        if a >= c.end and later_clause(sv.text, c.end, a):
            continue  # "demanded compensation, and relations worsened in mid-2025": the later clause's date
        if a >= c.end and occurs(REL_AFTER_RE, sv.text, lo, hi) and not occurs(ONSET_REL_RE, sv.text, lo, hi) and \
                not ((c.trig.kind == "noun" or (c.trig.etype == "meeting" and TALKS_NOUN_RE.search(sv.text, c.start, hi)))
                     and COURSE_REL_RE.match(sv.text, c.end, hi)) and \
                not IN_WHICH_RE.match(sv.text, c.end, hi) and \
                not (c.trig.etype == "retreat" and TAKEOVER_REL_RE.search(sv.text, lo, hi)):
            continue  # "in Shusha, the town that Azerbaijan retook in 2020": the relative's own date
        if b <= c.start and c.trig.kind == "verb" and in_insertion(sv.text, a, c.start):
            continue  # "Moscow, mending ties that soured after X expelled Y in 2009, delivered …": the insertion's
        if b <= c.start and in_subject_apposition(sv.text, a, c.start, dateline or 0):
            continue  # "X, kept afloat by Y when it defaulted in 2022, has barred …": the apposition's time
        if b <= c.start and _in_relative_before(sv.text, a, b, c.start):
            if not (episode_scale(d, ctx.ref_date) and same_episode_relative(sv.text, a, b, c.start)):
                continue  # "X, who had arrived a day earlier, met Y": the date of the relative clause
            # "X, who visited the crossing on Monday, announced aid": the subject's act told in the relative
            # is of the same episode; its date dates the main clause only when nothing else does
            penalty += 1000
        if sc and b <= sc.end() <= c.start:
            continue  # "Since X did A in 2023, Y has done B": the date of the since-clause only
        if b <= c.start and c.trig.kind == "noun" and pluperfect_complement(sv.text, c.start, b) and \
                not indefinite_noun(sv.text, c.start):
            # "said on Tuesday that no firm had breached the sanctions": a state of affairs before it (a new
            # event, "that they had agreed to an immediate truce", is not skipped: the telling's day dates it)
            continue
        if names_a_noun(sv.text, d, a, c.end):
            penalty += 1000  # "held the Treaty of 1960 in abeyance on April 23": the treaty's year
        if b <= c.start and ((c.trig.kind == "verb" and (previous_conjunct(sv.text, a, b, c.start) or
                                                         series_conjunct(sv.text, a, b, c.start))) or
                             (c.trig.kind == "noun" and series_conjunct(sv.text, a, b, c.start, noun=True))) and \
                own_conjunct_date(sv.text, d, [(x, sv.rel(x.start)) for x in sv.dates], c.end):
            penalty += 500  # "recalled X on Monday and summoned Y on Tuesday": a date of its own conjunct wins
        if b <= c.start and fronted_phrase_date(sv, c, a, b):
            penalty += 500  # "After talks on July 3, X signed on July 5": the main clause's own date
        if b <= c.start and c.trig.kind == "verb" and opens_subordinate(sv.text, b, c.start):
            penalty += 150  # "protested on Thursday after guards detained X on Tuesday": Tuesday's
        if b <= c.start and reported_with_own_day(sv, c, b):
            penalty += 200  # "said on Tuesday that forces had seized a tanker (had foiled an attack) late on Friday": the act's own day
        if dateline is not None and b <= dateline:
            penalty += 1000  # "QUETTA, May 4 (X Wire) – Gunmen attacked a post on Monday": the report's day
        if b <= c.start and told_as_background(ctx.text, d):
            # "drones bought in 2007 were shot down in April 2008", "a format launched in
            # November 2015, X announced": a participle or relative clause's own date
            penalty += 1000
        dist = span_gap(a, b, c.start, c.end) + penalty
        if b <= c.start and occasion_relative(sv.text, b, c.start):
            dist = 0  # "a summit on 5 June, at which Z was admitted": the occasion's date
        if a >= c.end and IN_WHICH_RE.match(sv.text, c.end, a) and not BOUNDARY_RE.search(
                sv.text, IN_WHICH_RE.match(sv.text, c.end, a).end(), a):  # type: ignore[union-attr]
            dist = 0  # the relative tells the event itself
        if a >= c.end and c.trig.etype == "retreat" and TAKEOVER_REL_RE.search(sv.text, c.end, a) and \
                not HARD_BOUNDARY_RE.search(sv.text, c.end, a):
            dist = 0  # "withdraw from X, which Y took over on January 1": the handover completes it
        pool.append((dist, d, a, b))
        if best is None or dist < best[0]:
            best = (dist, d, a, b)
    if best is None:
        return None, None, ""
    dist, d, a, b = best
    iso, basis = narrative_date(ctx, sv, d)
    if iso is None:
        return None, None, ""
    finer = finer_date(ctx, sv, iso, dist, pool)
    if finer is not None:  # "In early May X test-fired a missile on May 3": the day told in the clause
        iso, basis, d, a, b = finer
    got = counted_back(sv.text, c, d.text, iso, b)
    if got[0]:  # "arrived on Friday, a day after Rahmon met Xi": Xi met on Thursday
        return got
    act = reported_act_day(sv, ctx, c, b, iso) if b <= c.start else None
    if act is not None:  # "said on Saturday that 30 had been killed when ... ¶ The attack began on Friday"
        return act
    again = told_again(sv, ctx, c, b, iso) if b <= c.start else None
    if again is not None and again.date:  # "the plane had been shot down": the shooting told before
        return again.date, d.text, f"{TOLD_AGAIN} after the report's day ({iso})"
    sequel = SEQUEL_RE.search(sv.text[max(0, c.start - 40):c.start]) is not None and b <= c.start and \
        d.kind != "anaphoric"  # "Three days later X did": the anaphor dates the later event itself
    if sequel:
        return iso[:4], d.text, f"{basis}; year only: a later event than the one dated"
    # "the April 2025 Pahalgam attack": a date premodifying another event's noun is its own
    if any(x != c.start and b <= x and PREMOD_RE.fullmatch(sv.text[b:x]) for x in starts):
        return None, d.text, "foreign"
    if b <= c.start and len(iso) == 10 and EVE_RE.match(sv.text, b, c.start):
        # "met on 9 October, on the eve of a summit": the summit is the next day
        return shift(iso, 1, "day"), d.text, f"the day after '{d.text}' ({iso}): its eve"
    eve = eve_of_date(sv, c, a, iso)
    if eve is not None:  # "signed a protocol on the eve of the summit in Astana on 14 March": the 13th
        return eve[0], d.text, eve[1]
    return no_later_than_report(sv, ctx, c, d, (iso, d.text, basis))  # ("and a day later suspended": done)


def _fronted_frame(text: str, a: int, b: int, trig: int) -> bool:
    """Whether the date ``text[a:b]`` opens the sentence and is followed by a subordinate clause
    ("On 6 May, while ..., X did Y"): it frames the main clause after that clause too."""
    return FRONTED_BEFORE_RE.match(text[:a]) is not None and FRONTED_SUB_RE.match(text, b) is not None \
        and not FRAME_STOP_RE.search(text, b, trig)


OPENS_OFFSET_CLAUSE_RE = re.compile(r"(?:\band|\bthen|,)\s+\w+\s+(?:years?|months?|weeks?|days?)\s+\w+$")
# an anaphoric time told right after the event's trigger and object, in its clause
CLAUSE_OPEN_RE = re.compile(r"(?:\band|\bthen|,)\s*$")
TRAILING_GAP_RE = re.compile(r"\s*(?:[\w\-’']+,?\s+){0,7}?")


def _trailing_anaphor(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """"… and welcomed the truce three days later", "sanctioned X the following month", "put the
    treaty in abeyance the next day": an anaphoric time expression closing the event's own
    clause dates it (resolved against the date told just before it), before any nearer date."""
    for x in sv.anaphors:
        a = sv.rel(x.start)
        if a < c.end:
            continue
        if a - c.end > 60 or not TRAILING_GAP_RE.fullmatch(sv.text, c.end, a) or \
                BOUNDARY_RE.search(sv.text, c.end, a) or CLAUSE_OPEN_RE.search(sv.text, max(c.end, a - 8), a) or \
                any(c.end <= sv.rel(d.start) < a and not DET_BEFORE_RE.search(sv.text, 0, sv.rel(d.start))
                    for d in sv.dates):  # "did A on May 3 and two days later B"; "the 1994 treaty": a name
            return None, None, ""
        if PLUPERFECT_RE.search(sv.text, c.end, a):
            return None, None, ""  # "an exercise it had been due to host that October": the exercise's time
        if COORDINATED_VERB_RE.search(sv.text, c.end, a):
            return None, None, ""  # "made a visit to X and was expected in Y a day later": the second verb's time
        iso, basis = narrative_date(ctx, sv, x)
        if iso is None and sv.index > 0:  # the date told before is only a year: the previous event's date
            st = article_state(ctx)
            base = st.last_dates.get(sv.index - 1) or last_written_date(ctx, sv.index - 1)
            if base:
                iso, basis = resolve_anaphor(x, base[0], base[1])
        return (iso, x.text, basis) if iso else (None, None, "")
    return None, None, ""
