"""Shares owned through "its" when the figure heads its clause and no actor is tied to it.

* "About 80 percent of its cultivated land depends on the river": a share of what "its" owner
  has (land, water, an economy, its trade) is that owner's, and "its" stands for the state the
  sentence, else the previous sentences, is about (``pronoun.subject_antecedent`` /
  ``pronoun.state_topic``; a possessor subject counts: "X's exposure is severe. About 80 percent
  of its land …").

It is read only in the fallback, after every reading that names an actor has failed, so an
actor of the clause ("X gets 40 percent of its gas from Y") keeps its figure.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.pronoun import state_topic, subject_antecedent
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics.patterns import Stat

# "… percent of its (cultivated) land": the owned noun after "of its" (the nouns of ``ECONOMY_NOUN_RE``)
ITS_SHARE_RE = re.compile(r"\s+of\s+(?P<its>its)\s+" + P.ECONOMY_NOUNS)


def _owner_of_its(sv: SentenceView, ctx: ArticleContext, pos: int) -> tuple[str, str] | None:
    """The state "its" at ``pos`` stands for: an actor before it in the sentence (its subject),
    else the state the sentences before are about (a possessor subject counts), when that state is
    named in the sentence or the one before."""
    got = subject_antecedent(ctx, sv, pos)
    if got is not None and not any(sv.rel(m.start) < pos for m in sv.mentions):
        got = None  # (only the previous sentence's plain subject: prefer the topic, which reads possessors)
    got = got or state_topic(ctx, sv, pos)
    if got is None or sv.index == 0:
        return None
    near = [sv, ctx.sentences[sv.index - 1]]  # (a topic named only further back may have given way to
    # another owner the previous sentence names by a common noun: "The company is struggling.")
    return got if any(m.entity_id == got[0] for v in near for m in v.mentions) else None


def its_share(sv: SentenceView, ctx: ArticleContext, lo: int, st: Stat) -> tuple[str, str] | None:
    """"About 80 percent of its cultivated land …": the owner of "its" for a share heading its clause."""
    if st.unit != "percent" or not P.HEADS_CLAUSE_RE.fullmatch(sv.text, lo, st.start):
        return None
    m = ITS_SHARE_RE.match(sv.text, st.end)
    if m is None:
        return None
    got = _owner_of_its(sv, ctx, m.start("its"))
    return (got[0], f"the owner of 'its' whose share it is: {got[1]}") if got else None

