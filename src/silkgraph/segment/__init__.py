"""Segmentation: a Source → articles → sections (all offsets into ``source.text``).

One pass over the text's lines (hard-wrapped lines are joined into paragraphs first):

* an article starts at a byline ("By X", "By X, Y and Z", "By X, Fellow at Y"), at a bare name line that
  follows the previous article's bio and precedes a long paragraph, at a Markdown
  ``# Title``, or at a title line followed by a dateline; a title line just before a
  byline (or over a date line before it) belongs to the article, even when it follows an
  article without a bio; a title line right after the opening byline is the title; a short
  first "article" with no title or byline before the first byline is the page header;
* "LABEL: text" paragraphs and heading lines open sections (BACKGROUND, IMPLICATIONS,
  CONCLUSION(S), AUTHOR'S BIO…, typos within edit distance 2); the section starts
  after the label, which is kept as written in ``Section.label``;
* paragraphs before the first heading are the ``lead`` (``body`` when the article has
  no headings at all);
* image credits are ``caption`` sections; obfuscated e-mail notices and publication
  boilerplate ("… is a biweekly publication …", "Sign up for …") are ``boilerplate``;
  boilerplate after the last article stays in that article, never a new one;
* site chrome (``segment.chrome``: menus, breadcrumbs, "Site | Section" headers, cookie
  notices, share/tag/copyright footers) is boilerplate; before the first article it
  belongs to no article, and a stack of short header lines gives way to the real title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from silkgraph.knowledge.office_terms import OfficeTable
from silkgraph.model import Article, Section, Source
from silkgraph.segment.chrome import MAX_CHROME_LEN, blocks_join, chrome_kind, is_list_heading
from silkgraph.segment.dateline_year import opens_wire_item
from silkgraph.segment.front_matter import apply_meta, front_matter
from silkgraph.segment.published import estimate_published
from silkgraph.segment.stated import is_published_line, numeric_date, parse_date_text, stated_date
from silkgraph.segment.structure import (
    DATELINE,
    bare_name,
    email_notices,
    inline_heading,
    is_boilerplate,
    is_caption,
    line_heading,
    parse_byline,
)
from silkgraph.segment.stubs import fold_stub, header_blurb, is_prose

__all__ = ["segment", "estimate_published", "stated_date"]

_HEADED = {"background", "implications", "conclusions", "author_bio"}
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit


@dataclass
class _Para:
    start: int
    end: int
    text: str


@dataclass
class _Art:
    start: int
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    published: str | None = None
    headed: bool = False
    # a whole paragraph of publication boilerplate closed the article after its bio:
    # what follows (more of the publisher's blurb) stays boilerplate
    trailer: bool = False
    # a paragraph of running prose was read: a run of short lines with no prose before the
    # next byline (a page header's blurb, a "Related articles" list) is no article
    prose: bool = False


_SENTENCE_END = frozenset(".!?:\"”’)")


def _word_or_comma(ch: str) -> bool:
    """``re.fullmatch(r"[\\w,]", ch)``: a letter, a digit, "_" or a comma."""
    return ch.isalnum() or ch in "_,"


def _paragraphs(text: str, skip_to: int = 0) -> list[_Para]:
    """Non-empty lines; consecutive hard-wrapped lines are joined into one paragraph."""
    lines: list[_Para] = []
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        if s < skip_to:
            continue
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Para(s + lead, s + lead + len(stripped), stripped))
        else:
            lines.append(_Para(s, s, ""))
    out: list[_Para] = []
    for ln in lines:
        if not ln.text:
            out.append(ln)
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text
            and len(prev.text) >= 50
            and prev.text[-1] not in _SENTENCE_END  # (a paragraph's text ends in no newline)
            and not prev.text.startswith("#")
            and not ln.text.startswith(("#", "- ", "* "))
            and (ln.text[0].islower() or ln.text[0].isdigit() or _word_or_comma(prev.text[-1]))
            and not inline_heading(ln.text)
            and not line_heading(ln.text)
            and not (ln.text[:2] in ("By", "by", "BY") and parse_byline(ln.text))
            and not blocks_join(prev.text, ln.text)
        ):
            prev.end = ln.end
            prev.text = text[prev.start : prev.end]
        else:
            out.append(ln)
    return [p for p in out if p.text]


def _title_like(p: _Para) -> bool:
    t = p.text.lstrip("#").strip()
    return (
        0 < len(t) <= 200
        and not re.search(r"[.,;:]$", t)
        and not t.islower()
        and not is_caption(t)
        and not inline_heading(t)
        and line_heading(t) is None
    )


def _add(art: _Art, kind: str, label: str, start: int, end: int, text: str) -> None:
    """Append a section (trimmed), splitting out e-mail notices as boilerplate."""
    pieces: list[tuple[str, int, int]] = []
    cur = start
    for a, b in email_notices(text[start:end]):
        pieces.append((kind, cur, start + a))
        pieces.append(("boilerplate", start + a, start + b))
        cur = start + b
    pieces.append((kind, cur, end))
    first = True
    for k, a, b in pieces:
        seg = text[a:b]
        a2 = a + (len(seg) - len(seg.lstrip()))
        b2 = b - (len(seg) - len(seg.rstrip()))
        if b2 <= a2 or not _ALNUM.search(text, a2, b2):
            continue  # residue such as the " ." after an e-mail notice opens nothing
        lab = label if (k == kind and first) else ""
        if k == kind:
            first = False
        last = art.sections[-1] if art.sections else None
        if last is not None and last.kind == k and not lab and k != "caption":
            if last.start == last.end:  # a heading line's section gets its first text
                last.start = a2
            last.end = b2
        else:
            art.sections.append(Section(kind=k, label=lab, start=a2, end=b2))


def segment(source: Source, offices: OfficeTable | None = None) -> list[Article]:
    """The articles of ``source``; ``offices`` (the gazetteer's ``Knowledge.offices``, else
    the package's terms) bounds a year-less wire dateline's year."""
    text = source.text
    fm, body_start = front_matter(text)
    paras = _paragraphs(text, body_start)
    arts: list[_Art] = []
    cur: _Art | None = None
    pending_title: _Para | None = None
    has_bylines = any(parse_byline(p.text) for p in paras)
    header_date: str | None = None  # a date in the page header, before the first article

    def new_article(start: int, title: str | None = None) -> _Art:
        nonlocal header_date
        a = _Art(start=start, title=title, published=header_date)
        header_date = None  # the page header dates its first article only
        arts.append(a)
        return a

    def between_articles() -> bool:
        if cur is None:
            return True
        return bool(cur.sections) and cur.sections[-1].kind in ("author_bio", "boilerplate")

    def continuing_kind(a: _Art) -> str:
        for s in reversed(a.sections):
            if s.kind not in ("caption", "boilerplate"):
                return s.kind
        return "lead"

    for i, p in enumerate(paras):
        t = p.text
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        # --- site chrome (menus, breadcrumbs, share lines, cookie notices, footers)
        ck = chrome_kind(t) if len(t) <= MAX_CHROME_LEN else None
        if ck is not None and _is_chrome_here(ck, cur, between_articles(), nxt):
            if ck != "weak" and (cur is None or not _has_text(cur)):
                d = parse_date_text(t)
                if d and cur is None:
                    header_date = header_date or d
                elif d and cur is not None and cur.published is None:
                    cur.published = d
            if cur is None:
                continue  # page header before the first article: part of no article
            ends = ("author_bio", "conclusions") if is_list_heading(t) else ("author_bio",)
            cur.trailer = cur.trailer or continuing_kind(cur) in ends
            _add(cur, "boilerplate", "", p.start, p.end, text)
            continue
        # --- article starts
        names = parse_byline(t)
        if names is None and between_articles() and nxt is not None and len(nxt.text) >= 200:
            bn = bare_name(t)
            if bn and (cur is not None or has_bylines or _mentions(text, bn)):
                names = bn
        if names is not None and (cur is None or cur.sections or pending_title is not None):
            if cur is not None and not cur.sections and pending_title is None:
                cur.authors = names
                continue
            if cur is not None and cur.sections and pending_title is None and (
                    not cur.prose or header_blurb(cur, arts)):
                # the lines since the last article start hold no prose: they were header or
                # list lines; the last of them, when title-like, is this byline's title
                before = paras[i - 1] if i else None
                if before is not None and before.start >= cur.start and _title_like(before) and not is_boilerplate(before.text):
                    pending_title = before
                header_date = fold_stub(arts, pending_title.start if pending_title else p.start, text) or header_date
                cur = None
            elif cur is not None and cur.sections and pending_title is None and i >= 2:
                # a title line between an article without a bio and this byline is the next
                # article's title: it is cut from the end of the article before
                j = i - 1  # the title, over a date line if one stands before the byline
                if j >= 2 and _date_line(paras[j].text):
                    j -= 1
                before, last = paras[j], cur.sections[-1]
                if (last.end == paras[i - 1].end and before.start > last.start and _title_like(before)
                        and not is_boilerplate(before.text)):
                    last.end = paras[j - 1].end
                    pending_title = before
            start = pending_title.start if pending_title else p.start
            title = pending_title.text.lstrip("#").strip() if pending_title else None
            if cur is not None and not cur.sections and pending_title is not None:
                cur.start, cur.title = start, title
                cur.authors = names
            else:
                cur = new_article(start, title)
                cur.authors = names
            pending_title = None
            continue
        if names is not None and cur is not None and not cur.sections:
            cur.authors = names
            continue
        if t.startswith("# "):
            if cur is None or cur.sections:
                cur = new_article(p.start, t[2:].strip())
            else:
                cur.title = t[2:].strip()
            continue
        md = re.match(r"^#{2,6}\s+(.+?)\s*#*$", t)
        if md:
            if cur is None:
                cur = new_article(p.start)
            lh = line_heading(md.group(1))
            kind = lh[0] if lh else "body"
            cur.headed = True
            cur.sections.append(Section(kind=kind, label=md.group(1), start=p.end, end=p.end))
            continue
        # in a series of wire items, a headline over the next item's dateline opens that item
        if (nxt is not None and cur is not None and _has_text(cur) and _title_like(p)
                and opens_wire_item(nxt.text) and opens_wire_item(text[cur.sections[0].start :])):
            cur = new_article(p.start, t.lstrip("#").strip())
            cur.prose = True  # a dated wire item, however short, is news: never a folded stub
            continue
        # a title line right after the byline that opened the article ("By X / Title / text")
        if (cur is not None and cur.authors and not cur.sections and cur.title is None
                and pending_title is None and nxt is not None and _title_like(p)
                and not is_boilerplate(t) and not opens_wire_item(t)):
            cur.title = t.lstrip("#").strip()
            continue
        # a date line between a pending title and its byline dates the next article
        if pending_title is not None and nxt is not None and _date_line(t) and parse_byline(nxt.text):
            header_date = header_date or parse_date_text(t) or numeric_date(t)
            continue
        # a title line: at the start, or between articles before a byline / dateline
        # (the cheap tests first: every test here is a pure function of the paragraphs)
        if nxt is not None and between_articles() and _title_like(p) and not is_boilerplate(t):
            nb = parse_byline(nxt.text) is not None or (
                i + 2 < len(paras) and _date_line(nxt.text) and parse_byline(paras[i + 2].text) is not None)
            nd = DATELINE.match(nxt.text) is not None
            # at the top, a stack of short header lines (site name, tagline, section)
            # waits for the real title: the last one before the text or byline wins
            if nb or nd or (cur is None and (len(nxt.text) > len(t) or _header_line(nxt))):
                if nd and not nb:
                    cur = new_article(p.start, t.lstrip("#").strip())
                else:
                    pending_title = p
                continue
            if cur is not None and len(nxt.text) <= MAX_CHROME_LEN and chrome_kind(nxt.text) is not None:
                # a site-name or tagline line over the next page's breadcrumb or menu
                cur.trailer = cur.trailer or continuing_kind(cur) == "author_bio"
                _add(cur, "boilerplate", "", p.start, p.end, text)
                continue
        if cur is None:
            cur = new_article(
                pending_title.start if pending_title else p.start,
                pending_title.text if pending_title else None,
            )
            pending_title = None
        if cur.published is None and DATELINE.match(t):
            cur.published = parse_date_text(DATELINE.match(t).group("date"))  # type: ignore[union-attr]
        # --- sections
        ih = inline_heading(t)
        if ih:
            kind, label, off = ih
            cur.headed = True
            _add(cur, kind, label, p.start + off, p.end, text)
            cur.prose = cur.prose or is_prose(t)
            continue
        lh = line_heading(t)
        if lh:
            cur.headed = True
            cur.sections.append(Section(kind=lh[0], label=lh[1], start=p.end, end=p.end))
            continue
        if is_caption(t):
            cur.sections.append(Section(kind="caption", label="", start=p.start, end=p.end))
            continue
        if (between_articles() or i >= len(paras) - 3) and is_boilerplate(t):
            cur.trailer = cur.trailer or continuing_kind(cur) == "author_bio"
            _add(cur, "boilerplate", "", p.start, p.end, text)
            continue
        if cur.trailer and cur.sections and cur.sections[-1].kind == "boilerplate":
            _add(cur, "boilerplate", "", p.start, p.end, text)
            continue
        _add(cur, continuing_kind(cur), "", p.start, p.end, text)
        cur.prose = cur.prose or is_prose(t)

    while len(arts) >= 2 and not arts[-1].prose and arts[-1].sections:
        fold_stub(arts, len(text), text)  # a list of other pages' titles after the last article
    out: list[Article] = []
    for a in arts:
        secs = [s for s in a.sections if s.end > s.start]
        if not a.headed:
            for s in secs:
                if s.kind == "lead":
                    s.kind = "body"
        if not secs:
            continue
        start = a.start
        end = max(s.end for s in secs)
        art = Article(
            start=start,
            end=end,
            title=a.title,
            authors=list(a.authors),
            sections=secs,
            source_name=source.name,
        )
        art.published = a.published or stated_date(text[start:end])
        out.append(art)
    if len(out) == 1:
        apply_meta(out[0], source, fm)
    for art in out:
        if not art.published:
            art.published_estimate = estimate_published(text, art.sections, offices)
    return out


def _date_line(t: str) -> bool:
    """A line that only dates the page ("Published: March 5, 2024", "Date: 18.12.2024")."""
    return len(t) <= 60 and (chrome_kind(t) == "date" or (is_published_line(t) and numeric_date(t) is not None))


def _has_text(a: _Art) -> bool:
    return any(s.kind not in ("caption", "boilerplate") for s in a.sections)


def _header_line(p: _Para) -> bool:
    """A short line of a page header: title-like or site chrome."""
    return len(p.text) <= 150 and (_title_like(p) or chrome_kind(p.text) is not None)


def _is_chrome_here(kind: str, cur: _Art | None, between: bool, nxt: _Para | None) -> bool:
    """Whether a chrome line of ``kind`` (see :func:`chrome_kind`) is boilerplate here: a
    strong one anywhere; a "Site | Section" line or a bare date only in a page header or
    between articles, and never a line right before a byline (that is the title)."""
    if kind == "strong":
        return True
    if kind == "date":
        return cur is None or not _has_text(cur)
    return (cur is None or between) and not (nxt is not None and parse_byline(nxt.text))


def _mentions(text: str, names: list[str]) -> bool:
    """Whether a bare name line is confirmed by a bio that names the same person."""
    return any(re.search(re.escape(n) + r"\s+(?:is|was|has)\b", text) for n in names)
