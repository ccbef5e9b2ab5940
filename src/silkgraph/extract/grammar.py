"""Small grammatical tests shared by the extractors: is a mention a possessor ("Armenia's")?
Does a preposition govern it ("with X", "against the X")?

This module imports nothing of ``silkgraph.extract`` so that every extractor package can use
it (``extract.pronoun`` imports ``extract.events``, so ``events`` cannot import ``pronoun``).

The possessive shapes below differ on purpose; each is named after what it accepts, and the
modules that use it are listed, so that a caller picks a shape knowingly:

* :data:`POSSESSIVE_RE` – "'s"/"’s" followed by a non-word character, at the START of the text
  given (its ``^`` never matches at a ``pos`` > 0: match it on a slice, see
  :func:`is_possessive`).  Used by ``extract.pronoun`` and, through :func:`is_possessive`, by
  ``memberships.objects``.  ``events.pronouns`` has its own
  copy, ``POSSESSOR_RE``, matched as ``rx.match(text, b)``: with ``b`` > 0 that never matches,
  so switching it to :func:`is_possessive` would change its output (a fix, not a refactor).
* :data:`POSS_SUFFIX_RE` – "'s", or a bare apostrophe after a name ending in -s ("the
  Philippines' navy"), matched AT a position (``rx.match(text, pos)``).  Used by
  ``relations.pairs`` and ``relations.extra``.
* :data:`APOSTROPHE_S_OPT_RE` – an apostrophe, an optional "s", then a word boundary (so "'s "
  or an apostrophe glued to a next word, but not "Philippines' " followed by a space), at the
  start of the text given.  Used by ``statistics.numbers``.
* :data:`SPACED_APOSTROPHE_S_OPT_RE` – the same after optional white space ("Armenia ’s").
  Used by ``transfers.parties``.

The preposition lists (:class:`Preps`) differ on purpose too: each extractor tuned its own,
and merging them would change what each extracts.  They stand side by side below so that the
differences are visible; :func:`after_prep` is the one test of the text before a mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

POSSESSIVE_RE = re.compile(r"^[’']s\b")
POSS_SUFFIX_RE = re.compile(r"[’']s|(?<=s)[’'](?=\s)")
APOSTROPHE_S_OPT_RE = re.compile(r"^['’]s?\b")
SPACED_APOSTROPHE_S_OPT_RE = re.compile(r"^\s*['’]s?\b")
# the gap between two parties of a list ("X, Y and Z", "X and the Y"), matched whole (``fullmatch``)
# "X and Y ... A and B respectively": the lists pair in order
RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)
LIST_GAP_RE = re.compile(r"\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?")


def is_possessive(text: str, end: int) -> bool:
    """A possessive "'s" right after ``end`` (a mention's end): "Armenia's army", not a
    name continued by a letter after the apostrophe."""
    return POSSESSIVE_RE.match(text[end:end + 3]) is not None


@dataclass(frozen=True)
class Preps:
    """A named list of prepositions.  ``word in preps`` tests one word (the word right before
    a mention, as the transfer and statistics extractors take it); :func:`after_prep` tests the
    text before a mention, "the" allowed between ("with X", "with the X")."""

    words: tuple[str, ...]
    _set: frozenset[str] = field(init=False, repr=False, compare=False)
    rx: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_set", frozenset(self.words))
        object.__setattr__(self, "rx", re.compile(r"\b(?:" + "|".join(self.words) + r")\s+(?:the\s+)?$", re.I))

    def __contains__(self, word: object) -> bool:
        return word in self._set


def after_prep(text: str, pos: int, preps: Preps, window: int = 25) -> bool:
    """One of ``preps`` (then "the", optionally) ends the ``window`` characters of ``text``
    before ``pos`` (a mention's start): the mention is a prepositional object, no subject.
    (The window is a slice: a word cut by its start counts from the cut.)"""
    return preps.rx.search(text[max(0, pos - window):pos]) is not None


_CORE = ("from", "to", "toward", "towards", "with", "against", "at", "on", "near", "across", "over",
         "through", "via", "for", "of")
# extract.pronoun: a mention after these is no antecedent of a subject pronoun nor a subject
PRONOUN_PREPS = Preps(("in", "into", "inside", "outside", "beyond") + _CORE + ("by", "than", "between", "among"))
# events.pronouns (as PREP_BEFORE_RE; it searches with pos/endpos, not a slice, so "\b" there
# sees the character before the window): PRONOUN_PREPS and within,
# without, like, unlike, including, except, about, after, before, under
EVENT_PRONOUN_PREPS = Preps(("in", "into", "inside", "outside", "beyond", "within", "without", "like", "unlike",
                             "including", "except") + _CORE
                            + ("by", "than", "between", "among", "about", "after", "before", "under"))
# events.article (as NOT_SUBJECT_RE, which extract.pronoun._prev_pair imports from there): lacks
# outside, beyond, by, than, between, among; adds "war with", "war on"
EVENT_SUBJECT_PREPS = Preps(("in", "into", "inside") + _CORE + ("war with", "war on"))
# statistics.subjects: PRONOUN_PREPS without inside, outside, beyond, toward(s), via
STATISTICS_PREPS = Preps(("in", "into", "from", "to", "with", "against", "at", "on", "near", "across", "over",
                          "through", "for", "of", "by", "than", "between", "among"))
# relations.extra: a state in a place phrase (where a force fell, not who used it); 12 characters back
PLACE_PREPS = Preps(("in", "inside", "into", "within", "near", "across", "around", "on", "at", "from", "of"))
# the word right before a mention (``word in preps``): transfers (parties, roles, pronouns) ...
TRANSFER_OBLIQUE_PREPS = Preps(("with", "from", "to", "by", "of", "for", "against", "than", "between", "on",
                                "over", "in", "at", "into", "towards", "toward", "among", "amid", "like",
                                "including", "via", "after", "before"))
# ... and statistics (subjects, actors): lacks of, over, amid, like, including, via, after, before;
# adds across
STATISTICS_OBLIQUE_PREPS = Preps(("to", "from", "in", "with", "by", "on", "at", "into", "against", "between",
                                  "among", "than", "for", "across", "toward", "towards"))
