"""Anaphoric time expressions: dates told relative to the date told just before them.

"the next day", "the following month", "two days later", "three days earlier", "the day
before", "hours later", "that evening", "the same month", "later that year", "that autumn",
"the following June", "within a week".  :func:`find_anaphors` finds them (``kind`` =
"anaphoric"; ``unit`` day | week | month | year | season | month-name | hour; ``offset`` the
signed count); :func:`resolve_anaphor` moves a base date (the date of the event told just
before, chosen by the caller) by them, at the precision the expression can carry, and
says how (the basis).  They are kept apart from :func:`~silkgraph.nlp.dates.find_dates`:
they are not dates of their own, and only a caller that knows the discourse can resolve them.
"""

from __future__ import annotations

import re

from silkgraph.nlp.dates.find import TimeExpr
from silkgraph.nlp.dates.patterns import COUNT, MONTHS, NUMBER_WORDS
from silkgraph.nlp.dates.resolution import shift
from silkgraph.nlp.prefilter import gate_of, lower_for_gates

_N = r"(?P<n>" + COUNT + ")"
_PART = r"day|morning|afternoon|evening|night"
_MON = (r"January|February|March|April|May|June|July|August|September|October|November|December")
# "fall" only where it cannot be the verb ("that fall in prices")
_SEASON = (r"spring|summer|autumn|winter|fall(?!\s+(?:in|of|to|into|by|short|apart|back|behind|"
           r"under|within|below|from|on|off|out|through|sharply|further)\b)")
# not "in the next year" / "over the following weeks" (a span ahead, not a date)
_NOT_SPAN = r"(?<!\bin )(?<!\bover )(?<!\bwithin )(?<!\bfor )(?<!\bduring )(?<!\bthroughout )"
# "in October of that year", "planned for that year": part of a written date, or a purpose
_NOT_OF = r"(?<!\bof )(?<!\bfor )"
# "Within a week, X"; ", and within a day Y": told as the time of the clause, not a deadline
_CLAUSE_START = r"(?:(?<=^)|(?<=, )|(?<=\band )|(?<=\bthen ))"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("next", re.compile(_NOT_SPAN + r"\b[Tt]he\s+(?:[Nn]ext|[Ff]ollowing)\s+(?P<u>" + _PART +
                        r"|week|month|year)\b(?!['’]s)(?!\s+(?:of|after)\b)")),
    ("next_mon", re.compile(r"\b[Tt]he\s+(?:[Nn]ext|[Ff]ollowing)\s+(?P<mon>" + _MON + r")\b(?!\s+\d)")),
    ("prev", re.compile(_NOT_SPAN + r"\b[Tt]he\s+(?:[Pp]revious|[Pp]receding)\s+(?P<u>" + _PART +
                        r"|week|month|year)\b(?!['’]s)(?!\s+(?:of|before)\b)")),
    ("before", re.compile(r"\b(?:[Tt]he\s+)(?P<u>day|night|evening)\s+before\b(?!\s+(?:the|a|an|his|her|"
                          r"its|their|this|that|last|[A-Z0-9]))")),
    ("offset", re.compile(r"\b" + _N + r"\s+(?P<u>minute|hour|day|week|fortnight|month|year)s?\s+(?P<dir>later|earlier|"
                          r"afterwards|after\s+that|before\s+that|previously)\b", re.I)),
    ("hours", re.compile(r"\b(?:[Mm]inutes|[Hh]ours|[Mm]oments)\s+(?:later|afterwards|after\s+that|earlier)\b")),
    ("same", re.compile(_NOT_OF + r"\b(?:(?:[Ll]ater|[Ee]arlier|[Ee]arly|[Ll]ate)\s+that|[Tt]hat(?:\s+same)?|[Tt]he\s+same)\s+"
                        r"(?P<u>" + _PART + r"|week|month|year)\b(?!['’]s)(?!-)")),
    ("same_mon", re.compile(_NOT_OF + r"\b(?:[Tt]hat|[Tt]he\s+same)\s+(?P<mon>" + _MON + r")\b(?!\s+\d)")),
    ("season", re.compile(_NOT_OF + r"\b(?:(?:[Ll]ater|[Ee]arlier|[Ee]arly|[Ll]ate)\s+that|[Tt]hat(?:\s+same)?|[Tt]he\s+same)\s+"
                          r"(?P<u>" + _SEASON + r")\b")),
    ("within", re.compile(_CLAUSE_START + r"[Ww]ithin\s+" + _N + r"\s+(?P<u>hour|day|week|month)s?\b(?!\s+of\b)", re.I)),
]
# a cheap gate before the patterns (lower-cased text; "two days after that" has no other cue word)
_GATE = re.compile(r"later|earlier|afterwards|after that|previous|next|following|preceding|before|same|within|hours|"
                   r"minutes|moments|that (?:day|morning|afternoon|evening|night|week|month|year|spring|summer|"
                   r"autumn|fall|winter|same|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
# ``_GATE``'s alternatives other than "that …": one of them in the text, or "that " and
# ``_GATE`` itself, is exactly ``_GATE.search`` (see ``_may_hold``)
_GATE_WORDS = ("later", "earlier", "afterwards", "after that", "previous", "next", "following", "preceding",
               "before", "same", "within", "hours", "minutes", "moments")
# a shift of this many days from a month-precision date most likely stays in that month
_NEAR_DAYS = 2
_UNIT = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else NUMBER_WORDS[s]


def _build(kind: str, m: re.Match[str], offset: int) -> TimeExpr:
    g = m.groupdict()
    u = (g.get("u") or "").lower()
    unit = _UNIT.get(u, u)
    s, e, text = m.start() + offset, m.end() + offset, m.group(0)

    def te(unit: str, k: int, mod: str | None = None, month: int | None = None) -> TimeExpr:
        return TimeExpr(s, e, text, None, month, None, "anaphoric", unit=unit, offset=k, modifier=mod)

    if kind == "next":
        return te(unit, 1)
    if kind == "prev":
        return te(unit, -1)
    if kind == "before":
        return te("day", -1)
    if kind in ("next_mon", "same_mon"):
        return te("month-name", 1 if kind == "next_mon" else 0, month=MONTHS[g["mon"].lower()])
    if kind == "offset":
        n = _num(g["n"])
        d = g["dir"].lower()
        k = -n if d.startswith(("earlier", "before", "previously")) else n
        if unit == "fortnight":  # "a fortnight later": two weeks
            return te("week", 2 * k)
        return te("hour", 0) if unit in ("minute", "hour") else te(unit, k)
    if kind == "hours":
        return te("hour", 0)
    if kind == "same":
        return te(unit, 0)
    if kind == "season":
        return te("season", 0, mod=u.split()[0])
    # within
    n = _num(g["n"])
    return te("hour", 0, mod="within") if unit == "hour" else te(unit, n, mod="within")


def _may_hold(lw: str) -> bool:
    """``_GATE.search(lw) is not None`` for the lower-cased text ``lw``: ``_GATE`` is an
    alternation of plain strings, so it matches when one of ``_GATE_WORDS`` is in ``lw`` or,
    failing that, only through its "that …" branch, which needs "that " (a few substring
    tests instead of the regex tried at every position of most sentences)."""
    for w in _GATE_WORDS:
        if w in lw:
            return True
    return "that " in lw and _GATE.search(lw) is not None


def find_anaphors(text: str, offset: int = 0) -> list[TimeExpr]:
    """The anaphoric time expressions of ``text`` (offsets shifted by ``offset``), in order,
    not overlapping (the longest first)."""
    if not _may_hold(text.lower()):
        return []
    low = lower_for_gates(text)
    cands: list[TimeExpr] = []
    for kind, pat in _PATTERNS:
        for m in gate_of(pat).finditer(text, low):  # as pat.finditer(text): tried only where a match may start
            cands.append(_build(kind, m, offset))
    cands.sort(key=lambda t: (-(t.end - t.start), t.start))
    out: list[TimeExpr] = []
    for t in cands:
        if not any(t.start < o.end and o.start < t.end for o in out):
            out.append(t)
    return sorted(out, key=lambda t: t.start)


def resolve_anaphor(expr: TimeExpr, base: str, base_text: str) -> tuple[str | None, str]:
    """``expr`` resolved against ``base`` (a partial ISO date, the date told just before,
    written as ``base_text``): the date moved by the offset, at the precision both allow."""
    why = f"'{expr.text}' after '{base_text}' ({base})"
    unit, k = expr.unit or "", expr.offset
    if expr.modifier == "within":
        if unit == "hour":
            return base, f"'{expr.text}' of '{base_text}' ({base})"
        end = shift(base, k, unit) if len(base) == 10 or (unit == "month" and len(base) == 7) else None
        if end is not None and end[:7] == base[:7] and len(base) >= 7:
            return base[:7], f"'{expr.text}' of '{base_text}' ({base}): the same month"
        if (end or base)[:4] == base[:4] and (end is not None or base[5:7] not in ("", "12")):
            return base[:4], f"'{expr.text}' of '{base_text}' ({base}): the same year"
        return None, f"'{expr.text}' of '{base_text}' ({base}) may reach past its year"
    if unit == "hour":
        return base, f"'{expr.text}' after '{base_text}' ({base}): the same day"
    if unit == "season":
        return base[:4], f"'{expr.text}' of '{base_text}' ({base}): the same year"
    if unit == "month-name" and expr.month is not None:
        y = int(base[:4])
        if len(base) >= 7:
            bm = int(base[5:7])
            if k > 0 and expr.month <= bm:  # "that November" stays in the year told
                y += 1
        elif k > 0:
            return None, f"'{expr.text}': no month in '{base_text}' ({base})"
        return f"{y:04d}-{expr.month:02d}", why
    need = {"year": 4, "month": 7, "week": 10, "day": 10}.get(unit)
    if need is None:
        return None, f"cannot resolve '{expr.text}'"
    if k == 0 and unit == "day" and len(base) == 4:  # "that evening" after "a 1997 treaty": not that year
        return None, f"'{expr.text}': '{base_text}' ({base}) too coarse for a day"
    if k == 0:  # "that evening", "the same month": the base's date, no finer than the unit
        got: str | None = base[: {"week": 7}.get(unit, need)]
        return got, f"'{expr.text}' = '{base_text}' ({got})"
    if len(base) < need and unit == "day" and len(base) == 7 and abs(k) <= _NEAR_DAYS:
        # "the next day" after "in August 2025": most likely the same month
        return base, f"'{expr.text}' after '{base_text}' ({base}): most likely the same month"
    if len(base) < need:
        return None, f"'{expr.text}': '{base_text}' ({base}) too coarse for a {unit}"
    got = shift(base[:need], k, unit)
    if got is None:
        return None, f"cannot shift {base} by {k:+d} {unit}(s)"
    return got, why
