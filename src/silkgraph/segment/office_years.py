"""Office-holders as time anchors for texts that state no year.

A person named with the title of an office held now ("Iranian President Masoud Pezeshkian",
"Prime Minister of Armenia Nikol Pashinyan", "Supreme Leader Ayatollah Ali Khamenei", or in
apposition: "Masoud Pezeshkian, Iran's president") dates
the text to one of that person's terms in that office (resources/reference/office_terms.csv
and an overlay's, as :class:`~silkgraph.knowledge.office_terms.OfficeTable`; titles in
office_titles.yaml).  A title the text marks as not current gives no bound:
"former", "then", "late", "Deputy", "acting" … within the three words before it
(``not_current``), "ex-President", "President-elect".  A mention in a sentence that writes a
year ("In 2016, Prime Minister X …") tells that year's office, not the text's, and counts
neither.

:func:`narrow_by_offices` keeps, of candidate publication dates, those that the most
mentions allow (all of them when the data is complete; a mention the table contradicts,
or a historical title the cues missed, is outvoted by the others).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from silkgraph.knowledge.office_terms import OfficeTable, office_titles, package_table
from silkgraph.model import Section
from silkgraph.nlp.ordering import longest_first
from silkgraph.nlp.sentences import split_text
from silkgraph.regex_cache import with_cached_compiles
from silkgraph.resources import load_yaml

__all__ = ["OfficeMention", "office_mentions", "narrow_by_offices", "held_by_all"]

_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_PHRASE_BREAK = re.compile(r"[,;:.()\[\]\"“”‘’—–!?\n]")


def _fold(s: str) -> str:
    """``s`` without diacritics and with straight apostrophes, one character for each
    character (offsets are kept).

    Each character's replacement depends on that character alone (:func:`_fold_char`;
    an ASCII character is itself), so replacing only the non-ASCII characters gives the
    same text as folding character by character (:func:`_fold_chars`), without a Python
    step per character."""
    if s.isascii():
        return s
    return _NON_ASCII.sub(_fold_match, s)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_match(m: re.Match[str]) -> str:
    return _fold_char(m.group())


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """The folded form of one non-ASCII character: ``'`` for a curly apostrophe, else its
    first NFKD character when that is ASCII ("é" → "e"), else itself."""
    d = unicodedata.normalize("NFKD", c)
    return "'" if c in "’‘" else (d[0] if d and d[0].isascii() else c)


def _fold_chars(s: str) -> str:
    """:func:`_fold` character by character: the plain definition it is tested against."""
    out = []
    for c in s:
        if c.isascii():
            out.append(c)
            continue
        d = unicodedata.normalize("NFKD", c)
        out.append("'" if c in "’‘" else (d[0] if d and d[0].isascii() else c))
    return "".join(out)


@dataclass(frozen=True)
class OfficeMention:
    text: str  # the title and name as written
    start: int
    key: tuple[tuple[str, ...], str]  # (person ids, office): one vote per person and office
    terms: tuple[tuple[date, date | None], ...]


@dataclass(frozen=True)
class _Matcher:
    patterns: tuple[re.Pattern[str], ...]  # title before the name; name before the title
    title_office: dict[str, str]
    name_people: dict[str, tuple[str, ...]]
    not_current: frozenset[str]
    terms: dict[tuple[str, str], tuple[tuple[date, date | None], ...]]  # (person, office) → its terms


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in longest_first(set(words)))


@lru_cache(maxsize=8)  # per table (tables compare by identity: one per gazetteer)
@with_cached_compiles
def _matcher(table: OfficeTable) -> _Matcher:
    data = load_yaml("reference/office_titles.yaml")
    title_office = {t: office for office, ts in office_titles().items() for t in ts}
    name_people: dict[str, set[str]] = {}
    for pid, names in table.names.items():
        for n in names:
            if n.split()[0] in title_office:  # an alias with its title ("President Trump")
                continue
            variants = {n}
            toks = n.split()
            if len(toks) >= 3:  # "Tayyip Erdoğan" for "Recep Tayyip Erdoğan"
                variants.add(" ".join(toks[1:]))
            for v in variants:
                name_people.setdefault(_fold(v), set()).add(pid)
    honorifics = [str(h) for h in data.get("honorifics", [])]
    terms: dict[tuple[str, str], list[tuple[date, date | None]]] = {}
    for t in table.terms:
        terms.setdefault((t.person_id, t.office), []).append((t.start, t.end))
    pattern = re.compile(
        r"(?<![\w\-])(?P<title>" + _alt(list(title_office)) + r")(?![\w\-])"
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})?"
        r"\s+(?:(?:" + _alt(honorifics) + r")\s+)?"
        r"(?P<name>" + _alt(list(name_people)) + r")(?![\w\-])"
    )
    # "Masoud Pezeshkian, Iran's president", "Pashinyan, the Armenian prime minister", any case
    # (not "PM": "3 pm" is a time)
    # the lookahead of the names' first letters lets the engine skip most positions fast
    # before it tries the (long) alternation of names
    firsts = "".join(sorted({re.escape(n[0]) for n in name_people}))
    appositive = re.compile(
        r"(?=[" + firsts + r"])(?<![\w\-])(?P<name>" + _alt(list(name_people)) + r"),\s+(?:the\s+)?(?:[A-Z][\w'.\-]*\s+){0,2}"
        r"(?P<title>(?i:" + _alt([t for t in title_office if len(t) > 2]) + r"))(?![\w\-'])(?!\s+[A-Z])"
    )  # the title followed by no name: a list ("Medvedev, President Putin") is no apposition
    return _Matcher(
        (pattern, appositive),
        {t.lower(): o for t, o in title_office.items()},
        {k: tuple(sorted(v)) for k, v in name_people.items()},
        frozenset(str(w).lower() for w in data.get("not_current", [])),
        {k: tuple(v) for k, v in terms.items()},
    )


def _not_current(text: str, start: int, words: frozenset[str]) -> bool:
    """A word marking the title as not held now among the three words before it (in its
    phrase)."""
    before = text[max(0, start - 60) : start]
    cut = max((m.end() for m in _PHRASE_BREAK.finditer(before)), default=0)
    toks = re.findall(r"[\w\-]+", before[cut:].lower())[-3:]
    return any(t.removesuffix("-") in words or t.split("-")[-1] in words for t in toks)


def office_mentions(text: str, sections: list[Section],
                    table: OfficeTable | None = None) -> list[OfficeMention]:
    """The people named with the title of an office they hold (see module doc), in the
    running text of ``sections``; the terms and names of ``table`` (else the package's)."""
    table = table if table is not None else package_table()
    m = _matcher(table)
    out: list[OfficeMention] = []
    for sec in sections:
        seg = _fold(text[sec.start : sec.end])
        hits = sorted((h for p in m.patterns for h in p.finditer(seg)), key=lambda h: h.start())
        if not hits:
            continue
        sents = split_text(text, sec.start, sec.end)
        for h in hits:
            a = sec.start + h.start()
            if _not_current(seg, h.start("title"), m.not_current):
                continue
            sent = next(((x, y) for x, y in sents if x <= a < y), (sec.start, sec.end))
            if _YEAR.search(text, sent[0], sent[1]):
                continue
            office = m.title_office[h.group("title").lower()]
            people = m.name_people[h.group("name")]
            spans = tuple(s for pid in people for s in m.terms.get((pid, office), ()))
            if spans:
                out.append(OfficeMention(text[a : sec.start + h.end()], a, (people, office), spans))
    return out


def _allows(mention: OfficeMention, d: date) -> bool:
    return any(a <= d and (b is None or d <= b) for a, b in mention.terms)


def narrow_by_offices(cands: list[date], mentions: list[OfficeMention]) -> tuple[list[date], str | None]:
    """The candidate dates that the most office mentions allow, and why (None when the
    mentions rule nothing out)."""
    if not cands or not mentions:
        return cands, None
    seen: dict[tuple[tuple[str, ...], str], OfficeMention] = {}
    for mt in mentions:
        seen.setdefault(mt.key, mt)
    votes = [sum(_allows(mt, d) for mt in seen.values()) for d in cands]
    best = max(votes)
    keep = [d for d, v in zip(cands, votes, strict=True) if v == best]
    if best == 0 or len(keep) == len(cands):
        return cands, None
    # the mentions that rule out the most candidates first
    ruled = sorted(
        (mt for mt in seen.values() if any(not _allows(mt, d) for d in cands)),
        key=lambda mt: (-sum(not _allows(mt, d) for d in cands), mt.start),
    )
    names = ", ".join(f"'{mt.text}'" for mt in ruled[:3])
    return keep, f"in office: {names}"


def held_by_all(cands: list[date], mentions: list[OfficeMention], least: int = 2) -> tuple[list[date], str | None]:
    """The candidate dates on which every office-holder the text names held the office, when
    at least ``least`` different people (or offices) are named and they all agree on some
    candidate; else ([], None).  For a year-less dateline whose years from the bound of the
    dates written fit none of the office-holders (a year told ahead taken for a past one, "the
    2014 withdrawal"): several people named in office at once outweigh one written year."""
    seen: dict[tuple[tuple[str, ...], str], OfficeMention] = {}
    for mt in mentions:
        seen.setdefault(mt.key, mt)
    if len(seen) < least:
        return [], None
    keep = [d for d in cands if all(_allows(mt, d) for mt in seen.values())]
    if not keep:
        return [], None
    names = ", ".join(f"'{mt.text}'" for mt in sorted(seen.values(), key=lambda m: m.start)[:3])
    return keep, f"all in office only before the dates written: {names}"
