"""The event a bare definite event noun of a wire report names ("the attack", "the strike").

Structure read: in a wire report (a dateline opens it and its lead tells one day's news), an undated
"the attack"/"the strike"/"the bombings" told in a later paragraph names the report's own news
episode, even when the lead also recalled an older event of the same kind in passing ("the
deadliest since ... a decade ago", "a raid last month on ...").  Coreference (``records._coref``)
takes the latest same-kind event told, which there is the background one; its date then spreads to
the acts told with the noun ("told her the strike was unacceptable": the call) and, through
``fallback_dates._episode_date``, to the next undated act ("It also lodged a protest ...").
Within the sentence's own paragraph the latest event told stays the referent (the narrative is on
it: "In September X blacklisted Y. China said at the time that the sanctions ...").

Measured over all development wires (news-*, before this rule): of the gold events we dated wrongly
from an undated sentence, 3 in 3 writers' series (news-5, news-56, news-59) took a background year
or month this way ('2023-11', '2001', '2009') where the writers gave the news episode's day.  The
writers' shared convention for an undated simple-past act in a wire item is the day of the episode
told just before, else the lead's news day (already read by ``news.news_reaction_date``).
"""

from __future__ import annotations

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import ArticleState, EventRecord
from silkgraph.extract.events.news import dateline_lead, within_days
from silkgraph.nlp.dates import paragraph_start

NEWS_WEEK_DAYS = 7  # a wire report's news: its day or the days of the week before it


def news_week_coref(ctx: ArticleContext, sv: SentenceView, st: ArticleState, r: EventRecord, etype: str,
                    ids: set[str]) -> EventRecord:
    """The event an undated bare definite noun ("the attack", "the strike") of a wire report names:
    ``r`` (the latest same-kind event told) unless ``r`` is older than the report's week while an
    event of that kind dated within the week, sharing a party (or any, when the noun names none),
    was told earlier: the report's news, not a background event recalled in passing ("the
    deadliest since ... a decade ago").  ``r`` told in the sentence's own paragraph is kept: the
    narrative is on it ("In September Washington blacklisted X. China said at the time that the
    sanctions ...")."""
    ref = ctx.ref_date
    if not r.date or not ref or len(ref) < 10 or within_days(r.date, ref, NEWS_WEEK_DAYS) or \
            dateline_lead(ctx) is None:
        return r
    last = max((e.start for e in r.fact.evidence), default=0)
    if last >= sv.start or paragraph_start(ctx.text, sv.start, last) <= last:
        return r  # told in this paragraph
    for o in reversed(st.events):
        if o.etype == etype and o.date and len(o.date) == 10 and within_days(o.date, ref, NEWS_WEEK_DAYS) and \
                (not ids or o.parts & ids):
            return o
    return r
