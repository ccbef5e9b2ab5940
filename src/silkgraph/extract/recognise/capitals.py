"""A capital as an actor (its government: "Islamabad maintains") or as a place slot
("met in Dushanbe", "the Astana format", a dateline)."""

from __future__ import annotations

import re

from silkgraph.nlp.ordering import longest_first
from silkgraph.resources import load_yaml

# the words before a capital that make it the city (ontology/titles.yaml, capital_place): prepositions
# of place, travel words before "to", visit verbs, position nouns before "of" ("west of"), attack nouns
# before "on", capture verbs and nouns; and the people "in" a capital that make it its government
_CUES = load_yaml("ontology/titles.yaml")["capital_place"]
PLACE_PREPS = frozenset(_CUES["place_preps"])
TRAVEL_WORDS = frozenset(_CUES["travel_words"])
VISIT_VERBS = frozenset(_CUES["visit_verbs"])
SEAT_PEOPLE = frozenset(_CUES["seat_people"])
NEAR_OF_WORDS = frozenset(_CUES["near_of_words"])
ATTACK_ON_WORDS = frozenset(_CUES["attack_on_words"])
CAPTURE_WORDS = frozenset(_CUES["capture_words"])
CAPTURE_OF_WORDS = frozenset(_CUES["capture_of_words"])


def _alt(words: list[str]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in longest_first(words))


# the words after a capital that make it the city: "Kabul fell", "Kabul was captured", "a
# Bishkek-based analyst"
_AFTER_RE = re.compile(
    rf"-(?:{_alt(_CUES['based_suffixes'])})\b"
    rf"|\s+(?:(?:{_alt(_CUES['fell_words'])})\b(?!\s+(?:{_alt(_CUES['fell_not_before'])})\b)"
    rf"|(?:{_alt(_CUES['passive_auxiliaries'])})\s+(?:{_alt(sorted(CAPTURE_WORDS))})\b(?!\s+aback))")


_WORD_RE = re.compile(r"[\w’']+")


def _prev_words(text: str, pos: int, n: int = 3) -> list[str]:
    return _WORD_RE.findall(text[max(0, pos - 60):pos].lower())[-n:]


# "the Islamabad Declaration", "the Astana format": a city naming a document, process or
# meeting is the place it is named after, not its government acting
NAMED_AFTER_CITY_RE = re.compile(
    r"[ \u00a0](?:Declaration|Process|Format|format|Agreement|Accords?|Communiqu[eé]|Summit|"
    r"Convention|Protocol|Statement|Forum|Initiative|Dialogue|Talks|Charter|Document)\b")


# "the Astana summit", "its Kabul embassy", "Tbilisi residents": a lower-case meeting, document or
# facility noun right after the capital makes it the city
_NOUN_AFTER_RE = re.compile(
    rf"[ \u00a0](?:{_alt(_CUES['facility_nouns'])})\b(?![’'\-])")
# "a Central Asia analyst": a region as a field of expertise
EXPERTISE_AFTER_RE = re.compile(rf"[ \u00a0](?:{_alt(_CUES['expertise_nouns'])})\b(?![’'\-])")


def capital_at_seat(text: str, start: int, end: int) -> bool:
    """"officials in Tashkent", "partners in Washington and Brussels": people "in" a capital are
    its government acting, and the capital is also the city where they sit (both readings)."""
    words = _prev_words(text, start, 4)
    if len(words) >= 2 and words[-1] == "in" and words[-2] in SEAT_PEOPLE:
        return True
    return len(words) == 4 and words[-1] in ("and", "or") and words[-3] == "in" and words[-4] in SEAT_PEOPLE


# "from Manila to Yerevan": the end of a range of places
_FROM_TO_RE = re.compile(r"\b[Ff]rom\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?\s+to\s+$")
# "summits in Astana in November 2023 and Bishkek": coordinated with a city in a place slot
_COORD_PLACE_RE = re.compile(
    r"\b(?:in|at|near|outside|to)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?"
    r"(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+)?\d{4})?,?\s+(?:and|or)\s+$")


# "visited (both) New Delhi and Islamabad": a city coordinated with a visited one
# (ties of length in alphabetical order: the same pattern text in every process, so the regex
# cache holds it; equal-length words cannot both match at one place, so the order changes no match)
_BOTH_WORDS = frozenset({"both", "either"})
_CITY = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?"
_COORD_VISIT_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(VISIT_VERBS, key=lambda w: (-len(w), w)))})\s+(?:both\s+|either\s+)?"
    rf"{_CITY}(?:,\s+{_CITY})*(?:,?\s+(?:and|or|then)\s+|,\s+(?:then\s+)?)$")
# a verb right after the city makes it the subject of a new clause ("visited Bishkek, and Dushanbe
# said it would pay")
_SUBJECT_NEXT_RE = re.compile(
    r"\s+(?:(?:also|then|later|quickly|promptly)\s+)?(?:said|says|would|will|has|had|have|is|was|could|can|may|"
    r"might|must|should|did|does|insisted|argued|warned|replied|responded|announced|agreed|refused|"
    r"rejected|denied|demanded|urged|called|accused|offered|pledged|promised)\b")


# "ISLAMABAD, March 12 (Wire) –", "SAMARKAND, Uzbekistan, April 4 –", "YEREVAN, 12 June 2024 —":
# a news dateline's city
DATELINE_AFTER_RE = re.compile(
    r",\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})")


# "chose New Delhi for his first state visit", "Beijing for talks": the city as a destination
_FOR_VISIT_RE = re.compile(
    r"\s+for\s+(?:(?:his|her|its|their|a|an|the)\s+)?(?:[a-z\-]+\s+){0,3}?"
    r"(?:visits?|trips?|talks|summits?|meetings?|consultations)\b")


# "take him to Beijing, where he will hold talks": a relative "where" after the city makes it
# the location the clause is about
_WHERE_AFTER_RE = re.compile(r",\s+where\s")
# the relative "where" clause closed by a comma, and the word after it: "Baku, where officials
# met on Monday, rejected the plan" (the capital is the subject of "rejected")
_WHERE_CLOSED_RE = re.compile(r",\s+where\s[^,.;:!?()]*,\s+([\w’'\-]+)")
# the words after a closed "where" clause that leave the capital a place: a copula or a verb of
# location ("Tashkent, where the talks resumed, is the region's largest city") or a new clause
_WHERE_PLACE_NEXT = frozenset({
    "is", "was", "are", "were", "remains", "remained", "lies", "lay", "sits", "sat", "stands", "stood",
    "became", "becomes", "has", "had", "and", "or", "but", "which", "who", "where", "while", "as",
    "the", "a", "an", "in", "on", "at", "from", "to", "with", "for"})
# a capital opening its clause: the sentence's first word, or after ";", ":" or ", and/but/while"
_CLAUSE_OPEN_RE = re.compile(r"(?:^|[.!?][\"”’)]?\s+|[;:]\s+|,\s+(?:and|but|while|whereas)\s+|\n\s*)$")


def _where_actor(text: str, start: int, end: int) -> bool:
    """A capital before ", where" that still acts: the agent after "by" ("was welcomed by Baku,
    where officials said …"; not "followed by Baku") or the subject of its clause when the
    "where" clause closes with a comma and a verb follows ("Baku, where …, rejected the plan")."""
    words = _prev_words(text, start, 2)
    if words and words[-1] == "by":
        return not (len(words) > 1 and words[-2] in ("followed", "then"))
    if not _CLAUSE_OPEN_RE.search(text, max(0, start - 12), start):
        return False
    cm = _WHERE_CLOSED_RE.match(text, end)
    return cm is not None and cm.group(1).islower() and cm.group(1) not in _WHERE_PLACE_NEXT


def capital_is_place(text: str, start: int, end: int) -> bool:
    if NAMED_AFTER_CITY_RE.match(text, end) or _FOR_VISIT_RE.match(text, end) or _AFTER_RE.match(text, end) \
            or _NOUN_AFTER_RE.match(text, end):
        return True
    if _WHERE_AFTER_RE.match(text, end) and not _where_actor(text, start, end):
        return True
    if text[start:end].isupper() and DATELINE_AFTER_RE.match(text, end):
        return True
    words = _prev_words(text, start, 6)
    if not words:
        return False
    prev = words[-1]
    before = text[max(0, start - 60):start]
    if prev == "of" and len(words) >= 2 and words[-2] in NEAR_OF_WORDS:
        return True
    if prev == "on" and len(words) >= 2 and words[-2] in ATTACK_ON_WORDS:
        return True
    if text[end:end + 2] not in ("'s", "’s") and (
            prev in CAPTURE_WORDS or (prev == "of" and len(words) >= 2 and words[-2] in CAPTURE_OF_WORDS)):
        return True
    if prev == "to" and _FROM_TO_RE.search(before):
        return True
    if prev in VISIT_VERBS or (prev in _BOTH_WORDS and len(words) >= 2 and words[-2] in VISIT_VERBS):
        return True  # "visited Baku", "visited both New Delhi and Islamabad"
    if prev == "from" and len(words) >= 2 and words[-2] in ("apart", "aside"):
        return False  # "apart from Moscow's": not a place of origin
    if prev == "and" and len(words) >= 3 and words[-3] == "in" and words[-4:-3] \
            and words[-4] in SEAT_PEOPLE:
        return False  # "partners in Washington and Brussels"
    if _COORD_VISIT_RE.search(before) and not _SUBJECT_NEXT_RE.match(text, end):
        return True  # "visited both New Delhi and Islamabad", "visited Astana, Bishkek and Dushanbe"
    if prev in ("and", "or"):
        cm = _COORD_PLACE_RE.search(before)
        if cm and not (_prev_words(before, cm.start(), 1) and
                       _prev_words(before, cm.start(), 1)[-1] in SEAT_PEOPLE):
            return True
    if prev == "between" and any(w in TRAVEL_WORDS for w in words[-3:-1]):
        return True  # "flights between Yerevan and Istanbul": the end of a route
    if prev in PLACE_PREPS:
        # "between Islamabad and Kabul" and "from Beijing" as an actor are rare enough;
        # "from" stays a place
        return not (prev == "in" and len(words) >= 2 and words[-2] in SEAT_PEOPLE)
    if prev == "to":
        return any(w in TRAVEL_WORDS for w in words[:-1])
    return False
