"""A clause of the present around a date told in passing: the narrative's year does not run on.

A year-less date ("on 8 October", "in late April") takes the year of the dated reference told
before it (:func:`silkgraph.nlp.dates.anchors.local_anchors`, :mod:`.year_backdrop`).  Two
structures of the text say that reference is not the narrative's time:

- the reference is told in passing (a participle, a relative clause, "since", "after", "the
  floods of …") beside a main clause told in the present ("Tajikistan still relies on batteries
  delivered under an accord signed in March 2009."; "Armenia, which froze its role in February
  2022, has diversified its suppliers."): the sentence is about now, so the next sentence's
  year-less date is of the time of writing;
- the year-less date itself is told in a relative clause of a sentence about the present ("It is
  also a partner of the forum, whose trade envoys gathered on 9 May."; "X remains a party to the
  treaty, which Y declined to renew in April."): it dates the present's backdrop, not the story.

Unless the later sentence carries on the earlier story (:func:`carries_on_story`): told in the past
with nothing of the present, it links back to it by a word of time ("days after the vote", "later
that month") or names again the person whose past the date told ("Ivanov, who took office in May
2015, now chairs the board. Ivanov and Petrov met in Sochi on 2 June.").

The words of the present and the links are data (``resources/ontology/present_tense.yaml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.nlp.dates.find import TimeExpr
from silkgraph.resources import load_yaml

# the clause a date sits in: between the commas, semicolons or dashes around it
_CLAUSE_EDGE_RE = re.compile(r"[,;:()]|\s[–—]\s")
# a word opening a subordinate element inside a clause: the date's element starts there
_SUBORDINATOR_RE = re.compile(r"\b(?:since|after|following|which|who|whom|whose|when|where)\b", re.I)
_QUOTED_RE = re.compile(r"[\"“][^\"”]*[\"”]")


@lru_cache(maxsize=1)
def _present_re() -> re.Pattern[str]:
    cues = load_yaml("ontology/present_tense.yaml")
    words = [str(w) for key in ("auxiliaries", "adverbs") for w in cues[key]]
    alts = "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + r")\b", re.I)


def clause_around(text: str, start: int, end: int, te: TimeExpr) -> tuple[int, int]:
    """The element of the sentence ``text[start:end]`` that holds ``te``, as offsets: from the
    last clause edge before the date (a comma, semicolon, parenthesis, dash), or the last word
    opening a subordinate element after it ("since", "after", "which"), to the first clause edge
    after the date, or the sentence's ends."""
    a = start
    for m in _CLAUSE_EDGE_RE.finditer(text, start, te.start):
        a = m.end()
    for m in _SUBORDINATOR_RE.finditer(text, a, te.start):  # "Ties have been strained since …"
        a = m.start()
    if _SUBORDINATOR_RE.fullmatch(te.prep or ""):  # "… has unwound the ties it built after May 2001"
        a = max(a, te.start)
    m = _CLAUSE_EDGE_RE.search(text, te.end, end)
    return a, (m.start() if m else end)


def told_in_present(text: str, start: int, end: int, skip: tuple[int, int]) -> bool:
    """Whether the sentence ``text[start:end]``, leaving out the clause ``skip`` (the date's own)
    and quoted words, says something of the present ("has diversified", "is now smaller",
    "still relies on")."""
    rest = text[start:skip[0]] + " , " + text[skip[1]:end]
    rest = _QUOTED_RE.sub(" ", rest)
    return _present_re().search(rest) is not None


@lru_cache(maxsize=1)
def _link_re() -> re.Pattern[str]:
    links = load_yaml("ontology/present_tense.yaml")["story_links"]
    return re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in links) + r")(?!\w)", re.I)


# a verb of the past: a regular "-ed" form or a common irregular one
_PAST_RE = re.compile(r"\b(?:\w+ed|met|went|came|became|took|gave|held|made|won|lost|fought|struck|hit|shot|"
                      r"saw|began|did|set|put|paid|led|left|kept|told|found|ran|sent|sold|bought|built|"
                      r"brought|said|spoke|wrote|flew|drew|fell|rose|chose|broke|stood|sat|swore|sought|"
                      r"fled|withdrew|overran|froze)\b", re.I)
# the name a person's relative clause is told of: "Ivanov, who …", "President Ivanov (who …"
_PERSON_BEFORE_RE = re.compile(r"\b([A-Z][\w'’-]+)\s*[,(]?\s*$")
_PERSON_REL_RE = re.compile(r"(?:who|whom)\b", re.I)


def carries_on_story(
    text: str, anchor_sentence: tuple[int, int], anchor: TimeExpr, te_sentence: tuple[int, int]
) -> bool:
    """Whether the later sentence ``te_sentence`` carries on the story the ``anchor`` told in
    passing: it is told in the past with no word of the present, and links back by a word of time
    ("weeks after the vote", "that same month") or names again the person whose relative clause
    holds the anchor ("Ivanov, who took office in May 2015, now chairs …" / "Ivanov and Petrov met
    on 2 June")."""
    t0, t1 = te_sentence
    if told_in_present(text, t0, t1, (t0, t0)) or not _PAST_RE.search(_QUOTED_RE.sub(" ", text[t0:t1])):
        return False
    if _link_re().search(text, t0, t1):
        return True
    a0, a1 = anchor_sentence
    c0, _c1 = clause_around(text, a0, a1, anchor)
    if not _PERSON_REL_RE.match(text, c0):
        return False
    m = _PERSON_BEFORE_RE.search(text[a0:c0])
    return m is not None and re.search(r"\b" + re.escape(m.group(1)) + r"\b", text[t0:t1]) is not None


def passing_beside_present(text: str, start: int, end: int, te: TimeExpr) -> bool:
    """Whether ``te``, told in a subordinate element of the sentence ``text[start:end]`` (the
    caller has judged that), stands beside a main clause of the present."""
    return told_in_present(text, start, end, clause_around(text, start, end, te))
