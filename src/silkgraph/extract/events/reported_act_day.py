"""The day of an act a report tells as done before it (event dating, :mod:`dates`).

"Officials said on Saturday that at least 30 people had been killed when gunmen opened fire ...":
the day written before the that-clause dates the report (the speech verb); the act the clause tells
in the pluperfect happened before it.  A news report gives that act's own day in the sentences that
follow, by a definite noun naming the act again ("The attack began on Friday evening ..."): that
day, on or before the report's, dates the act.  Without such a sentence, a relative clause on the
clause's definite subject may give the day of what befell it ("that the jet that crashed on Wednesday
had been shot down"); an act of the type the article has already told on an earlier day of that week
is that act told again (:func:`told_again`); otherwise the report's day stands.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import EventRecord, article_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.news import within_days
from silkgraph.extract.events.patterns import INCIDENT_NOUNS, SAME_REFERENT_NOUNS
from silkgraph.extract.events.timeline import narrative_date
from silkgraph.extract.events.triggers import _find_triggers
from silkgraph.nlp.dates.narrative import COMPLEMENT_RE, not_a_point, pluperfect_complement

# the acts a report tells as done before it, with their casualties ("had been killed when ...")
ACT_TYPES = frozenset({"attack"})
# a sentence that opens with a definite noun phrase naming the act again ("The attack", "The Friday assault")
DEFINITE_OPEN_RE = re.compile(r"(?:The|That|This)\s+((?:[\w\-’']+\s+){0,2}?[\w\-’']+)\s+"
                              r"(?:began|started|happened|occurred|took place|unfolded|erupted|broke out)\b")
LOOK_AHEAD = 3  # sentences after the report's
# the act told in the passive pluperfect, right before its trigger ("… had been shot down")
PASSIVE_BEFORE_RE = re.compile(r"\b(?:had|’d|'d)\s+been\s+(?:[a-z]+ly\s+)?$")
# the complement's subject named by a definite noun ("that the plane had been …", "that the jet that …")
DEFINITE_SUBJECT_RE = re.compile(r"\s*(?:the|that|this)\s", re.I)
# a relative clause on that subject telling what befell it ("the jet that crashed … on Wednesday")
SUBJECT_RELATIVE_RE = re.compile(r"\b(?:that|which)\s+(?!had\b|has\b|have\b|was\b|were\b|is\b)[a-z]+ed\b")
# a clause telling a different act ("Separately, …", "In another attack", "a further ambush")
ANOTHER_RE = re.compile(r"\b(?:separately|another|in a separate|in an unrelated|a further|a second|a third)\b", re.I)
# the head noun of the clause's definite subject ("the Pakistani army helicopter [that …] had been")
SUBJECT_HEAD_RE = re.compile(r"\s*(?i:the|that|this)\s+(?:[\w\-’']+\s+){0,3}?([a-z][\w\-]*)"
                             r"(?=\s+(?:that|which|had|’d|'d|was|were|,|in|near|on|at|of)\b|,)")
# the end of the clause telling the act (its later coordinated clauses name other things)
CLAUSE_END_RE = re.compile(r"[,;:]|\s(?:and|but)\s")
# a toll told with the act ("killing four soldiers", "killing 12 people")
TOLL_RE = re.compile(r"\b(?:killing|killed|leaving)\s+(?:at least\s+)?(\w+)", re.I)
# basis of an act told again in a report after the article has told it with its own day
TOLD_AGAIN = "the act told again in the pluperfect"


def _names_act(noun: str, etype: str) -> bool:
    if any(t.etype == etype for t, _m in _find_triggers(noun)):
        return True
    return any(t == etype and rx.search(noun) for t, rx in INCIDENT_NOUNS)


def reported_act_day(sv: SentenceView, ctx: ArticleContext, c: Cand, report_end: int,
                     report_iso: str) -> tuple[str, str, str] | None:
    """For an act ``c`` told in a pluperfect that-clause after the report's date (ending at
    ``report_end``, resolved to ``report_iso``): the day a following sentence gives the act
    by naming it again with a definite noun; (iso, text, basis) or None."""
    if c.trig.etype not in ACT_TYPES or c.trig.kind != "verb" or len(report_iso) != 10 or \
            not pluperfect_complement(sv.text, c.start, report_end):
        return None
    for i in range(sv.index + 1, min(len(ctx.sentences), sv.index + 1 + LOOK_AHEAD)):
        view = ctx.sentences[i]
        if view.section != sv.section:
            break
        m = DEFINITE_OPEN_RE.match(view.text)
        if m is None or not _names_act(m.group(1), c.trig.etype):
            continue
        for d in view.dates:
            if not_a_point(d):
                continue
            iso, _basis = narrative_date(ctx, view, d)
            if iso and len(iso) == 10 and iso <= report_iso and within_days(iso, report_iso, 7):
                return iso, d.text, (f"the act told in the pluperfect after the report's day ({report_iso}): "
                                     f"its own day, given by '{m.group(0)} ... {d.text}'")
        return None  # the act named again without a day: the report's day stands
    return _subject_relative_day(sv, ctx, c, report_end, report_iso)


def _passive_definite_subject(sv: SentenceView, c: Cand, report_end: int) -> int | None:
    """Where the subject of the that-clause telling ``c`` begins (relative offset), when the act is
    told in the passive pluperfect ("… had been shot down") and the clause's subject is a definite
    noun ("that the plane …"); else None."""
    if not PASSIVE_BEFORE_RE.search(sv.text, max(report_end, c.start - 30), c.start):
        return None
    comp = COMPLEMENT_RE.search(sv.text, report_end, c.start)  # the first that-clause after the report
    if comp is None or not DEFINITE_SUBJECT_RE.match(sv.text, comp.end()):
        return None
    return comp.end()


def _subject_relative_day(sv: SentenceView, ctx: ArticleContext, c: Cand, report_end: int,
                          report_iso: str) -> tuple[str, str, str] | None:
    """"said on Sunday that the jet that crashed on Wednesday had been shot down": the passive act
    befell the clause's definite subject on the day its relative clause gives (on or before the
    report's, within a week)."""
    subject = _passive_definite_subject(sv, c, report_end)
    if subject is None:
        return None
    rel = SUBJECT_RELATIVE_RE.search(sv.text, subject, c.start)
    if rel is None:
        return None
    for d in sv.dates:
        a, b = sv.rel(d.start), sv.rel(d.end)
        if not (rel.end() <= a and b <= c.start) or not_a_point(d):
            continue
        iso, _basis = narrative_date(ctx, sv, d)
        if iso and len(iso) == 10 and iso < report_iso and within_days(iso, report_iso, 7):
            return iso, d.text, (f"the act told in the pluperfect after the report's day ({report_iso}): "
                                 f"the day its subject's relative clause gives, '{d.text}'")
    return None


def told_again(sv: SentenceView, ctx: ArticleContext, c: Cand, report_end: int,
               report_iso: str) -> EventRecord | None:
    """"On December 25 a jet was struck over X. … The next day he said that the plane had been shot
    down": a passive act of a definite subject told in a pluperfect complement after the report's
    day, when the article has already told an act of its type on an earlier day of that week, is
    that act told again (its evidence), not a new one on the report's day."""
    if c.trig.etype not in ACT_TYPES or c.trig.kind != "verb" or len(report_iso) != 10 or \
            not pluperfect_complement(sv.text, c.start, report_end):
        return None
    subject = _passive_definite_subject(sv, c, report_end)
    if subject is None or ANOTHER_RE.search(sv.text, 0, c.start):
        return None  # "Separately, …", "in another attack …": a different act
    head = SUBJECT_HEAD_RE.match(sv.text, subject)
    if head is None:
        return None
    for r in reversed(article_state(ctx).events):
        if r.etype == c.trig.etype and r.date and len(r.date) == 10 and r.date < report_iso and \
                within_days(r.date, report_iso, 7):
            return r if _agrees(sv, ctx, r, head.group(1).lower(), subject) else None
    return None


def _agrees(sv: SentenceView, ctx: ArticleContext, r: EventRecord, head: str, subject: int) -> bool:
    """Whether the clause (from its subject on) tells the act ``r`` again: the subject's head noun
    is in ``r``'s evidence ("the plane" … "a plane"), and it names no party or place, nor a toll,
    that the evidence does not."""
    told = " ".join(ctx.text[e.start:e.end] for e in r.fact.evidence)
    low = told.lower()
    stem = head[:-1] if head.endswith("s") and len(head) > 3 else head
    kin = next((k for k in SAME_REFERENT_NOUNS if stem in k), (stem,))
    if not any(re.search(rf"\b{re.escape(w)}", low) for w in kin):
        return False
    stop = CLAUSE_END_RE.search(sv.text, subject)
    end = stop.start() if stop else len(sv.text)
    for a, _b, m in sv.mentions_rel():
        if subject <= a < end and m.entity_id not in r.parts and m.text.lower() not in low:
            return False  # "… by Islamic State fighters near Jalalabad": another actor or place
    toll, told_toll = TOLL_RE.search(sv.text, subject), TOLL_RE.search(told)
    return toll is None or told_toll is None or toll.group(1).lower() == told_toll.group(1).lower()
