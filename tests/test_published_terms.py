"""Publication-date estimate: term ends, fiscal years, data releases, anchors across spans."""

from __future__ import annotations

from silkgraph.model import Section
from silkgraph.nlp.dates import find_dates, fiscal_year, local_anchors, resolve, term_end
from silkgraph.segment import estimate_published


def _est(text: str) -> str:
    est = estimate_published(text, [Section("lead", "", 0, len(text))])
    assert est is not None
    return est.not_before


def test_fiscal_year_ranges_are_ranges() -> None:
    for s, y in (("The budget for 2031–32 grew.", 2031), ("Spending in FY2019-20 fell.", 2019),
                 ("The 2027/28 estimates were cut.", 2027)):
        (te,) = find_dates(s)
        assert (te.kind, te.year, te.end_year) == ("range", y, y + 1)
        assert fiscal_year(te)
    (te,) = find_dates("Deliveries ran in 2011–2012.")
    assert not fiscal_year(te)
    (te,) = find_dates("It grew between 2011 and 2012.")
    assert not fiscal_year(te)


def test_fiscal_year_does_not_push_the_present_year() -> None:
    text = (
        "Talks opened in March 2031. The ministry lifted its budget for 2031–32 by a tenth. "
        "On October 2 the deal was signed."
    )
    assert _est(text) == "2031-10-02"


def test_term_ends_and_plan_years() -> None:
    for s in ("a lease that runs to 2061, and", "the pact was extended to 2061.",
              "with up to 2061 in view", "under the 2031–2036 programme", "its 2040 strategy says"):
        te = find_dates(s)[-1]
        assert term_end(s, te), s
    for s in ("ties dating back to 2011.", "exports rose compared to 2029.", "in 2011–2016 it fell",
              "the 2029 elections"):
        te = find_dates(s)[-1]
        assert not term_end(s, te), s


def test_term_end_is_not_a_reporting_time() -> None:
    text = (
        "Moscow keeps a base there under a treaty that runs to 2061. In May 2031 the two "
        "sides met, and on June 4 they agreed that the lease extends to 2066."
    )
    assert _est(text) == "2031-06-04"


def test_far_target_year_is_capped() -> None:
    # a bare year decades after every month-level date is a target, not a year reached
    text = "The talks of April 2031 set the goal of carbon neutrality in 2060. On May 5 they ended."
    assert _est(text) == "2031-05-05"


def test_period_data_release() -> None:
    text = "According to SIPRI, Ruritania supplied 40 percent of the imports in 2036–2040. Talks began in May 2040."
    est = estimate_published(text, [Section("lead", "", 0, len(text))])
    assert est is not None and est.not_before == "2041-03-01"
    assert "released" in est.basis
    # without a publisher with a known release calendar the period's end is all we know
    assert _est("Ruritania supplied 40 percent of the imports in 2036–2040. Talks began in May 2040.") \
        == "2040-05-01"


def test_span_past_anchor_breaks_local_anchor() -> None:
    text = (
        "The radars ordered in 2012 for $1 billion, delivered in 2015–2017, worked in May. "
        "On April 3 the ministry signed for more."
    )
    exprs = find_dates(text)
    anchors = local_anchors(text, exprs)
    april = next(i for i, t in enumerate(exprs) if t.text == "On April 3")
    assert anchors[april] is None
    assert resolve(exprs[april], "2031-09-01")[0] == "2031-04-03"
    # a year the narrative sets still anchors
    text2 = "In March 2012 the radars were ordered. On April 3 the ministry signed for more."
    exprs2 = find_dates(text2)
    assert local_anchors(text2, exprs2)[-1] is exprs2[0]


def test_year_less_dates_of_a_later_section_follow_the_narrative() -> None:
    bg = "BACKGROUND: The assembly was elected on 14 October 2031 amid protests.\n"
    imp = "IMPLICATIONS: On 2 December the opposition walked out. On 1 March 2032 a new law passed.\n"
    text = bg + imp
    sections = [Section("background", "", 0, len(bg)), Section("implications", "", len(bg), len(text))]
    est = estimate_published(text, sections)
    # "On 2 December" is 2031 (after the October election), not the year of the last date
    assert est is not None and est.not_before == "2032-03-01"
