"""The regular expressions of counts of people and groups in the statistics extractor: a
number told without its noun ("put their number at"), people moved out of a state, a known
group ("the five states"), a gapped count for another actor, and a count's scale word."""

from __future__ import annotations

import re

from silkgraph.nlp.count_words import count_alt

# a possessor after a preposition that owns the counted people: "for Pakistan's security forces"
POSS_FORCE_RE = re.compile(r"^['’]s\s+(?:[\w\-]+\s+)?(?:forces|troops|personnel|army|military|soldiers|police|"
                           r"servicemen|guards|officers)\b", re.I)
# a count told without its noun: "put their number at 1.7 million" (the group just named)
_SCALED_N = (r"(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?|a|" + count_alt(1, 10) + r"|half\s+a)"
             r"(?:\s+(?P<s>thousand|million))?")
# a hedge before a count ("about", "at least"), shared with the seats reader
APPROX_N = r"(?:(?:about|some|roughly|nearly|around|almost|over|more\s+than|at\s+least|fewer\s+than|less\s+than|" \
            r"approximately|an\s+estimated)\s+)?"
# (and "put the number of volunteers (in X) at 4,000": the people named after "of", but never the dead or
# hurt, whose side a bare number names not: ``put_tolls``)
# the state that tells a number of its people: "Kyrgyzstan('s emergency ministry) put the number of evacuees at"
TELLER_GAP_RE = re.compile(r"(?:['’]s\s+(?:[a-z][\w\-]*\s+){1,3})?\s*")
NUMBER_AT_RE = re.compile(r"\bput\s+(?:(?:their|its|his|her)\s+(?:number|total|count|toll|figure)|the\s+(?:(?:official|total|"
                          r"overall|estimated)\s+)?(?:number|total|count|figure|tally)(?P<of>\s+of\s+(?!(?:the\s+)?(?:dead|killed|"
                          r"deaths|casualties|fatalities|losses|victims|wounded|injured|people\s+killed)\b)[\w\-]+(?:\s+[\w\-]+){0,3}?)?)\s+at\s+"
                          + APPROX_N + _SCALED_N + r"\b", re.I)
# people moved out of a state: "more than a million returns from Iran" (the state is the subject)
FLOW_FROM_RE = re.compile(r"\b" + APPROX_N + _SCALED_N + r"\s+(?:[\w\-]+\s+)?(?:returns|returnees|deportations|"
                          r"deportees|expulsions|refugees|evacuees)\s+from\s+(?:the\s+)?", re.I)
SCALE_WORDS = {"thousand": 1e3, "million": 1e6}
# a definite determiner before a number names a known group ("the five states", "their two countries")
DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|these|those|all)\s+$", re.I)
GROUP_NOUN_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:countries|states|nations|republics|members|groups)\b", re.I)
# "… 170 nuclear warheads in January 2024 and India 172": a gapped count for another actor
GAPPED_COUNT_RE = re.compile(r"[^;,.]{0,40}?,?\s+and\s+(?:the\s+)?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+(?:(?:about|some|"
                             r"roughly|nearly|around|over|just|only)\s+)?(?P<n>\d{1,3}(?:,\d{3})*)\b(?!\s*(?:percent|per\s+cent|%)"
                             r"|[.,]\d|\s+[a-z])")
# a count's scale word: "1.5 million migrants"
COUNT_SCALE_RE = re.compile(r"\s+(thousand|million)\b", re.I)
# a count of a state's people after a fronted phrase or a report ("By the ministry's tally, 340 X
# troops died", "She said 65 X troops were posted there", "In 2009, some 3,000 X troops …"):
# the count heads its reported or comma-fronted clause, and its demonym names whose people they are
OWNED_LEAD_RE = re.compile(r"(?:[^;:]*?(?:,|\b(?:said|says|told\s+[\w\-]+|reported|reports|announced|confirmed|stated|"
                           r"estimated|estimates|added|noted)(?:\s+that)?)\s+)?" + APPROX_N, re.I)
