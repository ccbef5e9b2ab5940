"""A date inside an apposition to a named subject (", rebuilt with loans after its crisis of 2014,",
", Moscow's ally under the 1999 treaty,") is the apposition's own time: it does not date the predicate
told after the closing comma.  A time adjunct set off by commas (", on 3 March 2023,"), a present
participle (", speaking on 5 May,") or the apposition of a document ("A report …, published on …,
found") still dates it.  Own sentences."""

from __future__ import annotations

from event_facts import BYLINE, event_facts, of_type

CLOSING = "\nPublished: 12 March 2026\n"


def _dates(body: str, etype: str) -> list[str | None]:
    return [f.args.get("date") for f in of_type(event_facts(body, opening=BYLINE, closing=CLOSING), etype)]


def test_participle_apposition_year_does_not_date_the_predicate() -> None:
    got = _dates("Moldova, rebuilt with Romanian loans after its banking crisis in 2014, recalled its "
                 "ambassador from Russia.", "sanction")
    assert "2014" not in got


def test_noun_phrase_apposition_year_does_not_date_the_predicate() -> None:
    got = _dates("Belarus, Moscow's closest ally in the crisis over Crimea in 2014, recalled its ambassador "
                 "from Lithuania.", "sanction")
    assert not any(d and d.startswith("2014") for d in got if d)


def test_time_adjunct_between_commas_still_dates_the_predicate() -> None:
    assert _dates("Armenia, on 3 March 2023, recalled its ambassador from Belarus.", "sanction") == ["2023-03-03"]


def test_present_participle_apposition_still_dates_the_predicate() -> None:
    got = _dates("Tokayev, speaking in Astana on 5 May 2023, signed an agreement with Iran.", "agreement")
    assert "2023-05-05" in got


def test_a_documents_publication_still_dates_what_it_found() -> None:
    got = _dates("A report by the OSCE, published on 4 April 2023, found that Russia had attacked Ukraine "
                 "on 2 April 2023.", "attack") + \
        _dates("A report by the OSCE, published on 4 April 2023, found that Russia attacked Ukraine.", "attack")
    assert got and all(d and d.startswith("2023-04") for d in got)
