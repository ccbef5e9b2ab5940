"""Office-holders of the region since 1991 as gazetteer data: heads of government, foreign and
defence ministers of Central Asia, the South Caucasus and South Asia, army and intelligence
chiefs of Pakistan and India, and the OSCE's secretaries-general, with the spellings writers use.
A person named without a title, or in another transliteration, is the gazetteer's person; a
titled holder in a year-less wire item bounds its year to the holder's term.

Every sentence here is invented.
"""

from __future__ import annotations

from datetime import date

import pytest
from recognised import rec, spans

from silkgraph.knowledge import Knowledge
from silkgraph.model import Section
from silkgraph.segment.dateline_year import dateline_estimate
from silkgraph.segment.published import reference_estimate


@pytest.mark.parametrize(
    ("text", "mention", "pid"),
    [
        ("Tanayev's cabinet raised the price of electricity.", "Tanayev", "person:nikolai-tanayev"),
        (
            "Analysts compared Otorbaev with his predecessor.",
            "Otorbaev",
            "person:djoomart-otorbaev",
        ),
        ("Rahmonov's envoy arrived with a letter.", "Rahmonov", "person:emomali-rahmon"),
        (
            "The memoir of Boris Shikhmuradov describes the 1990s.",
            "Boris Shikhmuradov",
            "person:boris-shikhmuradov",
        ),
        (
            "Journalists asked Zalkaliani about the visa regime.",
            "Zalkaliani",
            "person:david-zalkaliani",
        ),
        (
            "Kocharian never accepted that reading of the talks.",
            "Kocharian",
            "person:robert-kocharyan",
        ),
        (
            "Edward Nalbandian spoke after the meeting.",
            "Edward Nalbandian",
            "person:edward-nalbandyan",
        ),
        ("The general said Kayani had approved the plan.", "Kayani", "person:ashfaq-parvez-kayani"),
        (
            "Shuja Pasha flew to Washington after the raid.",
            "Shuja Pasha",
            "person:ahmad-shuja-pasha",
        ),
        ("M.K. Narayanan briefed the cabinet committee.", "M.K. Narayanan", "person:m-k-narayanan"),
        (
            "A profile of General V.P. Malik appeared in the weekly.",
            "V.P. Malik",
            "person:ved-prakash-malik",
        ),
        ("Helga Schmid opened the conference in Vienna.", "Helga Schmid", "person:helga-schmid"),
        ("Nasheed returned from exile before the vote.", "Nasheed", "person:mohamed-nasheed"),
    ],
)
def test_holder_named_without_title_or_in_another_spelling(
    kb: Knowledge, text: str, mention: str, pid: str
) -> None:
    assert spans(rec(kb, text)).get(mention) == pid


def test_a_place_of_the_same_name_stays_a_place(kb: Knowledge) -> None:
    """Near miss: the port named after Niyazov's title is no mention of him."""
    assert (
        spans(rec(kb, "The ferry from Turkmenbashi reached Baku at dawn.")).get("Turkmenbashi")
        == "place:turkmenbashi"
    )


def _year_less(text: str):
    secs = [Section(kind="body", label="", start=0, end=len(text))]
    return dateline_estimate(text, secs, reference_estimate(text, secs), date(2026, 6, 1))


# Monday 4 March: 1991, 1996, 2002, 2013, 2019, 2024; Monday 6 June: 1994, 2005, 2011, 2016, 2022;
# Monday 1 June: 1987, 1992, 1998, 2009, 2015, 2020, 2026. A wire may tell the day before its
# dateline, so Tuesday 6 June 2006 (Monday the 5th) is a reading too: the latest in the term wins
@pytest.mark.parametrize(
    ("lead", "year"),
    [
        ("BISHKEK, June 6 (Test Wire) – Prime Minister Felix Kulov", "2006"),
        ("TBILISI, June 6 (Test Wire) – Defence Minister Tinatin Khidasheli", "2016"),
        ("TASHKENT, March 4 (Test Wire) – Defence Minister Kabul Berdiev", "2013"),
        ("DUSHANBE, June 1 (Test Wire) – President Rahmon Nabiyev", "1992"),
        ("NEW DELHI, June 6 (Test Wire) – External Affairs Minister Dinesh Singh", "1994"),
        ("VIENNA, March 4 (Test Wire) – OSCE Secretary General Thomas Greminger", "2019"),
        ("MALE, March 4 (Test Wire) – President Mohamed Waheed Hassan", "2013"),
    ],
)
def test_a_new_term_dates_a_year_less_item(lead: str, year: str) -> None:
    est = _year_less(f"{lead} met foreign envoys on Monday, officials said.")
    assert est is not None and est.not_before[:4] == year and "in office" in est.basis


def test_a_former_holder_gives_no_bound() -> None:
    """Near miss: the same holder written as former does not date the item."""
    est = _year_less(
        "TASHKENT, March 4 (Test Wire) – Former Defence Minister Kabul Berdiev met "
        "foreign envoys on Monday, officials said."
    )
    assert est is not None and "in office" not in est.basis
