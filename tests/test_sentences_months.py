"""Sentence splitting after a month abbreviation: it holds the sentence together only before
a day or a year."""

from __future__ import annotations

from silkgraph.nlp.sentences import split_text


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_text(text, 0, len(text))]


def test_month_abbreviation_before_a_day_or_year_does_not_split() -> None:
    text = "The pact was signed on Jan. 5 and ratified in Dec. 2019 by the assembly. Then it lapsed."
    assert _split(text) == [
        "The pact was signed on Jan. 5 and ratified in Dec. 2019 by the assembly.",
        "Then it lapsed.",
    ]
    assert _split("Talks resumed on Sept. 14 in Baku.") == ["Talks resumed on Sept. 14 in Baku."]


def test_name_or_month_abbreviation_before_a_capital_ends_the_sentence() -> None:
    assert _split("The envoy met General Li Jun. The talks lasted an hour.") == [
        "The envoy met General Li Jun.",
        "The talks lasted an hour.",
    ]
    assert _split("Prices peaked in Oct. Traders then sold.") == ["Prices peaked in Oct.", "Traders then sold."]
    # a lower-case word still continues the sentence
    assert _split("Prices peaked in Oct. and fell in Nov. after that.") == [
        "Prices peaked in Oct. and fell in Nov. after that."
    ]
