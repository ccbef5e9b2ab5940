"""Wire items: an act told as the day's news, with no date of its own, is dated to the news day.

A wire item ("YEREVAN, Sept 13 (Agency) - ...") tells one day's news.  Its later paragraphs tell
more of that news without repeating the day ("Blinken spoke with Aliyev and urged restraint.",
"Moscow has called for calm.", "The two leaders signed a memorandum.") and also background
("Baku had accused Yerevan of ...", "Iran routinely calls for ...", "The two fought a war in 2020.",
a paragraph opening "In March 2021 ..."). A reader dates the first kind by the day the lead tells
(the report's day, or the weekday before it the lead names) and leaves the second undated.

Read here: the act's clause is told as news when its verb is in the simple past or the present
perfect (not the pluperfect, a modal, a habitual present or a verb in quotation marks), its sentence
has no date, anaphor or background cue ("since", "long", "last year", "at the time" ...) and its
paragraph tells no time outside the news week before it.  Used after every other way of dating an
undated candidate has failed (:func:`silkgraph.extract.events.fallback_dates.fallback_date`).
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import article_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.news import (
    dateline_lead,
    day_told_before,
    lead_day,
    old_time_in_paragraph,
    within_days,
)

# background told without a date: time spans, history, habits, firsts and earlier turns
BACKGROUND_CUE_RE = re.compile(
    r"\b(?:ago|earlier|previously|before|since|long|long-standing|longstanding|for years|for decades|"
    r"repeatedly|often|always|never|once|twice|several times|many times|on (?:several|many|\w+) occasions|"
    r"to date|so far|thus far|\w+ times|first|last (?:year|month|week)|years?|decades?|months?|"
    r"routinely|regularly|usually|typically|traditionally|frequently|at the time|in the past|then|"
    r"former|formerly|historically|until|in recent|recent(?:ly)?|overnight|during|meanwhile|"
    r"January|February|March|April|June|July|August|September|October|November|December)\b|"
    r"\b\w+\s+(?:hours?|days?|weeks?)\s+(?:after|before|earlier|later)\b", re.I)
# the verb group right before a verb trigger (or the clause before a noun trigger) that is not the
# simple past or the present perfect: the pluperfect, a modal or future, a plan or an infinitive
NOT_NEWS_TENSE_RE = re.compile(
    r"\b(?:had|’d|'d|will|would|shall|should|could|can|may|might|must|to|going|plans?|planned|"
    r"intends?|intended|expects?|expected|wants?|wanted|hopes?|hoped|if|unless|whether|does|do|did not|"
    r"didn[’']t)\s+(?:(?:not|also|already|then|jointly|formally|again|now|\w+ly)\s+){0,2}$", re.I)
# a present perfect right before the verb ("has condemned", "have also urged")
PERFECT_RE = re.compile(r"\b(?:has|have|’s|'s)\s+(?:(?:also|now|again|already|\w+ly)\s+){0,2}$", re.I)
# a finite simple-past verb form (regular, or one of the common irregular ones wire reports use)
PAST_WORD_RE = re.compile(
    r"[a-z]+ed|met|spoke|held|sent|told|took|struck|fought|said|gave|made|won|lost|put|set|cut|shot|"
    r"hit|led|left|sought|brought|broke|began|drew|stood|threw|withdrew|overran|rang|swore|"
    r"undertook|wrote|forbade|flew|bought|sold|paid|kept|laid|beat|came|went|ran|saw|found|"
    r"agreed|signed", re.I)
# a speech verb before the act: the act is what was reported, told with the speaker's time
SPEECH_BEFORE_RE = re.compile(r"\b(?:said|says|say|saying|told|telling|added|stressed|noted|insisted|claimed|argued|"
                              r"alleged|maintained|according to|reported|quoted|describ(?:ed|ing))\b", re.I)
# a relative or participle clause opened between the last comma and the trigger ("Modi's speech, which
# called on ...", "the gunman, whom police detained", "the statement, issued after X met Y"): not the news told
REL_BEFORE_RE = re.compile(r",\s+(?:(?:of|in|to|with|for|from|by|under)\s+)?(?:which|who|whom|whose|that|"
                           r"\w+ed\s+(?:after|before|by|in|at|on))\b[^,;]*$", re.I)
# what a wire item tells as background as often as news: a statement is dated only by its own date
NEWS_DAY_TYPES_OUT = frozenset({"statement"})
# quotation marks: a quoted act is the speaker's words, told with its own tense and time
QUOTE_CHARS = "\"“”«»"
# where a noun trigger's clause opens (its verb is read between there and the noun: "and held talks")
CLAUSE_START_RE = re.compile(r"(?:^|[,;:]\s|\b(?:and|but|while|as|after|that)\s)", re.I)


def news_day(ctx: ArticleContext) -> tuple[str, str, int] | None:
    """The day whose news a datelined item tells, with its text and the lead's index: the lead's own
    event date when it lies in the report's week, up to its date (or, when a later sentence dated the lead's
    act, the day the lead writes); None for a lead that tells older history ("In May 2019, ...")."""
    memo = ctx.scratch.setdefault("events.wire_news_day", {})
    if "day" in memo:
        return memo["day"]
    got: tuple[str, str, int] | None = None
    lead = dateline_lead(ctx)
    told = article_state(ctx).dates.get(lead.index) if lead is not None and ctx.ref_date else None
    if lead is not None and told is not None and ctx.ref_date and \
            (told[1] not in lead.text or (len(told[0]) < 10 and ctx.ref_date.startswith(told[0]))):
        # the lead's act dated by a later sentence, or only to the report's month ("this week's hijacking"):
        # the news is the day the lead writes
        day = lead_day(ctx)
        told = day[:2] if day is not None else None
    if lead is not None and told is not None and ctx.ref_date and len(told[0]) == 10 and \
            within_days(told[0], ctx.ref_date, 7) and told[0] <= ctx.ref_date[:10]:
        got = (told[0], told[1], lead.index)  # (not a lead telling older history: "In May 2019, ...")
    memo["day"] = got
    return got


def _quoted(text: str) -> bool:
    """Whether the sentence holds a quotation mark: a quotation may run over several sentences,
    and a quoted account, of the news or the past, is the speaker's, told with the speaker's time."""
    return any(q in text for q in QUOTE_CHARS)


def _told_as_news(sv: SentenceView, c: Cand) -> bool:
    """Whether the trigger's clause is told in the simple past or the present perfect."""
    text = sv.text
    if _quoted(text):
        return False
    lo = max(0, c.start - 60)
    head = text[lo:c.start]
    if NOT_NEWS_TENSE_RE.search(head):
        return False
    if c.trig.kind == "verb":
        word = re.match(r"[A-Za-z]+", text[c.start:c.end])
        return word is not None and (PAST_WORD_RE.fullmatch(word.group(0)) is not None or
                                     PERFECT_RE.search(head) is not None)
    # a noun: the clause's verb before it is past or perfect ("held talks", "has launched strikes")
    starts = [m.end() for m in CLAUSE_START_RE.finditer(text, 0, c.start)]
    clause = text[starts[-1] if starts else 0:c.start]
    if re.search(r"\b(?:had|will|would|could|may|might|must|should|to)\b", clause, re.I):
        return False
    return any(PAST_WORD_RE.fullmatch(w) for w in re.findall(r"[A-Za-z]+", clause)) or \
        re.search(r"\b(?:has|have)\s+(?:\w+\s+){0,2}\w+ed\b", clause) is not None


def _enough_parties(c: Cand) -> bool:
    """Whether the act has the parties its news needs: a meeting or an accord two parties, a
    statement of support a party backed other than its actor ("the leaders welcomed the deal", "praised
    the police": a reaction with no third party is no dated news)."""
    if c.trig.symmetric and len(c.ids) < 2:
        return False
    if c.trig.etype == "support":
        return bool(({p.eid for p in c.targets} | set(c.extra_targets)) - c.actor_ids)
    return True


def wire_news_date(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """The news day of a datelined item for an act told as the day's news with no date of its own
    (see the module's docstring); ``(None, None, "")`` otherwise."""
    if not _may_be_news(sv, ctx, c):
        return None, None, ""  # (before ``news_day``, which is memoised: not read while the lead is told)
    day = news_day(ctx)
    if day is None or BACKGROUND_CUE_RE.search(sv.text) or SPEECH_BEFORE_RE.search(sv.text, 0, c.start):
        return None, None, ""
    return _news_act_date(sv, ctx, c, day)


def wire_report_date(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """The last resort for an act of a datelined item that nothing else dates: the news day read with
    the clause's own gates and the background cues (no date or anaphor of its own, an indefinite act in
    the simple past or present perfect, outside quotes and relative clauses, its parties, no older time
    in the paragraph), but
    * a speech verb before the act does not keep it undated ("officials said the army detained …", "a
      spokesman told reporters that X demanded …": the wire reports the day's news through its sources);
    * a lead whose own act is undated still writes its day (:func:`lead_day`, the dateline's week), unless
      it tells an older time.
    Measured on the development sets (twenty-fourth session): of such acts otherwise dropped for want of
    a date, 22 of 27 on unseen_dev are a gold event of that day."""
    if not _may_be_news(sv, ctx, c):
        return None, None, ""
    day = news_day(ctx) or _lead_of_the_week(ctx)
    if day is None or BACKGROUND_CUE_RE.search(sv.text):
        return None, None, ""
    iso, text, basis = _news_act_date(sv, ctx, c, day)
    return (iso, text, basis + " (its last resort: nothing else dates it)") if iso else (None, None, "")


def _lead_of_the_week(ctx: ArticleContext) -> tuple[str, str, int] | None:
    """The day the lead writes (:func:`lead_day`) when the lead tells nothing older than the report's week
    and month ("In May 2019, clashes killed nine people": a lead telling history dates no later act)."""
    day = lead_day(ctx)
    lead = dateline_lead(ctx)
    if day is None or lead is None or not ctx.ref_date:
        return None
    for d in lead.dates:
        iso = ctx.date_of(d)[0]
        if iso and not iso.startswith(ctx.ref_date[:7]) and not (len(iso) == 10 and within_days(iso, ctx.ref_date, 7)):
            return None
    return day


def _news_act_date(sv: SentenceView, ctx: ArticleContext, c: Cand,
                   day: tuple[str, str, int]) -> tuple[str | None, str | None, str]:
    """``day`` for an act of ``sv`` told as the day's news by the clause's own gates."""
    if sv.index <= day[2]:
        return None, None, ""
    if REL_BEFORE_RE.search(sv.text, 0, c.start) or not _enough_parties(c) or not _told_as_news(sv, c):
        return None, None, ""
    if old_time_in_paragraph(ctx, sv, day[0]):
        return None, None, ""
    got = day_told_before(ctx, sv, day[0])
    if got is not None:
        return got[0], None, f"an act told as news right after '{got[1]}' in a wire item: that day"
    return day[0], None, f"an act told as the news of a wire item ('{day[1]}', {day[0]}): the news day"


def _may_be_news(sv: SentenceView, ctx: ArticleContext, c: Cand) -> bool:
    """An indefinite act of a dated report told after its first sentence, in a sentence with no date or
    anaphor of its own, and not a statement."""
    return bool(ctx.ref_date) and sv.index > 0 and not sv.dates and not sv.anaphors and not c.definite and \
        c.trig.etype not in NEWS_DAY_TYPES_OUT
