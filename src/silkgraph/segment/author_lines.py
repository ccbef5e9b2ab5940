"""Author lines of scraped pages that carry no "By" (see :mod:`silkgraph.segment.bylines`
for those that do): a bare name under a title or between articles, the name a bio box prints
under its heading, and the unsigned article whose title follows the bio that closed the one
before.  A name in running text is never an author: each reading needs the page's layout (a
title above, a date line or a long paragraph below) or a bio that names the same person.

Pure functions of the paragraphs :func:`silkgraph.segment.segment` reads.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from silkgraph.resources import load_yaml
from silkgraph.segment.byline_tails import given_names
from silkgraph.segment.bylines import org_part, parse_date_text
from silkgraph.segment.structure import bare_name
from silkgraph.segment.stubs import is_prose

if TYPE_CHECKING:
    from silkgraph.segment.draft import Draft as _Art
    from silkgraph.segment.paragraphs import Para as _Para

__all__ = ["mentions", "dek_only", "opens_unsigned", "bio_box_name", "bare_byline", "dated_names"]


@lru_cache(maxsize=1)
def _back_matter_re() -> re.Pattern[str]:
    heads = load_yaml("ontology/site_chrome.yaml")["back_matter_heads"]
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"^(?:{alt})\b", re.I)


def _back_matter(line: str) -> bool:
    """A heading of the back matter after a bio ("Notes and Sources", "Further Reading")."""
    return _back_matter_re().match(line.strip()) is not None


_BIO_VERB = r"\s+(?:is|was|has|writes|covers|works|teaches|researches|reports|heads|leads)\b"


def mentions(text: str, names: list[str]) -> bool:
    """Whether a bare name line is confirmed by a bio that names the same person."""
    return any(re.search(re.escape(n) + _BIO_VERB, text) for n in names)


_MAX_DEK = 350  # characters of a standfirst under a title


def dek_only(a: _Art, paras: list[_Para], i: int) -> bool:
    """Whether ``a`` holds only its title and a one-paragraph standfirst, the paragraph just
    before the ``i``-th (a byline): "Title / A summary sentence. / By X"."""
    secs = [s for s in a.sections if s.kind != "boilerplate"]
    if not a.title or a.authors or a.headed or len(secs) != 1 or secs[0].kind == "caption" or i < 1:
        return False
    dek = paras[i - 1]
    return secs[0].start == dek.start and secs[0].end == dek.end and len(dek.text) <= _MAX_DEK


def opens_unsigned(a: _Art, paras: list[_Para], i: int) -> bool:
    """Whether the title-like ``i``-th paragraph opens an article without a byline after the
    bio that closed ``a``: a title of three words or more (no person's name) over prose, a
    standfirst and the lead or a long lead ("AUTHOR'S BIO: … / Title / text")."""
    last = a.sections[-1] if a.sections else None
    if last is None or last.kind != "author_bio" or last.end <= last.start or i + 1 >= len(paras):
        return False
    t, nxt = paras[i].text, paras[i + 1].text
    if len(t.split()) < 3 or _back_matter(t) or bare_name(t) is not None or not is_prose(nxt):
        return False
    return len(nxt) >= 200 or (i + 2 < len(paras) and is_prose(paras[i + 2].text))


def bio_box_name(line: str, after: str) -> list[str]:
    """The name a bio box gives on its own line under its heading, when the bio below names
    the same person ("Vikram Sethi" over "Vikram Sethi is a retired officer."); else none."""
    bn = bare_name(line)
    return bn if bn and mentions(line + "\n" + after, bn) else []


def bare_byline(
    paras: list[_Para], i: int, dated: bool, titled: bool, between: bool, seen: bool, text: str
) -> list[str] | None:
    """The names of a bare author line ("Anna Hakobyan", "Anna Hakobyan | 3 June 2025") that
    opens an article: over the text (a date line may stand between them), either between
    articles (a long paragraph follows; the page has bylines, or a bio confirms the name) or
    right under a title line, when a bio names the same person ("Anna Hakobyan is …").
    ``dated``: a date line follows (and more text after it); ``titled``: a title-like line
    precedes; ``seen``: an article or a "By" byline came before."""
    nxt = paras[i + 1]
    after = paras[i + 2] if dated else nxt
    if not (len(after.text) >= 200 or (is_prose(after.text) and titled)):
        return None
    dn = dated_names(paras[i].text)
    if dn and titled and is_prose(after.text):
        return dn  # "Title / Maria Ionescu · 14 July 2024 · 6 min read / text"
    bn = bare_name(paras[i].text)
    if not bn:
        return None
    if between and len(after.text) >= 200 and (seen or mentions(text, bn)):
        return bn
    # "Title / Name, Outlet / date line / text": the layout itself, when the name line also
    # names its outlet (a title-case headline can look like a name); else a bio must name
    # the person
    layout = between and after is not nxt and _signed(paras[i].text)
    return bn if titled and (layout or mentions(text, bn)) else None


def _signed(line: str) -> bool:
    """Whether an author line names an outlet or a date besides the names ("Anvar Yusupov,
    Fergana Wire", "Maria Ionescu | 14 July 2024")."""
    return any(org_part(x) or parse_date_text(x) for x in _PARTS.split(line)[1:])


_PARTS = re.compile(r"\s*[,|—–]\s*")


# the parts of an author line with its date: "Maria Ionescu · 14 July 2024 · 6 min read"
_DATED_PARTS = re.compile(r"\s*[|·•]\s*|\s+[—–]\s+")
_NAME_COMMA_DATE = re.compile(r"([^,\d]{3,60}),\s+(\S.{5,30})")
_READ_TIME = re.compile(r"\d{1,2}\s*(?:-\s*)?(?:min|mins|minutes?)(?:\s+read)?", re.I)


def dated_names(line: str) -> list[str] | None:
    """The names of a short author line that also states a full date, its parts split by
    "|", "·", "•" or a spaced dash: names, one date and at most a reading time ("Maria
    Ionescu · 14 July 2024 · 6 min read", "Maria Ionescu | July 14, 2024"); else None."""
    if len(line) > 100 or not any(ch.isdigit() for ch in line):
        return None
    cm = _NAME_COMMA_DATE.match(line.strip())
    if cm and parse_date_text(cm.group(2)):
        bn = bare_name(cm.group(1))  # "Maria Ionescu, 14 July 2024"
        return bn if bn and all(_person(n) for n in bn) else None
    parts = [p for p in _DATED_PARTS.split(line.strip()) if p]
    if not 2 <= len(parts) <= 4:
        return None
    names: list[str] = []
    dates = 0
    for p in parts:
        if parse_date_text(p):
            dates += 1
        elif _READ_TIME.fullmatch(p):
            continue
        else:
            bn = bare_name(p)
            if not bn:
                return None
            names += bn
    # a title-case headline can look like a name: each name opens with a known given name
    if dates != 1 or not names or not all(_person(n) for n in names):
        return None
    return names


def _person(name: str) -> bool:
    """A name of two to four words opening with a known given name ("Maria Ionescu")."""
    words = name.split()
    return 2 <= len(words) <= 4 and words[0].capitalize() in given_names()

