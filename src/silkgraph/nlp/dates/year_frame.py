"""Whether a dated anchor sets the narrative's year for a later year-less day ("on April 22").

A careful reader of an analysis takes a bare day in the year the discourse is in.  A year
written alone at the end of a clause dates one background fact ("set up a council in 2019,
and … on April 22", "bought under a contract signed in 2018. … said on May 12"): the writer
wrote the year because it is *not* the narrative's, and the next bare day goes on in the
narrative's own time (the present, or the time an earlier sentence set).  A year fronted in
its sentence frames what follows ("In 2019, X opened its borders. On March 9 …"), and a
month or a day with its year ("in September 2022", "on 27 September 2020") is a point of the
narrative that a bare day soon after it continues: those lend their year.
"""

from __future__ import annotations

import re

from silkgraph.nlp.dates.find import TimeExpr

# a sentence start before a fronted year: final punctuation and blanks, or a line break
_SENT_START = re.compile(r"(?:[.!?…][\"”’')\]]*\s+|\n\s*)$")
# what may stand before a fronted date in its sentence: a connective or a short adverb
_FRONT_LEAD = re.compile(
    r"(?:(?:and|but|then|later|also|so|yet|only|even|already|back|as\s+early\s+as|as\s+late\s+as|"
    r"by\s+contrast|meanwhile|moreover|finally|again)[\s,]+)*$", re.I)
_LOOK_BACK = 200


def fronted(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` (offsets into ``text``) opens its sentence, after at most a connective
    ("In 2019, …", "Then in 2019 …", "But in 2020 …"): a frame for what follows."""
    lo = max(0, te.start - _LOOK_BACK)
    head = text[lo:te.start]
    cut = -1
    for m in re.finditer(r"[.!?…][\"”’')\]]*\s+|\n", head):
        cut = m.end()
    if cut < 0 and lo > 0:
        return False
    lead = head[cut:] if cut >= 0 else head
    return _FRONT_LEAD.fullmatch(lead) is not None


def year_only(te: TimeExpr) -> bool:
    """A written year with no month ("in 2019", "2018"): the date of one fact, not a point."""
    return te.kind == "absolute" and te.year is not None and te.month is None and not te.modifier


def lends_year(text: str, cand: TimeExpr, te: TimeExpr, para_start: int) -> bool:
    """Whether the anchor ``cand`` lends its year to the year-less day ``te``.  A year alone
    lends it when it frames what follows: fronted in its sentence ("In 2020, …"), in the
    sentence that opens its paragraph (``para_start``: "The quarrel flared in 2020. On 8 May
    …", a topic sentence), in the day's own clause ("chaired it in 2024 and hosted its
    summit on 28 November") or in the clause just before one that goes on with a pronoun, in its
    sentence or the next ("the army retreated in 2009, and on August 2 it left", "it withdrew in
    2018. On June 3 it returned").  Not when it dates one fact at the end of a clause in the middle
    of a paragraph ("set up a council in 2019, and … on April 22"; see the module)."""
    if te.year is not None or te.day is None or te.month is None or te.kind != "partial":
        return True
    if not year_only(cand) or fronted(text, cand):
        return True
    if para_start <= cand.start and _SENTENCE_END.search(text, para_start, cand.start + 1) is None:
        return True  # the paragraph's topic sentence
    # the same clause, or a clause (of its sentence or the next) going on with the same actor
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(text, cand.end, te.start + 1)]
    if not cuts:
        return True  # (no comma, semicolon, dash or sentence end between them)
    a = min(cuts[-1], te.start)
    head = text[a:te.start] if _WORD.search(text, a, te.start) else text[te.end:te.end + 40]
    return _PRONOUN_HEAD.match(head) is not None


# a clause or sentence break between an anchor and a later day
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\n|[.!?…][\"”’')\]]*\s+(?=[A-Z\"“‘'(])")
_WORD = re.compile(r"\b(?!(?:and|but|then|so|yet|or)\b)[A-Za-z]")
# the clause of the day goes on with the actor of the anchor's clause: "…in 2009, and on August 2 it left"
_PRONOUN_HEAD = re.compile(r"\s*,?\s*(?:(?:and|but|then|so|yet)\s+)?(?:it|they|he|she|its|their|his|her)\b", re.I)

# a sentence end before an anchor, within its paragraph
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[A-Z\"“‘'(])")
