"""Statistics: the measure is the quantity a noun phrase around the figure names (a teller "puts
X's GDP at", a change "rise in X's imports", a spending verb's "on defence", the counted noun of a
count up to a function word), never the unit or words past a comma; a figure heading the subject of
a negated verb is not asserted. Own sentences, with near misses."""

from __future__ import annotations

from event_facts import source_facts

HEAD = "Test headline\n\nTASHKENT, 4 April 2025 (Test Wire) – "


def _rows(body: str) -> set[tuple[str, float, str, str]]:
    """(subject, value, unit, measure) of the asserted statistics of a short article."""
    return {(f.args["subject"], round(f.args["value"], 2), f.args["unit"], f.args["measure"])
            for f in source_facts(HEAD + body, "statistic") if f.modality == "asserted"}


def test_a_teller_puts_the_possessed_measure_at_the_figure() -> None:
    assert _rows("The World Bank values Uzbekistan's economy at $115 billion.") == {
        ("state:UZB", 115e9, "USD", "economy")}
    assert _rows("Diplomats put Kazakhstan's share at 35 percent.") == {("state:KAZ", 35.0, "percent", "share")}


def test_a_change_measures_what_it_is_in() -> None:
    rows = _rows("A 30 percent increase in Tajikistan's wheat imports followed the drought.")
    assert rows == {("state:TJK", 30.0, "percent", "increase in wheat imports")}


def test_spending_on_a_purpose_names_the_measure() -> None:
    rows = _rows("Kazakhstan and Uzbekistan spent $2 billion and $1.5 billion on defence in 2023, respectively.")
    assert {r[3] for r in rows} == {"defence spending"} and {r[0] for r in rows} == {"state:KAZ", "state:UZB"}


def test_a_count_measure_ends_at_a_function_word_or_comma() -> None:
    rows = _rows("Kyrgyzstan is a close partner. It keeps about 1,200 guards there, though Bishkek wants more.")
    assert {r[3] for r in rows if r[2] == "count"} == {"guards"}


def test_a_negated_clause_asserts_no_figure() -> None:
    assert not _rows("A 25 percent fall in Turkmenistan's gas exports was never confirmed, the agency said.")
    assert not _rows("A 40 percent jump in Georgia's tourism receipts did not materialise.")


def test_near_misses_keep_their_figure() -> None:
    # an affirmed change keeps its figure; a negation in a relative clause is not the figure's verb
    assert _rows("A 25 percent fall in Turkmenistan's gas exports was confirmed in May.") == {
        ("state:TKM", 25.0, "percent", "fall in gas exports")}
    assert ("state:KAZ", 35.0, "percent", "share") in _rows(
        "Diplomats put Kazakhstan's share at 35 percent, a level that was not reached before.")
