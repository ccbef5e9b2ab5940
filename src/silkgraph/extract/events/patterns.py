"""Event lexicon data and the patterns shared by the event modules."""

from __future__ import annotations

import re

from silkgraph.extract.wordstart import word_start
from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/events.yaml")
PLOVER: dict[str, str | None] = dict(_DATA["plover"])
KEEP_UNDATED: frozenset[str] = frozenset(_DATA.get("keep_undated") or [])
DROP_MODALITIES: frozenset[str] = frozenset(_DATA.get("drop_modalities") or [])
RECENT_RE = re.compile(_DATA["recent"], re.I)
SPEECH_VERBS: str = _DATA["speech_verbs"]  # the one list of speech verbs (an alternation)
SPEECH_VERB_RE = re.compile(r"\b" + SPEECH_VERBS + r"\b")  # "said", "argue" (lower case: verbs)
OFFICE_HOLDERS: str = _DATA["office_holders"]  # the office nouns of a person arriving on a visit (an alternation)
CONTINUATION_RE = re.compile(_DATA["continuation"])
SEQUEL_RE = re.compile(_DATA["sequel"], re.I)
TIME_REFERENCE_RE = re.compile(_DATA["time_reference"], re.I)
INCIDENT_NOUNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (t, re.compile(p, re.I)) for t, p in (_DATA.get("incident_nouns") or {}).items())
ONGOING_RE = re.compile(_DATA["ongoing"], re.I)
# groups of nouns that can name the same thing again ("the plane" … "the aircraft")
SAME_REFERENT_NOUNS: tuple[tuple[str, ...], ...] = tuple(tuple(g) for g in _DATA.get("same_referent_nouns") or [])
OFFSET_AFTER_RE = re.compile(_DATA["offset_after"], re.I)
NEGATED_OBJECT_RE = re.compile(_DATA["negated_object"], re.I)
GOAL_OBJECT_RE = re.compile(_DATA["goal_object"], re.I)
UNDONE_OBJECT_RE = re.compile(_DATA["undone_object"], re.I)
AGREED_OBJECT_RE = re.compile(_DATA["agreed_object"], re.I)
UNDONE_MEETING_RE = re.compile(_DATA["undone_meeting"], re.I)
UNDONE_MEETING_AFTER_RE = re.compile(_DATA["undone_meeting_after"], re.I)
MEETING_HELD_RE = re.compile(_DATA["meeting_held"], re.I)
# (the lookahead names the words' first letters: the same matches, fewer attempts)
BOUNDARY_RE = re.compile(
    r"[;:—]|\s[-–]\s|\b(?=[wabtsiu])(?:which|who|whom|whereas|while|although|though|because|since|but|when|"
    r"whereby|where|if|unless|that)\b", re.I)
AT_MEETING_RE = re.compile(r"\b(?:at|during|on the (?:sidelines|margins|fringes) of)\s+(?:the\s+|a\s+)?(?:[\w\-–]+\s+){0,5}$", re.I)
# (every branch begins with a literal character: the engine skips to them, see wordstart)
HARD_BOUNDARY_RE = re.compile(r";|—|,\s+(?:and|but|while|whereas)\s+(?=(?:it|they|he|she|we|the|this|that|these|"
                              r"those|in|on|at|during|after|by|[A-Z]|"
                              # ", and a day later X …": a time counted on opens the next clause
                              r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+"
                              r"(?:days?|weeks?|months?|years?|hours?|fortnight)\s+(?:later|after|earlier)\b))|"
                              + word_start(r"whereas\b", r"although\b", r"though\b", r"because\b",
                                           r"and,\s+(?=(?:on|in|at|during|after|by|later|then)\b)",
                                           r"but,\s+(?=(?:on|in|at|during|after|by|later|then)\b)", wrap=False))

# domestic agents that stand for the state they act in ("police detained", "the authorities")
DOMESTIC_RE = re.compile(r"\b(?:police|riot police|security forces|the authorities|the government|"
                         r"protesters|demonstrators|protestors)\b", re.I)

# a news report's dateline at the start of a sentence ("BISHKEK, September 16 (Wire) – ")
DATELINE_RE = re.compile(r"^[A-Z][A-Z .'\-]+,[^—–]{0,60}?\s(?:[—–]|--?)\s")
