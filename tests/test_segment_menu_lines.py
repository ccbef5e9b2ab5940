"""A site's menu line naming pages of its own besides the usual ones is chrome."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.chrome import chrome_kind


def test_menu_with_own_pages_is_strong_chrome() -> None:
    assert chrome_kind("Subscribe | Archive | Contributors | Contact the editors") == "strong"
    assert chrome_kind("Newsletter | Archive | Our Fellows | Write to the Desk") == "strong"
    assert chrome_kind("Experts | Events | Publications") == "strong"


def test_lists_of_names_are_not_menus() -> None:
    assert chrome_kind("Russia | China | India | Analysis") is None
    assert chrome_kind("Kazakhstan | Kyrgyzstan | Tajikistan | Uzbekistan") is None


def test_masthead_menu_opens_no_article() -> None:
    body = "The two governments signed a border treaty in the spring after years of talks. " * 4
    text = (
        "Highland Review | Issue 3 | Analytical Articles\n"
        "Subscribe | Archive | Contributors | Contact the editors\n"
        "=============================================\n\n"
        "A Border Settled at Last\n"
        "By Jane Example\n\n"
        f"{body}\n"
    )
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1
    assert arts[0].title == "A Border Settled at Last"
    assert arts[0].authors == ["Jane Example"]
