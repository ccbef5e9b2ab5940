from __future__ import annotations

from pathlib import Path

from silkgraph.nlp import dates as dates_mod
from silkgraph.nlp.dates import TimeExpr, can_anchor, find_dates, local_anchors, resolve


def _one(text: str):  # type: ignore[no-untyped-def]
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def test_absolute_forms() -> None:
    e = _one("It happened on June 25, 2025 in the city.")
    assert (e.year, e.month, e.day, e.kind, e.text) == (2025, 6, 25, "absolute", "on June 25, 2025")
    e = _one("Signed 25 June 2025.")
    assert (e.year, e.month, e.day) == (2025, 6, 25)
    e = _one("The April 2025 attack")
    assert (e.year, e.month, e.day) == (2025, 4, None)
    e = _one("It joined in 2017.")
    assert (e.year, e.prep, e.text) == (2017, "in", "in 2017")
    e = _one("Prices rose in mid-2024.")
    assert (e.year, e.modifier) == (2024, "mid")
    e = _one("since early 2023")
    assert (e.year, e.modifier) == (2023, "early")


def test_partial_relative_range_decade() -> None:
    e = _one("On May 7, jets clashed.")
    assert (e.kind, e.month, e.day, e.text) == ("partial", 5, 7, "On May 7")
    e = _one("They bought radars in February.")
    assert (e.kind, e.month, e.day) == ("partial", 2, None)
    assert _one("strikes on December 24 angered").day == 24
    e = _one("Last year, it supplied drones.")
    assert (e.kind, e.offset, e.unit) == ("relative", -1, "year")
    assert _one("talks earlier this year").offset == 0
    e = _one("exports between 2011 and 2020 rose")
    assert (e.kind, e.year, e.end_year) == ("range", 2011, 2020)
    e = _one("the 2015–2019 period")
    assert (e.kind, e.year, e.end_year) == ("range", 2015, 2019)
    e = _one("in the 1990s")
    assert (e.kind, e.year) == ("decade", 1990)


def test_not_dates() -> None:
    assert find_dates("It paid US$ 2025 million for 1500 troops and 2000 troops.") == []
    assert find_dates("at the IDEX-2025 fair") == []
    assert find_dates("You may go in May.")[0].month == 5
    assert len(find_dates("You may go.")) == 0


def test_offset() -> None:
    e = find_dates("xx in 2020", offset=100)[0]
    assert (e.start, e.end) == (103, 110)


def test_resolve() -> None:
    partial = _one("On May 7, jets clashed.")
    assert resolve(partial, "2025-06-30") == ("2025-05-07", "year from publication 2025-06-30")
    dec = _one("On December 24 strikes")
    assert resolve(dec, "2025-02-15")[0] == "2024-12-24"
    last = _one("Last year it fell")
    iso, basis = resolve(last, "2025-06-30")
    assert iso == "2024" and "'Last year' relative to" in basis
    assert resolve(_one("in February"), None, [2023, 2025])[0] == "2025-02"
    assert resolve(_one("in February"), None)[0] is None
    assert resolve(_one("in 2017"), None) == ("2017", "as written")
    assert resolve(_one("2011-2020"), None)[0] == "2011/2020"
    assert resolve(_one("last month"), "2025-01-10")[0] == "2024-12"
    assert resolve(_one("two years ago"), "2025")[0] == "2023"


def test_resolve_with_local_anchor() -> None:
    text = "Fighting resumed in September 2022. A truce was agreed on September 16."
    anchor, partial = find_dates(text)
    assert resolve(partial, None, [2025], anchor_year=anchor.year) == (
        "2022-09-16",
        "year from the preceding date (2022)",
    )
    # without an anchor, the old behaviour (the article's latest year) is unchanged
    assert resolve(partial, None, [2025])[0] == "2025-09-16"
    # an anchor that would put the date after the publication date is not used
    assert resolve(partial, "2022-05-01", anchor_year=2022)[0] == "2021-09-16"
    # relative expressions stay relative to the present
    last = _one("last year")
    assert resolve(last, "2025-06-30", anchor_year=2019)[0] == "2024"


def test_local_anchors_stay_in_the_paragraph() -> None:
    text = (
        "Clashes broke out in March 2021. Talks opened on March 30, and since 2019 "
        "the council has met on June 4.\n"
        "Casualties were counted in 2024.\n"
        "On October 8, the convoy was ambushed. The 2025 index ranked it second; "
        "on May 2 a report followed."
    )
    exprs = find_dates(text)
    found = local_anchors(text, exprs)
    anchors = {te.text: (a.text if a else None) for te, a in zip(exprs, found, strict=True)}
    assert anchors["on March 30"] == "in March 2021"
    assert anchors["on June 4"] == "in March 2021"  # "since 2019" is an open start
    assert anchors["On October 8"] is None  # a new paragraph restarts the clock
    assert anchors["on May 2"] is None  # an attributive year ("The 2025 index") lends nothing
    back = local_anchors(text, exprs, paragraphs=2)
    assert back[[te.text for te in exprs].index("On October 8")].text == "in 2024"
    assert not can_anchor(text, _one("by 2030"))


def _scan_all(text: str, offset: int = 0) -> list[TimeExpr]:
    """Reference implementation: every pattern over the whole text."""
    cands = []
    for prio, (kind, pat) in enumerate(dates_mod._PATTERNS):
        for m in pat.finditer(text):
            te = dates_mod._build(kind, m, offset)
            if te is not None:
                cands.append((te.start, -(te.end - te.start), prio, te))
    return dates_mod._resolve_overlaps(cands)


def test_windowed_scan_equals_full_scan() -> None:
    fixtures = Path(__file__).parent / "fixtures" / "segment"
    texts = [p.read_text(encoding="utf-8") for p in sorted(fixtures.iterdir())]
    texts.append(
        "Between 2011 and 2020, and throughout the second half of 2024; on the 25th of "
        "September, 2025; two YEARS AGO; İstanbul, yesterday; late May; the 1990s; "
        "2015–19; IDEX-2025; US$ 2025 million; 1500 troops; last March; mid-2023."
    )
    for text in texts:
        assert find_dates(text) == _scan_all(text)
        for a in range(0, len(text), 97):
            piece = text[a : a + 333]
            assert find_dates(piece, a) == _scan_all(piece, a)


def test_weekday_month_part_decades_and_shifted_dates() -> None:
    wd = _one("Mongolia reopened the crossing on Tuesday, officials said.")
    assert (wd.unit, wd.offset) == ("weekday", 1)
    assert resolve(wd, "2024-07-05")[0] == "2024-07-02"
    assert resolve(wd, "2024-07")[0] is None  # no full reference date
    mp = _one("Envoys will gather at the end of the month.")
    assert (mp.unit, mp.modifier, mp.prep) == ("month", "end", "at")
    assert resolve(mp, "2024-07-05")[0] == "2024-07"
    assert resolve(_one("The depot closed three decades ago."), "2024-07-05")[0] == "1994"
    sh = _one("Talks resumed ten days after March 25, 2023.")
    assert (sh.shift, sh.shift_unit, sh.text) == (10, "day", "ten days after March 25, 2023")
    assert resolve(sh, None)[0] == "2023-04-04"
    assert resolve(_one("It acceded exactly a year after 2 May 2021."), None)[0] == "2022-05-02"
    assert resolve(_one("The mission left two weeks before June 3."), "2024-07-05")[0] == "2024-05-20"
    assert dates_mod.shift("2023-05", 3, "day") is None


def test_span_of_days_is_dated_by_its_first_day() -> None:
    d = _one("The talks held on October 3–4, 2019 ended without a deal.")
    assert (d.year, d.month, d.day) == (2019, 10, 3)


def test_parenthetical_participle_year_does_not_anchor() -> None:
    text = ("Tanks, bought from Italy in 2016 for about $2.5 million, were shown. The parade followed "
            "on May 9.")
    exprs = find_dates(text)
    found = local_anchors(text, exprs)
    assert found[-1] is None


def test_a_year_less_date_keeps_close_to_its_anchor() -> None:
    text = ("On December 20, 2024, the convoy was hit. A report in March 2025 blamed mines. "
            "The minister resigned on December 23.")
    exprs = find_dates(text)
    found = local_anchors(text, exprs)
    assert found[-1] is not None and found[-1].text == "On December 20, 2024"


def test_coordinated_dates_share_the_year_written_last():
    from silkgraph.nlp.dates import find_dates, local_anchors

    t = "Fighting flared in late March and June 2019 along the river."
    ex = find_dates(t)
    anchors = local_anchors(t, ex)
    first = next(i for i, e in enumerate(ex) if e.month == 3)
    assert anchors[first] is not None and anchors[first].year == 2019


def _anchor_of(text: str, written: str, **kw: object) -> str | None:
    exprs = find_dates(text)
    found = local_anchors(text, exprs, **kw)  # type: ignore[arg-type]
    a = found[[te.text for te in exprs].index(written)]
    return a.text if a else None


def test_the_narrative_clock_runs_across_paragraphs_and_sections() -> None:
    text = (
        "The vote of 12 October 2021 was disputed by the losing parties.\n"
        "OUTLOOK: On 3 December the court upheld the result. Envoys left on 20 December.\n"
        "In February the mission reported back."
    )
    # paragraph-local by default (segmentation's estimate of anaphoric spans), narrative-wide
    # for the events told
    assert _anchor_of(text, "On 3 December") is None
    assert _anchor_of(text, "On 3 December", discourse=True) == "of 12 October 2021"
    assert _anchor_of(text, "on 20 December", discourse=True) == "of 12 October 2021"
    # a month before the narrative's point is no continuation of it: the present decides
    assert _anchor_of(text, "In February", discourse=True) is None
    partial = find_dates(text)[1]
    assert resolve(partial, "2022-05-01", anchor_year=2021)[0] == "2021-12-03"


def test_the_clock_does_not_cross_from_far_points_background_or_the_present() -> None:
    far = "Talks stalled in January 2019.\nOn September 9 the border reopened."
    assert _anchor_of(far, "On September 9", discourse=True) is None  # more than half a year on
    bare = "Some 40 people were killed in 2019.\nOn March 9 the border reopened."
    assert _anchor_of(bare, "On March 9", discourse=True) is None  # a statistic's bare year
    since = ("Ties have been cool since the flood of May 2019. They stay so.\n"
             "The envoys met on June 2 in the capital.")
    assert _anchor_of(since, "on June 2", discourse=True) is None
    present = ("The accord of 5 April 2019 held.\n"
               "Earlier this year the pact lapsed, and on June 2 the envoys met.")
    assert _anchor_of(present, "on June 2", discourse=True) is None
    now = "The accord of 5 April 2019 held.\nThe bloc now counts nine members; on June 2 it met."
    assert _anchor_of(now, "on June 2", discourse=True) is None


def test_a_background_year_gives_way_to_the_narratives_year() -> None:
    text = ("On 4 March 2022 the court revoked the embargo it had lifted in 2009, and on May 6 "
            "the ministers met.")
    assert _anchor_of(text, "on May 6") == "On 4 March 2022"
    rel = ("In June 2023 the council renewed a treaty, which was first signed in 2009; on "
           "August 2 it entered into force.")
    assert _anchor_of(rel, "on August 2") == "In June 2023"
    part = "In June 2023 Kyiv recalled a treaty signed in 2009, and on August 2 it left."
    assert _anchor_of(part, "on August 2") == "In June 2023"
    # a year in the main clause tells the narrative's time: a flashback is followed
    main = "In June 2023 talks resumed. The army retreated in 2009, and on August 2 it left."
    assert _anchor_of(main, "on August 2") == "in 2009"
    # a background year with no narrative year before it still lends its own
    alone = "The court revoked the embargo it had lifted in 2009, and on May 6 the ministers met."
    assert _anchor_of(alone, "on May 6") == "in 2009"


def test_a_year_in_a_parenthetical_aside_gives_way_to_the_narratives_year() -> None:
    brackets = ("In May 2022 the ministry opened talks with its neighbour (the first round was in "
                "2019) and on June 3 the envoys met.")
    assert _anchor_of(brackets, "on June 3") == "In May 2022"
    dashes = ("In May 2022 the envoys returned to the capital — their last visit was in 2018 — "
              "and on June 3 they met the president.")
    assert _anchor_of(dashes, "on June 3") == "In May 2022"
    # one dash that runs to the end of the sentence sets off no aside: the narrative moves
    single = "In May 2022 talks opened. The army left — it withdrew in 2018. On June 3 it returned."
    assert _anchor_of(single, "On June 3") == "in 2018"
    # an aside with no narrative date before it still lends its year
    alone = "The ministry opened talks (the first round was in 2019) and on June 3 the envoys met."
    assert _anchor_of(alone, "on June 3") == "in 2019"


def test_a_counted_object_with_a_participle_tells_background() -> None:
    from silkgraph.nlp.dates.anchorable import background

    text = ("In March 2021 the navy received two patrol boats built for $30 million in 2017, and "
            "on April 9 it sent them north.")
    assert _anchor_of(text, "on April 9") == "In March 2021"
    # a determiner and a number begin a clause's subject, not an object
    clause = "After more raids, the two envoys agreed on a truce in Doha on October 19."
    te = next(t for t in find_dates(clause) if t.month == 10)
    assert not background(clause, te)


def test_paragraph_start_is_the_scan_from_lo() -> None:
    """paragraph_start scans back from pos a window at a time: the same answer as the last
    _PARA_BREAK match of a scan from lo, also where breaks overlap ('.\\n\\n\\n')."""
    import random

    from silkgraph.nlp.dates import anchors

    def scan(text: str, pos: int, lo: int) -> int:
        best = lo
        for m in anchors._PARA_BREAK.finditer(text, lo, pos):
            best = m.end()
        return best

    rng = random.Random(3)
    alphabet = list("ab .!?…:\"”’'»)] \t\n\n\n")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(60)))
        pos, lo = rng.randrange(-2, len(text) + 3), rng.randrange(-2, len(text) + 3)
        assert anchors.paragraph_start(text, pos, lo) == scan(text, pos, lo)
    text = ("A sentence ends here.\n\n\nAnother paragraph, hard-\nwrapped.\n" * 40)
    for pos in range(0, len(text), 7):
        assert anchors.paragraph_start(text, pos, 5) == scan(text, pos, 5)
