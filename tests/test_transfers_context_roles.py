"""Arms transfers: goods whose sentence names only their supplier go to the state the discourse is
about (the paragraph's or the article's subject, or a buyer in a buying clause before them), not to
a state an earlier sentence names in a role that makes it no buyer: a member of a coordination of
states (unless the discourse's subject is among them), a partner or rival of another state, a
contrast whose sentence names other suppliers, a state goods are sold on to, or the object of a
verb other than one of arming in a clause another state heads.  Near misses: a buyer named before
still receives them (own invented articles)."""

from __future__ import annotations

import pytest

from silkgraph.extract import extract_article
from silkgraph.knowledge import load_knowledge
from silkgraph.model import Article, Section
from silkgraph.nlp.sentences import split_sentences

TITLE = "A Small Army Looks for Friends"
LEAD = "Serbia has spent a decade trying to modernise its small army. Its budget is modest."
GOODS = "Sweden delivered four Giraffe radars in 2022."


def _recipients(context: str, goods: str = GOODS, supplier: str = "state:SWE", same_paragraph: bool = True,
                title: str = TITLE) -> set[str]:
    """The recipients of ``supplier``'s transfers told in ``goods`` after ``context``, in an
    article whose lead paragraph is about Serbia (``context`` in that paragraph or opening a new one)."""
    sep = " " if same_paragraph else "\n\n"
    text = f"{title}\n\n{LEAD}{sep}{context} {goods}\n\nOfficials expect more.\n"
    body = len(title) + 2
    art = Article(0, len(text), title=title, published="2025-03-03",
                  sections=[Section("title", "", 0, len(title)), Section("body", "", body, len(text))])
    ex = extract_article(text, art, split_sentences(text, art.sections), load_knowledge())
    return {f.args["recipient"] for f in ex.facts
            if f.type == "arms_transfer" and f.args.get("supplier") == supplier and f.args.get("quantity") == 4}


@pytest.mark.parametrize("same_paragraph", [True, False])
@pytest.mark.parametrize("context", [
    # a coordination of states holding the article's subject: the subject is meant
    "In 2021, Serbia and Hungary signed a defence cooperation plan.",
    "Last spring Serbia, Greece and Hungary held a joint exercise.",
    "Hungary and Serbia agreed on a joint air-policing plan in 2021.",
    # a coordination without it: none of its members
    "Hungary, Greece and Bulgaria all have larger air forces.",
    "Both Hungary and Greece spend more on defence.",
    # a partner, ally or rival of another state
    "Its closest partners are now Hungary, Greece and Cyprus.",
    "Its most important partner is now Hungary.",
    "Hungary has long been its closest ally.",
    "Its main regional rival remains Croatia.",
    # the object of a verb other than one of arming, in a clause another state heads
    "Serbia has irritated Hungary with its choices.",
    "In 2021 Serbia urged Croatia to reopen border talks.",
    # goods sold on: the buyer is no buyer of the discourse's state's goods
    "Old rifles came from Greece and were later sold on to Hungary.",
    "Surplus mortars were re-exported to Hungary in 2019.",
])
def test_state_in_a_role_that_names_no_buyer(context: str, same_paragraph: bool) -> None:
    assert _recipients(context, same_paragraph=same_paragraph) == {"state:SRB"}


@pytest.mark.parametrize("context", [
    "Croatia, by contrast, buys from France and Israel.",
    "By contrast, Croatia buys most of its arms from France.",
    "Croatia's navy, in contrast, relies on Italy.",
    "Serbia relies on Russia, whereas Croatia buys from France.",
])
def test_contrast_buying_from_other_suppliers_inside_a_paragraph(context: str) -> None:
    # the contrasted state buys elsewhere: the goods of another supplier are the paragraph's subject's
    assert _recipients(context) == {"state:SRB"}


@pytest.mark.parametrize("context, same_paragraph", [
    ("Croatia, by contrast, buys from Sweden and Israel.", True),   # the contrast names this supplier
    ("Croatia, by contrast, has bought widely.", True),               # … or no other state at all
    ("Croatia, by contrast, buys from France and Israel.", False),   # a contrast opening a paragraph is its subject
])
def test_contrasted_state_still_receives(context: str, same_paragraph: bool) -> None:
    assert _recipients(context, same_paragraph=same_paragraph) == {"state:HRV"}


@pytest.mark.parametrize("context", [
    "Last year Croatia ordered new air-defence equipment.",
    "Last year Greece sold older equipment to Croatia.",
    "Last year Greece armed Croatia with older equipment.",
    "Greece sold Croatia older equipment in 2021.",
    "Greece helped Croatia rebuild its air defence.",
    "In 2021 Greece persuaded Croatia to buy Western equipment.",
    "Sweden has long courted Croatia.",
    "Croatia, which bought drones from Israel, wants more.",
    "Greece is the licensor of Croatia's tank fleet.",
    "Hungary fought Croatia in a short border war.",  # the other side of a war: its arms may come next
])
def test_buyer_named_before_still_receives(context: str) -> None:
    # near misses: a buyer, an armed or helped object, an object of the supplier itself
    assert _recipients(context) == {"state:HRV"}


def test_paragraph_opened_by_another_state_is_about_it() -> None:
    # near miss: a new paragraph headed by another state, with a list after it, is about that state
    got = _recipients("Croatia took a different path, unlike Hungary and Greece.", same_paragraph=False)
    assert got == {"state:HRV"}


def test_coordination_with_the_subject_under_a_neutral_title() -> None:
    # the article's subject comes from its first sentence when the title names no state
    got = _recipients("In 2021, Serbia and Hungary signed a defence cooperation plan.",
                      same_paragraph=False, title="A Small Army Looks for Friends Abroad")
    assert got == {"state:SRB"}
