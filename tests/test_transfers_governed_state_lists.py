"""Arms transfers: a state named in the previous sentence under a preposition that makes it no
recipient ("from X", "by X", "in X", "unlike X", "a near-equal to X") stays no recipient when the article "the"
stands before its name ("from the United Kingdom") or when it is a later conjunct of a list the
preposition governs ("from Romania, Poland and the Netherlands"); a supplier-only sentence then
takes the article's topic state as recipient. A state in a list that no such preposition
governs is still read from the context (own invented articles)."""

from __future__ import annotations

import pytest

from silkgraph.extract import extract_article
from silkgraph.knowledge import load_knowledge
from silkgraph.model import Article, Section
from silkgraph.nlp.sentences import split_sentences

TITLE = "Moldova's Slow Rearmament"
LEAD = ("Moldova has spent a decade trying to modernise its small army. "
        "The government says it wants a credible deterrent.\n\n")


def _recipients(context: str, supplier_sentence: str = "Germany delivered 12 Gepard guns in 2019.") -> set[str]:
    """The recipients of Germany's transfers in an article about Moldova."""
    text = f"{TITLE}\n\n{LEAD}{context} {supplier_sentence}\n\nOfficials say more will follow.\n"
    body = len(TITLE) + 2
    art = Article(0, len(text), title=TITLE, published="2025-03-03",
                  sections=[Section("title", "", 0, len(TITLE)), Section("body", "", body, len(text))])
    ex = extract_article(text, art, split_sentences(text, art.sections), load_knowledge())
    return {f.args["recipient"] for f in ex.facts
            if f.type == "arms_transfer" and f.args.get("supplier") == "state:DEU"}


@pytest.mark.parametrize("context", [
    "After 2014 the army was rebuilt with surplus equipment from Romania and the United Kingdom.",
    "After 2014 the army was rebuilt with surplus equipment from the United Kingdom.",
    "After 2014 the army was rebuilt with kit from Romania, Poland and the Netherlands.",
    "Most of the old stock was supplied by Ukraine and the Czech Republic.",
    "Its spending is small compared with the United Kingdom.",
    "Officers trained in Romania and the United Kingdom.",
    "Unlike Romania and the Czech Republic, it has no air force.",
    "Imports from the Czech Republic grew after 2015.",
    "Its new partner has become a near-equal to Russia.",
    "Its new partner is second only to the United States.",
    "The deal offers an alternative to Russia and Belarus.",
])
def test_governed_state_is_no_recipient(context: str) -> None:
    assert _recipients(context) == {"state:MDA"}


@pytest.mark.parametrize("supplier_sentence", [
    "Germany supplied Gepard guns and two patrol boats.",
    "Germany donated Gepard guns in 2019.",
])
def test_governed_list_with_other_wordings(supplier_sentence: str) -> None:
    ctx = "After 2014 the army was rebuilt with surplus equipment from Romania and the United Kingdom."
    assert _recipients(ctx, supplier_sentence) == {"state:MDA"}


def test_list_after_a_date_is_not_governed() -> None:
    # "In March" is a date, not a list conjunct; the list names no single buyer, and the article's
    # subject among its members is meant (test_transfers_context_roles.py), not its last member
    got = _recipients("In March, Moldova, Georgia and the Netherlands signed a pact.")
    assert got == {"state:MDA"}


def test_to_without_comparison_still_names_a_candidate() -> None:
    # near miss: "to X" after a noun of transfer is no comparison; X stays the context's recipient
    assert _recipients("Last year Romania sold radars to Georgia.") == {"state:GEO"}


def test_state_after_the_heading_a_clause_is_still_read() -> None:
    # near miss: "the Netherlands" as the subject of the previous sentence is the recipient read there
    got = _recipients("Last year the Netherlands ordered new radars.",
                      "Germany delivered 12 Gepard guns to it in 2019.")
    assert "state:GBR" not in got and "state:CZE" not in got
