"""Site chrome of scraped page dumps: navigation, breadcrumb, share/print, cookie and
footer lines around the articles (cues: ``resources/ontology/site_chrome.yaml``).

:func:`chrome_kind` classifies one paragraph:

* ``"strong"``: a line that is never article text wherever it stands: a menu or
  page-action line made only of navigation words ("Menu  Search  Subscribe",
  "12 June 2025 | Print | Share"), a breadcrumb ("Home > Analytical Articles > Caucasus"),
  a cookie notice, a footer line ("Share this:", "Tags: …", "Related articles", "© 2025 …");
* ``"weak"``: a "Site | Section" header ("The Steppe Monitor – Commentary"), which could
  also be a title with a section suffix: the caller treats it as chrome only when no
  byline follows it directly;
* ``"date"``: a line holding only a date ("June 12, 2025", "Updated: 3 May 2025"), chrome
  only in a page header.
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.nlp.ordering import longest_first
from silkgraph.resources import load_yaml
from silkgraph.segment.date_lines import decorated_date

__all__ = ["MAX_CHROME_LEN", "chrome_kind", "blocks_join", "is_list_heading"]

_MAX_LINE = 160  # the longest line of chrome but a cookie notice
MAX_CHROME_LEN = 600  # the longest line chrome_kind classifies (a cookie notice): longer is text


def alternation(words: list[str]) -> str:
    """An alternation of ``words`` (lower-cased), longest first, ties alphabetical: the same
    pattern in every process (a set's order varies with the hash seed)."""
    return "|".join(re.escape(w) for w in longest_first({w.lower() for w in words}))


@lru_cache(maxsize=1)
def chrome_cues() -> dict[str, re.Pattern[str]]:
    d = load_yaml("ontology/site_chrome.yaml")
    seps = [s for s in d["separators"] if s.strip()]
    sep = "(?:" + alternation(seps) + r"|\s-\s)"
    item = rf"(?<![\w+\-])(?:{alternation(d['nav'])})(?![\w+\-])"
    date_word = (
        r"\d{4}-\d\d-\d\d(?:t\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:z|[+-]\d\d:?\d\d)?)?"
        r"|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?-\d{4}"  # "14-Nov-2024"
        r"|\d{1,2}[/\-]\d{1,2}[/\-]\d{4}|\d{4}/\d{1,2}/\d{1,2}"  # "17/08/2016", "17-08-2016", "2016/08/17"
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{1,4}(?:st|nd|rd|th)?"
        rf"|{alternation(d['date_line_words'])}|\d{{1,2}}:\d\d"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?"
    )
    return {
        "sep": re.compile(r"\s*" + sep + r"\s*|\s{2,}|\t"),
        "realsep": re.compile(sep),
        "nav": re.compile(item, re.I),
        "date_only": re.compile(rf"^(?:(?:{date_word})[\s,:.|·•]*)+$", re.I),
        "digit": re.compile(r"\d"),
        "section": re.compile(rf"^(?:{alternation(d['sections'] + d['nav'])})$", re.I),
        "crumb_head": re.compile(rf"^(?:{alternation(d['breadcrumb_heads'])})\s*:?$", re.I),
        "footer": re.compile(
            rf"^(?:{alternation(d['footer_heads'])})(?:\s*[:»›>…]|\s*\.{{2,}}|\s*$)"
            r"|^©|^\(c\)\s*\d{4}|^copyright\s+(?:©\s*)?\d{4}\b|\ball rights reserved\b"
            # "Caucasus Watch © 2025" (not a photo credit: "Photo © 2024 A. Author")
            r"|^(?!(?:photo|image|picture|credit|source)\b)[^.!?]{0,80}©\s*\d{4}\W*$"
            # "More from Opinion", "More in Analysis": a list of the section's other pages
            rf"|^more (?:from|in|on)\s+(?:{alternation(d['sections'])})\s*$"
            # "Published in Analytical Articles", "Posted under Commentary"
            rf"|^(?:published|posted|filed|appeared) (?:in|under):?\s+(?:{alternation(d['sections'])})\s*$",
            re.I,
        ),
        "cookie": re.compile(rf"\b(?:{alternation(d['cookie_words'])})\b", re.I),
        "cookie_ctx": re.compile(rf"\b(?:{alternation(d['cookie_context'])})\b", re.I),
        "year": re.compile(r"^\d{4}$"),
        "address": re.compile(rf"\b(?:{alternation(d['reader_address'])})\b", re.I),
        "list_head": re.compile(rf"^(?:{alternation(d['list_heads'])})\s*:?$", re.I),
        # a page action addressed to the reader: "Subscribe to our digest", "Print this page"
        "action": re.compile(rf"^(?:{alternation(d['page_actions'])})(?![\w\-])", re.I),
        "more_from": re.compile(rf"^more (?:from|in|on)\s+(?:{alternation(d['sections'])})\s*:?$", re.I),
        "copyright": re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.I),
    }


def _short_name(part: str) -> bool:
    """A short capitalised name (a site's name, a breadcrumb step): no sentence."""
    words = part.split()
    return 0 < len(words) <= 7 and part[:1].isupper() and not part.endswith((".", "?", "!"))


def _chrome_part(part: str, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether one separated part of a line is chrome by itself: a navigation item or
    section name, a footer head ("Related articles"), a copyright notice, or a short
    page action addressed to the reader ("Subscribe to our fortnightly digest")."""
    if c["section"].match(part) or c["footer"].search(part) or c["copyright"].match(part):
        return True
    words = part.split()
    return (
        len(words) <= 6
        and c["action"].match(part) is not None
        and not part.endswith((".", "?", "!"))
    )


_MAX_DATE_LINE = 80  # "Published 14 November 2024, 10:15 GMT · Updated 16 November 2024"
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")  # "14.11.2024": day first


def _section_and_date(parts: list[str], c: dict[str, re.Pattern[str]]) -> bool:
    """A page's date line with a section name: every part a section name or a date, one
    of each ("Analysis | 14.11.2024")."""
    dates = [p for p in parts if c["digit"].search(p) and c["date_only"].match(p.rstrip(" ."))
             and not c["year"].match(p)]
    return len(dates) == 1 and all(p in dates or c["section"].match(p) for p in parts)


def chrome_kind(line: str) -> str | None:
    """``"strong"``, ``"weak"``, ``"date"`` or None (see module doc)."""
    s = line.strip()
    if s[:1] in "*_":
        s = s.strip("*_ ")  # Markdown emphasis: "*17 February 2025*"
    n = len(s)
    if not n or n > MAX_CHROME_LEN:
        return None
    c = chrome_cues()
    low = s.lower()
    if "cookie" in low:
        # the page speaks to its reader ("we use cookies", "you agree", "this site")
        if (
            c["cookie"].search(s)
            and len(c["cookie_ctx"].findall(s)) >= 2
            and c["address"].search(s)
        ):
            return "strong"
    if n > _MAX_LINE:
        return None
    if c["footer"].search(s):
        return "strong"
    # a menu / page-action line: only navigation words, separators and a date
    rest = c["nav"].sub(" ", s)
    if rest != s:
        rest = c["sep"].sub(" ", rest).strip(" ,:;.|")
        if not rest or c["date_only"].match(rest):
            return "strong"
    elif n <= _MAX_DATE_LINE and c["digit"].search(s) and c["date_only"].match(s.rstrip(" .")):
        return "date" if re.search(r"[A-Za-z]{3}", s) or "-" in s or "/" in s or _DOTTED.fullmatch(s) else None
    if n <= _MAX_DATE_LINE and c["digit"].search(s) and decorated_date(s):
        return "date"  # "17 August 2016 (Wednesday)", "Wednesday, 17 August 2016 — 10:32 GMT"
    if not c["realsep"].search(s):
        # a lone section name over the title ("Analytical Articles")
        return "weak" if n <= 40 and c["section"].match(s.strip(" :")) else None
    parts = [p.strip() for p in c["sep"].split(s) if p and p.strip()]
    if 2 <= len(parts) <= 3 and n <= _MAX_DATE_LINE and _section_and_date(parts, c):
        return "date"  # "Analysis | 14.11.2024", "14 November 2024 | Commentary"
    if 2 <= len(parts) <= 6 and all(_chrome_part(p, c) for p in parts):
        # every part is chrome by itself: "Subscribe to our digest | Print this page",
        # "Related articles | Contact the editors | (c) The Review"
        return "strong"
    if len(parts) < 2 or len(parts) > 6 or not all(_short_name(p) or c["year"].match(p) for p in parts):
        return None
    # a breadcrumb: "Home > …", "You are here: Home » …"
    if c["crumb_head"].match(parts[0]) or low.startswith("you are here"):
        return "strong"
    known = sum(1 for p in parts if c["section"].match(p) or c["year"].match(p))
    if known >= len(parts) - 1 and known >= 1 and len(parts) >= 3:
        return "strong"  # "Publications » Analytical Articles » 2025"
    if len(parts) >= 4 and 2 * known >= len(parts):
        # a site menu naming pages of its own besides the usual ones:
        # "Subscribe | Archive | Our Fellows | Write to the Desk"
        return "strong"
    if known >= 1 and len(parts) <= 3:
        return "weak"  # "Central Asia Review | Analytical Articles"
    return None


def blocks_join(prev: str, line: str) -> bool:
    """Whether two hard-wrapped lines must stay apart: either one is site chrome."""
    return (len(line) <= MAX_CHROME_LEN and chrome_kind(line) is not None) or (
        len(prev) <= _MAX_LINE and chrome_kind(prev) is not None
    )


def is_list_heading(line: str) -> bool:
    """A footer heading over a list of other pages ("Related articles", "Most read")."""
    s = line.strip()
    c = chrome_cues()
    return len(s) <= 40 and (c["list_head"].match(s) is not None or c["more_from"].match(s) is not None)
