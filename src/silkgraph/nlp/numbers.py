"""Numbers, quantities, money and percentages in running text.

Every finder returns values with character offsets relative to the string given
(plus ``offset``), so callers can keep offsets into the source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "a dozen": 12, "two dozen": 24, "several dozen": 36,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "largest": 1, "biggest": 1, "top": 1,
}
SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "crore": 1e7, "lakh crore": 1e12,
}
CURRENCY_SIGNS = {
    "us$": "USD", "usd": "USD", "$": "USD", "us dollars": "USD", "dollars": "USD",
    "€": "EUR", "eur": "EUR", "euros": "EUR", "euro": "EUR", "£": "GBP", "gbp": "GBP",
    "pounds": "GBP", "rs": "INR", "rs.": "INR", "inr": "INR", "rupees": "INR", "¥": "CNY",
    "yuan": "CNY", "rmb": "CNY", "cny": "CNY", "rubles": "RUB", "roubles": "RUB", "rub": "RUB",
    "manat": "AZN", "lira": "TRY", "tl": "TRY",
}
QUALIFIERS = (
    "at least", "more than", "over", "up to", "nearly", "almost", "around", "about",
    "approximately", "some", "roughly", "as many as", "fewer than", "less than", "an estimated",
)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = r"(?:" + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS if " " not in w), key=len, reverse=True)) + r")"
_QUAL = r"(?:(?P<qual>" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s+)?"

MONEY_RE = re.compile(
    _QUAL
    # (a currency word starts a word: not the "rs" of "covers 24")
    + r"(?:(?P<pre>US\$|(?<![A-Za-z])(?:USD|EUR|GBP|Rs\.?|INR|RMB)|\$|€|£|¥)\s?(?P<n1>" + _NUM + r")"
    r"(?:(?:\s?|-)(?P<s1>thousand|million|billion|trillion|lakh\s+crore|lakh|crore|mn|bn|tn|[bmk])\b)?"
    r"|(?P<n2>" + _NUM + r")\s?(?P<s2>thousand|million|billion|trillion|mn|bn|tn)?\s?"
    r"(?P<post>US dollars|dollars|euros?|pounds|rupees|yuan|rubles|roubles|manat|lira)\b)",
    re.IGNORECASE,
)
PERCENT_RE = re.compile(
    _QUAL + r"(?P<n>" + _NUM + r")\s?(?:%|percent\b|per cent\b|pct\b|percentage points?\b)",
    re.IGNORECASE,
)
COUNT_RE = re.compile(
    _QUAL + r"\b(?P<n>" + _NUM + r"|" + _WORDNUM + r"(?:[- ]" + _WORDNUM + r")?)\b(?![.,]\d)",
    re.IGNORECASE,
)


# the upper bound of a range right after a figure with no scale of its own: "$2-3 billion",
# "€140–170 million", "$20 to $25 million", "between $30 and $40 million" (the lower bound
# takes the upper bound's scale: "$2" alone would be two dollars)
RANGE_SCALE_RE = re.compile(
    r"\s?(?:[-–]|\s+to\s+|(?P<and>\s+and\s+))\s?(?:US\$|\$|€|£|¥|Rs\.?\s?)?(?:" + _NUM + r")"
    r"\s?(?P<s>thousand|million|billion|trillion|lakh\s+crore|lakh|crore|mn|bn|tn|[bmk])\b",
    re.IGNORECASE,
)
BETWEEN_RE = re.compile(r"\bbetween\s+(?:(?:about|some|roughly|around|approximately)\s+)?$", re.IGNORECASE)


@dataclass
class Number:
    start: int
    end: int
    text: str
    value: float
    unit: str  # USD, EUR, percent, count …
    qualifier: str | None = None


def parse_number(text: str) -> float | None:
    t = text.strip().lower().replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t])
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and all(p in WORD_NUMBERS for p in parts):
        a, b = WORD_NUMBERS[parts[0]], WORD_NUMBERS[parts[1]]
        return float(a * b if b in (100, 12) else a + b)
    return None


# exact pre-checks: every MONEY_RE match holds a digit and one of these (lower case)
# strings, every PERCENT_RE match a digit and one of those; ``_gated_out`` says when a
# text has none, so the pattern would find nothing there
_MONEY_TOKENS = ("$", "€", "£", "¥", "usd", "eur", "gbp", "rs", "inr", "rmb", "dollars", "euro",
                 "pounds", "rupees", "yuan", "rubles", "roubles", "manat", "lira")
_PERCENT_TOKENS = ("%", "percent", "per cent", "pct")
_DIGIT_RE = re.compile(r"\d")
# characters IGNORECASE matches to an ASCII letter that str.lower() does not map to it
_FOLD_SPECIAL = frozenset("\u0131\u017f\u0130\u212a")


# where a match can start, besides a qualifier (see ``_matches``): MONEY_RE's currency (one of
# these strings, lower-cased) or its bare amount (any digit: that branch has no ``\b``)
_MONEY_STARTS = ("us$", "usd", "eur", "gbp", "rs", "inr", "rmb", "$", "€", "£", "¥")
# a digit, or a number word that is the whole word, at a word start (on lower-cased text)
_COUNT_START_RE = re.compile(r"\b(?:\d|(?:" + "|".join(re.escape(w) for w in WORD_NUMBERS if " " not in w) + r")\b)")


def _count_starts(text: str, low: str) -> list[int]:
    """Where COUNT_RE's number can begin: ``\\b`` then a digit or a number word that is the
    whole word there — the word must end where it does, by ``\\b`` or by the "-"/" " that
    joins a second one ("twenty-five"). Read on ``low``, whose word characters, digits and
    lengths are the text's (``_matches`` refuses the texts where they might not be)."""
    return [m.start() for m in _COUNT_START_RE.finditer(low)]


def _digit_starts(text: str, low: str) -> list[int]:
    """Every digit: MONEY_RE's bare amount may begin at any."""
    return [m.start() for m in _DIGIT_RE.finditer(text)]


def _matches(pattern: re.Pattern[str], text: str, starts: Callable[[str, str], list[int]],
             strings: tuple[str, ...]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for MONEY_RE and COUNT_RE: every match begins where
    ``starts`` says or where one of ``strings`` (the qualifiers, the currencies: lower case)
    begins in the lower-cased text, so the pattern is tried only there, left to right, from
    the end of each match on — the attempts of the scan that could succeed, the same matches.
    Texts whose lower-casing cannot be trusted (see ``_FOLD_SPECIAL``) are scanned."""
    if not text.isascii() and not _FOLD_SPECIAL.isdisjoint(text):
        return list(pattern.finditer(text))
    low = text.lower()
    cands = set(starts(text, low))
    for w in strings:
        i = low.find(w)
        while i != -1:
            cands.add(i)
            i = low.find(w, i + 1)
    out = []
    match = pattern.match
    end = 0
    for i in sorted(cands):
        if i >= end:
            m = match(text, i)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


def _gated_out(text: str, tokens: tuple[str, ...]) -> bool:
    if not _DIGIT_RE.search(text):
        return True
    if not text.isascii() and not _FOLD_SPECIAL.isdisjoint(text):
        return False
    low = text.lower()
    return not any(t in low for t in tokens)


def find_money(text: str, offset: int = 0) -> list[Number]:
    return _placed(_money(text), offset)


def find_percents(text: str, offset: int = 0) -> list[Number]:
    return _placed(_percents(text), offset)


def find_counts(text: str, offset: int = 0) -> list[Number]:
    """Cardinal numbers that are not years, money or percentages."""
    return _placed(_counts(text), offset)


def _placed(found: tuple[Number, ...], offset: int) -> list[Number]:
    """Fresh copies of the numbers found in a text (callers may change them), moved by ``offset``."""
    return [Number(n.start + offset, n.end + offset, n.text, n.value, n.unit, n.qualifier) for n in found]


# the finders below remember the texts seen recently: the extractors ask about the same
# sentence (and the same phrases) several times
_CACHED = 1024


@lru_cache(maxsize=_CACHED)
def _money(text: str) -> tuple[Number, ...]:
    if _gated_out(text, _MONEY_TOKENS):
        return ()
    out = []
    for m in _matches(MONEY_RE, text, _digit_starts, QUALIFIERS + _MONEY_STARTS):  # as MONEY_RE.finditer(text)
        n = m.group("n1") or m.group("n2")
        scale = re.sub(r"\s+", " ", (m.group("s1") or m.group("s2") or "").lower())  # "lakh crore"
        cur_raw = (m.group("pre") or m.group("post") or "").lower()
        val = parse_number(n)
        if val is None:
            continue
        cur = CURRENCY_SIGNS.get(cur_raw, CURRENCY_SIGNS.get(cur_raw.rstrip("s"), "USD"))
        if not scale and m.group("pre"):
            scale = _range_scale(text, m.start(), m.end())
        val *= SCALE.get(scale, 1.0)
        start = m.start("qual") if m.group("qual") else m.start()
        if m.group("qual"):
            start = m.start()
        out.append(Number(start, m.end(), m.group(0), val, cur, (m.group("qual") or "").lower() or None))
    return tuple(out)


def _range_scale(text: str, start: int, end: int) -> str:
    """The scale of a range's upper bound right after a figure written without one ("" if none);
    "and" joins a range only after "between"."""
    r = RANGE_SCALE_RE.match(text, end)
    if r is None or (r.group("and") and not BETWEEN_RE.search(text, max(0, start - 30), start)):
        return ""
    return re.sub(r"\s+", " ", r.group("s").lower())


@lru_cache(maxsize=_CACHED)
def _percents(text: str) -> tuple[Number, ...]:
    if _gated_out(text, _PERCENT_TOKENS):
        return ()
    out = []
    for m in PERCENT_RE.finditer(text):
        val = parse_number(m.group("n"))
        if val is None:
            continue
        out.append(Number(m.start(), m.end(), m.group(0), val, "percent", (m.group("qual") or "").lower() or None))
    return tuple(out)


@lru_cache(maxsize=_CACHED)
def _counts(text: str) -> tuple[Number, ...]:
    taken = [(n.start, n.end) for n in _money(text) + _percents(text)]
    out = []
    for m in _matches(COUNT_RE, text, _count_starts, QUALIFIERS):  # as COUNT_RE.finditer(text)
        s, e = m.start("n"), m.end("n")
        if any(a <= s < b for a, b in taken):
            continue
        raw = m.group("n")
        if raw.lower() in ("a", "an"):
            continue
        val = parse_number(raw)
        if val is None:
            continue
        if raw.isdigit() and len(raw) == 4 and 1800 <= val <= 2100:
            continue  # a year
        # a number glued to letters/hyphen is part of a designation (JF-17, S-400)
        if s > 0 and (text[s - 1].isalpha() or text[s - 1] in "-/"):
            continue
        if e < len(text) and (text[e:e + 1].isalpha()):
            continue
        start = m.start() if m.group("qual") else s
        out.append(Number(start, e, text[start:e], val, "count", (m.group("qual") or "").lower() or None))
    return tuple(out)
