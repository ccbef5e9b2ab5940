"""A counted group anaphor as a membership cue's whole subject ("All three belong to the OIC",
"The four countries are members of the SCO", "All of them sit in the CSTO"): it stands for the
states the previous sentence names, when that sentence names exactly as many (the count must
agree; with no count, two or more).  A count that does not agree resolves to nothing: the group
is then another one than the one just named."""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.group_nouns import STATE_NOUNS_ALT
from silkgraph.extract.pronoun import DATELINE_RE
from silkgraph.nlp.count_words import count_values

COUNTS = count_values(2, 8)
# the sentence's subject up to the cue: "All three", "The four states", "All of them", "All five of them"
COUNT_SUBJECT_RE = re.compile(
    r"\s*(?:All|The|Each\s+of\s+the)\s+(?:(?P<n>" + "|".join(COUNTS) + r")\s*)?"
    r"(?:(?:" + STATE_NOUNS_ALT + r")\s+|of\s+them\s+)?"
    r"(?:(?:also|now|still|already)\s+)?", re.I)


def count_subject(ctx: ArticleContext, sv: SentenceView, pos: int) -> tuple[list[str], str] | None:
    """The states a counted group subject standing alone before ``pos`` refers to, and why."""
    if sv.index == 0:
        return None
    dl = DATELINE_RE.match(sv.text)
    m = COUNT_SUBJECT_RE.fullmatch(sv.text, dl.end() if dl else 0, pos)
    if m is None or (m.group("n") is None and "of them" not in m.group(0).lower()):
        return None  # ("The states are members": no count and no "of them")
    if m.group("n") is None and m.group(0).strip().lower().startswith("the"):
        return None
    prev = ctx.sentences[sv.index - 1]
    ids = list(dict.fromkeys(mm.entity_id for mm in prev.mentions
                             if mm.role != "place" and ctx.etype(mm.entity_id) == "state"))
    n = COUNTS.get((m.group("n") or "").lower())
    if len(ids) < 2 or (n is not None and len(ids) != n):
        return None
    names = " and ".join(ctx.entity(i).name if ctx.entity(i) else i for i in ids)  # type: ignore[union-attr]
    return ids, f"'{m.group(0).strip()}' = {names} from the previous sentence"
