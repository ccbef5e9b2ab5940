"""A count whose sentence opens with "It" and a counting verb: "It keeps roughly 3,000 soldiers at
Gyumri" counts what "It" stands for (moved out of the statistics package's entry module)."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.statistics import patterns as P
from silkgraph.extract.statistics import subjects as S
from silkgraph.extract.statistics.cue_regexes import Cues
from silkgraph.extract.statistics.patterns import Stat


def it_deploys(sv: SentenceView, ctx: ArticleContext, c: Cues, lo: int, st: Stat) -> tuple[str, str] | None:
    """"It keeps roughly 3,000 soldiers at Gyumri": a count whose sentence opens with the subject
    "It" and a counting verb right before the figure (no actor named between) is the count of what
    "It" stands for (the previous sentence's subject)."""
    if not sv.text.lstrip().startswith("It ") or any(sv.rel(m.start) < st.start for m in sv.mentions):
        return None
    im = P.IT_SUBJECT_RE.match(sv.text)
    if im is None or not c.count_cues.search(sv.text, im.end("it"), st.start) \
            or re.search(r"[,;:]|\b(?:which|who|that|while|whereas)\b", sv.text[im.end():st.start]):
        return None
    return S._it_subject(sv, ctx, lo, st)
