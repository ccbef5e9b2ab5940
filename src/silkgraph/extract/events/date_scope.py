"""Dates a sentence writes for other words than the event's trigger (event dating, :mod:`dates`):

* a year written after "of" that postmodifies a noun ("the Treaty of 1960", "the killings of 1915"; also
  "the quarrel over 1915")
  dates that noun, not the clause's event (unless the noun is the trigger: "the war of 2020");
* a date told before a subordinate clause ("said on 3 May that X was unacceptable because it …")
  still dates a verb coordinated after the comma that closes that clause (", and urged Y …");
* a date inside a phrase or clause opened by "since" ("the heaviest fighting since the Taliban returned
  to power in 2021", "the deadliest attack since the siege of 2004") tells when a span began: it dates
  no event of the sentence told outside that phrase;
* a date in a non-restrictive relative clause on the subject that tells the subject's own act in the
  simple past ("X, who visited the crossing on Monday, announced aid") dates the main clause's act of the
  same episode when the sentence writes no other date for it; not the pluperfect ("who had arrived"), a
  present ("who takes office on Sunday"), "whose", nor a main verb in the present perfect ("China, which
  accepted an envoy in 2024, has signed contracts": a state of affairs since);
* a date closing a noun phrase that a prepositional relative follows ("a summit on 5 June, at which Z was
  admitted") dates the relative's event: it happened at that occasion.
"""

from __future__ import annotations

import re

from silkgraph.extract.events.candidates import COMMA_COORD_RE, SUBORDINATOR_RE
from silkgraph.extract.events.patterns import HARD_BOUNDARY_RE
from silkgraph.nlp.dates import TimeExpr

# "the Treaty of 1960", "the killings of 1915": a year postmodifying a noun (not a quantity: "much of 2025")
OF_YEAR_RE = re.compile(r"(?<![Mm]uch )(?<![Mm]ost )(?<![Pp]art )(?<![Hh]alf )(?<![Aa]ll )\b[A-Za-z][\w\-’']+\s+$")

PREP_BEFORE_RE = re.compile(r"\b(over|about)\s+$", re.I)  # a preposition the date finder leaves out
DET_NOUN_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w\-’']+\s+){0,2}[\w\-’']+\s+$", re.I)


def names_a_noun(text: str, d: TimeExpr, a: int, trig_end: int) -> bool:
    """Whether ``d`` (at ``a`` in ``text``) is a year written after "of" that postmodifies a noun other
    than the event's trigger (which ends at ``trig_end``): it dates that noun, not the clause's event."""
    pm = None if d.prep else PREP_BEFORE_RE.search(text, max(0, a - 8), a)
    prep = d.prep or (pm.group(1).lower() if pm else "")
    if pm is not None:
        a = pm.start()
    if d.month is not None or d.kind in ("range", "decade") or prep not in ("of", "over", "about"):
        return False
    if trig_end <= a and not text[trig_end:a].strip():
        return False  # "the war of 2020": the trigger's own year
    if prep != "of":  # "the quarrel over 1915", "a dispute about 1971": the object of a noun's preposition
        return DET_NOUN_RE.search(text, max(0, a - 50), a) is not None
    return OF_YEAR_RE.search(text, max(0, a - 40), a) is not None


def subordinate_closed(text: str, lo: int, trig: int) -> bool:
    """Whether the only hard boundaries between a date at ``lo`` and a verb at ``trig`` are subordinators
    whose clause a comma closes before the verb's coordinator ("said on May 3 that X was unacceptable
    because it undermined Y, and urged Z …"): the verb goes on with the main clause, and its date."""
    hits = list(HARD_BOUNDARY_RE.finditer(text, lo, trig))
    return bool(hits) and COMMA_COORD_RE.search(text, max(0, trig - 30), trig) is not None and \
        all(SUBORDINATOR_RE.fullmatch(h.group(0)) for h in hits)


# ", at which Z was admitted": a prepositional relative opened right after the date, its clause unbroken
OCCASION_REL_RE = re.compile(r",?\s*(?:at|during|in|on)\s+which\s+[^,;:()—–]*$")


def occasion_relative(text: str, date_end: int, trig_start: int) -> bool:
    """The trigger at ``trig_start`` is in a prepositional relative clause ("at which", "during which")
    that follows the date ending at ``date_end``: the date is the occasion's, and so the event's."""
    return 0 <= trig_start - date_end <= 80 and OCCASION_REL_RE.match(text, date_end, trig_start) is not None


# the sentence's subject (a name: not "A report by X, published on 12 May, found …", whose date is the
# report's own), then a comma opening an apposition that is a past
# participle (", founded in 1985,", ", kept afloat by X when …,") or a noun phrase (", Baku's ally under …,",
# ", a member since …,"), not a time adjunct (", on 5 May,", ", two days later,") nor a present participle
# (", speaking on Tuesday,": the main act's own occasion)
SUBJECT_APPOSITION_RE = re.compile(
    r"(?:The\s+)?(?!(?:A|An|The|This|That|These|Those|Its|Their|His|Her|Our|Some)\s)[A-Z][\w\-’'.]*"
    r"(?:\s+[\w\-’'.]+){0,7}?,\s+"
    r"(?!(?:on|in|at|during|after|before|since|by|until|from|last|this|that|next|earlier|later|then|"
    r"early|late|mid|two|three|four|five|six|a\s+day|a\s+week|a\s+month|a\s+year|one\s+day|speaking|"
    r"who|which|whose|where|when|while|as|if|though|although|because|however|meanwhile|too|also|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?:[a-z]+ed|(?:re|un|over|under)?(?:kept|built|bought|sold|made|won|held|given|taken|brought|set|known|seen|led|left|"
    r"born)|(?:an?|the|its|their|his|her|[A-Z][\w\-]*[’']s)\s)")


def in_subject_apposition(text: str, lo: int, trig: int, start: int = 0) -> bool:
    """Whether the date at ``lo`` stands in an apposition to the sentence's subject that a comma closes
    right before the predicate holding the trigger at ``trig`` ("Sri Lanka, kept afloat by X when it
    defaulted in 2022, has barred …", "Türkiye, Baku's ally under the 2021 accord, welcomed …"): the
    apposition's own time, not the predicate's.  ``start``: where the sentence's clause begins (after a dateline)."""
    start += len(text[start:]) - len(text[start:].lstrip(" \t—–-"))
    opener = text.find(",", start)
    if opener < 0 or opener > lo or opener - start > 60:
        return False
    close = text.find(",", lo, trig)
    if close < 0 or "," in text[close + 1:trig] or HARD_BOUNDARY_RE.search(text, close, trig):
        return False
    m = SUBJECT_APPOSITION_RE.match(text, start)
    return m is not None and m.end() <= lo and text.find(",", start, m.end()) == opener and \
        "," not in text[opener + 1:lo] and ";" not in text[start:trig]


# the date closes a conjunct ("recalled its envoy on Monday", "visited X last week,") that a coordinator
# ends, and the trigger opens the next conjunct right after it (", and signed", " and Greece summoned")
PREV_CONJUNCT_RE = re.compile(r"[^,;:()—–]{0,40}?(?:,\s*(?:and\s+)?then|,?\s+and(?:\s+then)?)\s+"
                              r"(?:(?:also|later|again|then)\s+)?")
SENTENCE_OPEN_RE = re.compile(r"\W*(?:[\w\-’']+\W+){0,1}$")
# the next conjunct opens with a subject of its own: "the accord lapsed in 2021 and India withdrew …",
# "… in 2019 and the government then closed …" (a name, a pronoun or a definite noun phrase)
NEW_SUBJECT_CONJUNCT_RE = re.compile(r"[^,;:()—–]{0,40}?\s+and\s+(?:(?:it|they|he|she)|(?:the\s+)?"
                                     r"(?:[A-Z][\w\-’']*\s+){1,3}|the\s+(?:[a-z][\w\-’']*\s+){1,2})"
                                     r"(?:(?:also|later|again|then)\s+)?")


def previous_conjunct(text: str, a: int, b: int, trig: int) -> bool:
    """Whether the date ``text[a:b]`` closes the conjunct before the one the trigger at ``trig`` opens
    ("recalled its envoy on Monday and summoned Y's envoy on Tuesday", "the accord lapsed in 2021 and India
    withdrew its troops in 2022": the next conjunct may have a subject of its own): it dates that conjunct's act, and
    yields to a date of the trigger's own conjunct.  A date opening the sentence frames both conjuncts."""
    return (PREV_CONJUNCT_RE.fullmatch(text, b, trig) is not None or
            NEW_SUBJECT_CONJUNCT_RE.fullmatch(text, b, trig) is not None) and SENTENCE_OPEN_RE.match(text[:a]) is None


def _coarse(d: TimeExpr) -> bool:
    return d.month is None and d.day is None and d.kind not in ("relative", "anaphoric")


def own_conjunct_date(text: str, d: TimeExpr, others: list[tuple[TimeExpr, int]], trig_end: int) -> bool:
    """Whether a date as fine as ``d`` (a point in time, ``on``/``in``/``at`` or bare) follows the trigger
    ending at ``trig_end`` in its own clause (``others``: the sentence's dates with their offsets)."""
    return any(trig_end <= a <= trig_end + 80 and (x.prep or "on") in ("on", "in", "at") and x.kind not in ("range", "decade") and
               (not _coarse(x) or _coarse(d)) and not HARD_BOUNDARY_RE.search(text, trig_end, a)
               for x, a in others)


INDEFINITE_BEFORE_RE = re.compile(r"\b(?:an?)\s+(?:[a-z][\w\-]*\s+){0,2}$")


def indefinite_noun(text: str, trig: int) -> bool:
    """Whether the noun trigger at ``trig`` is indefinite ("had agreed to an immediate truce"): a new event
    told, not one referred back to ("alleged that X had carried out the attack")."""
    return INDEFINITE_BEFORE_RE.search(text, max(0, trig - 40), trig) is not None


# "since" opening a phrase or clause; the phrase runs to the next comma, semicolon, colon or bracket
SINCE_WORD_RE = re.compile(r"\bsince\b", re.I)
PHRASE_END_RE = re.compile(r"[,;:()—–]|\.\s|\.$")


# a finite verb of a since-clause: "since the Taliban returned", "since the war began", "since it was signed"
SINCE_VERB_RE = re.compile(r"\b(?:[a-z]+ed|was|were|is|are|has|have|had|began|broke|came|took|went|fell|won|"
                           r"struck|ran|saw|left|met|held|signed|made)\b")


def since_phrase(text: str, a: int, trig_start: int, trig_end: int, has_year: bool = True) -> bool:
    """Whether the date at ``a`` stands in a phrase or clause opened by "since" ("since the Taliban
    returned to power in 2021", "since the siege of 2004") that does not hold the trigger: the date
    tells when a span began, not when the trigger's event happened.  ("since 2021" itself, the date's
    own preposition, is the caller's.)  A year-less date after a bare noun ("for the first time since
    the ceasefire on 3 May", ``has_year`` false) is the trigger's own: only a verb makes it a clause's."""
    lo = max(0, a - 90)
    hits = list(SINCE_WORD_RE.finditer(text, lo, a))
    m = hits[-1] if hits else None
    if m is None or PHRASE_END_RE.search(text, m.end(), a):
        return False
    if not has_year and SINCE_VERB_RE.search(text, m.end(), a) is None:
        return False
    end = PHRASE_END_RE.search(text, a)
    hi = end.start() if end else len(text)
    return not (m.start() <= trig_start and trig_end <= hi)


# the subject's non-restrictive relative, "who"/"which" and a verb in the simple past (a word in "-ed" or a
# common irregular past) with no auxiliary: ", who visited X on Monday", ", which included talks on 28 March"
EPISODE_REL_RE = re.compile(
    r",\s+(?:who|which)\s+(?:(?:also|then|first|briefly|later)\s+)?(?:[a-z]+ed|met|held|made|went|came|took|"
    r"gave|sent|won|led|began|told|said|paid|saw|flew|signed|spoke|left|brought|struck|hit|fought|"
    r"sought|set|put|chose|broke|ran|sat|stood|wrote|spent|drove|rode|got)\b[^,;]*$")
PERFECT_MAIN_RE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|been|signed|made|won|held|taken|given|sent|"
                             r"begun|led|kept|put|set|struck|sought|spent|built|paid|told|said|met)\b", re.I)
PERFECT_BEFORE_RE = re.compile(r"\b(?:has|have)\s+(?:(?:also|already|now|since|repeatedly|long)\s+)?$", re.I)
PLUPERFECT_RE = re.compile(r"\b(?:had|’d|'d)\b")
# a career or founding step told of the subject ("who took office in 2019"): background, never the episode
CAREER_REL_RE = re.compile(r"\b(?:took\s+(?:office|power|over)|came\s+to\s+power|(?:was|were)\s+(?:re-?)?"
                           r"(?:elected|appointed|sworn\s+in|founded|created|established)|founded|became)\b", re.I)


def same_episode_relative(text: str, a: int, b: int, trig: int) -> bool:
    """Whether the date ``text[a:b]``, in a non-restrictive relative clause closed before the trigger at
    ``trig``, tells the subject's act of the same episode: the relative's verb in the simple past (not
    the pluperfect), the main verb not in the present perfect."""
    m = EPISODE_REL_RE.search(text, max(0, a - 100), a)
    if m is None or PLUPERFECT_RE.search(text, m.start(), b) or CAREER_REL_RE.search(text, m.start(), a):
        return False
    return PERFECT_BEFORE_RE.search(text, max(0, trig - 30), trig) is None and \
        PERFECT_MAIN_RE.search(text, b, trig) is None


def episode_scale(d: TimeExpr, ref_date: str | None) -> bool:
    """Whether the date ``d`` of a relative clause on the subject is fine enough to tell an act of the
    article's episode: a year-less day or weekday ("on Monday", "on 5 March", "the day before"), or a
    date within about a month of the article's ("in November 2024" in a report of December 2024).
    "who took office in 2019", "who signed the ceasefire in November 2020": the subject's background."""
    if d.year is None:
        return d.day is not None or d.unit in ("weekday", "day", "week")
    if not ref_date or d.month is None or len(ref_date) < 7:
        return False
    months = (int(ref_date[:4]) - d.year) * 12 + int(ref_date[5:7]) - d.month
    return -1 <= months <= 1


# "protested on Thursday after Tajik guards detained three farmers on Tuesday": the verb opens a clause
# subordinate to the one the date before it is in (its subject and the subordinator right before it)
SUB_OPEN_RE = re.compile(r"\b(?:after|before|when|once|until|as soon as)\s+(?:[\w\-’'.]+\s+){1,6}?(?:(?:had|has|have|was|were)\s+)?$")


def opens_subordinate(text: str, date_end: int, trig: int) -> bool:
    """The verb at ``trig`` is the first verb of a temporal clause opened after the date ending at
    ``date_end`` (no comma between): the date is the main clause's; a date of its own clause is its."""
    m = SUB_OPEN_RE.search(text, max(date_end, trig - 80), trig)
    # (not "in 2020, when X signed": a when-clause set off after the date tells what happened at it)
    return m is not None and m.end() == trig and "," not in text[date_end:trig]
