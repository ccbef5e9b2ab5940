"""A line made only of separated chrome parts (page actions addressed to the reader, menu
items, footer heads, a copyright notice) is site chrome, wherever it stands."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.chrome import chrome_kind


def test_page_action_parts_make_chrome() -> None:
    assert chrome_kind("Sign up for our weekly bulletin | Print this page") == "strong"
    assert chrome_kind("Follow us on Telegram · Download PDF") == "strong"
    assert chrome_kind("See also | Contact us | © Steppe Monitor") == "strong"


def test_titles_with_separators_are_not_chrome() -> None:
    assert chrome_kind("Save the Aral Sea | Join the Effort") is None
    assert chrome_kind("Share and Share Alike | Contact Zones") is None
    # one action part is not enough: the other part is a title
    assert chrome_kind("Print Media Under Pressure | Baku") is None
    assert chrome_kind("Sign up for our bulletin today.") is None


def test_header_action_line_opens_no_article() -> None:
    body = "The two ministries agreed a new schedule for the joint border patrols last spring. " * 3
    text = (
        "Highland Review | Commentary\n"
        "Get the digest | Sign up for our weekly bulletin | Print this page\n\n"
        "PATROLS ON THE PAMIR ROAD\n"
        "By Ruslan Demo\n\n"
        f"{body}\n\nAUTHOR'S BIO: Ruslan Demo is an analyst.\n\n"
        "Related articles | Contact us | (c) Highland Review\n\n"
        "A SECOND LOOK AT TRANSIT\n"
        "By Aida Sample\n\n"
        f"{body}\n"
    )
    arts = segment(Source(name="t", text=text))
    assert [a.title for a in arts] == ["PATROLS ON THE PAMIR ROAD", "A SECOND LOOK AT TRANSIT"]
    assert [a.authors for a in arts] == [["Ruslan Demo"], ["Aida Sample"]]
