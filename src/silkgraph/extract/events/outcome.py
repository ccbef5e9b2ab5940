"""What a meeting produced, told in the next sentence: "X met Y on Thursday. The two agreed to …".

A sentence that opens with a plural anaphor for the parties just told ("The two", "Both sides",
"They") and tells, with no date of its own, what they agreed, signed or launched is the outcome
of the meeting told in the previous sentence of the paragraph: it happened at that meeting and
takes its date.  Background told about the pair ("The two had signed a treaty", "The two sides
previously agreed …") and plans ("The two will sign …") are not outcomes."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.article import PLURAL_PRONOUN_RE, article_state
from silkgraph.extract.events.candidates import Cand
from silkgraph.nlp.dates import paragraph_start

OUTCOME_TYPES = frozenset({"agreement", "cooperation", "ceasefire"})
# the subject's words before the trigger: the anaphor opens the sentence (after a connective at most)
OPENER_RE = re.compile(r"^(?:(?:And|But|Then|There|Afterwards|Subsequently),?\s+)?")
# between the anaphor and the trigger: no pluperfect, no earlier time, no plan or modal
NOT_OUTCOME_RE = re.compile(r"\b(?:had|previously|earlier|already|before|once|long|ago|since|will|would|shall|could|"
                            r"may|might|must|plan(?:s|ned)?|intend(?:s|ed)?|hope[sd]?|expected|due)\b", re.I)


def meeting_outcome_date(sv: SentenceView, ctx: ArticleContext, c: Cand) -> tuple[str | None, str | None, str]:
    """The date of the meeting told in the previous sentence, for an outcome its parties
    (named by a plural anaphor opening this sentence) agreed with no date of their own."""
    if c.trig.etype not in OUTCOME_TYPES or sv.index == 0 or sv.dates or sv.anaphors or c.actors:
        return None, None, ""
    mine = set(c.extra_actors)
    if len(mine) < 2:
        return None, None, ""
    om = OPENER_RE.match(sv.text)
    am = PLURAL_PRONOUN_RE.match(sv.text, om.end() if om else 0)
    if am is None or am.end() > c.start or NOT_OUTCOME_RE.search(sv.text, am.end(), c.start):
        return None, None, ""
    prev = ctx.sentences[sv.index - 1]
    if paragraph_start(ctx.text, sv.start, prev.start) > prev.start:
        return None, None, ""
    for r in reversed(article_state(ctx).events):
        if r.etype != "meeting" or not r.date or not any(e.start == prev.start for e in r.fact.evidence):
            continue
        parties = set(r.fact.args.get("actors") or []) | set(r.fact.args.get("targets") or [])
        if mine <= parties:
            text = str(r.fact.args.get("date_text") or r.date)
            return r.date, None, f"the date of the meeting told in the previous sentence ('{text}'): its outcome"
    return None, None, ""
