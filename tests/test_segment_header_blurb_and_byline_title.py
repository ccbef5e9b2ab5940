"""Scraped dumps: a page header's short blurb (joined with the site line into one paragraph)
is no article of its own when a byline follows; a title line right after the byline is the
title; "About the author:" opens the author's bio whatever the case of its later words."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment

_BODY = (
    "Herders on both banks of the river have quarrelled over pasture since the canal was "
    "dug. In May 2024, the two district governors agreed to share the summer grazing, but "
    "the deal fell apart when the autumn rains failed and the herds were moved early.\n\n"
    "BACKGROUND: The canal was completed in 1976 and has been shared by two republics.\n\n"
    "CONCLUSIONS: The quarrel will return with every dry year.\n\n"
    "AUTHOR'S BIO: Aziz Rahimov writes about rural affairs in the Fergana Valley.\n"
)


def _dump(header: str) -> str:
    return header + "Pasture Wars on the Canal Banks\nBy Aziz Rahimov\n\n" + _BODY


def test_joined_site_line_and_blurb_are_no_article() -> None:
    # the site line (50+ characters, no full stop) and the scraper's note below it are
    # joined into one short paragraph of "prose": still a page header, not an article
    text = _dump("Valley Affairs Monthly - Analytical Commentary Collection\n"
                 "Saved copy. Menus and share buttons were stripped out.\n\n")
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1
    assert arts[0].title == "Pasture Wars on the Canal Banks"
    assert arts[0].authors == ["Aziz Rahimov"]
    assert text[arts[0].start :].startswith("Pasture Wars")


def test_long_unbylined_first_article_is_kept() -> None:
    # near miss: a first text of article length without a byline stays an article
    first = ("The reservoir's level fell to a ten-year low in August 2024, officials said. " * 5).strip()
    text = _dump(first + "\n\n")
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 2
    assert arts[1].title == "Pasture Wars on the Canal Banks"


def test_title_after_the_byline() -> None:
    text = "By Aziz Rahimov\nPasture Wars on the Canal Banks\n\nPhoto: Herders near Osh. Credit: the author.\n\n" + _BODY
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1
    assert arts[0].title == "Pasture Wars on the Canal Banks"
    assert [s.kind for s in arts[0].sections] == ["caption", "lead", "background", "conclusions", "author_bio"]


def test_prose_after_the_byline_is_no_title() -> None:
    # near miss: the lead's first paragraph ends with a full stop: it is text, not a title
    text = "Pasture Wars on the Canal Banks\nBy Aziz Rahimov\n\n" + _BODY
    arts = segment(Source(name="t", text=text))
    assert arts[0].title == "Pasture Wars on the Canal Banks"
    assert arts[0].sections[0].kind == "lead"
    assert text[arts[0].sections[0].start :].startswith("Herders on both banks")


def test_about_the_author_in_sentence_case_opens_the_bio() -> None:
    text = _dump("").replace("AUTHOR'S BIO:", "About the author:")
    arts = segment(Source(name="t", text=text))
    assert [s.kind for s in arts[0].sections][-1] == "author_bio"
    assert arts[0].sections[-1].label == "About the author"


def test_about_the_authorities_is_no_bio() -> None:
    # near miss: a paragraph about the authorities is running text
    text = _dump("").replace("AUTHOR'S BIO: Aziz Rahimov writes about rural affairs in the Fergana Valley.",
                             "About the authorities: the district offices kept silent all summer.")
    arts = segment(Source(name="t", text=text))
    assert "author_bio" not in [s.kind for s in arts[0].sections]


def test_byline_with_affiliation() -> None:
    from silkgraph.segment.structure import parse_byline

    assert parse_byline("By Aziz Rahimov, Senior Fellow at the Valley Institute") == ["Aziz Rahimov"]
    assert parse_byline("By Aziz Rahimov and Lola Karimova, researchers at the Valley Institute") == [
        "Aziz Rahimov", "Lola Karimova"]
    # near misses: a sentence opening with "By"
    assert parse_byline("By Late Evening, troops of the brigade had entered the town.") is None
    assert parse_byline("By contrast, the government of the valley held firm") is None
    # a place after the name is where the writer files from, not an author (test_byline_tails)
    assert parse_byline("By Aziz Rahimov, Osh") == ["Aziz Rahimov"]


_SECOND = (
    "Reservoir Talks Resume\n"
    "Published: March 5, 2024\n"
    "By Lola Karimova\n\n"
    "Water officials of the two republics met in Osh on March 1 to discuss the summer quotas. "
    "They last met in 2021.\n\n"
    "CONCLUSIONS: The talks will go on.\n"
)


def test_title_and_date_line_before_the_next_byline() -> None:
    # the article before ends without a bio: the title and the date line over the next
    # byline open the next article, which the date line dates
    first = _BODY.split("AUTHOR'S BIO")[0]
    text = "Pasture Wars on the Canal Banks\nBy Aziz Rahimov\n\n" + first + _SECOND
    arts = segment(Source(name="t", text=text))
    assert [a.title for a in arts] == ["Pasture Wars on the Canal Banks", "Reservoir Talks Resume"]
    assert arts[1].published == "2024-03-05"
    assert "Reservoir Talks" not in text[arts[0].start : arts[0].end]
    # after publication boilerplate too
    text2 = "Pasture Wars on the Canal Banks\nBy Aziz Rahimov\n\n" + first + (
        "The views expressed in this article are the author's own.\n\n") + _SECOND
    arts2 = segment(Source(name="t", text=text2))
    assert [a.title for a in arts2] == ["Pasture Wars on the Canal Banks", "Reservoir Talks Resume"]
    assert arts2[1].published == "2024-03-05"


def test_dated_line_in_text_is_no_title() -> None:
    # near miss: a short unpunctuated line followed by prose (no byline) stays in the text
    first = _BODY.split("AUTHOR'S BIO")[0]
    text = ("Pasture Wars on the Canal Banks\nBy Aziz Rahimov\n\n" + first
            + "Reservoir Talks Resume\nPublished: March 5, 2024\n\nWater officials met in Osh on March 1.\n")
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1
