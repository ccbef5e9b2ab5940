"""News reports: dating the lead's details and the day's reactions to the news day."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import ArticleState, article_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.patterns import DATELINE_RE  # the lead tells the day's news
from silkgraph.nlp.dates import paragraph_start
from silkgraph.nlp.dates.narrative import not_a_point, told_as_background
from silkgraph.nlp.prefilter import gate_of, lower_for_gates

# a sentence that is not a past narrative: present, perfect, future, modal, reported plans
NOT_NARRATIVE_RE = re.compile(
    r"\b(?:is|are|am|has|have|will|would|shall|should|could|may|might|must|can|now|currently|today|"
    r"says|say|remains?|continues?|seems?|appears?|expected|likely|plans?|intends?)\b|[?]", re.I)
# "regularly accuses", "often blamed", "routinely detain": a habit, not the day's reaction
HABITUAL_RE = re.compile(r"\b(?:regularly|routinely|often|frequently|repeatedly|usually|habitually|typically|always|"
                         r"periodically|customarily)\b", re.I)
# a verb trigger in the simple present ("accuses", "blames"): a standing position, not the day's act
PRESENT_VERB_RE = re.compile(r"[a-z]+[^s\W]s", re.I)
NONRESTRICTIVE_RE = re.compile(r",\s+(?:who|whom|which|whose)\b[^,;]*$")


def _in_relative_before(text: str, a: int, b: int, trig: int) -> bool:
    """Whether a date ``text[a:b]`` before the trigger lies in a non-restrictive relative
    clause closed before the trigger (", who had arrived in X a day earlier for Y, met")."""
    return NONRESTRICTIVE_RE.search(text, max(0, a - 100), a) is not None and "," in text[b:trig]


def within_days(a: str, b: str, days: int) -> bool:
    """Whether the days of the ISO dates ``a`` and ``b`` are at most ``days`` apart (False unless
    both are full days)."""
    from datetime import date

    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= days
    except ValueError:
        return False


def dateline_lead(ctx: ArticleContext) -> SentenceView | None:
    """The sentence a news report's dateline opens (one of the first two), if any."""
    return next((x for x in ctx.sentences[:2] if DATELINE_RE.match(x.text)), None)


def lead_day(ctx: ArticleContext) -> tuple[str, str, int] | None:
    """The day a news report's lead writes (a dateline opens it and its date is the report's own
    week): (iso, text, sentence index).  The day the lead's news happened ("on Thursday") before
    the dateline's (the day of writing): "Hours earlier" told after it is counted from the news."""
    lead = dateline_lead(ctx)
    if lead is None or not ctx.ref_date:
        return None
    head = DATELINE_RE.match(lead.text).end()  # type: ignore[union-attr]  # dateline_lead matched it
    found: list[tuple[bool, str, str]] = []
    for d in lead.dates + lead.anaphors:
        if d.kind == "anaphoric":
            continue
        iso, _basis = ctx.date_of(d)
        if iso and len(iso) == 10 and within_days(iso, ctx.ref_date, 7):
            found.append((lead.rel(d.end) <= head, iso, d.text))
    if not found:
        return None
    _in_dateline, iso, text = min(found, key=lambda f: f[0])  # (stable: the first of the lead's own days)
    return iso, text, lead.index


# ", sworn in for a third term last month,": a participle phrase set off by commas tells background
PARTICIPLE_OPEN_RE = re.compile(r",\s+(?:(?:first|newly|recently|re-?)\s*)?(?:[a-z]+ed|[a-z]+en|sworn|born|held|built|"
                                r"won|led|set|made|signed|brought|bought|sold|sent)\b[^,;]*$")
# a date fronted in its sentence ("In March 2021 ...", "Last year, ..."): it sets the time of what follows
FRONTED_REACH = 30


def old_time_in_paragraph(ctx: ArticleContext, sv: SentenceView, day: str) -> bool:
    """Whether the paragraph of ``sv`` tells a time outside the news week (``day`` +- 7 days) before
    ``sv``'s act: a point date in its first sentence ("The strikes came two weeks after gunmen killed 26
    people on April 22. ... Islamabad denied involvement"), or fronted in a later one ("In March 2021 X
    and Y held drills. Russia protested."): the paragraph tells background, not the day's news.  Not a year
    that names a noun ("under the 1992 Charter", "the accord of 2020"), nor a date told as background (a
    relative clause, the pluperfect, a participle phrase: ", sworn in last month,")."""
    para = paragraph_start(ctx.text, sv.start, max(0, sv.start - 3000))
    i = sv.index
    while i >= 0 and ctx.sentences[i].end > para:
        view = ctx.sentences[i]
        first = view.start <= para or i == 0 or ctx.sentences[i - 1].end <= para
        for d in view.dates:
            if (not_a_point(d) and d.prep != "since") or (d.month is None and d.prep in (None, "", "of") and
                                                          d.kind == "absolute") or told_as_background(ctx.text, d):
                continue
            if not first and view.rel(d.start) > FRONTED_REACH:
                continue
            if PARTICIPLE_OPEN_RE.search(view.text, max(0, view.rel(d.start) - 80), view.rel(d.start)):
                continue
            iso, _basis = ctx.date_of(d)
            if iso and (d.prep == "since" or len(iso) < 10 or not within_days(iso, day, 7)):
                return True
        i -= 1
    return False


def day_told_before(ctx: ArticleContext, sv: SentenceView, day: str) -> tuple[str, str] | None:
    """The day written in the sentence right before ``sv`` in its paragraph, if its event is dated
    by it and it lies in the news week but is not ``day`` ("On Monday, X shelled Y. Armenia accused
    Baku of aggression.": the reaction told next is that day's, not the lead's)."""
    if sv.index == 0:
        return None
    before = ctx.sentences[sv.index - 1]
    prev = article_state(ctx).dates.get(before.index)
    if prev is None or len(prev[0]) != 10 or prev[0] == day or not prev[1] or prev[1] not in before.text or \
            not within_days(prev[0], day, 7) or paragraph_start(ctx.text, sv.start, before.start) > before.start:
        return None
    return prev


# the acts a lead's details tell (not announcements, reactions of support or listings told later)
NEWS_LEAD_TYPES = frozenset({"meeting", "agreement", "ceasefire", "accusation", "rejection", "demand", "threat",
                             "attack", "retreat"})
PARA_BREAK_RE = re.compile(r"(?:[.!?…:][\"”’'»)\]]*|\n)[ \t]*\n")


def _news_lead_date(sv: SentenceView, ctx: ArticleContext, st: ArticleState,
                    c: Cand) -> tuple[str | None, str | None, str]:
    """A news report's second paragraph tells the details of its lead, dated to the news day ("X and Y agreed on
    Friday to a ceasefire. ¶ The two security chiefs agreed in talks to cease fire ...; the
    presidents met and agreed ..."): a narrative sentence there without a date of its own
    takes the lead's event date."""
    if c.trig.etype not in NEWS_LEAD_TYPES or sv.index == 0 or sv.dates or NOT_NARRATIVE_RE.search(sv.text):
        return None, None, ""
    if any(not _in_relative_before(sv.text, sv.rel(x.start), sv.rel(x.end), c.start) for x in sv.anaphors):
        return None, None, ""  # "X, who had arrived a day earlier, met Y": only the relative is dated
    lead = dateline_lead(ctx)
    if lead is None or lead.index >= sv.index or lead.index not in st.dates:
        return None, None, ""
    if len(PARA_BREAK_RE.findall(ctx.text, max(0, lead.end - 1), sv.start)) != 1:
        return None, None, ""
    iso, text = st.dates[lead.index]
    if not ctx.ref_date or len(iso) < 10 or not within_days(iso, ctx.ref_date, 7):
        return None, None, ""  # the lead tells older history, not the day's news
    if old_time_in_paragraph(ctx, sv, iso):
        return None, None, ""  # "In March 2021 X and Y held drills. Russia protested.": the paragraph's history
    return iso, None, f"date of the news report's lead ('{text}'): its second paragraph tells the details"


# the reactions a news report tells as the day's news: who rejected, accused, warned or demanded, and the
# arrests and crackdowns that answered the unrest it reports ("More than 500 people were detained.")
NEWS_REACTION_TYPES = frozenset({"accusation", "rejection", "demand", "threat", "support", "protest", "coercion"})
# background told in a news report: history, habits, earlier episodes
NEWS_BACKGROUND_RE = re.compile(
    r"\b(?:ago|earlier|previously|before|since|long|repeatedly|often|always|never|once|first|"
    r"last year|years?|decades?|months?)\b", re.I)


# ", which has received …,": a non-restrictive relative (its tense is its own); a past speech verb after the
# trigger: what follows is reported ("said Kabul would not tolerate …"), not the report's own tense
NONRESTR_REL_RE = re.compile(r",\s+(?:(?:of|in|to|with|for|from|by|under|through)\s+)?(?:which|who|whom|whose)\b[^,;]*,")
REPORTED_AFTER_RE = re.compile(r"\b(?:said|warned|insisted|added|stressed|argued|claimed|noted|calling|saying|"
                               r"accused|urged|called on|denied|rejected|maintained|announced|confirmed|acknowledged)\b")


def _told_part(text: str, start: int) -> str:
    """The words of a sentence whose tense is the report's: relative clauses and the reported
    complement after the trigger left out."""
    m = REPORTED_AFTER_RE.search(text, start)
    cut = text[:m.end()] if m else text
    return NONRESTR_REL_RE.sub(",", cut)


def _written_day(ctx: ArticleContext, sv: SentenceView) -> tuple[str, str] | None:
    """The last day a sentence writes as its narrative's time (a point, not told as background,
    resolved to a full day): (iso, text), or None.  ("Karimov flew there on Friday, and ministers
    negotiated for hours.": a sentence that tells the day's acts without an event of its own.)"""
    for d in reversed(sv.dates):
        if d.kind == "anaphoric" or not_a_point(d) or told_as_background(ctx.text, d):
            continue
        iso, _basis = ctx.date_of(d)
        if iso and len(iso) == 10:
            return iso, d.text
    return None


# "said on Thursday evening", "announced late on Friday": a day written right after the speech verb is its time
SPEECH_DAY_GAP_RE = re.compile(r"\s*(?:(?:late|early|again|also|in a statement|publicly)\s+)*$", re.I)


def _told_as_sentence_time(text: str, day: str) -> bool:
    """Whether the day ``day`` written in the sentence ``text`` is the time of its own telling, not of
    what it reports: not in the complement of a speech verb before it ("said its units had struck after
    troops fired on Monday", "accused X of crossing the border on Monday": the reported act's day),
    unless written right after that verb ("said on Thursday that ..."), and not in a non-restrictive
    relative clause ("spoke about the fighting, which began on Friday").  A reaction told next answers
    the sentence's own telling, not the act it reports.  True when ``day`` is not written in ``text``."""
    at = text.find(day) if day else -1
    if at < 0:
        return True
    if NONRESTRICTIVE_RE.search(text, max(0, at - 100), at):
        return False
    m = REPORTED_AFTER_RE.search(text, 0, at)
    return m is None or SPEECH_DAY_GAP_RE.fullmatch(text, m.end(), at) is not None


def news_reaction_date(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """A wire report (a dateline opens it, its lead tells the day's news) tells the reactions to
    that news in the simple past without a date ("Tehran rejected the accusations.", "Beijing accused Washington of ...",
    "Police detained 48 protesters."):
    such a reaction, with no date, anaphor or background cue in its sentence, is dated to the
    day of the news the lead tells (the report's day, or a day of the week before it)."""
    if c.trig.etype not in NEWS_REACTION_TYPES or not ctx.ref_date or sv.index == 0:
        return None, None, ""
    if c.trig.etype == "support" and not ({p.eid for p in c.targets} | set(c.extra_targets)) - c.actor_ids:
        return None, None, ""  # "praised the police", "the two leaders welcomed the deal": no third party backed
    told = _told_part(sv.text, c.start)
    main = NONRESTR_REL_RE.sub(lambda m: " " * len(m.group(0)), sv.text)  # dates in a relative are the relative's
    if any(main[sv.rel(x.start):sv.rel(x.end)].strip() for x in sv.dates + sv.anaphors) or \
            NOT_NARRATIVE_RE.search(told) or gate_of(NEWS_BACKGROUND_RE).first(main, lower_for_gates(main)) or HABITUAL_RE.search(told) or \
            (c.trig.kind == "verb" and PRESENT_VERB_RE.fullmatch(sv.text, c.start, c.end)):
        return None, None, ""  # ("Iran regularly accuses Pakistan of …": a habit, no day's news)
    lead = dateline_lead(ctx)
    told = article_state(ctx).dates.get(lead.index) if lead is not None else None
    if lead is not None and told is not None and told[1] not in lead.text:
        # the lead's act dated by a later sentence ("said on Saturday that 30 had been killed ... ¶ The attack
        # began on Friday"): the news its reactions answer is the report's, on the day the lead writes
        day = lead_day(ctx)
        told = day[:2] if day else None
    if told is None or len(told[0]) < 10 or not within_days(told[0], ctx.ref_date, 7):
        return None, None, ""  # the lead tells older history: its reactions are no day's news
    if old_time_in_paragraph(ctx, sv, told[0]):
        return None, None, ""  # "In March 2021 X and Y held drills. Russia protested.": the paragraph's history
    before = ctx.sentences[sv.index - 1]
    prev = article_state(ctx).dates.get(before.index) or _written_day(ctx, before)
    if prev is not None and len(prev[0]) == 10 and _told_as_sentence_time(before.text, prev[1]) and within_days(prev[0], ctx.ref_date, 7) and \
            prev[0] <= ctx.ref_date[:10] and paragraph_start(ctx.text, sv.start, before.start) <= before.start:
        # "At a session on Thursday, X accused Y. Y's minister rejected the charge.": the day told just before,
        # also in a report of the publication day's news whose paragraph tells the day before ("Karimov said
        # on Saturday … ¶ He flew there on Friday … The gunmen demanded X's release.": Friday)
        return prev[0], None, f"an undated reaction told right after '{prev[1]}' in a news report: that day"
    if told[0] == ctx.ref_date[:10]:  # the lead tells the publication day's news: its reactions are that day's
        return told[0], None, "an undated reaction told in a news report of the day: the report's date"
    # the lead tells the news of a day just before publication ("TBILISI, Dec 5 - Police raided X on
    # Wednesday ..."): the reactions told later without a date answer that news, on its day
    return told[0], None, f"an undated reaction to the news the lead tells ('{told[1]}', {told[0]}): that day"
