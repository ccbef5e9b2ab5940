"""Sentence splitting by regex scanning, section by section.

Every sentence lies inside exactly one section (so headings, bylines and captions,
which segmentation keeps out of body sections, never leak into a body sentence).
Offsets are into the source text.  A boundary is a run of ``.``/``!``/``?``/``…``
(plus closing quotes or brackets) followed by whitespace, unless the word before it
is an abbreviation ("Gen.", "Dr.", "No. 3", "e.g.", "U.S. officials"), a month's before a
day or year ("Jan. 5", "Dec. 2019"), an initial ("S. Jaishankar") or the next word starts
in lower case ("Washington DC., and" has no whitespace after the period at all).  Blank lines always end a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from silkgraph.model import Section, Sentence

__all__ = ["split_sentences", "split_text"]

# never end a sentence (titles, "No. 3", Latin abbreviations)
_ABBREV = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt adm gov sen rep st mt ft fig figs
    no nos vs v e.g i.e cf viz approx dept est al rev hon pres amb brig cmdr cdr
    lt.gen lt.col maj.gen brig.gen sr jr messrs mme mlle gen.
    ca op vol pp p para art sec
    """.split()
)
# month abbreviations hold a sentence together only before a day or a year ("Jan. 5",
# "Dec. 2019"); before a capitalised word they end it ("… Minister Dong Jun. The two …")
_MONTH_ABBREV = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# can end a sentence, but usually do not when a capitalised word follows
_SOFT = frozenset("etc inc ltd co corp bros dc d.c".split())
# words that usually begin a new sentence after an ambiguous abbreviation ("the U.S. The")
_STARTERS = frozenset(
    """
    the this that these those it its in on at however but and he she they we i a an as
    for meanwhile moreover yet while although though since if when there such after
    before during following despite according both another one some many most while
    """.split()
)

# a run of sentence-final punctuation (and closing quotes or brackets) before whitespace, or a
# blank line; written to begin with one character class, which the regex engine scans for
# quickly (no other position can start a match)
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=\n)[ \t]*\n|(?<!\n)[.!?…]*[\"”’'»)\]]*(?=\s))")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){1,}[A-Za-z]$")
_NEXT_WORD = re.compile(r"[A-Za-z]+")
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit (str.isalnum)


def _is_boundary(text: str, pos: int, mend: int, lo: int = 0, hi: int | None = None) -> bool:
    """Decide whether the punctuation run ``text[pos:mend]`` ends a sentence; ``lo`` and
    ``hi`` bound the text that may be looked at (a section)."""
    n = len(text) if hi is None else hi
    j = mend
    while j < n and text[j].isspace():
        j += 1
    if j >= n:
        return True
    nxt = text[j]
    if j > mend + 1 and text.count("\n", mend, j) >= 2:
        return True
    if nxt.islower() or nxt in ",;:)":
        return False
    punct = text[pos:mend]
    if punct != ".":
        # "!", "?", runs of them and ellipses before a capital; a closing quote after
        # the period: '… said.” The'
        return True
    # a period: look at the token before it
    k = pos
    while k > lo and not text[k - 1].isspace() and text[k - 1] not in '("“‘[':
        k -= 1
    word = text[k:pos]
    if not word:
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial: "S. Jaishankar", "J. R. R. Tolkien"
    low = word.lower()
    if low in _ABBREV:
        return low in ("no", "nos") and not nxt.isdigit()
    if low in _MONTH_ABBREV:
        return not nxt.isdigit()
    if low in _SOFT or _DOTTED.fullmatch(word):
        # "U.S.", "Ph.D.", "etc." — a sentence ends only if a usual opener follows
        nword_m = _NEXT_WORD.match(text, j, min(n, j + 30))
        return (nword_m.group(0).lower() if nword_m else "") in _STARTERS
    return True


@lru_cache(maxsize=1)
def _spans_in(text: str) -> dict[tuple[int, int], tuple[tuple[int, int], ...]]:
    """The sentence spans found so far in ``text``, by section bounds: segmentation's date
    estimate splits an article's sections and the pipeline splits them again right after.
    Only the latest text is remembered."""
    return {}


def split_text(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (stripped) within ``text[start:end]``."""
    known = _spans_in(text)
    spans = known.get((start, end))
    if spans is None:
        spans = known[(start, end)] = tuple(_split(text, start, end))
    return list(spans)


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts: list[tuple[int, int]] = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        ms, me = m.span()
        if text[ms] == "\n":
            cut = ms
        elif _is_boundary(text, ms, me, start, end):
            cut = me
        else:
            continue
        cuts.append((cur, cut))
        cur = me
    cuts.append((cur, end))
    out: list[tuple[int, int]] = []
    for a, b in cuts:
        piece = text[a:b]
        stripped = piece.strip()
        if not stripped:
            continue
        a2 = a + piece.find(stripped[0])
        b2 = a2 + len(stripped)
        if _ALNUM.search(text, a2, b2):
            out.append((a2, b2))
    return out


def split_sentences(text: str, sections: list[Section]) -> list[Sentence]:
    """Sentences of one article: every section, in order; ``index`` runs over the article."""
    out: list[Sentence] = []
    for sec in sections:
        for a, b in split_text(text, sec.start, sec.end):
            out.append(Sentence(start=a, end=b, section=sec.kind, index=len(out)))
    return out
