"""A year counted back from the present ("in 2013, twelve years ago", "Some eleven years
ago, in 2003") dates an archive wire item among the years its lead's weekday allows; a
present-day item naming old years with no count, or a count told of another year's episode,
stays in the present."""

from __future__ import annotations

from datetime import date

from silkgraph.model import Source
from silkgraph.segment import segment
from silkgraph.segment.dateline_elapsed import elapsed_years

_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _item(y: int, sentence: str) -> str:
    wd = _WD[date(y, 5, 14).weekday()]
    return ("Smugglers detained at mountain pass\n\n"
            f"KARAKOL, May 14 (Test Wire) - Border guards detained six smugglers near the pass on {wd}, "
            "the border service said.\n\n" + sentence + "\n\nThe pass is closed in winter.\n")


def _day(text: str) -> tuple[str | None, str | None]:
    e = segment(Source(name="t", text=text))[0].published_estimate
    return (e.not_before, e.not_after) if e else (None, None)


def test_years_ago_date_an_archive_item() -> None:
    for y in (1995, 2001, 2007, 2013, 2019):
        want = date(y, 5, 14).isoformat()
        for s in (f"The route was first used by traffickers in {y - 12}, twelve years ago.",
                  f"The trade has grown steadily since {y - 5}, five years ago, the service said.",
                  f"Some eleven years ago, in {y - 11}, the same pass was shut for a month.",
                  f"The post opened in {y - 6} – six years ago – under a bilateral accord."):
            assert _day(_item(y, s)) == (want, want), (y, s)


def test_present_items_and_other_episodes_stay_in_the_present() -> None:
    # May 14 2025 is a Wednesday (so are 2014 and 2008): near misses keep 2025
    for s in ("Under the 1997 treaty the pass is a joint crossing.",
              "Traders said the seizure resembled one made in 2012, years ago.",
              "A decade ago, in 2015, seizures were half today's figure.",
              "In 2019 officials said the post had opened in 2011, eight years ago by then."):
        assert _day(_item(2025, s))[0] == "2025-05-14", s


def test_ago_phrase_needs_its_sentence_to_write_one_year() -> None:
    assert elapsed_years("The post opened in 2011, eight years ago, and closed in 2019.") == []
    assert elapsed_years("The post opened in 2011, eight years ago.")[0][:3] == ("", 8.0, 2011.5)
