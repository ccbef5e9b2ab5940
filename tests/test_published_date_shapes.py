"""Publication dates stated on a page's date line in its many shapes (a month in capitals,
"14-Nov-2031", a section name with a dotted date, "Posted … · Updated …"), and the window of
an undated article: dates told ahead (a future marker in the date's own clause only, not in a
conjunct or relative clause of its own; "to be held"; a span "to" a date) are no time
reached, and they and a copyright notice bound the window from above."""

from __future__ import annotations

from silkgraph.model import Section, Source
from silkgraph.segment import estimate_published, segment
from silkgraph.segment.chrome import chrome_kind
from silkgraph.segment.stated import line_dates, parse_date_text

_BODY = ("Officials in the two capitals have argued over the canal for months, and observers "
         "expect the quarrel to outlast the current governments.\n\n"
         "Neither side has released the draft, but envoys said it covers grazing rights and "
         "the exchange of liaison officers.\n")


def _article(header: str) -> str:
    return f"Canal Quarrel Drags On\n\nBy Tomas Vell\n\n{header}\n\n{_BODY}"


def _published(text: str) -> str | None:
    arts = segment(Source(name="t.txt", text=text))
    assert len(arts) == 1
    return arts[0].published


def test_date_line_shapes_state_the_date() -> None:
    for header in ("MARCH 9, 2031", "9-Mar-2031", "Commentary | 09.03.2031", "9 MAR 2031",
                   "Posted 9 March 2031 · Updated 11 March 2031",
                   "Updated 11 March 2031 · Published 9 March 2031"):
        assert _published(_article(header)) == "2031-03-09", header


def test_line_dates_split_publication_and_edit() -> None:
    assert line_dates("Posted 9 March 2031 · Updated 11 March 2031") == ("2031-03-09", "2031-03-11")
    assert line_dates("Last updated: 11 March 2031") == (None, "2031-03-11")
    # near miss: an ambiguous slash date states nothing
    assert line_dates("Commentary | 03/04/2031") == (None, None)


def test_capital_months_parse_only_as_dates() -> None:
    assert parse_date_text("NOVEMBER 2, 2031") == "2031-11-02"
    assert parse_date_text("TROOPS MAY LEAVE SOON") is None


def test_date_line_chrome_kinds() -> None:
    assert chrome_kind("Commentary | 09.03.2031") == "date"
    assert chrome_kind("9-Mar-2031") == "date"
    # near misses: a section line without a date, a bare range of years
    assert chrome_kind("Commentary | Caucasus") != "date"
    assert chrome_kind("2030-2031") is None


def _window(body: str, footer: str = "") -> tuple[str, str | None]:
    text = body + ("\n" + footer if footer else "")
    sections = [Section("body", "", 0, len(body))]
    if footer:
        sections.append(Section("boilerplate", "", len(body) + 1, len(text)))
    est = estimate_published(text, sections)
    assert est is not None
    return est.not_before, est.not_after


def test_future_conjunct_leaves_the_past_date() -> None:
    nb, _ = _window("The envoys met in Osh on 12 June 2031 and will meet again in October to initial the text.")
    assert nb == "2031-06-12"
    nb, _ = _window("Envoys who met on 3 May 2031 will meet again in June 2032.")
    assert nb == "2031-05-03"
    nb, _ = _window("A summit that will be held in May 2032 was announced on 2 March 2031.")
    assert nb == "2031-03-02"
    # near miss: the marker is the date's own
    nb, na = _window("The envoys met on 12 June 2031. The summit in May 2032 will settle the matter.")
    assert nb == "2031-06-12" and na == "2032-05-31"


def test_participle_date_is_not_introductory() -> None:
    nb, _ = _window("The accord, initialled on 5 May 2031, will take effect in January.")
    assert nb == "2031-05-05"


def test_to_be_held_and_span_to_a_date_lie_ahead() -> None:
    nb, na = _window("Elections to be held in October 2031 follow a campaign that opened on 2 August 2031.")
    assert (nb, na) == ("2031-08-02", "2031-10-31")
    nb, _ = _window("In January 2031 the council extended the mission for two more years, to February 2033.")
    assert nb == "2031-01-01"
    # near miss: a look back "to" a date is a time reached
    nb, _ = _window("The quarrel dates back to March 2029, and talks resumed on 8 August 2028.")
    assert nb == "2029-03-01"


def test_copyright_year_bounds_the_window() -> None:
    nb, na = _window("The envoys met in Osh on 2 September 2031.", "© 2032 Steppe Review. All rights reserved.")
    assert (nb, na) == ("2031-09-02", "2032-12-31")
    # near miss: a notice older than the evidence bounds nothing
    nb, na = _window("The envoys met in Osh on 2 September 2031.", "© 2030 Steppe Review")
    assert (nb, na) == ("2031-09-02", None)
    # no dated reference: the notice's year
    nb, na = _window("The envoys met in Osh in the spring.", "© 2031 Steppe Review")
    assert (nb, na) == ("2031-01-01", "2031-12-31")
