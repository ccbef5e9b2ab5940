"""Dates that belong to another conjunct of a coordinated or listed sentence (event dating, :mod:`dates`).

Analysts pack a chronology into one sentence of coordinated clauses, each with its own date:

* "X bought drones in 2021, signed an agreement with Y in May 2022 and in 2024 received vehicles": a
  series of verb phrases joined by bare commas; "U.S. forces left the base in June 2014, Kyrgyzstan
  joined the union in August 2015, and …": a series of clauses, each with its own subject.  A date that
  closes the conjunct before the trigger's (:func:`series_conjunct`) dates that conjunct's act; it yields
  to a date written in the trigger's own conjunct (the caller checks there is one).
* "Aliyev blamed Russia and demanded compensation, and relations worsened again in mid-2025": a date
  written after the trigger in a later clause that opens with a subject of its own, a bare noun phrase
  ("relations", "ties", "the talks") and its finite verb (:func:`later_clause`), dates only that clause;
  the trigger's event takes its date from elsewhere (the narrative told before).

Near misses: "X imposed sanctions and, in July, paused aid" (no subject of its own: the same clause's
time), "In June 2014, Kyrgyzstan joined the union" (a fronted date frames its clause), "X signed the deal,
and security improved" with no date after (nothing to skip).
"""

from __future__ import annotations

import re

# a bare comma before the trigger: a verb-phrase series ("bought drones in 2021, signed an agreement …")
# or a clause series with a subject of its own, a capitalised name of up to three words or a definite
# noun phrase ("in June 2014, Kyrgyzstan joined …", "in 2019, the government closed …")
_SERIES_RE = re.compile(r",\s+(?:(?:then|later|also)\s+)?(?:(?:[A-Z][\w\-’']*\s+){1,3}|the\s+(?:[a-z][\w\-’']*\s+){1,2})?"
                        r"(?:(?:also|later|again|then)\s+)?")
# the date opens the sentence (or follows one word): a fronted frame of the whole sentence
_OPENING_RE = re.compile(r"\W*(?:[\w\-’']+\W+){0,1}$")


# the same for a noun trigger, the object of its conjunct's verb: "…in 2021, signed an agreement …"
# (the word before the determiner is a verb, or "and" opening a clause whose subject the noun heads; not a
# preposition: "on July 4, 2023, at a virtual summit" is the date's occasion)
_SERIES_OBJECT_RE = re.compile(r",\s+(?:(?:[A-Z][\w\-’']*\s+){1,3})?(?:(?:also|later|then)\s+)?"
                               r"(?!(?:at|in|on|of|for|with|by|from|to|during|after|before|under|over|into|"
                               r"amid|as|via|without|within|or)\s)[a-z][\w\-’']*\s+"
                               r"(?:an?|the|its|their|his|her|new|two|three|several)\s+(?:[\w\-’']+\s+){0,2}")


def series_conjunct(text: str, a: int, b: int, trig: int, noun: bool = False) -> bool:
    """Whether the date ``text[a:b]`` closes the conjunct before the one the trigger at ``trig`` opens
    (a verb) or sits in as its verb's object (``noun``), in a series joined by a bare comma
    (:data:`_SERIES_RE`, :data:`_SERIES_OBJECT_RE`), not at the sentence's opening."""
    rx = _SERIES_OBJECT_RE if noun else _SERIES_RE
    return rx.fullmatch(text, b, trig) is not None and _OPENING_RE.match(text[:a]) is None


# words that end a bare noun-phrase subject's run without being its noun ("and then", "and also")
_NOT_SUBJECT = frozenset({"then", "also", "later", "again", "so", "yet", "not", "still", "only", "even",
                          "in", "on", "at", "by", "after", "during", "since", "a", "an", "its", "their"})
# irregular simple pasts a clause's verb may take (regular ones end in -ed)
_IRREGULAR_PAST = frozenset({"rose", "fell", "grew", "began", "broke", "came", "went", "took", "made", "ran",
                             "sank", "shrank", "froze", "stood", "held", "hit", "led", "left", "won", "lost",
                             "got", "saw", "became", "bought", "sold", "sent", "struck", "built", "gave", "told",
                             "said", "met", "brought", "paid", "set", "put", "fought", "drew", "shot", "kept",
                             "sought", "spent", "found", "threw", "flew", "wrote", "withdrew", "undertook"})
# ", and relations worsened", ", but ties improved", ", while the talks stalled": a bare or definite noun phrase
# of one or two lower-case words, then its finite verb
_LATER_CLAUSE_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the\s+)?([a-z][\w\-’']*)\s+(?:([a-z][\w\-’']*)\s+)?"
                              r"([a-z][\w\-’']*)\b")


def _past(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PAST


def later_clause(text: str, trig_end: int, a: int) -> bool:
    """Whether a date at ``a``, written after the trigger ending at ``trig_end``, lies in a later clause
    with a subject of its own (:data:`_LATER_CLAUSE_RE`): a lower-case noun phrase not itself a past
    verb ("and imposed sanctions" shares the subject), then a finite past verb."""
    for m in _LATER_CLAUSE_RE.finditer(text, trig_end, a):
        n1, n2, v = m.group(1), m.group(2), m.group(3)
        if n1 in _NOT_SUBJECT or _past(n1):  # "and imposed sanctions", "and bought jets": the same subject's
            continue
        if n2 is not None and (n2 in _NOT_SUBJECT or _past(n2)):
            if _past(n2) and n2 not in _NOT_SUBJECT:
                return True  # ", and relations worsened …": a one-word subject and its verb
            continue
        if n2 is not None and _past(v):
            return True  # ", and bilateral ties improved …"
    return False


# a later clause that tells a further development, not the same episode: ", and relations worsened again in
# mid-2025", ", and ties improved only in late 2024", ", and the border eventually reopened in 2023"
_DEVELOPMENT_RE = re.compile(r",\s+(?:and|but)\s+(?:[\w\-’']+\s+){0,4}?(?:[\w\-’']+\s+)?"
                             r"(?:again|only|eventually|subsequently|finally|gradually)\b", re.I)


def later_development(gap: str) -> bool:
    """Whether ``gap`` (the text from the trigger to a date of a later coordinated clause) opens a clause
    that tells a further development ("…, and relations worsened again in mid-2025"): its date is not shared
    with the trigger's clause."""
    return _DEVELOPMENT_RE.search(gap) is not None


def only_later_dates(text: str, starts: list[int], trig_end: int) -> bool:
    """Whether every date of the sentence (``starts``: offsets into ``text``, the sentence) is written after
    the trigger ending at ``trig_end`` in a later clause of its own (:func:`later_clause`,
    :func:`later_development`): the trigger's clause has no date of its own, and may take the episode's."""
    return bool(starts) and all(a >= trig_end and (later_clause(text, trig_end, a) or
                                                   later_development(text[trig_end:a])) for a in starts)
