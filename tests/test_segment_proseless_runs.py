"""A run of short lines holding no prose before a byline (a page header's tagline or promo,
a "Related articles" list of other pages' titles and bylines) is no article: its last
title-like line titles the byline's article, the rest is boilerplate."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment

BODY = "The two ministries agreed a new schedule for the joint border patrols last spring. " * 3


def _art(title: str, by: str) -> str:
    return f"{title}\nBy {by}\n\n{BODY}\n\nCONCLUSIONS: {BODY}\n\nAUTHOR'S BIO: {by} is an analyst.\n\n"


def test_header_tagline_opens_no_article() -> None:
    text = "The Highland Review\nIndependent analysis of the mountains since 2001.\n\n"
    text += _art("PATROLS ON THE PAMIR ROAD", "Ruslan Demo") + _art("TRANSIT AGAIN", "Aida Sample")
    arts = segment(Source(name="t", text=text))
    assert [a.title for a in arts] == ["PATROLS ON THE PAMIR ROAD", "TRANSIT AGAIN"]
    assert arts[0].start == text.index("PATROLS")


def test_related_list_with_bylines_opens_no_article() -> None:
    related = "Related articles\n\nOld Talks Resume\nBy Carl Example\n\nRivers and Dams\nBy Dana Example\n\n"
    text = _art("PATROLS ON THE PAMIR ROAD", "Ruslan Demo") + related + _art("TRANSIT AGAIN", "Aida Sample")
    arts = segment(Source(name="t", text=text))
    assert [a.authors for a in arts] == [["Ruslan Demo"], ["Aida Sample"]]
    assert arts[1].title == "TRANSIT AGAIN"
    # the same list after the last article stays in it
    arts = segment(Source(name="t", text=text + related))
    assert [a.authors for a in arts] == [["Ruslan Demo"], ["Aida Sample"]]


def test_short_real_articles_are_kept() -> None:
    lead = "Georgia and Armenia agreed to upgrade a rail link that both capitals hope will ease freight."
    text = f"By Ann Example\n{lead}\n\nBy Bo Example\n{lead}\n"
    assert len(segment(Source(name="t", text=text))) == 2
