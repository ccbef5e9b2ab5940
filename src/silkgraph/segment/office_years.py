"""Office-holders as time anchors for texts that state no year.

A person named with the title of an office held now ("Iranian President Masoud Pezeshkian",
"Prime Minister of Armenia Nikol Pashinyan", "Supreme Leader Ayatollah Ali Khamenei", or in
apposition: "Masoud Pezeshkian, Iran's president") dates
the text to one of that person's terms in that office (resources/reference/office_terms.csv
and an overlay's, as :class:`~silkgraph.knowledge.office_terms.OfficeTable`; titles in
office_titles.yaml).  A title the text marks as not current gives no bound:
"former", "then", "late", "Deputy", "acting" … within the three words before it
(``not_current``), "ex-President", "President-elect".  A title may also stand before the
name with its owner, set off by commas ("Pakistan's prime minister, Nawaz Sharif,", "the
group's leader, Mullah Akhtar Mansour,"): an apposition of the same office.  A mention in a
sentence that writes a year of its own time ("In 2016, Prime Minister X …", "Since 2009
President X has …") tells that year's office, not the text's, and counts neither; a year the
sentence tells ahead does not set its time ("X said the corridor would be finished by 2030",
"keep troops there well past 2017", "the elections due in 2014"): a year after a deadline or
open-ended word (``ahead_words`` of office_titles.yaml) or under a future or plan marker
(:func:`~silkgraph.segment.schedule.future_marked`).

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
from silkgraph.segment.schedule import future_marked

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
    title_first: re.Pattern[str]  # ", Nawaz Sharif," after an owner's title ("Pakistan's prime minister")
    title_before: re.Pattern[str]  # the title that ends just before that comma
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
    # "Pakistan's prime minister, Nawaz Sharif,", "the Kyrgyz president, Almazbek Atambayev.", any
    # case: an owner (a possessive, a capitalised adjective or "the") before the title, the name
    # set off by commas and closed by a punctuation mark (an apposition, not a list going on)
    # (read from the comma on, a literal the engine finds fast; the title and its owner are
    # checked before it: :attr:`_Matcher.title_before`, :data:`_OWNER`)
    long_titles = [t for t in title_office if len(t) > 2]
    title_first = re.compile(
        r",\s+(?:(?:" + _alt(honorifics) + r")\s+)?(?=[" + firsts + r"])(?P<name>" + _alt(list(name_people)) + r")"
        r"(?![\w\-])(?=\s*(?:[,.;:)]|$))"
    )
    title_before = re.compile(r"(?<![\w\-])(?P<title>(?i:" + _alt(long_titles) + r"))\s*$")
    return _Matcher(
        (pattern, appositive),
        title_first,
        title_before,
        {t.lower(): o for t, o in title_office.items()},
        {k: tuple(sorted(v)) for k, v in name_people.items()},
        frozenset(str(w).lower() for w in data.get("not_current", [])),
        {k: tuple(v) for k, v in terms.items()},
    )


# the owner of a title set before a name by commas: "Pakistan's", "the group's", "the Kyrgyz", "the"
_OWNER = re.compile(r"(?<![\w\-])(?:(?:[Tt]he\s+)?(?:[A-Z][\w.\-]*(?:'s|s')|[a-z]+(?:'s|s')|[A-Z][\w.\-]*)|[Tt]he)\s+$")


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
        hits = [(h.start(), h.start("title"), h.group("title"), h.group("name"), h.end())
                for p in m.patterns for h in p.finditer(seg)]
        for h in m.title_first.finditer(seg):
            t = m.title_before.search(seg, max(0, h.start() - 50), h.start())
            # "Pakistan's prime minister, Nawaz Sharif,": an owner before the title (no
            # apposition read after a bare title: "…, president, Nawaz Sharif")
            if t is not None and _OWNER.search(seg, max(0, t.start() - 40), t.start()) is not None:
                hits.append((t.start(), t.start(), t.group("title"), h.group("name"), h.end()))
        if not hits:
            continue
        hits.sort()
        sents = split_text(text, sec.start, sec.end)
        for start, t_start, title, name, end in hits:
            a = sec.start + start
            if _not_current(seg, t_start, m.not_current):
                continue
            sent = next(((x, y) for x, y in sents if x <= a < y), (sec.start, sec.end))
            if any(_sets_time(text, sent, y, a) for y in _YEAR.finditer(text, sent[0], sent[1])):
                continue
            office = m.title_office[title.lower()]
            people = m.name_people[name]
            spans = tuple(s for pid in people for s in m.terms.get((pid, office), ()))
            if spans:
                out.append(OfficeMention(text[a : sec.start + end], a, (people, office), spans))
    return out


_AHEAD_WORDS = tuple(str(w) for w in load_yaml("reference/office_titles.yaml").get("ahead_words", []))
# a deadline or open-ended word before the year, up to "the end of" and a month between
_AHEAD = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_AHEAD_WORDS, key=len, reverse=True))
    + r")\s+(?:the\s+(?:end|middle|start|beginning|close|turn)\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?$", re.I)
_OPEN_START = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in
                               load_yaml("reference/office_titles.yaml").get("open_start_words", []))
    + r")\s+(?:(?:the\s+)?(?:end|middle|start|beginning|close|turn)\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?$", re.I)
_SETTING_PREP = re.compile(r"\b(?:in|on|at|during)\s+(?:[A-Z][a-z]+\.?\s+)?$", re.I)


# a clause hung on a year, up to a mention inside it ("since 2008, when President X ordered …",
# "ever since 2010, the year President X fled"): no comma or other break before the mention
_HUNG_ON_YEAR = re.compile(r",?\s+(?:when|the\s+year|in\s+which)\b[^,;:()\[\]—–]*$", re.I)


def _sets_time(text: str, sent: tuple[int, int], year: re.Match[str], at: int | None = None) -> bool:
    """Whether the year ``year`` (in ``text``'s sentence ``sent``) sets the sentence's time (an
    office it names is that year's), not a time told ahead: after a deadline or open-ended word
    ("finished by 2030", "well past 2017", "no later than 2025"; a fronted one opens the
    sentence's own time: "By 2016, President X had …") or under a future or plan marker ("said
    the base would stay open beyond 2024", "the vote scheduled for 2014"); nor after a word
    opening a span up to now ("shut since 2012"; a fronted one sets the sentence's time as the
    deadline words do: "Since 2008 President X has …"), unless the mention at ``at`` lies in a
    clause hung on that year ("cold since 2008, when President X ordered …": that year's office)."""
    s0 = sent[0]
    before = text[max(s0, year.start() - 40) : year.start()]
    ahead = _AHEAD.search(before)
    if ahead is not None and text[s0 : year.start() - len(before) + ahead.start()].strip():
        return False
    since = _OPEN_START.search(before)
    hung = at is not None and at > year.end() and _HUNG_ON_YEAR.match(text, year.end(), at) is not None
    if since is not None and text[s0 : year.start() - len(before) + since.start()].strip() and not hung:
        return False  # "shut since 2012": a span reaching the sentence's own time (a fronted one sets it)
    prep = _SETTING_PREP.search(before)
    rel = year.start() - s0 - (len(prep.group(0)) if prep is not None else 0)
    return not future_marked(text[s0 : sent[1]].lower(), rel, year.end() - s0)


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
