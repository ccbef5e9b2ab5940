"""Recognisers for the structural lines of an article: bylines, headings, captions,
datelines, boilerplate and obfuscated e-mail notices.  Pure functions on strings."""

from __future__ import annotations

import functools
import re

from silkgraph.nlp.dates import MONTHS
from silkgraph.nlp.dates.patterns import ORDINAL, WEEKDAY_NAMES
from silkgraph.nlp.prefilter import gate_of, lower_for_gates
from silkgraph.segment.bylines import BYLINE_HEAD, clean_byline, dated_name_line, org_part

__all__ = [
    "HEADING_KINDS",
    "EMAIL_NOTICE",
    "DATELINE",
    "NOT_WEEKDAY_PLACE",
    "MONTH_NAMES",
    "AGENCY_BEFORE_DATE",
    "ISSUE_DATE",
    "heading_kind",
    "inline_heading",
    "line_heading",
    "parse_byline",
    "bare_name",
    "is_caption",
    "is_boilerplate",
    "email_notices",
    "edit_distance",
]

# normalised heading (upper case, no apostrophes, single spaces) → section kind
HEADING_KINDS: dict[str, str] = {
    "BACKGROUND": "background",
    "IMPLICATIONS": "implications",
    "CONCLUSION": "conclusions",
    "CONCLUSIONS": "conclusions",
    "AUTHORS BIO": "author_bio",
    "AUTHOR BIO": "author_bio",
    "AUTHORS BIOGRAPHY": "author_bio",
    "AUTHOR BIOGRAPHY": "author_bio",
    "ABOUT THE AUTHOR": "author_bio",
    "ABOUT THE AUTHORS": "author_bio",
    "INTRODUCTION": "lead",
    "SUMMARY": "lead",
}


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance (stops early once every path exceeds ``limit``)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _norm_heading(label: str) -> str:
    s = re.sub(r"[’'`]", "", label.upper())
    return re.sub(r"\s+", " ", s).strip()


def heading_kind(label: str, *, fuzzy: bool = True) -> str | None:
    """The section kind of a heading, tolerating typos ("BCKGROUND") when ``fuzzy``."""
    norm = _norm_heading(label)
    if norm in HEADING_KINDS:
        return HEADING_KINDS[norm]
    if not fuzzy or len(norm) < 5:
        return None
    best: tuple[int, str] | None = None
    for known, kind in HEADING_KINDS.items():
        tol = 2 if len(known) >= 8 else 1
        d = edit_distance(norm, known, tol)
        if d <= tol and (best is None or d < best[0]):
            best = (d, kind)
    return best[1] if best else None


_INLINE = re.compile(r"^(?P<label>[A-Z][A-Z’'`]*(?: [A-Z’'`]+){0,3})\s*:\s*")
_INLINE_TITLE = re.compile(
    r"^(?P<label>Background|Implications|Conclusions?|Author[’']?s? (?i:bio(?:graphy)?)|About (?i:the authors?))\s*:\s*"
)  # "About the author:", "Author's biography:" (only the first letter need be a capital)


def inline_heading(line: str) -> tuple[str, str, int] | None:
    """``"BACKGROUND: text"`` → (kind, label as written, offset where the text starts)."""
    m = _INLINE.match(line)
    if m and len(m.group("label")) >= 3:
        kind = heading_kind(m.group("label"))
        if kind:
            return kind, m.group("label"), m.end()
    m = _INLINE_TITLE.match(line)
    if m:
        kind = heading_kind(m.group("label"), fuzzy=False)
        if kind:
            return kind, m.group("label"), m.end()
    return None


def line_heading(line: str) -> tuple[str, str] | None:
    """A line that is only a heading ("BACKGROUND", "Conclusions:", "**Background**")."""
    s = line.strip().strip("*_").strip()
    s = s.rstrip(":").strip()
    if not s or len(s) > 40:
        return None
    kind = heading_kind(s, fuzzy=s.isupper())
    return (kind, s) if kind else None


_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "di", "du", "van", "von", "der", "ul", "ur",
              "e", "y", "la", "le", "del", "dos", "bint", "ben", "abu"}  # fmt: skip
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'.\-]*|[A-Z]\.)$")
_NOT_NAME = {"the", "of", "in", "on", "for", "to", "with", "from", "at", "is", "are", "a", "an",
             "its", "how", "why", "what", "new", "image", "photo", "source"}  # fmt: skip


def _name_like(s: str, lo: int = 2, hi: int = 5) -> bool:
    s = s.strip()
    if not s or len(s) > 60 or re.search(r"[\d:;!?()\[\]|/@]", s) or s.endswith("."):
        return False
    toks = s.split()
    if not lo <= len(toks) <= hi:
        return False
    caps = 0
    for t in toks:
        if t.lower() in _NOT_NAME:
            return False
        if t.lower() in _PARTICLES or re.fullmatch(r"(?:al|el|ul)-[A-Z][\w’'\-]*", t):
            continue
        if not _NAME_TOKEN.match(t) or t.endswith(("'s", "’s")):
            return False  # (a possessive is a title's word: "India's Build-Up")
        if t.isupper() and len(t) > 3:
            return False  # HEADINGS IN CAPITALS
        caps += 1
    return caps >= 2 or (caps >= 1 and len(toks) >= 2)


_BY = re.compile(r"^\s*[Bb][Yy]:?\s+(?P<names>.+?)\s*$")


def split_names(names: str) -> list[str]:
    """ "X, Y and Z" → [X, Y, Z]."""
    parts = re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*", names.strip())
    return [p.strip() for p in parts if p.strip()]


_AFFILIATION_WORD = re.compile(r"\b(?:at|of|for|in|with|from|and)\b")


def _before_affiliation(parts: list[str]) -> list[str]:
    """The names before an affiliation that ends a byline ("By X, Senior Fellow at Y", "By X
    and Y, researchers at Z"): the leading name-like parts, when the first part after them
    holds a lower-case function word; else none."""
    k = 0
    while k < len(parts) and _name_like(parts[k], 2, 6):
        k += 1
    if k == 0 or k == len(parts) or _AFFILIATION_WORD.search(parts[k]) is None:
        return []
    return parts[:k]


def parse_byline(line: str) -> list[str] | None:
    """``"By X and Y"`` → ["X", "Y"]; None when the line is not a byline. The segmenter asks
    this of a line up to three times (a byline block, the lines around a title or a date line),
    so the reading is kept per line string (a fresh list each call: callers may change it)."""
    names = _parse_byline(line)
    return None if names is None else list(names)


@functools.lru_cache(maxsize=4096)
def _parse_byline(line: str) -> tuple[str, ...] | None:
    """The names of the byline ``line`` (see ``parse_byline``), as a tuple to keep."""
    if len(line) > 200:
        return None
    if line[:1] in "*_":
        line = line.strip("*_ ")  # Markdown emphasis: "**By X**", "_By X_"
    m = _BY.match(line) or BYLINE_HEAD.match(line)
    if not m:
        return None
    cleaned = clean_byline(m.group("names"), split_names)
    if cleaned is not None and not cleaned:
        return ()  # a desk or outlet signs: a byline without authors
    names = split_names(m.group("names")) if cleaned is None else cleaned
    if (len(names) >= 2 and re.fullmatch(r"[A-Z]{2,6}", names[-1])
            and all(_name_like(n, 2, 6) for n in names[:-1])):
        names = names[:-1]  # an agency's acronym after the names ("By X, AFP")
    if names and not all(_name_like(n, 1, 6) for n in names):
        # an affiliation after the names, on a short line with no full stop (a sentence
        # "By late evening, troops of the brigade had entered the town." is none)
        names = _before_affiliation(names) if len(line) <= 150 and not line.rstrip().endswith(".") else []
    if not names:
        return None
    if len(names) == 1 and len(names[0].split()) < 2:
        return None
    return tuple(names)


def bare_name(line: str) -> list[str] | None:
    """A line holding only a person's name (or "X and Y"), as some dumps write bylines, or
    the names before a separator and a date ("Maria Ionescu | 14 July 2024")."""
    if len(line) > 120:  # (neither reading takes a longer line: the pure tests below are skipped)
        return None
    dated = dated_name_line(line, bare_name)
    if dated:
        return dated
    names = [n for n in split_names(line) if not org_part(n)]  # "X, Fergana Wire"
    if names and len(line) <= 120 and all(_name_like(n, 2, 5) for n in names):
        return names
    return None


_CAPTION_RES = [
    re.compile(
        r"\b(?:Images?|Photos?|Pictures?|Photographs?)\s*(?:courtesy|credit|by|via|source|from)\b",
        re.I,
    ),
    re.compile(r"^(?:Photo|Image|Picture|Source|Credit|Caption|Photo credit)\s*:", re.I),
    # a credit closing a caption line: "Troops on parade. Photo: Ministry of Defence."
    re.compile(
        r"(?:^|[.!?]\s+|\(\s*)(?:Photo|Image|Picture|Photograph|Source|Credit)(?:\s+credit)?\s*:"
        r"\s*(?:(?-i:[A-Z])\.|[^.:\n]){1,100}(?:\.\s*)?\)?\s*$",
        re.I,
    ),
    re.compile(r"\bcourtesy of\b[^.]{0,80}\.?\s*$", re.I),
    re.compile(
        r"\b(?:Wikimedia Commons|Wikipedia Commons|Getty Images|Shutterstock|Flickr)\b", re.I
    ),
    re.compile(r"\((?:photo|image|credit)[^)]*\)\s*$", re.I),
    re.compile(r"(?:/|\|)\s*(?:AFP|Reuters|AP|EPA|Getty|Xinhua|TASS)\s*\.?\s*$"),
]


_SENT_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Lt|Mr|Dr|St|Co|No|Jr|Sr))(?<!\b(?:Gen|Col|Maj|Adm|Mrs|Inc|Ltd|Sgt))"
    r"(?<!\bCapt)"
    r"[.!?](?:\s|$)"
)


def is_caption(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 300:
        return False
    # a caption is one or two short sentences; the full stops of initials and
    # abbreviations ("U.S.", "Lt.", "Gen.") end no sentence
    # (four sentence ends need four of ".!?": the scan, slow with its look-behinds, runs only then)
    if sum(map(s.count, ".!?")) > 3 and len(_SENT_END.findall(s)) > 3:
        return False
    low = lower_for_gates(s)  # (each pattern tried only where its literal prefixes start: nlp.prefilter)
    return any(gate_of(r).search(s, low) for r in _CAPTION_RES)


_BOILER_RES = [
    re.compile(
        r"\bis an? (?:bi-?weekly|weekly|fortnightly|twice-monthly|semi-?monthly|monthly|"
        r"bi-?monthly|quarterly|annual|daily|online|regular) "
        r"(?:publication|journal|newsletter|magazine|digest|bulletin|review|briefing)\b",
        re.I,
    ),
    re.compile(
        r"^(?:Sign up|Subscribe|Follow us|Share this|Related (?:articles|posts)|Read more|"
        r"Click here|Tags?:|Categories:|Back to top|Print|Email this)\b",
        re.I,
    ),
    re.compile(r"\bAll rights reserved\b|^Copyright\b|^©", re.I),
    # a newsletter box addressed to the reader: "Get the week's analysis in your inbox."
    re.compile(r"^(?:Get|Receive|Have)\b[^.]{0,80}\b(?:to|in|into) your inbox\b", re.I),
    # the publisher's self-description and disclaimer closing an issue
    re.compile(
        r"^The (?:[A-Z][\w\-’']*\s+(?:(?:and|of|for|on|the|&)\s+)?){1,6}publishes (?:\w+\s+){0,2}"
        r"(?:analys[ie]s|articles|commentary|commentaries|reports|research|essays)\b"
    ),
    re.compile(r"^(?:The )?views expressed (?:here |herein |in [\w\s]{1,40})?are (?:those of )?the authors?[’']?s?[’']? own\b", re.I),
    # "All views are those of the authors …", "Views are the authors' own; …"
    re.compile(
        r"^(?:All |The )?(?:views|opinions) (?:expressed )?(?:here |herein )?are "
        r"(?:those of the authors?\b|the authors?[’']?s?[’']? own\b)",
        re.I,
    ),
]


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) < 1000 and any(r.search(s) for r in _BOILER_RES)


EMAIL_NOTICE = re.compile(
    r"This e-?mail address is being protected from spam ?bots\.?"
    r"(?:\s*You need JavaScript enabled to view it\.?)?(?:\s*\.)*",
    re.I,
)
_NOTICE_LEADIN = re.compile(r"(?:\b(?:E-?mail|Contact)(?: address)?\s*[,:]?\s*)$", re.I)


def email_notices(text: str) -> list[tuple[int, int]]:
    """Spans of obfuscated e-mail notices, widened to their lead-in ("Email, …" or the
    sentence "He is reachable by email at …")."""
    out: list[tuple[int, int]] = []
    # every notice says "protected" (letters that IGNORECASE matches only to their own
    # capitals, so a lower-cased test is exact)
    if "protected" not in text.lower():
        return out
    for m in EMAIL_NOTICE.finditer(text):
        s = m.start()
        before = text[:s]
        lm = _NOTICE_LEADIN.search(before)
        if lm:
            s = lm.start()
        else:
            # the sentence the notice sits in, when it is about reaching someone
            cut = max(before.rfind(". "), before.rfind("\n"))
            sent_start = 0 if cut < 0 else cut + (2 if before[cut] == "." else 1)
            if re.search(
                r"\b(?:reach|reached|reachable|contact|contacted|write|e-?mail)\b",
                before[sent_start:],
                re.I,
            ):
                s = sent_start
        out.append((s, m.end()))
    return out


# the month names and abbreviations as datelines write them, a regex alternation (longest
# first; a dot after an abbreviation is the caller's: "Jan. 6")
MONTH_NAMES = "|".join(sorted((k.capitalize() for k in MONTHS), key=len, reverse=True))
# the agency in brackets after the place, before the date: "ALMATY (X Wire), Jan 6 -",
# "ALMATY, Kazakhstan (X Wire) — Jan 6 —"
AGENCY_BEFORE_DATE = r"\((?P<agency0>[^)]{1,40})\)\s*(?:[—–-]{1,2}|,)"
_WDAY = r"(?:(?:" + WEEKDAY_NAMES + r"),?\s+)?"  # "Thursday, January 6, 2022"
# a weekday before the date is no place: "Thursday, January 6, 2022 - troops arrive" is a
# timeline entry (a place named after one, "SUNDAY SPRINGS, Jan 6 -", is still a place)
NOT_WEEKDAY_PLACE = (r"(?!(?:" + WEEKDAY_NAMES + "|" + WEEKDAY_NAMES.upper() + r")\b,?\s*(?:[\d(]|(?:"
                     + MONTH_NAMES + r")\b))")
# "ALMATY, Jan. 6, 2022 (X Wire) –", "TASHKENT, Uzbekistan, July 4, 2022 –", "YEREVAN, 14 September
# 2022 —", "ALMATY/MOSCOW, Thursday 6 January 2022 —", "ALMATY, Kazakhstan (X Wire) — Jan 6, 2022 —",
# "Baku, Azerbaijan — April 22, 2025 —"
DATELINE = re.compile(
    r"^" + NOT_WEEKDAY_PLACE + r"(?P<place>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ’'./\- ]{1,40}(?:,\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.\- ]{1,30})?)\s*"
    r"(?:" + AGENCY_BEFORE_DATE + r"|[,(—–])\s*" + _WDAY
    + r"(?P<date>(?:(?:"
    + MONTH_NAMES
    + r")\.?\s+\d{1,2}" + ORDINAL + r",?\s+\d{4})|(?:\d{1,2}" + ORDINAL + r"\s+(?:"
    + MONTH_NAMES
    + r")\.?,?\s+\d{4})"
    r"|\d{4}-\d{2}-\d{2})\s*\)?\s*(?:(?:\((?P<agency>[^)]{1,40})\)\s*)?(?:[—–-]{1,2}|:)"
    # the agency between slashes, as some services write it: "NEW DELHI, 14 May 2024 /X Agency/ …"
    r"|/(?P<agency_sl>[A-Z][^/\n]{1,40})/(?:\s*[—–-]{1,2})?)\s*"
)
ISSUE_DATE = re.compile(r"\((?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}) issue of [^)]{0,80}\)")
