"""What around a relation noun voids the relation it names (session 14 review).

Before the noun: a modifier that puts the relation in the past, in the future or in doubt ("its
once bitter enemy", "a hoped-for partner", "its so called protector", "its estranged ally": the
one list ``relation_cancel_modifiers``), or, in an open run of premodifiers, a function word that
runs into another phrase ("its support for the rival faction": ``possessed_noun_stop``).  After
it: a time span that puts it in the past ("an enemy during the 1980s") or a named third party the
noun is relative to ("a partner of NATO", "a rival to Y for leadership": the relation is with
that party, not the one the construction pairs).  Before the cue: a completed verb that ended a
hostility ("eased tensions along its border with Y", "resolved the friction between X and Y").
"""

from __future__ import annotations

import re

from silkgraph.resources import load_yaml

_DATA = load_yaml("ontology/relations.yaml")
CANCEL_WORDS: tuple[str, ...] = tuple(_DATA["relation_cancel_modifiers"])
_STOP_WORDS: tuple[str, ...] = CANCEL_WORDS + tuple(_DATA["possessed_noun_stop"])
_STOP = "|".join(re.escape(w) for w in sorted(_STOP_WORDS, key=len, reverse=True))


# a writer's quotation marks around an epithet ("Y, X's "all-weather" friend", "its ‘iron’ brother")
_QUOTE = "[\"“”‘’']"


def open_premod(sep: str = r"\s+") -> str:
    """A pattern for up to three premodifiers of a relation noun (lazily), none of them a cancel
    modifier or a function word, each perhaps in quotation marks (an epithet quoted: "all-weather");
    ``sep`` joins them ("\\s+", or a comma too)."""
    return r"(?:" + _QUOTE + r"?(?!(?:" + _STOP + r")\b)[\w\-]+" + _QUOTE + r"?" + sep + r"){0,3}?"


# "sees Y as a former ally", "an erstwhile partner", "its once-close ally" (a hyphen after the word
# keeps it: "once-close"); not a past state set against the present one ("a formerly distant, now
# trusted partner")
CANCEL_RE = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(w) for w in sorted(CANCEL_WORDS, key=len, reverse=True))
                       + r")(?![\w])(?![\w\-\s]*,\s*(?:but\s+|and\s+)?now\b)", re.I)

# a time span after a relation noun that puts the relation in the past ("X's patron during their
# first period in power", "X's ally until 2008", "X's main rival in the 1990s"); "since" keeps it
PAST_AFTER_RE = re.compile(r"\s+(?:(?:during|until|till|before)\s|in\s+the\s+(?:\d{4}s|past|(?:late|early|mid-?)\s*\d{4}s)\b|"
                           r"(?:from|between)\s+\d{4}\s+(?:to|and|until)\s+\d{4})", re.I)

# a named party the noun is relative to: "a partner of NATO", "a rival to Y", "a backer of the
# Taliban", "a threat for Y" (not "a rival for regional leadership")
OTHER_PARTY_AFTER_RE = re.compile(r"\s+(?:of|to|for|against)\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def voided_after(text: str, end: int) -> bool:
    """Whether what follows a relation noun ending at ``end`` voids the pair the construction
    names: a past time span, or a named party the noun is relative to."""
    return bool(PAST_AFTER_RE.match(text, end) or OTHER_PARTY_AFTER_RE.match(text, end))


_RESOLVED = "|".join(re.escape(w) for w in _DATA["hostility_resolving_verbs"])
# a completed verb that ended the hostility, and at most two words (an article, a possessive, an
# adjective) before the cue: "eased tensions", "resolved the friction", "has defused its standoff"
RESOLVED_BEFORE_RE = re.compile(r"\b(?:" + _RESOLVED + r")\s+(?:[\w\-]+\s+){0,2}$", re.I)


def resolved_before(text: str, pos: int) -> bool:
    """Whether a completed verb that ended a hostility governs the cue starting at ``pos``."""
    return bool(RESOLVED_BEFORE_RE.search(text, max(0, pos - 48), pos))


# a cancel modifier heading a fronted phrase a possessor opens: "Once Georgia's closest ally, Y …",
# "Formerly the Taliban's patron, Y …" (the relation the possessed noun names is past).  After a
# comma ("Y, once X's main protector, …") the apposition is not read at all (pairs.POSS_PREV_GAP_RE)
CANCEL_HEAD_RE = re.compile(r"(?:^|[;:(]\s*)(?:" + "|".join(re.escape(w) for w in CANCEL_WORDS)
                            + r")\s+(?:the\s+)?$", re.I)


# a fronted time span that ends the relation before the possessor: "Until 2020 X's ally, Y …", "Until
# the 1990s X's patron, Y …", "Till May 2014 X's partner, Y …"
UNTIL_HEAD_RE = re.compile(r"(?:^|[;:(]\s*)(?:until|till|up\s+to)\s+(?:the\s+)?(?:(?:early|late|mid)[\s\-])?"
                           r"(?:[A-Z][a-z]+\s+)?(?:\d{4}s?|\d{2}s)\s*,?\s+(?:the\s+)?$", re.I)


def cancelled_head(text: str, start: int) -> bool:
    """Whether a cancel modifier or a fronted "until" span opens the phrase of the possessor
    starting at ``start``."""
    return bool(CANCEL_HEAD_RE.search(text, max(0, start - 24), start)
                or UNTIL_HEAD_RE.search(text, max(0, start - 32), start))


# a verb told as past: "once", "formerly" right before it ("X once operated a base in Y"), or an
# "until" year after its object in the same clause ("X kept a naval base in Y until 2002"; not "until
# 2042" after "will", "to" or a lease: a term still running)
PAST_ACT_BEFORE_RE = re.compile(r"\b(?:once|formerly|previously|earlier|long\s+ago)\s+(?:had\s+)?$", re.I)
UNTIL_AFTER_RE = re.compile(r"[^.;]{0,40}?\b(?:until|till)\s+(?:(?:the\s+)?(?:early|late|mid)[\s\-])?(?:[A-Z][a-z]+\s+)?\d{4}s?\b")
_TERM_RE = re.compile(r"\b(?:will|would|to|lease|leased|agreement|deal|extended|extend)\b", re.I)


def past_act(text: str, verb: int, end: int) -> bool:
    """Whether the verb at ``verb`` whose object ends at ``end`` is told as past."""
    if PAST_ACT_BEFORE_RE.search(text, max(0, verb - 24), verb):
        return True
    um = UNTIL_AFTER_RE.match(text, end)
    return um is not None and not _TERM_RE.search(text, max(0, verb - 30), um.end())
