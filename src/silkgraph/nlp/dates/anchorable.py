"""Which time expressions can lend their year to a later year-less date: the
structure around a dated expression that rules it out as an anchor (part of a name,
a parenthetical or an aside, background told in a subordinate clause, a fiscal year,
a term's end or a deadline) and :func:`can_anchor`, which combines them."""

from __future__ import annotations

import re

from silkgraph.nlp.dates.find import TimeExpr
from silkgraph.nlp.dates.patterns import MONTHS

# prepositions that make a dated expression a deadline or an open start, never an anchor
ANCHOR_SKIP_PREPS = frozenset({"by", "until", "till", "before", "through", "since"})
_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*)\s$")


def in_name(text: str, te: TimeExpr) -> bool:
    """A bare year inside a name ("Vision 2030", "IDEF 2023", "Kazakhstan 2050") is a
    label, not a reference to that year.  ``te``'s offsets are into ``text``."""
    if te.kind != "absolute" or te.month is not None or te.prep:
        return False
    m = _NAME_BEFORE.search(text[max(0, te.start - 30) : te.start])
    return bool(m) and m.group(1).lower().rstrip(".") not in MONTHS


# a non-restrictive participial modifier ("the S-400, bought from Russia in 2018 for $5.4
# billion, ...") tells a background fact: its year is not the narrative's
_PARTICIPIAL_BEFORE = re.compile(
    r",\s+(?:(?:first|originally|reportedly|already|once)\s+)?(?:[a-z]+ed|bought|built|sold|made|won|"
    r"held|given|taken|brought|paid|set|begun|written|known|seen|shot|laid|put|led|left|fought)\b[^,;.]*$")
_CLAUSE_AFTER = re.compile(r"^(?:[^,;.]|\.\d){0,60},")


def parenthetical(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` (offsets into ``text``) is a year-only date in a parenthetical participle
    (", bought from Russia in 2018 for $5.4 billion,"): a background fact."""
    before = text[max(0, te.start - 60) : te.start]
    return bool(_PARTICIPIAL_BEFORE.search(before)) and bool(_CLAUSE_AFTER.match(text[te.end : te.end + 62]))


# a year told as background, in a clause subordinate to the narrative's (the text of the
# clause before the year, from its last comma, semicolon, dash or bracket): a relative
# clause ("which it has held since …", "who took office in 2019"), an open start ("since
# the flood of May 2019", "since the coup in 2014"), the pluperfect ("the embargo
# it had lifted in 2009") or a participle after a noun in object position ("revoked the
# embargo lifted in 2009", "recalled a treaty signed in 2009", "sent four jets bought for
# $120 million in 2019"; not "and the army retreated in 2009", whose noun begins a clause,
# nor a verb with an object, "of the UN set up the mission")
_CLAUSE_CUT = re.compile(r"[,;:(—–]|\.\s")
# a determiner or a number before the noun ("the", "its", "four", "12"); the word before
# it (a verb or preposition) is none of these ("the two delegations agreed …" is a clause)
_DETERMINERS = (
    r"the|a|an|its|their|his|her|this|that|these|those|some|several|many|few|both|"
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|hundreds?|dozens?"
)
_SUBORDINATE = re.compile(
    r"\b(?:which|who|whom|whose|since)\b|\b(?:had|’d|'d)\s+(?:been\s+|not\s+|never\s+|already\s+)?[a-z]+"
    r"|\b(?!(?:and|but|or|nor|then|so|yet|while|when|as|because|after|before|until|once|if|though|"
    r"although|" + _DETERMINERS + r")\s)[a-z]+\s+(?:" + _DETERMINERS + r")\s+"
    r"(?:(?!(?:was|were|is|are|be|been|being|has|have|had)\s)[\w’'-]+\s+){0,3}?"
    r"(?:[a-z]+ed|built|bought|sold|made|won|held|given|taken|brought|paid|set|begun|written|known|"
    r"laid|put|led|fought|signed|drawn|struck|sent)\s+(?:(?:in|on|at|from|by|for|to|with|under|during|"
    r"into|after|of|between|over|as|through)\s+(?:[\w$€£’'.-]+\s+){0,4}?)?$")
# an aside set off by brackets or a pair of dashes ("the deal (signed in 2019) lapsed",
# "the deal — a relic of 2019 — lapsed"): the bracket or dash is open before the year
# in its sentence and closes after it
_DASH = re.compile(r"\s[—–]\s|—")  # a spaced dash, or an em dash written solid
# a sentence boundary: final punctuation before a capital or a quote, or a line break
SENTENCE_CUT = re.compile(r"[.!?…]\s+(?=[A-Z\"“‘'(])|\n")


def aside(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` (offsets into ``text``) stands in a parenthetical aside of its
    sentence: inside brackets ("the deal (signed in 2019) lapsed") or between a pair of
    dashes ("the deal — a relic of 2019 — lapsed")."""
    a = max(0, te.start - 160)
    for m in SENTENCE_CUT.finditer(text, a, te.start):
        a = m.end()
    m = SENTENCE_CUT.search(text, te.end, te.end + 160)
    b = m.start() if m else min(len(text), te.end + 160)
    if text.rfind("(", a, te.start) > text.rfind(")", a, te.start):
        return text.find(")", te.end, b) >= 0
    if len(_DASH.findall(text, a, te.start)) % 2 == 1:
        return _DASH.search(text, te.end, b) is not None
    return False


# a participle after the subject's noun, and the subject's verb right after the date: "two
# helicopters bought from X in 2015 were shot down", "the base, built in 1962, was closed"
_PARTICIPLES = (r"[a-z]+ed|built|bought|sold|made|won|held|given|taken|brought|paid|set|begun|written|known|"
                r"laid|put|led|fought|signed|drawn|struck|sent")
_REDUCED_BEFORE = re.compile(r"\b[A-Za-z][\w\-]*,?\s+(?:" + _PARTICIPLES + r")\s+"
                             r"(?:(?:from|by|to|for|with|under|at)\s+(?:[\w’'.\-]+\s+){0,3}?)?$")
_VERB_AFTER = re.compile(r"\s*,?\s*(?:was|were|is|are|has|have|had)\b")
# an indefinite noun phrase in apposition, with a participle: ", an event first reported in 2021",
# ", a deal signed in May 2019", ", a step taken that March": a comment on what the clause told
_APPOSITION = re.compile(r",\s+(?:an?|one)\s+(?:[\w’'-]+\s+){1,2}?(?:(?:first|later|only|originally|since|also)\s+)?"
                         r"(?:" + _PARTICIPLES + r")\s+(?:(?:in|on|at|from|by|for|to|with|under|during|after)\s+"
                         r"(?:[\w$€£’'.-]+\s+){0,3}?)?$")


def background(text: str, te: TimeExpr) -> bool:
    """Whether the year of ``te`` (offsets into ``text``) is told in a clause subordinate
    to the narrative's: a relative clause, an open start, the pluperfect or a participle
    modifying a noun ("the embargo it had lifted in 2009", "since the flood of May 2019",
    "a treaty signed in 2009", "drones bought in 2019 were shot down", an apposition ", an event
    first reported in 2021"), or a bare year in a
    parenthetical aside (:func:`aside`);
    see :func:`local_anchors`."""
    if te.month is None and aside(text, te):
        return True
    if _VERB_AFTER.match(text, te.end) and _REDUCED_BEFORE.search(text, max(0, te.start - 80), te.start):
        return True
    if _APPOSITION.search(text, max(0, te.start - 80), te.start):
        return True
    a = max(0, te.start - 90)
    for m in _CLAUSE_CUT.finditer(text, a, te.start):
        a = m.end()
    return _SUBORDINATE.search(text[a : te.start]) is not None


def fiscal_year(te: TimeExpr) -> bool:
    """A fiscal or season year written as a range of two calendar years ("2025–26",
    "FY2025-26", "2024/25"): one current year, not a span whose end has passed."""
    if te.kind != "range" or te.year is None or te.end_year != te.year + 1:
        return False
    m = _FISCAL.search(te.text)
    return m is not None and (m.group(1) == "/" or len(m.group(2)) == 2)


_FISCAL = re.compile(r"\d{4}\s?([-–—/])\s?(\d{4}|\d\d)$")


# the verb or adverb before "to" when a year ends a term: "runs to 2042", "extended to
# 2042", "up to 2030"; "dates back to 2019" and "from 2010 to 2019" look back
_TO_BEFORE = re.compile(r"(?:^|[^\w])([A-Za-z’']+)\s+to\s+$")
_LOOK_BACK = frozenset({"back", "date", "dates", "dated", "dating", "traced", "from", "compared",
                        "relative", "similar", "comparable", "equivalent", "contrast"})
# the plan or term a year or range names: "the 2025–2030 programme", "its 2035 strategy"
_PLAN_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:programmes?|programs?|plans?|strateg(?:y|ies)|concepts?|"
    r"roadmaps?|agendas?|frameworks?|doctrines?|targets?|goals?|horizons?|timelines?|"
    r"agreements?|contracts?|leases?|budgets?|mandates?|terms?)\b"
)


def term_end(text: str, te: TimeExpr) -> bool:
    """A year that ends or names a term of validity, a lease or a plan rather than a time
    already reached: "an agreement that runs to 2042", "extended to 2042", "up to 2030",
    "the 2025–2030 programme", "its 2035 strategy" (deadline prepositions, "by 2030",
    "until 2042", are the caller's ``prep``; names like "Vision 2030" are :func:`in_name`).
    ``te``'s offsets are into ``text``."""
    if te.year is None or te.month is not None or te.prep or te.kind not in ("absolute", "range"):
        return False
    m = _TO_BEFORE.search(text, max(0, te.start - 30), te.start)
    if m is not None and m.group(1).lower() not in _LOOK_BACK:
        return True
    if te.kind == "range" and fiscal_year(te):
        return False
    before = text[max(0, te.start - 12) : te.start].lower()
    attributive = te.kind == "range" or before.endswith(("the ", "its ", "their ", "a ", "’s ", "'s "))
    return attributive and _PLAN_AFTER.match(text, te.end, te.end + 60) is not None


def can_anchor(text: str, te: TimeExpr) -> bool:
    """Whether ``te`` can lend its year to a later year-less date: a written year that
    is not a deadline or an open start ("by 2030", "since 2020"), a range, a decade or
    part of a name.  A bare year must set the time of the telling ("in 2023", "late
    2023"); used as an attribute ("the 2025 Global Terrorism Index") it does not, nor
    does a year-only date inside a parenthetical participle (", bought in 2018 for X,")."""
    return (
        te.kind == "absolute"
        and te.year is not None
        and te.prep not in ANCHOR_SKIP_PREPS
        and (te.month is not None or te.prep is not None or te.modifier is not None)
        and not in_name(text, te)
        and not term_end(text, te)
        and not (te.month is None and parenthetical(text, te))
    )
