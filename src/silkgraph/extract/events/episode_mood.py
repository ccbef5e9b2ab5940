"""Stepping back and recognition told by a noun that names no act done: "Russia blocked recognition of
Kosovo", "Armenia threatened a freeze of its participation", "Armenia may announce a suspension of its
membership", "calls for recognition of Abkhazia", "Kazakhstan's recognition of the Taliban would be premature".

Such a noun names the act as a thing blocked, refused, threatened, weighed, asked for or foreseen: nothing was
done.  Three structures are read (the words are data: ``unrealised_*`` in ``ontology/episodes.yaml``):

1. the noun is the object of a verb of preventing, refusing, threatening, weighing or asking, right before its
   phrase (a determiner and adjectives between): "blocked (the) recognition of", "threatened in March 2024 a
   freeze of" (a time adverbial between the verb and its object is skipped);
2. its phrase follows a modal and one verb ("may announce a suspension of") or a noun of want, lack or
   prospect and "of"/"for" ("the lack of recognition of", "calls for the recognition of");
3. the noun opens its clause's subject and the clause's predicate is a modal ("X's recognition of Y in 2026
   would be premature"): nothing but the noun's own complements stand between it and the modal.  A past
   act dated in its own phrase is told with what came of it ("Turkey's recognition of Kosovo in 2008 would
   anger Serbia for years": a future in the past) and stays an event.

Only nouns of the types listed (``unrealised_types``) are read: the act of such a noun is what the clause is
about, so a denial or a plan around it is its own.  The verb, where it is an act (a threat, a demand), is
read on its own by the trigger list.
"""

from __future__ import annotations

import re

from silkgraph.extract.context import ArticleContext, SentenceView
from silkgraph.extract.events.candidates import Cand
from silkgraph.extract.events.episode_date import load_episodes
from silkgraph.extract.events.mod_future import after_report


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_DATA = load_episodes()
TYPES = frozenset(_DATA["unrealised_types"])
# the determiner and adjectives of the noun's phrase, read back from the noun
_NP_OPEN = r"(?:(?:the|an?|any|its|their|such|further|formal|full|official|diplomatic|possible|eventual|early|" \
           r"quick|immediate|partial|complete|temporary|new)\s+)*"
# a time adverbial between a verb and its object: "threatened in March 2024 a freeze"
_TIME = r"(?:(?:in|on|by|at|during|since)\s+(?:[\w\-]+\s+){0,3}?(?:\d{4}|\d{1,2})\s*,?\s+)?"
BEFORE_RE = re.compile(
    r"(?:\b(?:" + _alt(_DATA["unrealised_verbs"]) + r")\s+" + _TIME +
    r"|\b(?:" + _alt(_DATA["unrealised_modals"]) + r")\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]+\s+" +
    r"|\b(?:" + _alt(_DATA["unrealised_nouns"]) + r")\s+(?:of|for)\s+)" + _NP_OPEN + r"$", re.I)
# the noun's own complements, then the modal heading its clause's predicate (no finite verb, no clause break)
_WORD = r"(?!(?:that|which|who|was|were|is|are|has|have|had|did|does|do|and|but)\b)[\w\-’']+"
AFTER_RE = re.compile(r"^(?:\s+" + _WORD + r"){0,10}?\s+(?:" + _alt(_DATA["unrealised_after_modals"]) + r")\b",
                      re.I)
# the noun opening its clause's subject: nothing before it but a possessor or determiner and its adjectives
SUBJECT_START_RE = re.compile(r"(?:^|[,;:—–]\s+|\s-\s+)(?:(?:[\w\-]+\s+){0,3}?[\w\-]+[’']s\s+|the\s+|an?\s+|any\s+)?" +
                              _NP_OPEN + r"$", re.I)


def unrealised(sv: SentenceView, ctx: ArticleContext, c: Cand) -> bool:
    """Whether the candidate is a noun of stepping back or recognition that names no act done (see the module)."""
    if c.trig.kind != "noun" or c.trig.etype not in TYPES:
        return False
    text = sv.text
    if BEFORE_RE.search(text, max(0, c.start - 60), c.start):
        return True
    if SUBJECT_START_RE.search(text, max(0, c.start - 60), c.start) is None:
        return False
    after = AFTER_RE.match(text[c.end:c.end + 120])
    if after is None:
        return False
    # "Turkey's recognition of Kosovo in 2008 would anger Serbia for years": a past act dated in its own phrase,
    # told with what came of it (a future in the past), is done
    iso, written = c.date[0], c.date[1]
    return not (iso and written and written in after.group(0) and not after_report(ctx, iso))
