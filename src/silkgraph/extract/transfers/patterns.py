"""Patterns shared by the transfer modules."""

from __future__ import annotations

import re

from silkgraph.extract.wordstart import word_start
from silkgraph.nlp.count_words import count_alt

ACTOR_TYPES = ("state", "organization", "company", "armed_group")
CLAUSE_RE = re.compile(
    r";|:|\s[—–]\s|—|,\s+(?:whereas|while|which|who|but|however|although|though|yet|whilst)\b"
    r"|,\s+(?:and|including|coinciding|following|after|before|as|with|amid)\b"
    r"|\b(?:whereas|while|but)\s|\bthat\b",
)
# CLAUSE_RE for a text without a dash (its two dash branches cannot match there): every branch
# begins with a literal character, so the engine skips to them (see wordstart)
_CLAUSE_NO_DASH_RE = re.compile(
    r";|:|,\s+(?:whereas|while|which|who|but|however|although|though|yet|whilst)\b"
    r"|,\s+(?:and|including|coinciding|following|after|before|as|with|amid)\b|"
    + word_start(r"whereas\s", r"while\s", r"but\s", r"that\b", wrap=False),
)


def clause_re(text: str) -> re.Pattern[str]:
    """CLAUSE_RE, or the same without its dash branches when ``text`` has no dash (faster)."""
    return CLAUSE_RE if "\u2014" in text or "\u2013" in text else _CLAUSE_NO_DASH_RE
# (every branch begins with a literal character: the engine skips to them, see wordstart)
STRONG_BOUNDARY_RE = re.compile(r";|,\s+(?:and|but|while|whereas|although|though|yet)\b|"
                                + word_start(r"whereas\s", r"while\s", wrap=False))
FOLLOW_VALUE_RE = re.compile(r"\b(?:the|this|that|a|its)\s+(?:\w+\s+)?(?:contract|deal|agreement|order|package|"
                             r"sale|purchase)\s+(?:was\s+|is\s+|were\s+)?(?:worth|valued\s+at|priced\s+at)\b", re.I)
REL_ASIDE_RE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,;]*,")

# "Y's S", "its S", "their new S" (a possessor right before the system)
OWNER_RE = re.compile(r"(?:\b(?P<pron>its|their)|(?P<name>\b[A-Z][\w\-. ]{1,30}?)['’]s?)"
                      r"\s+(?:(?:own|new|newest|latest|modern|ageing|aging|older|[\w\-]+-built|[\w\-]+-made)\s+)?$")

# a count aside shared by coordinated systems: "S and T vehicles, ten of each, reached Y"
EACH_ASIDE_RE = re.compile(r",\s*(?:(?:about|some|around|roughly|at\s+least)\s+)?(?P<n>\d{1,4}|"
                           + count_alt(1, 12, 15, 20, 30, 40, 50) + r")\s+"
                           r"(?:of\s+each|each|apiece)\s*,", re.I)
