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
  belongs to no article, and a stack of short header lines gives way to the real title;
* author lines (``segment.bylines``, ``segment.author_lines``): a byline's outlet, desk, place
  or date tail is no author ("By X, Steppe News Agency", "By Staff Reporter" → none), a date
  it carries dates the article; a bare name line opens an article under a title when a bio
  names the person or the line names its outlet/date; a one-paragraph standfirst or a photo
  caption between the title and the byline stays with the titled article; a bio box's name
  line, or an AUTHOR'S BIO's subject, is an unsigned article's author; after a bio, a title
  over prose opens the next, unsigned article; a byline running into a wire dateline is split;
* an "Updated: …" line dates the article only when nothing else does (a dateline wins).

The paragraphs and the tests of one line are in ``segment.paragraphs``; the article being
built, and how it becomes an :class:`~silkgraph.model.Article` (publication date wiring), in
``segment.draft``.
"""

from __future__ import annotations

import re

from silkgraph.knowledge.office_terms import OfficeTable
from silkgraph.model import Article, Section, Source
from silkgraph.segment.author_lines import bare_byline, bio_box_name, dek_only, opens_unsigned
from silkgraph.segment.bylines import by_lead, byline_date
from silkgraph.segment.chrome import MAX_CHROME_LEN, chrome_kind, is_list_heading
from silkgraph.segment.dateline_year import opens_wire_item
from silkgraph.segment.draft import Draft, add_section, continuing_kind, finish, has_text
from silkgraph.segment.front_matter import front_matter
from silkgraph.segment.head_dates import head_date, head_title_index, heads_next
from silkgraph.segment.paragraphs import Para, date_line, header_line, paragraphs, title_like
from silkgraph.segment.published import estimate_published
from silkgraph.segment.stated import line_dates, numeric_date, parse_date_text, stated_date
from silkgraph.segment.structure import (
    DATELINE,
    inline_heading,
    is_boilerplate,
    is_caption,
    line_heading,
    parse_byline,
)
from silkgraph.segment.stubs import fold_stub, header_blurb, is_prose

__all__ = ["segment", "estimate_published", "stated_date"]


def segment(source: Source, offices: OfficeTable | None = None) -> list[Article]:
    """The articles of ``source``; ``offices`` (the gazetteer's ``Knowledge.offices``, else
    the package's terms) bounds a year-less wire dateline's year."""
    text = source.text
    fm, body_start = front_matter(text)
    paras = paragraphs(text, body_start)
    arts: list[Draft] = []
    cur: Draft | None = None
    pending_title: Para | None = None
    has_bylines = any(parse_byline(p.text) for p in paras)
    header_date: str | None = None  # a date in the page header, before the first article
    header_updated: str | None = None  # an "Updated: …" date there
    byline_i = -2  # the index of the last byline's paragraph

    def new_article(start: int, title: str | None = None) -> Draft:
        nonlocal header_date
        nonlocal header_updated
        a = Draft(start=start, title=title, published=header_date, updated=header_updated)
        header_date = header_updated = None  # the page header dates its first article only
        arts.append(a)
        return a

    def between_articles() -> bool:
        if cur is None:
            return True
        return bool(cur.sections) and cur.sections[-1].kind in ("author_bio", "boilerplate")

    for i, p in enumerate(paras):
        t = p.text
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        # --- site chrome (menus, breadcrumbs, share lines, cookie notices, footers)
        ck = chrome_kind(t) if len(t) <= MAX_CHROME_LEN else None
        if ck == "date" and cur is not None and cur.prose and heads_next(paras, i, title_like, parse_byline):
            # "… the article before / 5 March 2020 / Title / By X": the next article's date line
            header_date = header_date or line_dates(t)[0]
            add_section(cur, "boilerplate", "", p.start, p.end, text)
            continue
        under_byline = ck == "date" and i == byline_i + 1  # "By X / 5 September 2025" under a dek
        if ck is not None and (under_byline or _is_chrome_here(ck, cur, between_articles(), nxt)):
            if ck != "weak" and (cur is None or not has_text(cur) or under_byline):
                # "Published 3 May 2025 · Updated 5 May 2025": the edit's date is no publication
                d, upd = line_dates(t)
                if upd:
                    if cur is None:
                        header_updated = header_updated or upd
                    else:
                        cur.updated = cur.updated or upd
                if d and cur is None:
                    header_date = header_date or d
                elif d and cur is not None and cur.published is None:
                    cur.published = d
            if cur is None:
                continue  # page header before the first article: part of no article
            ends = ("author_bio", "conclusions") if is_list_heading(t) else ("author_bio",)
            cur.trailer = cur.trailer or continuing_kind(cur) in ends
            cur.listing = is_list_heading(t) and not cur.headed
            add_section(cur, "boilerplate", "", p.start, p.end, text)
            continue
        # --- article starts
        names = parse_byline(t)
        inline: list[str] | None = None
        if names is None and t[:3] in ("By ", "BY "):
            # "By X — NEW DELHI, March 3 (Agency) - …": the byline runs into the dateline
            ib = _INLINE_BYLINE.match(t)
            if ib and opens_wire_item(t[ib.end() :]):
                inline = parse_byline(ib.group(1))
                if inline is not None:
                    p = Para(p.start + ib.end(), p.end, t[ib.end() :])
                    t = p.text
        if names is None and nxt is not None:
            dated = date_line(nxt.text) and i + 2 < len(paras)
            titled = i >= 1 and title_like(paras[i - 1])
            names = bare_byline(paras, i, dated, titled, between_articles(), cur is not None or has_bylines, text)
        bdate = byline_date(t) if names is not None else None  # "Posted by X on 3 May 2025"
        if names is not None:
            byline_i = i
        if names is not None and cur is not None and pending_title is None and dek_only(cur, paras, i):
            # "Title / one-paragraph standfirst / By X": the byline is the titled article's;
            # the standfirst restates the lead, which follows the byline
            next(s for s in cur.sections if s.kind != "boilerplate").kind = "boilerplate"
            cur.authors = names
            cur.published = cur.published or bdate
            continue
        if (names is not None and cur is not None and pending_title is None and cur.title and not cur.authors
                and not has_text(cur) and any(s.kind == "caption" for s in cur.sections)):
            # "Title / Photo: … / By X": the picture under the title is the article's
            cur.authors = names
            cur.published = cur.published or bdate
            continue
        if names is not None and (cur is None or cur.sections or pending_title is not None):
            if cur is not None and not cur.sections and pending_title is None:
                cur.authors = names
                cur.published = cur.published or bdate
                continue
            if cur is not None and cur.sections and pending_title is None and (
                    not cur.prose or header_blurb(cur, arts)):
                # the lines since the last article start hold no prose: they were header or
                # list lines; the last of them, when title-like, is this byline's title
                # (the title may stand over a date line: "Title / 17 August 2016 / By X")
                tj = head_title_index(paras, i, cur.start, title_like)
                if tj is not None and not is_boilerplate(paras[tj].text):
                    pending_title = paras[tj]
                head_d = head_date(paras, tj, i, cur.start) if pending_title is not None else None
                stub_d = fold_stub(arts, pending_title.start if pending_title else p.start, text)
                header_date = head_d or stub_d or header_date
                cur = None
            elif cur is not None and cur.sections and pending_title is None and i >= 2:
                # a title line between an article without a bio and this byline is the next
                # article's title: it is cut from the end of the article before
                j = i - 1  # the title, over a date line if one stands before the byline
                if j >= 2 and date_line(paras[j].text):
                    j -= 1
                before, last = paras[j], cur.sections[-1]
                if (last.end == paras[i - 1].end and before.start > last.start and title_like(before)
                        and not is_boilerplate(before.text)):
                    last.end = paras[j - 1].end
                    pending_title = before
                    header_date = header_date or head_date(paras, j, i, before.start)
            start = pending_title.start if pending_title else p.start
            title = pending_title.text.lstrip("#").strip() if pending_title else None
            if cur is not None and not cur.sections and pending_title is not None:
                cur.start, cur.title = start, title
                cur.authors = names
            else:
                cur = new_article(start, title)
                cur.authors = names
            cur.published = cur.published or bdate
            pending_title = None
            continue
        if names is not None and cur is not None and not cur.sections:
            cur.authors = names
            cur.published = cur.published or bdate
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
        if (nxt is not None and cur is not None and has_text(cur) and title_like(p)
                and opens_wire_item(nxt.text) and opens_wire_item(text[cur.sections[0].start :])):
            cur = new_article(p.start, t.lstrip("#").strip())
            cur.prose = True  # a dated wire item, however short, is news: never a folded stub
            continue
        # a title line right after the byline that opened the article ("By X / Title / text")
        if (cur is not None and cur.authors and not cur.sections and cur.title is None
                and pending_title is None and nxt is not None and title_like(p)
                and not is_boilerplate(t) and not opens_wire_item(t)):
            cur.title = t.lstrip("#").strip()
            continue
        # a date line between a pending title and its byline dates the next article
        if pending_title is not None and nxt is not None and date_line(t) and parse_byline(nxt.text):
            header_date = header_date or parse_date_text(t) or numeric_date(t)
            continue
        # a title line: at the start, or between articles before a byline / dateline
        # (the cheap tests first: every test here is a pure function of the paragraphs)
        if pending_title is not None and by_lead(t):
            continue  # an author line whose names could not all be read is no title and no text
        if nxt is not None and between_articles() and title_like(p) and not is_boilerplate(t):
            nb = parse_byline(nxt.text) is not None or by_lead(nxt.text) or (
                i + 2 < len(paras) and date_line(nxt.text) and parse_byline(paras[i + 2].text) is not None)
            nd = DATELINE.match(nxt.text) is not None
            # at the top, a stack of short header lines (site name, tagline, section)
            # waits for the real title: the last one before the text or byline wins
            if nb or nd or (cur is None and (len(nxt.text) > len(t) or header_line(nxt))):
                if nd and not nb:
                    cur = new_article(p.start, t.lstrip("#").strip())
                else:
                    pending_title = p
                continue
            if cur is not None and len(nxt.text) <= MAX_CHROME_LEN and chrome_kind(nxt.text) is not None:
                # a site-name or tagline line over the next page's breadcrumb or menu
                cur.trailer = cur.trailer or continuing_kind(cur) == "author_bio"
                add_section(cur, "boilerplate", "", p.start, p.end, text)
                continue
            if cur is not None and opens_unsigned(cur, paras, i):
                cur = new_article(p.start, t.lstrip("#").strip())
                continue
        if cur is None:
            cur = new_article(
                pending_title.start if pending_title else p.start,
                pending_title.text if pending_title else None,
            )
            pending_title = None
        if inline and not cur.authors and not has_text(cur):
            cur.authors = inline
        if cur.published is None and DATELINE.match(t):
            cur.published = parse_date_text(DATELINE.match(t).group("date"))  # type: ignore[union-attr]
        # --- sections
        ih = inline_heading(t)
        if ih:
            kind, label, off = ih
            cur.headed = True
            add_section(cur, kind, label, p.start + off, p.end, text)
            cur.prose = cur.prose or is_prose(t)
            continue
        lh = line_heading(t)
        if lh:
            cur.headed = True
            cur.sections.append(Section(kind=lh[0], label=lh[1], start=p.end, end=p.end))
            if lh[0] == "author_bio" and not cur.authors and nxt is not None:
                # "About the author / Vikram Sethi / Vikram Sethi is …": the unsigned article's author
                cur.authors = bio_box_name(nxt.text, paras[i + 2].text if i + 2 < len(paras) else "")
            continue
        if is_caption(t):
            cur.sections.append(Section(kind="caption", label="", start=p.start, end=p.end))
            continue
        if (between_articles() or i >= len(paras) - 3) and is_boilerplate(t):
            cur.trailer = cur.trailer or continuing_kind(cur) == "author_bio"
            add_section(cur, "boilerplate", "", p.start, p.end, text)
            continue
        if cur.trailer and cur.sections and cur.sections[-1].kind == "boilerplate":
            add_section(cur, "boilerplate", "", p.start, p.end, text)
            continue
        if cur.listing and len(t) <= 150 and not is_prose(t):
            add_section(cur, "boilerplate", "", p.start, p.end, text)
            continue
        cur.listing = False
        add_section(cur, continuing_kind(cur), "", p.start, p.end, text)
        cur.prose = cur.prose or is_prose(t)

    while len(arts) >= 2 and not arts[-1].prose and arts[-1].sections:
        fold_stub(arts, len(text), text)  # a list of other pages' titles after the last article
    return finish(arts, source, fm, offices)


_INLINE_BYLINE = re.compile(r"^(By\s.{3,100}?)\s+[—–-]{1,2}\s+(?=[A-Z])", re.I)


def _is_chrome_here(kind: str, cur: Draft | None, between: bool, nxt: Para | None) -> bool:
    """Whether a chrome line of ``kind`` (see :func:`chrome_kind`) is boilerplate here: a
    strong one anywhere; a "Site | Section" line or a bare date only in a page header or
    between articles, and never a line right before a byline (that is the title)."""
    if kind == "strong":
        return True
    if kind == "date":
        return cur is None or not has_text(cur)
    return (cur is None or between) and not (nxt is not None and parse_byline(nxt.text))
