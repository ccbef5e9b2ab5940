"""The measure of a figure read from the noun phrase built around it, and figures a negated
clause does not assert.

* "The IMF puts X's GDP at $340 billion", "analysts estimate X's share at 60 percent": the noun a
  teller puts "at" the figure, past its possessor ("GDP", "share");
* "a 45 percent rise in X's arms imports": the change noun the figure premodifies with the
  quantity it is "in" ("rise in arms imports");
* "X and Y spent $80 billion and $10 billion on defence": the purpose of a spending verb's
  amount ("defence spending");
* "It keeps roughly 3,000 soldiers there, though …": the counted noun after a count, up to the
  first punctuation or function word ("soldiers");
* "A 45 percent rise in X's imports was not recorded": a figure heading the subject of a negated
  finite verb is no asserted figure (``negated_subject``).
"""

from __future__ import annotations

import re

from silkgraph.extract.statistics.patterns import DATA, Stat

_APPROX = r"(?:(?:" + DATA["share_approximators"] + r")\s+)?"
# the possessor of the measure: one to four words ending in a possessive ("Pakistan's", "the country's")
_POSSESSOR = r"(?:[\w.\-]+\s+){0,3}?[\w.\-]+['’]s?\s+"
# the noun phrase of the measure: one to five words, the first not a number
_NP = r"(?P<np>(?![\d$€£])[\w\-]+(?:\s+[\w\-]+){0,4}?)"
PUT_MEASURE_RE = re.compile(r"\b" + DATA["put_at_verbs"] + r"\s+(?:the\s+)?" + _POSSESSOR + _NP + r"\s+at\s+" + _APPROX + r"$",
                            re.I)
# the end of the measure's noun phrase: a function word, a finite verb (a past form in -ed or a
# common irregular one), punctuation or the end
_NP_END = r"(?=\s+(?:" + DATA["count_measure_stops"] + r"|rose|fell|grew|came|went|made|[a-z]{3,}ed)\b|\s*[,;:.()—–]|\s*$)"
CHANGE_MEASURE_RE = re.compile(r"\s+(?:[a-z\-]+\s+)?(?P<chg>" + DATA["change_nouns"] + r")\s+in\s+(?:the\s+)?(?:"
                               + _POSSESSOR + r")?" + _NP + _NP_END, re.I)
_MONEY = r"(?:US)?[$€£]?\s?\d[\d.,]*(?:\s*(?:trillion|billion|million|bn|mn))?"
SPEND_ON_RE = re.compile(r"(?:\s+and\s+" + _MONEY + r")*\s+on\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)" + _NP_END)
SPEND_VERB_RE = re.compile(r"\b" + DATA["spend_verbs"] + r"\b[^,;:]{0,40}$", re.I)
_STOP_WORD_RE = re.compile(DATA["count_measure_stops"], re.I)
NEGATED_RE = re.compile(r"[^,;:()]{0,80}?\s" + DATA["negated_predicate"], re.I)
# a figure heading its clause's subject: only a determiner or an approximator before it
SUBJECT_HEAD_RE = re.compile(r"[;:,\s—–]*(?:(?:and|but|while|whereas)\s+)?(?:(?:an?|the|some|about|nearly|almost|around|"
                             r"roughly|over|more\s+than|fewer\s+than|less\s+than|up\s+to|an\s+estimated)\s+)*", re.I)
# a relative clause or a second clause between the figure and the negated verb: not its own verb
_OTHER_CLAUSE_RE = re.compile(r"\b(?:that|which|who|whom|whose|and|but|while|whereas|because|if|when)\b", re.I)


def phrase_measure(text: str, st: Stat) -> str | None:
    """The measure a noun phrase around the figure ``st`` names, or None."""
    if st.unit not in ("count", "rank", "ratio") and " at" in text[max(0, st.start - 5):st.start] \
            and (pm := PUT_MEASURE_RE.search(text, max(0, st.start - 90), st.start)) is not None:
        return pm.group("np")
    if st.unit == "percent" and " in " in text[st.end:st.end + 40] \
            and (cm := CHANGE_MEASURE_RE.match(text, st.end)) is not None:
        return f"{cm.group('chg').lower()} in {cm.group('np')}"
    if st.amount and " on " in text[st.end:st.end + 50] and (sm := SPEND_ON_RE.match(text, st.end)) is not None \
            and SPEND_VERB_RE.search(text, max(0, st.start - 50), st.start):
        return f"{sm.group('np')} spending"
    return None


def counted_words(after: str) -> str:
    """The counted noun phrase at the start of ``after`` (the text after a count): up to four words,
    ending before the first punctuation or function word ("soldiers there, though" → "soldiers")."""
    words: list[str] = []
    for w in re.findall(r"[\w\-]+", re.split(r"[,;:.()—–]", after, maxsplit=1)[0])[:4]:
        if words and _STOP_WORD_RE.fullmatch(w):
            break
        words.append(w)
    return " ".join(words or re.findall(r"[\w\-]+", after)[:4])


def negated_subject(text: str, lo: int, hi: int, st: Stat) -> bool:
    """The figure ``st`` heads its clause's subject (``lo``–``hi``) and that clause's verb is
    negated: "A 45 percent rise in X's imports was not recorded"."""
    if not SUBJECT_HEAD_RE.fullmatch(text, lo, st.start):
        return False
    nm = NEGATED_RE.match(text, st.end, hi)
    return nm is not None and not _OTHER_CLAUSE_RE.search(text, st.end, nm.start(1) if nm.lastindex else nm.end())
