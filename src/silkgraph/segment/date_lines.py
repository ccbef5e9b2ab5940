"""A page's date line decorated around its date: "17 August 2016 (Wednesday)", "Wednesday,
17 August 2016 — 10:32 GMT", "Issue of August 17, 2016", "17 Aug 2016 · 6 min read".

The line holds one full date (day, month and year); what is left once the date is cut out may
only be what date lines carry besides it: weekday names, clock times and time zones, the
``date_line_words`` of ``site_chrome.yaml`` ("published", "updated", "on", "at" …), an issue or
edition word, a reading time, a section name ("Analysis") and separators or brackets. Anything
else (a verb, a name) makes it a sentence or a title, not a date line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.nlp.dates import find_dates
from silkgraph.nlp.ordering import longest_first
from silkgraph.resources import load_yaml

__all__ = ["decorated_date"]

_ISSUE_BEFORE_RE = re.compile(r"\b(?:issue|edition)\s+$", re.I)


@lru_cache(maxsize=1)
def _rest_re() -> re.Pattern[str]:
    d = load_yaml("ontology/site_chrome.yaml")
    words = longest_first(list(d["date_line_words"]) + list(d["sections"]))
    alt = "|".join(re.escape(w) for w in words)
    token = (
        rf"(?:{alt}|issue|edition|of|\d+\s*min(?:ute)?s?\s+read|\d{{1,2}}[:.]\d\d(?::\d\d)?"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)"
    )
    return re.compile(rf"[\s,:;.|·•()\[\]\-–—/]*(?:{token}(?![\w])[\s,:;.|·•()\[\]\-–—/]*)*", re.I)


def decorated_date(line: str) -> bool:
    """Whether ``line`` is a date line: one full date and only date-line decoration around it."""
    s = line.strip()
    if len(s) > 80:
        return False
    full = [te for te in find_dates(s) if te.kind == "absolute" and te.year and te.month and te.day]
    if len(full) != 1:
        return False
    te = full[0]
    prep = (te.prep or "").lower()
    if prep and prep not in ("on", "of"):
        return False  # "Since 14 March 2011", "Until …", "From …": a timeline heading, not a date line
    if prep == "of" and not _ISSUE_BEFORE_RE.search(s, 0, te.start):
        return False  # "Events of 14 March 2011"; "Issue of August 17, 2016" is the page's date
    rest = s[: te.start] + " " + s[te.end :]
    return _rest_re().fullmatch(rest) is not None
