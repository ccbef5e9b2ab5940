"""A byline's tail after its last comma that is no person (a job, an outlet, a place) is not an
author, and an author line is never promoted over the title above it."""

from __future__ import annotations

import pytest

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.bylines import by_lead
from silkgraph.segment.structure import parse_byline

_BODY = (
    "Engineers from both sides inspected the damaged canal on Thursday and agreed that repairs "
    "could begin once the spring melt has passed, a district official said.\n\n"
    "Farmers downstream have complained for months that the broken sluice gates leave their "
    "fields dry during the sowing season, and local councils have asked for emergency funds.\n"
)
_TITLE = "Canal Repairs Wait for the Thaw"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Marta Kowalska, Senior Fellow", ["Marta Kowalska"]),  # a job title
        ("By Marta Kowalska, Associate Professor", ["Marta Kowalska"]),
        ("By Marta Kowalska, Moscow Bureau Chief", ["Marta Kowalska"]),
        ("By Marta Kowalska, senior analyst", ["Marta Kowalska"]),  # a description in lower case
        ("By Marta Kowalska, Reuters", ["Marta Kowalska"]),  # one word: an outlet
        ("By MARTA KOWALSKA, XINHUA", ["Marta Kowalska"]),
        ("By Marta Kowalska, Al Jazeera", ["Marta Kowalska"]),  # an outlet the gazetteer knows
        ("By Farid Qureshi, Lahore", ["Farid Qureshi"]),  # one word: a place
        ("By Farid Qureshi, Kuala Lumpur", ["Farid Qureshi"]),  # a gazetteer place
        ("By Farid Qureshi, Dushanbe, Tajikistan", ["Farid Qureshi"]),  # place and country
        ("By Marta Kowalska and Farid Qureshi, Senior Fellows", ["Marta Kowalska", "Farid Qureshi"]),
        ("By Marta Kowalska and Farid Qureshi, Islamabad", ["Marta Kowalska", "Farid Qureshi"]),
        ("By Marta Kowalska, Reuters, 3 March 2024", ["Marta Kowalska"]),
    ],
)
def test_a_non_person_tail_is_no_author(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # near misses: more persons after the names are all authors
        ("By Marta Kowalska and Farid Qureshi", ["Marta Kowalska", "Farid Qureshi"]),
        ("By Marta Kowalska, Farid Qureshi", ["Marta Kowalska", "Farid Qureshi"]),
        ("By Marta Kowalska, Farid Qureshi and Chen Lin", ["Marta Kowalska", "Farid Qureshi", "Chen Lin"]),
        ("By Marta Kowalska, Ruth Baker", ["Marta Kowalska", "Ruth Baker"]),
        # an affiliation with its place was read before: unchanged
        ("By Marta Kowalska, Senior Fellow at the Caspian Policy Institute", ["Marta Kowalska"]),
    ],
)
def test_a_person_after_the_comma_stays_an_author(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        "By 2030, Uzbekistan plans to double its cotton processing capacity.",
        "By late spring, the reservoir had risen above its summer mark.",
        "By contrast, Kyrgyzstan",
        "By Monday, Bishkek",
        "By Land and Sea",
    ],
)
def test_sentences_and_titles_opening_with_by_are_no_bylines(line: str) -> None:
    assert parse_byline(line) is None
    assert not by_lead(line)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Marta Kowalska, Reuters", ["Marta Kowalska"]),
        ("By Farid Qureshi, Lahore", ["Farid Qureshi"]),
        ("By Marta Kowalska, Senior Fellow", ["Marta Kowalska"]),
        ("By Marta Kowalska and Farid Qureshi", ["Marta Kowalska", "Farid Qureshi"]),
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_title_over_a_byline_with_a_tail_is_kept(byline: str, authors: list[str], gap: str) -> None:
    text = f"{_TITLE}{gap}{byline}\n\n4 April 2024\n\n{_BODY}"
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1
    assert arts[0].title == _TITLE
    assert arts[0].authors == authors
    assert arts[0].published == "2024-04-04"


def test_an_author_line_that_cannot_be_read_never_replaces_the_title() -> None:
    # "Jr." closes the line with a full stop: no author is read, but the line is no title
    # and no text of the article either
    text = f"{_TITLE}\n\nBy Marta Kowalska, Jr.\n\n{_BODY}"
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1
    assert arts[0].title == _TITLE
    assert "Kowalska" not in text[arts[0].sections[0].start : arts[0].sections[-1].end]


def test_a_title_opening_with_by_still_heads_its_article() -> None:
    # near miss: "By Land and Sea" names no person, so it is read as the title it is
    text = f"By Land and Sea\n\n{_BODY}"
    arts = segment(Source(name="t", text=text))
    assert len(arts) == 1
    assert arts[0].title == "By Land and Sea"
    assert arts[0].authors == []
