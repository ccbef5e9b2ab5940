"""Byline shapes of wire items and scraped pages: outlet and date tails, desks that sign for no
person, lead-ins other than "By", bare author lines with their date, bio boxes; and the page
chrome around them (timestamps, newsletter boxes, "More from …" lists, copyright lines).
Near misses: sentences opening with "By", trailer credits, quoted people, related titles."""

from __future__ import annotations

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.chrome import chrome_kind, is_list_heading
from silkgraph.segment.stated import parse_date_text
from silkgraph.segment.structure import bare_name, parse_byline


def _seg(text: str) -> list:
    return segment(Source(name="probe.txt", text=text))


def test_byline_tails_are_no_authors() -> None:
    assert parse_byline("By Omar Haddad and Lena Petrova, Steppe News Agency") == ["Omar Haddad", "Lena Petrova"]
    assert parse_byline("By KARIM ODEH | Levant Press") == ["Karim Odeh"]
    assert parse_byline("By Anjali Rao, IPA") == ["Anjali Rao"]
    assert parse_byline("By Leila Samadi in Tehran and Jon Keller in Vienna") == ["Leila Samadi", "Jon Keller"]
    assert parse_byline("Posted by Timur Rakhimov on 22 April 2025") == ["Timur Rakhimov"]
    assert parse_byline("Author: Dr. Karim Nasser") == ["Karim Nasser"]
    assert parse_byline("Written by Ali Khan, 14 May 2025") == ["Ali Khan"]


def test_desk_bylines_have_no_authors() -> None:
    assert parse_byline("By Staff Reporter") == []
    assert parse_byline("By Steppe News Agency staff") == []
    assert bare_name("Steppe News Agency") is None
    assert bare_name("Anvar Yusupov, Fergana Wire") == ["Anvar Yusupov"]


def test_sentences_and_credits_are_no_bylines() -> None:
    assert parse_byline("By Thursday, the ministry had summoned the ambassador.") is None
    assert parse_byline("By Friday, 12 people had died") is None
    assert parse_byline("By May 2025, the army had grown") is None
    assert parse_byline("By contrast, news agencies said the talks failed") is None
    assert parse_byline("Reporting by Farid Karimov in Baku; Editing by John Mercer") is None
    assert parse_byline("Written by Jon Keller; Editing by Ruth Ellis") is None
    assert bare_name("India's Ladakh Build-Up") is None


def test_bare_author_line_with_date() -> None:
    assert bare_name("Maria Ionescu | 14 July 2024") == ["Maria Ionescu"]
    assert bare_name("Russia and China | 2024 review") is None


def test_timestamp_and_footer_lines() -> None:
    assert chrome_kind("Wed 14 May 2025 10.05 BST") == "date"
    assert chrome_kind("Last updated: 2025-06-18T09:30:00Z") == "date"
    assert parse_date_text("Last updated: 2025-06-18T09:30:00Z") == "2025-06-18"
    assert chrome_kind("August 12, 2025 | 10:05 AM") == "date"
    assert chrome_kind("*17 February 2025*") == "date"
    assert chrome_kind("Caspian Watch © 2025") == "strong"
    assert chrome_kind("Previous article: The Oil Question") == "strong"
    assert is_list_heading("More from Opinion")
    # near misses: prose and titles are no chrome
    assert chrome_kind("More from the ministry's archive was released in 2024.") is None
    assert chrome_kind("The Black Sea After the Grain Deal") is None


_WIRE = """Kazakhstan and Uzbekistan sign border deal
By Omar Haddad and Lena Petrova, Steppe News Agency

ASTANA, Kazakhstan, Nov 5, 2024 - Kazakhstan and Uzbekistan signed an agreement on Tuesday completing the demarcation of their border, the presidency said.

"This closes a long chapter," said Arman Seitov, an adviser to the president.

By evening, officials had published the maps.

Reporting by Dana Ospanova; Editing by Carl Novak
"""


def test_wire_item_authors() -> None:
    arts = _seg(_WIRE)
    assert len(arts) == 1
    assert arts[0].authors == ["Omar Haddad", "Lena Petrova"]
    assert arts[0].published == "2024-11-05"


_STAFF = """Pakistan and India exchange fire

By Staff Reporter

ISLAMABAD, May 7, 2025 - Pakistan said its forces shot down several aircraft on Wednesday after strikes overnight.

India said it had hit sites linked to militant groups.
"""


def test_staff_byline_wire_item() -> None:
    arts = _seg(_STAFF)
    assert len(arts) == 1 and arts[0].authors == []


_DUMP = """Home › Opinion

The Black Sea After the Grain Deal
Maria Ionescu | 14 July 2024

Russia's withdrawal from the grain initiative in July 2023 forced Ukraine to open its own shipping corridor along the western coast, and the neighbours signed a demining accord in January 2024.

The corridor has since carried more grain than the deal did.

Maria Ionescu is a senior fellow at a Bucharest institute.

More from Opinion
Moldova's Energy Squeeze
Turkey's Straits Dilemma

Iran's Caspian Ambitions
Davud Rahimi

Iran has deepened its naval presence on the Caspian Sea, holding joint exercises with Russia in 2024 and expanding the port of Anzali.

The treaty does not include a mutual defence clause.

Davud Rahimi writes on Iranian foreign policy.

Newsletter
Get the week's best analysis in your inbox.
Email address
Sign up
"""


def test_two_article_dump_with_bare_author_lines() -> None:
    arts = _seg(_DUMP)
    assert [a.authors for a in arts] == [["Maria Ionescu"], ["Davud Rahimi"]]
    assert arts[0].published == "2024-07-14"
    assert arts[1].title == "Iran's Caspian Ambitions"
    # the related titles and the newsletter box are boilerplate, not text
    for a in arts:
        body = " ".join(_DUMP[s.start : s.end] for s in a.sections if s.kind != "boilerplate")
        assert "Energy Squeeze" not in body and "inbox" not in body


_BIO_BOX = """India's Ladakh Build-Up
12 May 2025

India has continued to strengthen its forces in the high valleys since the clashes of June 2020, building roads, tunnels and airfields along the line.

About the author
Vikram Sethi
Vikram Sethi is a retired army officer.
"""


def test_bio_box_names_the_author() -> None:
    arts = _seg(_BIO_BOX)
    assert len(arts) == 1 and arts[0].authors == ["Vikram Sethi"]
    assert arts[0].published == "2025-05-12"


_NO_BIO_NAME = """Talks Resume in Geneva
Nadia Karim

Nadia Karim, a negotiator, said the talks would resume next week after a pause of two months, according to officials.
"""


def test_quoted_person_under_title_is_no_author() -> None:
    # the name line is followed by prose about that person, with no bio nor date line: a
    # quoted person's name is no author
    arts = _seg(_NO_BIO_NAME)
    assert all(a.authors == [] for a in arts)


_DEK_AND_UNSIGNED = """The Caspian Review

Shipping on the Inland Sea Changes Hands
Two coastal states are building fleets of their own to carry oil and freight.
By Daniyar Seitkali
5 September 2025

The state shipping company of the eastern shore ordered two new tankers in 2024, and the western fleet has grown since February 2022.

BACKGROUND: For decades the northern and southern fleets dominated the trade.

CONCLUSIONS: The change will be slow but durable.

AUTHOR'S BIO: Daniyar Seitkali is a maritime analyst.

Gas Swaps Reach the West
A swap deal through two neighbours sends small volumes west, but the pipeline remains distant.

The exporter began delivering gas under a swap agreement signed in November 2021, and volumes have grown modestly since then. A new deal followed in March 2025.

CONCLUSIONS: Without consent from the north the pipeline is unlikely.

AUTHOR'S BIO: Aynur Gurbanova is an energy journalist.
"""


def test_standfirst_and_unsigned_article_after_bio() -> None:
    arts = _seg(_DEK_AND_UNSIGNED)
    assert [a.title for a in arts] == ["Shipping on the Inland Sea Changes Hands", "Gas Swaps Reach the West"]
    assert arts[0].authors == ["Daniyar Seitkali"] and arts[0].published == "2025-09-05"
    kinds = [s.kind for s in arts[0].sections if s.kind != "boilerplate"]
    assert kinds == ["lead", "background", "conclusions", "author_bio"]
    # no byline: the bio's subject is the author
    assert arts[1].authors == ["Aynur Gurbanova"]


_BIO_THEN_NOTE = """Water Quotas Under Strain
By Lola Karimova

The reservoir fell to its lowest level in a decade in August 2024, and the upstream republic cut releases for the summer season.

AUTHOR'S BIO: Lola Karimova is a hydrologist.

Ms Karimova

She thanks the basin authority for its data, which the agency published in a long series of reports on the reservoir over the years.
"""


def test_short_line_after_bio_is_no_article() -> None:
    # a two-word line (no title of three words) after a bio opens nothing
    assert len(_seg(_BIO_THEN_NOTE)) == 1


_UPDATED = """Drills Begin Near the Border
Updated: 14 August 2025

MOSCOW, Aug 12 (Volga Wire) - The two allies began joint military exercises on Tuesday near the western border, the defence ministry said.
"""

_UPDATED_ONLY = """Drills Begin Near the Border
Updated: 14 August 2025

The two allies began joint military exercises near the western border, the defence ministry said on Tuesday.
"""


def test_updated_line_yields_to_the_dateline() -> None:
    a = _seg(_UPDATED)[0]
    assert a.published is None and a.published_estimate is not None
    assert a.published_estimate.not_before == "2025-08-12"
    # with nothing else to date the article, the update date does
    assert _seg(_UPDATED_ONLY)[0].published == "2025-08-14"


_INLINE = """Engine Deal Agreed

By Anjali Rao — NEW DELHI, March 3 (Indus Press Agency) - The two governments agreed on Monday to develop an engine for the next fighter, after talks held in Paris in February 2025.

The deal will be signed later this year.
"""

_INLINE_SENTENCE = """Engine Deal Agreed

By March the talks had stalled - NEW DELHI, the capital, saw protests over the deal, which officials said would be signed later.
"""


def test_byline_running_into_the_dateline() -> None:
    a = _seg(_INLINE)[0]
    assert a.authors == ["Anjali Rao"]
    assert _INLINE[a.sections[0].start :].startswith("NEW DELHI")
    # near miss: a sentence opening with "By" before a dash is no byline
    assert all(x.authors == [] for x in _seg(_INLINE_SENTENCE))


_CAPTION_FIRST = """Two Years On in the Valley

Photo: The mountain road in 2023. Credit: Wikimedia Commons

By Ani Petrosyan

Two years after the offensive of September 2023, almost none of those who fled have returned, and the new airport opened in October 2025.

AUTHOR'S BIO: Ani Petrosyan is a researcher.
"""


def test_caption_between_title_and_byline() -> None:
    arts = _seg(_CAPTION_FIRST)
    assert len(arts) == 1
    a = arts[0]
    assert a.title == "Two Years On in the Valley" and a.authors == ["Ani Petrosyan"]
    assert [s.kind for s in a.sections] == ["caption", "lead", "author_bio"]


_NOTES_AFTER_BIO = """Water Quotas Under Strain
By Lola Karimova

The reservoir fell to its lowest level in a decade in August 2024, and the upstream republic cut releases for the summer season.

AUTHOR'S BIO: Lola Karimova is a hydrologist.

Notes and Sources
The figures on the reservoir come from the basin authority's monthly bulletins for 2023 and 2024, which give the level at the dam on the first day of each month and the releases downstream.
"""


def test_back_matter_after_bio_is_no_article() -> None:
    arts = _seg(_NOTES_AFTER_BIO)
    assert len(arts) == 1 and arts[0].authors == ["Lola Karimova"]


def test_agency_between_slashes_after_a_dated_dateline() -> None:
    from silkgraph.segment.structure import DATELINE

    m = DATELINE.match("NEW DELHI, 14 May 2024 /Indus Press Agency/ The missile was tested on Tuesday.")
    assert m is not None and m.group("date") == "14 May 2024"
    # near miss: a slash in running text after a date is no agency
    assert DATELINE.match("TASHKENT, July 4, 2022 and/or later the talks resumed.") is None


_HEADLINE_NOT_NAME = """Caspian Wire
Pakistan Army Chief Visits Washington
12 June 2025

ISLAMABAD - The army chief met officials in Washington on Thursday, the military said, weeks after the conflict of May 2025.
"""

_SIGNED_NAME = """Railway Framework Signed
Anvar Yusupov, Fergana Wire
17 July 2025

KABUL - Three governments signed a framework agreement on Thursday for a railway through the mountains.
"""


def test_title_case_headline_is_no_author_line() -> None:
    assert all(a.authors == [] for a in _seg(_HEADLINE_NOT_NAME))
    arts = _seg(_SIGNED_NAME)
    assert arts[0].authors == ["Anvar Yusupov"] and arts[0].published == "2025-07-17"
