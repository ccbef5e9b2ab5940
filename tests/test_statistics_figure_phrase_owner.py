"""The phrase a figure sits in decides its subject: a verbless "with X …" phrase, a relative or
appositive clause on a noun phrase that ends in an actor governed by a preposition, a clause of
its own after a colon, and money that restates a deal's price in another currency."""

from __future__ import annotations

from test_extract_statistics import stats


def _sv(text: str) -> list[tuple[str, float, str]]:
    return [(s["subject"], s["value"], s["unit"]) for s in stats(text)]


def test_with_phrase_without_verb_holds_its_figure() -> None:
    got = _sv("In 2019–2023 Turkey took 64 percent of Qatar's arms imports, with Germany a distant second (12 percent).")
    assert ("state:DEU", 12.0, "percent") in got
    assert ("state:TUR", 12.0, "percent") not in got
    got = _sv("Belarus led the market in 2021–2023 with 40 percent, with Serbia next at 9 percent.")
    assert ("state:SRB", 9.0, "percent") in got


def test_relative_clause_on_a_noun_phrase_takes_the_premodifier() -> None:
    got = _sv("Ankara points to the large Turkish community in Germany, which some estimates put at three million people.")
    assert got == [("state:TUR", 3000000.0, "count")]


def test_appositive_amount_on_a_noun_phrase_takes_the_premodifier() -> None:
    got = _sv("In 2019 Congress froze most Japanese development aid to Laos, an amount officials put at about $300 million.")
    assert ("state:JPN", 3e8, "USD") in got
    assert all(s != "state:LAO" for s, _v, _u in got)


def test_relative_clause_whose_head_is_the_actor_keeps_it() -> None:
    # "which" is the subject of its own clause: the actor before it holds the figure
    got = _sv("Egypt buys most of its fighters from France, which provided 45 percent of its imports in 2019–2023.")
    assert ("state:FRA", 45.0, "percent") in got


def test_relative_clause_without_premodifier_has_no_subject() -> None:
    got = _sv("Oman relies on the fleet of tankers in Qatar, which some estimates put at 300 vessels.")
    assert all(s not in ("state:QAT", "state:OMN") for s, _v, _u in got)


def test_demonym_in_another_clause_is_no_subject_after_a_colon() -> None:
    text = ("Peru buys less and less: in the figures the share of French aircraft has fallen, yet so has the volume: "
            "purchases in 2020–2024 were 40 percent lower than before.")
    assert all(s != "state:FRA" for s, _v, _u in _sv(text))


def test_imports_with_their_period_head_a_clause() -> None:
    text = "Peru is the case in point. Its neighbours grew; imports in 2020–2024 were 31 percent lower than before."
    assert ("state:PER", 31.0, "percent") in _sv(text)


def test_glossed_deal_price_is_no_statistic() -> None:
    text = ("Brazil chose Swedish fighters in 2014; the contract was signed on June 5, 2015, for about "
            "€4.05 billion (some $4.7 billion), with deliveries from 2019.")
    assert all(u != "USD" for _s, _v, u in _sv(text))
    # a measure glossed in dollars is one
    got = _sv("Brazil's defence budget rose to €120 billion (about $22 billion) in 2023.")
    assert ("state:BRA", 22e9, "USD") in got
