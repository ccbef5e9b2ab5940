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

# a state holding a share of someone's imports: "France kept 25 percent", "and Russia 29 percent",
# "France's 9 percent came from …", "Israel supplied 60 percent of its imports": a supplier, no recipient
SHARE_HOLDER_RE = re.compile(r"(?:['’]s?)?\s+(?:(?:only|alone|still|also|then|now|again)\s+)?(?:(?:kept|keeps|keep|took|takes|"
                             r"held|holds|supplied|supplies|provided|provides|delivered|contributed|accounted\s+for|"
                             r"accounts\s+for|made\s+up|represented|followed\s+with|came\s+(?:first|second|third|next)\s+with|"
                             r"stood\s+at|at)\s+)?(?:(?:only|just|about|some|nearly|almost|roughly|around|over|under|"
                             r"more\s+than|less\s+than|barely\s+more\s+than|a\s+further|another)\s+)?\d[\d.]*\s*"
                             r"(?:%|percent|per\s+cent)(?!\s+(?:more|less|lower|higher|fewer|above|below)\b)", re.I)
# "… against 21 percent for Israel": the share's holder after "for"
SHARE_FOR_RE = re.compile(r"\d[\d.]*\s*(?:%|percent|per\s+cent)\s+(?:\w+\s+)?for\s+(?:the\s+)?$", re.I)
# "6 percent of Turkmen imports": a demonym heading the imports (the importer, as "Turkmenistan's imports")
IMPORTS_AFTER_RE = re.compile(r"\s+(?:(?:major\s+)?(?:arms|weapons|military)\s+)?(?:imports|purchases|arms\s+purchases)\b", re.I)
# words that end a head noun's modifiers: "S drones since the 2010s, received …" is a clause, no aside
HEAD_GAP_BLOCK_RE = re.compile(r"\b(?:since|in|on|at|of|from|by|for|with|to|during|until|after|before|which|that|"
                               r"who|and|or|\d{4}s?)\b", re.I)
# a qualifier of the next conjunct's count ("and at least two T", "and the first of 15 T"): no preposition
COUNT_QUALIFIER_RE = re.compile(r"(?<=\s)(?:at\s+least|at\s+most|up\s+to|(?:no\s+)?(?:more|fewer|less)\s+than|"
                                r"(?:kinds?|types?|sorts?|batch(?:es)?|squadrons?|batter(?:y|ies)|sets?|pairs?|lots?)\s+of|"
                                r"(?:the\s+)?(?:first|last|remaining|rest|bulk|balance)\s+(?:\w+\s+)?of(?=\s+(?:the\s+)?"
                                r"(?:\d+|" + count_alt(2, 12, 20, 30, 40, 50) + r")\b))(?=\s)", re.I)

# the count opening a counted object of goods ("36", "2,000", "twelve", "fifty"), shared by the readers of
# a second object after a party phrase (chains) and of gapped clauses (gapped)
GOODS_COUNT_VALUES = (1, 12, 15, 20, 30, 40, 50)
GOODS_COUNT = r"(?:\d[\d,]*|" + count_alt(*GOODS_COUNT_VALUES) + r")"

# a participle attached to the goods, past a short aside or a price ("S for US$120 million, delivered in
# 2019", "S, ordered in 2018, …"): read by transfers.dates as describing these very goods
ATTACHED_RE = re.compile(r"[\s\w\-’'$€£.]{0,40},\s*")
# … or the second of two coordinated participles after the goods ("S bought under a US$120 million deal
# and delivered in 2019", "S ordered from X in 2001 and handed over in 2002"): the first is a past
# participle right after the goods, no clause boundary before the "and"
PARTICIPLE_CHAIN_RE = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:[a-z]+ed|bought|sold|sent|built|made|given|won)\b[^,;:.()]{0,60}?\s+and\s+(?:(?:then|later|first)\s+)?")

# the subject of a later clause refers back to the system ("the first of which", "the last of them")
CONTINUATION_RE = re.compile(r"\b(?:the\s+(?:first|last|second|remaining|rest|next)\b|which|them|these|they|"
                             r"the\s+(?:\w+\s+){0,2}(?:set|unit|batch|system|aircraft|vehicle)s?\b|"
                             # the goods as the subject of a passive or arrival: "S; it was handed over in 2019"
                             r"(?:;|,?\s+and)\s+it\s+(?:was|has\s+been|had\s+been|entered|arrived|reached)\b)", re.I)

# a date set off after a list's conjunction, right before the next goods: "S and, since 2024, T"
CONJ_BEFORE_RE = re.compile(r"\band\s*,\s*(?:[a-z]+\s+)?$")
COMMA_AFTER_RE = re.compile(r"\s*,\s*")

# a participle renaming the goods ("built as the Nur", "produced as the Alan", "commissioned as the T") tells no
# transfer of its own (read by the dating and by the choice of a passive trigger)
RENAMED_AS_RE = re.compile(r"\s+as\s+(?:the\s+)?(?-i:[A-Z])")
