"""Headings of an article's sections: the section kind a heading names (matched loosely, a
misspelt heading within a small edit distance), and a heading written at a line's start
("BACKGROUND: …") or alone on its line.  Pure functions on strings (read through ``structure``)."""

from __future__ import annotations

import re

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
