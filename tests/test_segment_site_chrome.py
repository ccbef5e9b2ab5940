"""Site chrome of scraped page dumps (site-name headers, breadcrumbs, menus, cookie
notices, share/tag/copyright footers) is boilerplate: no extra article, titles and
bylines kept, section kinds unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from silkgraph.model import Article, Source
from silkgraph.read import read_file
from silkgraph.segment import segment
from silkgraph.segment.chrome import chrome_kind

FIX = Path(__file__).parent / "fixtures" / "segment"
HEADED = ["lead", "background", "implications", "conclusions"]


def _kinds(a: Article) -> list[str]:
    return [s.kind for s in a.sections if s.kind != "boilerplate"]


def _text(src: Source, a: Article, kind: str) -> str:
    return "\n".join(src.text[s.start : s.end] for s in a.sections if s.kind == kind)


def _content(src: Source, a: Article) -> str:
    return "\n".join(src.text[s.start : s.end] for s in a.sections if s.kind != "boilerplate")


def test_header_and_footer_chrome_make_no_article() -> None:
    src = read_file(FIX / "chrome_dump.txt")
    arts = segment(src)
    assert [a.title for a in arts] == [
        "Ferry Quarrels on the Northern Lake Test a Fragile Truce Between Two Neighbours",
        "Rail Corridors and the Politics of Gauge",
        "Herders Move Earlier as Winters Warm",
    ]
    assert [a.authors for a in arts] == [["Lena Morozova"], ["Daniyar Sultanov"], ["Nodira Rasulova"]]
    assert _kinds(arts[0]) == [*HEADED, "author_bio"]
    assert _kinds(arts[1]) == HEADED
    assert _kinds(arts[2]) == [*HEADED, "author_bio"]
    for a in arts:
        body = _content(src, a)
        for chrome in ("Home", "Share this", "Tags:", "cookies", "Related articles", "©",
                       "Back to top", "Filed under", "Menu", "Print"):  # fmt: skip
            assert chrome not in body, (a.title, chrome)
    # the first article starts at its title, not at the site header
    assert src.text[arts[0].start :].startswith("Ferry Quarrels")
    assert arts[0].sections[-1].kind == "boilerplate"
    assert _text(src, arts[0], "author_bio").endswith("in Riga.")


def test_single_page_with_breadcrumb_date_line_and_related_list() -> None:
    src = read_file(FIX / "chrome_page.txt")
    (a,) = segment(src)
    assert a.title == "Drone Patrols Along the Southern Border"
    assert a.authors == ["Kamila Yusupova", "Arman Dzhaksybekov"]
    assert a.published == "2025-06-12"  # from the "date | Print | Share" line
    assert _kinds(a) == [*HEADED, "author_bio"]
    assert _text(src, a, "lead").startswith("Border guards")
    assert "Water Talks Stall Again" not in _content(src, a)
    assert src.text[a.start :].startswith("Drone Patrols")


def test_title_with_section_suffix_and_chrome_words_in_text_are_kept() -> None:
    src = read_file(FIX / "chrome_near_miss.txt")
    (a,) = segment(src)
    assert a.title == "Gas Deals in the Caspian – Analysis"
    assert a.authors == ["Timur Akhmetov"]
    assert _kinds(a) == ["lead", "background", "conclusions", "author_bio"]
    assert _text(src, a, "lead").startswith("Related disputes")
    background = _text(src, a, "background")
    assert background.startswith("Print media") and "naval base" in background


def test_long_title_is_not_joined_to_its_byline() -> None:
    title = "Border Guards and Smugglers Play a Long Game in the Reed Beds of the South"
    text = (
        f"{title}\nBy Ilyas Nurlanov\n"
        "Smugglers have moved to night-time routes through the reeds, and patrols have "
        "followed them with boats and lamps.\n"
        "CONCLUSIONS: Patrols alone will not end the trade.\n"
    )
    (a,) = segment(Source(name="t", text=text))
    assert a.title == title
    assert a.authors == ["Ilyas Nurlanov"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Central Asia Review | Analytical Articles", "weak"),
        ("The Steppe Monitor – Commentary", "weak"),
        ("Home > Analytical Articles > Caucasus", "strong"),
        ("Home » Publications » 2025", "strong"),
        ("You are here: Home / Commentary / 2025", "strong"),
        ("Publications › Analytical Articles › 2025", "strong"),
        ("Menu  Search  Subscribe", "strong"),
        ("Print   Share   Email", "strong"),
        ("3 March 2025 | Print | Share | 4 min read", "strong"),
        ("Share this:", "strong"),
        ("Tags: water, borders", "strong"),
        ("Related posts", "strong"),
        ("© 2025 Some Institute", "strong"),
        ("This site uses cookies to improve your browsing experience. Accept", "strong"),
        ("June 3, 2025", "date"),
        # near misses: text, titles and headings that merely contain such words
        ("Rail Corridors and the Politics of Gauge", None),
        ("Russia – China Relations After the Summit", None),
        ("Related tensions along the border flared again in May.", None),
        ("Print media in the capital remain under pressure.", None),
        ("Search for a new partner", None),
        ("Next steps for the regional bloc", None),
        ("About the Author", None),
        ("Kazakhstan / Uzbekistan", None),
        ("Astana, Kazakhstan", None),
        ("By Lena Morozova", None),
        ("The ministry said cookies were served at the reception.", None),
        ("The new law obliges every website to ask users to accept cookies first.", None),
    ],
)
def test_chrome_kind(line: str, kind: str | None) -> None:
    assert chrome_kind(line) == kind


def test_tagline_header_stack_and_site_footer() -> None:
    src = read_file(FIX / "chrome_site_page.txt")
    (a,) = segment(src)
    assert a.title == "Water Meters and the Politics of Irrigation"
    assert a.authors == ["Farid Aliyev"]
    assert a.published == "2025-06-25"  # the header's date line
    assert _kinds(a) == ["lead", "background", "conclusions", "author_bio"]
    assert _text(src, a, "author_bio").endswith("based in Ganja.")
    assert "Hits" not in _content(src, a) and "Written by" not in _content(src, a)


def test_related_list_after_conclusions_is_boilerplate() -> None:
    src = read_file(FIX / "chrome_dump.txt")
    rail = segment(src)[1]
    assert _text(src, rail, "conclusions").endswith("built in a year.")
    assert "Water Talks Stall Again" in _text(src, rail, "boilerplate")


def test_header_date_dates_the_first_article_only() -> None:
    text = (
        "Home > Commentary\n3 May 2025 | Print | Share\nSalt Lakes Shrink\nBy Aida Bekova\n"
        "The salt lakes of the western plateau lost a fifth of their surface in a decade, "
        "and herders now cross the dry beds.\n"
        "CONCLUSIONS: Water agreements should cover the lakes.\n"
        "AUTHOR'S BIO: Aida Bekova is a geographer.\n"
        "Quiet Borders\nBy Ruslan Ivanov\n"
        "Two border posts on the northern steppe now share a single customs shed, a small "
        "step that has shortened queues for lorries.\n"
        "CONCLUSIONS: Shared sheds are cheap and work.\n"
    )
    a, b = segment(Source(name="t", text=text))
    assert (a.title, a.published) == ("Salt Lakes Shrink", "2025-05-03")
    assert (b.title, b.authors, b.published) == ("Quiet Borders", ["Ruslan Ivanov"], None)
