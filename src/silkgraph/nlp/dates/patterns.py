"""The regular expressions and word tables of date finding: month and number words,
one pattern per kind of temporal expression (in priority order), weekday names and the
written offset before a date ("five days after")."""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
}  # fmt: skip
# the count of an offset ("sixteen months later", "18 months ago"): digits or a number word
# (longest words first, so that "sixteen" is not read as "six")
COUNT = r"\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


# Capitalised month names only ("may" and "march" are also ordinary words).
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
MONTH_NAME_RE = _MONTH_RE  # (public: other modules read a month's name with it)
_PREP = r"(?:\b(?P<prep>[Oo]n|[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Aa]s of|[Oo]f)\s+)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
ORDINAL = r"(?:st|nd|rd|th)?"  # "January 6th"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a year shared by joined days is not a count of what follows ("On March 3 and 4, 2000 refugees crossed"):
# no lower-case word after it but a preposition, conjunction or article
_NOT_COUNTED = (r"(?!\s+(?!(?:in|at|on|and|or|but|to|when|while|after|before|during|as|with|for|by|from|the|a|an|"
                r"that|which|where|amid|following|between|against|near|under|over)\b)[a-z])")
# the weekday names as written, as a regex alternation ("Monday|Tuesday|…")
WEEKDAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
_NOT_NUM_AFTER = r"(?![\d,]\d)(?!\.\d)(?!%)"

_UNIT_NOUNS = (
    "troops|soldiers|people|persons|men|women|children|civilians|militants|fighters|"
    "personnel|casualties|deaths|refugees|families|tourists|km|kilometers|kilometres|"
    "miles|meters|metres|m|ft|feet|tons|tonnes|t|kg|units|vehicles|tanks|aircraft|jets|"
    "missiles|rockets|rounds|shells|drones|dollars|euros|rupees|hectares|acres|"
    "percent|per|barrels|mw|gw|kw"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(_PREP + r"\b(?P<y>" + _YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    (
        "mdy",
        re.compile(
            _PREP
            + r"\b(?P<mon>"
            + _MONTH_RE
            + r")\s+(?P<d>"
            + _DAY
            + r")"
            + ORDINAL
            + r"(?:\s?[-–]\s?"  # "August 7–8, 2008": a span of days, dated by its first
            + _DAY
            + ORDINAL
            + r"(?![\d,]\d)"
            # "April 28 and 29, 2021", "May 3 to 5, 2021": two days sharing the year written after them
            + r"|\s+(?P<join>and|to|till|until|through)\s+(?P<d2>" + _DAY + r")" + ORDINAL + r"(?=,?\s+" + _YEAR + r"\b" + _NOT_COUNTED + r"))?"
            + r"(?:,?\s+(?P<y>"
            + _YEAR
            + r"))?\b"
            + _NOT_NUM_AFTER
            + r"(?!:\d)"
        ),
    ),
    (
        "dmy",
        re.compile(
            _PREP
            + r"\b(?P<d>"
            + _DAY
            + r")"
            + ORDINAL
            # "23–24 February", "between 8 and 10 December", "from 11 to 20 September": a span of
            # days, dated by its first
            + r"(?:(?P<join>\s?[-–]\s?|\s+(?:and|to|till|until|through)\s+)(?P<d2>" + _DAY + r")" + ORDINAL + r")?"
            + r"\s+(?:of\s+)?(?P<mon>"
            + _MONTH_RE
            + r")(?:,?\s+(?P<y>"
            + _YEAR
            + r"))?\b"
        ),
    ),
    (
        "my",
        re.compile(
            _PREP
            + r"\b(?P<mon>"
            + _MONTH_RE
            # "April and May 2020", "between April and June 2024": a span of months, dated by its first
            + r")(?:(?P<join>\s?[-–]\s?|\s+(?:and|to|till|until|through)\s+)(?P<mon2>" + _MONTH_RE + r"))?"
            + r",?\s+(?:of\s+)?(?P<y>"
            + _YEAR
            + r")\b"
            + _NOT_NUM_AFTER
        ),
    ),
    (
        "mod_year",
        re.compile(
            _PREP + r"\b(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he end of|[Tt]he beginning of|"
            r"[Tt]he start of|[Tt]he first half of|[Tt]he second half of|[Tt]he middle of)"
            r"[\s-]+(?P<y>" + _YEAR + r")\b" + _NOT_NUM_AFTER
        ),
    ),
    (
        # "the spring of 2025", "in summer 2024", "late autumn 2023": a season of a written year
        "season_year",
        re.compile(
            _PREP + r"\b(?:[Tt]he\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?P<mod>[Ss]pring|[Ss]ummer|[Aa]utumn|"
            r"[Ww]inter)(?:\s+of)?\s+(?P<y>" + _YEAR + r")\b" + _NOT_NUM_AFTER
        ),
    ),
    (
        "mod_month",
        re.compile(
            r"\b(?P<mod>[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd of|[Tt]he end of)[\s-]+(?P<mon>"
            + _MONTH_RE
            + r")(?:,?\s+(?P<y>"
            + _YEAR
            + r"))?\b(?!\s+\d)"
        ),
    ),
    (
        "rel_month",
        re.compile(r"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<mon>" + _MONTH_RE + r")\b(?!\s+\d)"),
    ),
    (
        "month",
        re.compile(
            r"(?P<prep>\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f)\s+)"
            r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
            r"\b(?!\s+\d)(?!-)"
        ),
    ),
    (
        "range",
        re.compile(
            r"\b(?P<prep>[Bb]etween|[Ff]rom)\s+(?P<y>"
            + _YEAR
            + r")\s+(?:and|to|until|through|till)\s+"
            r"(?P<y2>" + _YEAR + r")\b" + _NOT_NUM_AFTER
        ),
    ),
    (
        "range2",
        re.compile(
            _PREP
            + r"(?:(?<=FY)|(?<![\w$-]))(?P<y>"  # "2025–26", "FY2025-26", "2024/25"
            + _YEAR
            + r")\s?[-–—/]\s?(?P<y2>"
            + _YEAR
            + r"|\d\d)\b"
            + _NOT_NUM_AFTER
        ),
    ),
    (
        "decade",
        re.compile(r"\b(?:[Tt]he\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<y>1[89]\d0|20\d0)s\b"),
    ),
    (
        "year",
        re.compile(
            _PREP
            + r"(?:(?<=FY)|(?<![\w$€£#.,/-])(?<![A-Za-z]-)(?<!US\$ )(?<!USD )(?<!No\. ))(?P<y>"
            + _YEAR
            + r")\b"
            + _NOT_NUM_AFTER
            + r"(?!-[A-Za-z])(?!s\b)(?!\s+(?:"
            + _UNIT_NOUNS
            + r")\b)"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>(?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious)\s+"
            r"(?P<unit>year|month|week)\b"
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>" + COUNT + ")"
            r"\s+(?P<unit>year|month|week|day|decade)s?\s+ago\b",
            re.I,
        ),
    ),
    ("yesterday", re.compile(r"\b(?P<rel>[Yy]esterday)\b")),
    # "this morning", "earlier this evening", "tonight": a part of the day of writing (a news report's)
    ("today", re.compile(r"\b(?P<rel>(?:(?:[Ee]arlier|[Ll]ater)\s+)?[Tt]his\s+(?:morning|afternoon|evening)|[Tt]onight)\b"
                         r"(?!['’]s)")),
    (
        "weekday",
        re.compile(
            # "in the early hours of Sunday", "on the night of Saturday", "on the morning of Friday": a part of
            # that day (the prep is read as "on")
            r"\b(?:(?P<prep>(?:[Ii]n|[Oo]n|[Dd]uring)\s+the\s+(?:(?:early|small|first)\s+hours|night|morning|"
            r"afternoon|evening)\s+of|[Oo]n|[Ll]ast|[Tt]his|[Ee]arlier on|[Ll]ater on|[Ll]ate on|[Ee]arly on|[Ee]arly|[Ll]ate|"
            # "from Thursday last week", "since Sunday", "by Friday": like the prepositions of month dates
            r"[Ff]rom|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|"
            # "talks that ran late into Saturday night", "fighting through Thursday": the act reached that day
            r"[Ii]nto|[Tt]hrough(?:out)?)\s+"
            r"(?P<wd>" + WEEKDAY_NAMES + r")\b"
            # "Sunday's talks", "Monday's attack": a possessive weekday dates its noun
            r"|(?P<wdp>" + WEEKDAY_NAMES + r")(?=['’]s\s+[a-z])"
            # wire style, the weekday right after a verb of saying: "officials said Thursday"
            r"|(?:(?<=\bsaid )|(?<=\bsays )|(?<=\btold )|(?<=\bannounced ))"
            r"(?P<wds>" + WEEKDAY_NAMES + r")\b(?!['’]s)(?!\s+(?:is|was|will|would|as)\b))"
            # "on Wednesday last week", "Thursday of next week": a day of another calendar week (the
            # week's own expression stays, so only looked at)
            r"(?:(?=\s+(?:of\s+)?(?P<wk>[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious)\s+week\b)|)"
        ),
    ),
    (
        # "over the weekend", "at the weekend", "last weekend": the weekend's Saturday (read as that weekday)
        "weekend",
        re.compile(r"\b(?P<prep>[Oo]ver|[Aa]t|[Dd]uring|[Ll]ast)\s+(?:the\s+)?weekend\b(?!['’]s)"),
    ),
    (
        "month_part",
        re.compile(
            r"\b(?:(?P<prep>[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore|[Ii]n|[Tt]owards?)\s+)?(?:[Tt]he\s+)?"
            r"(?P<mod>end|beginning|start|middle|close)\s+of\s+(?:the|this)\s+month\b"
        ),
    ),
]

# "five days after", "exactly a year before", "two weeks after" right before a date
OFFSET_BEFORE = re.compile(
    r"\b(?:(?:exactly|just|only|some|about|barely)\s+)?"
    r"(?P<n>" + COUNT + r")\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?:(?P<dir>after|before)\s+)?$",
    re.I,
)
